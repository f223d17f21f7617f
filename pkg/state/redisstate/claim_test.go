package redisstate

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/url"
	"testing"
	"time"

	"newsroom.dev/pkg/testkit"
)

// TestClaimSurvivesLostReply: the marks of a pipeline whose reply was lost
// are written, and go-redis runs the pipeline again on a new connection.
// Claim gives the keys back to their owner on that retry; MarkSeen reads
// them as seen by somebody else, so a crawler using it would never queue
// those links.
func TestClaimSurvivesLostReply(t *testing.T) {
	u, err := url.Parse(redisURL())
	if err != nil {
		t.Fatal(err)
	}
	prefix := fmt.Sprintf("nrtest:%d:%d:", time.Now().UnixNano(), seq.Add(1))
	d := testkit.StartReplyDropper(t, u.Host, prefix)
	proxied := *u
	proxied.Host = d.Addr()
	s, err := Open(context.Background(), proxied.String(), Options{Prefix: prefix})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	direct := openPrefix(t, prefix) // cleans the keys up
	ctx := context.Background()
	keys := []string{"https://a.example/1", "https://a.example/2", "https://a.example/3"}

	d.Drop(1)
	got, err := s.Claim(ctx, "lease-7", keys, time.Minute)
	if err != nil {
		t.Fatalf("Claim across a lost reply: %v", err)
	}
	if d.Pending() > 0 {
		t.Fatal("the proxy dropped no reply: the test tested nothing")
	}
	for i, ok := range got {
		if !ok {
			t.Errorf("Claim across a lost reply: %s not the owner's, want it claimed (its mark was written by the lost attempt)", keys[i])
		}
	}
	if n, _ := direct.c.Exists(ctx, direct.k("s", keys[0])).Result(); n != 1 {
		t.Fatalf("mark of %s not in Redis", keys[0])
	}

	// The same loss under MarkSeen: the retry finds its own marks and
	// reports every key as already seen.
	more := []string{"https://a.example/4", "https://a.example/5"}
	d.Drop(1)
	seen, err := s.MarkSeen(ctx, more, time.Minute)
	if err != nil && !errors.Is(err, io.EOF) {
		t.Fatalf("MarkSeen across a lost reply: %v", err)
	}
	if fmt.Sprint(seen) != "[false false]" {
		t.Fatalf("MarkSeen across a lost reply = %v, want [false false] (the loss Claim exists for; has go-redis stopped retrying?)", seen)
	}
}
