package extractor

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestConfigValidate(t *testing.T) {
	tests := []struct {
		name    string
		cfg     Config
		wantErr bool
	}{
		{name: "zero means defaults", cfg: Config{}},
		{name: "defaults", cfg: DefaultConfig()},
		{name: "negative concurrency", cfg: Config{Concurrency: -1}, wantErr: true},
		{name: "negative dedupe window", cfg: Config{DedupeTTL: -time.Hour}, wantErr: true},
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
	// setDefaults turns the zero config into the defaults.
	var c Config
	c.setDefaults()
	if diff := cmp.Diff(DefaultConfig(), c); diff != "" {
		t.Errorf("setDefaults of the zero config differs from DefaultConfig (-want +got):\n%s", diff)
	}
}
