package memstate

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"newsroom.dev/pkg/frontier"
	"newsroom.dev/pkg/frontier/frontiertest"
)

func TestFrontierContract(t *testing.T) {
	frontiertest.Run(t, func(t *testing.T) frontier.Store {
		s := New()
		t.Cleanup(func() { s.Close() })
		return s
	})
}

// TestFrontierSurvivesSnapshot: queued URLs, and URLs leased when the
// process stopped, are in the frontier again after a restart.
func TestFrontierSurvivesSnapshot(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "state.gob")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	now := time.Now()
	if _, err := s.FrontierPush(ctx, frontier.PushRequest{Host: "a.test", Now: now, MaxInFlight: 1,
		Entries: []frontier.Entry{{Member: "x", Score: 1}, {Member: "y", Score: 2}}}); err != nil {
		t.Fatal(err)
	}
	c, err := s.FrontierClaim(ctx, frontier.ClaimRequest{Now: now, Max: 1, MaxInFlight: 1, LeaseTTL: time.Hour})
	if err != nil || len(c.Leases) != 1 {
		t.Fatalf("claim = %+v, %v", c, err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s2, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	st, err := s2.FrontierStats(ctx, time.Now(), 5)
	if err != nil || st.Queued != 2 || st.Leased != 0 {
		t.Fatalf("after reload stats = %+v, %v; want both URLs queued", st, err)
	}
	c, err = s2.FrontierClaim(ctx, frontier.ClaimRequest{Now: time.Now(), Max: 5, MaxInFlight: 1, LeaseTTL: time.Hour})
	if err != nil || len(c.Leases) != 1 || c.Leases[0].Entry.Member != "x" {
		t.Fatalf("claim after reload = %+v, %v; want x", c, err)
	}
}
