package crawler_test

import (
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"newsroom.dev/pkg/state/redisstate"
	"newsroom.dev/pkg/testkit"
	"newsroom.dev/pkg/testweb"
	"newsroom.dev/pkg/urlnorm"
	"newsroom.dev/services/crawler"
)

// TestLostSeenRepliesLoseNoLinks crawls a web while the connection to
// Redis loses the replies to the crawler's first batches of seen-marks:
// Redis wrote the marks, the crawler never heard so and sent the batch
// again. The links of those pages must still be queued (a mark read back
// as somebody else's would be a link never fetched), so every story is
// fetched.
func TestLostSeenRepliesLoseNoLinks(t *testing.T) {
	if testing.Short() {
		t.Skip("crawls for a few seconds")
	}
	r := newRig(t, testweb.Config{Seed: 11, Publishers: 2, Stories: 8})
	u, err := url.Parse(redisURL())
	if err != nil {
		t.Fatal(err)
	}
	// Lost: the reply to the batch that marks the first story's URL, the
	// batch of its home page's links or of its feed's entries.
	truth := r.web.Truth()
	story := strings.SplitN(truth.Stories[0].URL, "?", 2)[0]
	d := testkit.StartReplyDropper(t, u.Host, r.prefix+"s:"+urlnorm.Key(story))
	proxied := *u
	proxied.Host = d.Addr()
	st, err := redisstate.Open(r.ctx, proxied.String(), redisstate.Options{Prefix: r.prefix})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	cfg := baseConfig()
	cfg.Delay = 50 * time.Millisecond
	c, err := crawler.New(cfg, crawler.Deps{JS: r.js(), State: st, Metrics: prometheus.NewRegistry()})
	if err != nil {
		t.Fatal(err)
	}
	r.seed(r.web.Seeds()...)
	d.Drop(1)
	r.runUntilIdle(2*time.Minute, c)
	if n := d.Pending(); n > 0 {
		t.Fatalf("%d replies were not dropped: the test tested less than it says", n)
	}
	fetched := map[string]bool{}
	for _, q := range r.web.Requests() {
		fetched["http://"+q.Host+q.Path] = true
	}
	if !fetched[story] {
		t.Errorf("%s, whose seen-mark's reply was lost, was never fetched", story)
	}
	missing := 0
	for _, s := range truth.Stories {
		if !fetched[strings.SplitN(s.URL, "?", 2)[0]] {
			missing++
			t.Logf("story not fetched: %s", s.URL)
		}
	}
	if missing > 0 {
		t.Errorf("%d of %d stories never fetched after lost replies", missing, len(truth.Stories))
	}
}
