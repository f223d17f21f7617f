package memstate

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"newsroom.dev/pkg/state"
	"newsroom.dev/pkg/state/statetest"
)

// fresh is an empty store that closes when the test ends.
func fresh(t *testing.T) *Store {
	s := New()
	t.Cleanup(func() { s.Close() })
	return s
}

// reopened fills a store backed by a snapshot file, closes it (writing the
// snapshot) and returns a store opened again from that file.
func reopened(t *testing.T, fill func(*Store)) *Store {
	t.Helper()
	path := filepath.Join(t.TempDir(), "state.gob")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	fill(s)
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s2, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s2.Close() })
	return s2
}

func TestContract(t *testing.T) {
	statetest.Run(t, func(t *testing.T) state.Store { return fresh(t) })
}

func TestSnapshotRoundTrip(t *testing.T) {
	ctx := context.Background()
	var r1 state.DedupeResult
	s2 := reopened(t, func(s *Store) {
		s.MarkSeen(ctx, []string{"u"}, time.Hour)
		r1, _ = s.Dedupe(ctx, state.DedupeRequest{URL: "a", TextHash: "t", Candidate: "S"})
	})
	if got, _ := s2.MarkSeen(ctx, []string{"u"}, time.Hour); got[0] {
		t.Fatal("seen-set lost across snapshot")
	}
	// Maps that were empty in the snapshot are usable after loading it.
	if err := s2.Schedule(ctx, "q", "m", time.Now()); err != nil {
		t.Fatal(err)
	}
	if err := s2.Set(ctx, "k", []byte("v"), time.Minute); err != nil {
		t.Fatal(err)
	}
	r2, _ := s2.Dedupe(ctx, state.DedupeRequest{URL: "b", TextHash: "t", Candidate: "X"})
	if r2.StoryID != r1.StoryID {
		t.Fatalf("dedupe state lost across snapshot: %+v vs %+v", r1, r2)
	}
}
