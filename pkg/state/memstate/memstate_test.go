package memstate

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"newsroom.dev/pkg/state"
	"newsroom.dev/pkg/state/statetest"
)

func TestContract(t *testing.T) {
	statetest.Run(t, func(t *testing.T) state.Store {
		s := New()
		t.Cleanup(func() { s.Close() })
		return s
	})
}

func TestSnapshotRoundTrip(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "state.gob")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	s.MarkSeen(ctx, []string{"u"}, time.Hour)
	r1, _ := s.Dedupe(ctx, state.DedupeRequest{URL: "a", TextHash: "t", Candidate: "S"})
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s2, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	if got, _ := s2.MarkSeen(ctx, []string{"u"}, time.Hour); got[0] {
		t.Fatal("seen-set lost across snapshot")
	}
	// Maps that were empty in the snapshot are usable after loading it.
	if err := s2.Schedule(ctx, "q", "m", time.Now()); err != nil {
		t.Fatal(err)
	}
	if g, err := s2.Acquire(ctx, "h", state.Pacing{Gap: time.Second}); err != nil || !g.OK {
		t.Fatalf("Acquire after reload = %+v, %v", g, err)
	}
	if err := s2.Set(ctx, "k", []byte("v"), time.Minute); err != nil {
		t.Fatal(err)
	}
	r2, _ := s2.Dedupe(ctx, state.DedupeRequest{URL: "b", TextHash: "t", Candidate: "X"})
	if r2.StoryID != r1.StoryID {
		t.Fatalf("dedupe state lost across snapshot: %+v vs %+v", r1, r2)
	}
}
