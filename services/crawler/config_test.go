package crawler_test

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"newsroom.dev/services/crawler"
)

func TestConfigValidate(t *testing.T) {
	tests := []struct {
		name    string
		cfg     crawler.Config
		wantErr bool
	}{
		{name: "zero means defaults", cfg: crawler.Config{}},
		{name: "defaults", cfg: crawler.DefaultConfig()},
		{name: "negative delay", cfg: crawler.Config{Delay: -time.Second}, wantErr: true},
		{name: "tiny body cap", cfg: crawler.Config{MaxBodyBytes: 10}, wantErr: true},
		{name: "revisit bounds crossed", cfg: crawler.Config{RevisitMin: time.Hour, RevisitMax: time.Minute}, wantErr: true},
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
