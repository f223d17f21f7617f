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

// TestContractsCluster runs the state and frontier contract suites on one
// three-node Redis Cluster: every multi-key step (the dedupe script with the
// story keys it reads undeclared, deletes, the frontier scripts' per-host
// keys under the crawl's hash tag) must stay within one slot.
func TestContractsCluster(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a Redis Cluster")
	}
	url := redistest.StartCluster(t, 3)
	n := 0
	open := func(t *testing.T) *redisstate.Store {
		n++
		s, err := redisstate.Open(t.Context(), url, redisstate.Options{Prefix: fmt.Sprintf("c%d:", n)})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		return s
	}
	t.Run("state", func(t *testing.T) {
		statetest.Run(t, func(t *testing.T) state.Store { return open(t) })
	})
	t.Run("frontier", func(t *testing.T) {
		frontiertest.Run(t, func(t *testing.T) frontier.Store { return open(t) })
	})
}
