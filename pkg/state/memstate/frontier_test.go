package memstate

import (
	"context"
	"testing"
	"time"

	"newsroom.dev/pkg/frontier"
	"newsroom.dev/pkg/frontier/frontiertest"
)

func TestFrontierContract(t *testing.T) {
	frontiertest.Run(t, func(t *testing.T) frontier.Store { return fresh(t) })
}

// TestFrontierSurvivesSnapshot: queued URLs, and URLs leased when the
// process stopped, are in the frontier again after a restart.
func TestFrontierSurvivesSnapshot(t *testing.T) {
	ctx := context.Background()
	s2 := reopened(t, func(s *Store) {
		now := time.Now()
		if _, err := s.FrontierPush(ctx, frontier.PushRequest{Host: "a.test", Now: now, MaxInFlight: 1,
			Entries: []frontier.Entry{{Member: "x", Score: 1}, {Member: "y", Score: 2}}}); err != nil {
			t.Fatal(err)
		}
		c, err := s.FrontierClaim(ctx, frontier.ClaimRequest{Now: now, Max: 1, MaxInFlight: 1, LeaseTTL: time.Hour})
		if err != nil || len(c.Leases) != 1 {
			t.Fatalf("claim = %+v, %v", c, err)
		}
	})
	st, err := s2.FrontierStats(ctx, time.Now(), 5)
	if err != nil || st.Queued != 2 || st.Leased != 0 {
		t.Fatalf("after reload stats = %+v, %v; want both URLs queued", st, err)
	}
	c, err := s2.FrontierClaim(ctx, frontier.ClaimRequest{Now: time.Now(), Max: 5, MaxInFlight: 1, LeaseTTL: time.Hour})
	if err != nil || len(c.Leases) != 1 || c.Leases[0].Entry.Member != "x" {
		t.Fatalf("claim after reload = %+v, %v; want x", c, err)
	}
}
