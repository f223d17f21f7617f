package redisstate_test

import (
	"fmt"
	"testing"

	"newsroom.dev/pkg/frontier"
	"newsroom.dev/pkg/frontier/frontiertest"
	"newsroom.dev/pkg/state"
	"newsroom.dev/pkg/state/redisstate"
	"newsroom.dev/pkg/state/redisstate/redistest"
	"newsroom.dev/pkg/state/statetest"
)

// TestContractCluster runs the contract suite on a three-node Redis Cluster:
// every multi-key step (pacing, the dedupe script with the story keys it
// reads undeclared, deletes) must stay within one slot.
func TestContractCluster(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a Redis Cluster")
	}
	url := redistest.StartCluster(t, 3)
	n := 0
	statetest.Run(t, func(t *testing.T) state.Store {
		n++
		s, err := redisstate.Open(t.Context(), url, redisstate.Options{Prefix: fmt.Sprintf("c%d:", n)})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		return s
	})
}

// TestFrontierContractCluster runs the frontier's contract suite on a
// three-node Redis Cluster: a crawl's frontier keys share one hash tag, so
// the scripts' undeclared per-host keys stay in the declared keys' slot.
func TestFrontierContractCluster(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a Redis Cluster")
	}
	url := redistest.StartCluster(t, 3)
	n := 0
	frontiertest.Run(t, func(t *testing.T) frontier.Store {
		n++
		s, err := redisstate.Open(t.Context(), url, redisstate.Options{Prefix: fmt.Sprintf("f%d:", n)})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		return s
	})
}
