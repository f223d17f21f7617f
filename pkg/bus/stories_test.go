package bus_test

import (
	"testing"

	"newsroom.dev/pkg/bus"
)

func TestSiteKey(t *testing.T) {
	for in, want := range map[string]string{
		"www.Example.com": "www_example_com", "127.0.1.2:8080": "127_0_1_2_8080", "": "_", "bücher.de": "b_cher_de", "a>b*c d": "a_b_c_d",
	} {
		if got := bus.SiteKey(in); got != want {
			t.Errorf("SiteKey(%q) = %q, want %q", in, got, want)
		}
	}
}
