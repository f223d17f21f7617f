package sink_test

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"newsroom.dev/services/sink"
)

func TestConfigValidate(t *testing.T) {
	tests := []struct {
		name    string
		cfg     sink.Config
		wantErr bool
	}{
		{name: "zero means defaults", cfg: sink.Config{}},
		{name: "defaults", cfg: sink.DefaultConfig()},
		{name: "batch too big", cfg: sink.Config{BatchSize: 5001}, wantErr: true},
		{name: "negative batch", cfg: sink.Config{BatchSize: -1}, wantErr: true},
		{name: "negative wait", cfg: sink.Config{BatchWait: -time.Second}, wantErr: true},
		{name: "max retry delay below retry delay", cfg: sink.Config{RetryDelay: 10 * time.Second, MaxRetryDelay: time.Second}, wantErr: true},
		{name: "retry delay above the default max", cfg: sink.Config{RetryDelay: time.Minute}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := tt.cfg
			err := tt.cfg.Validate()
			if (err != nil) != tt.wantErr {
				t.Fatalf("Validate(%+v) = %v, wantErr %v", tt.cfg, err, tt.wantErr)
			}
			if diff := cmp.Diff(before, tt.cfg); diff != "" {
				t.Errorf("Validate changed the config (-before +after):\n%s", diff)
			}
		})
	}
}
