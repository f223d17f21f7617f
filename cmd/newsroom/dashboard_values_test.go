package main

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"newsroom.dev/pkg/testweb"
)

// statusVsPage is what the page shows next to the /status document it
// rendered it from (window.lastStatus).
type statusVsPage struct {
	State, DocState                         string
	CrawlerRate, FetchRateTile              string
	DocRates                                map[string]float64
	StageRates                              map[string]string
	CrawlerWaiting, CrawlerInFlight         string
	CrawlerRedelivered                      string
	DocAckPending, DocCrawlerInFlight       int64
	Codes                                   map[string]string
	DocCodes                                map[string]int64
	BytesTile                               string
	DocBytes                                int64
	SitesRows, DocSites                     int
	HistoryPoints, DocHistory               map[string]int
	ExtractorRedelivered, DocExtractorRedel string
}

const statusVsPageScrape = `(() => {
  const d = window.lastStatus;
  const cell = (stage, col) => { const c = document.querySelector('#stages tr[data-stage="' + stage + '"] td[data-col="' + col + '"]'); return c ? c.textContent : null; };
  const lag = Object.fromEntries((d.stages || []).map(l => [l.stage, l]));
  const tile = id => { const t = document.querySelector('[data-tile="' + id + '"] .v'); return t ? t.textContent : null; };
  return {
    State: document.getElementById("state").textContent, DocState: d.state,
    CrawlerRate: cell("crawler", "rate_per_s"), FetchRateTile: tile("fetch_rate"), DocRates: d.rates || {},
    StageRates: Object.fromEntries(["crawler", "extractor", "sink"].map(s => [s, cell(s, "rate_per_s")])),
    CrawlerWaiting: cell("crawler", "waiting"), CrawlerInFlight: cell("crawler", "in_flight"), CrawlerRedelivered: cell("crawler", "redelivered"),
    DocAckPending: lag.crawler.ack_pending, DocCrawlerInFlight: d.crawler.in_flight,
    ExtractorRedelivered: cell("extractor", "redelivered"), DocExtractorRedel: String(lag.extractor.redelivered),
    Codes: Object.fromEntries([...document.querySelectorAll("#status-codes tr[data-code]")].map(tr => [tr.dataset.code, tr.lastChild.textContent])),
    DocCodes: d.crawler.status_codes || {},
    BytesTile: tile("bytes"), DocBytes: d.crawler.bytes_fetched || 0,
    SitesRows: document.querySelectorAll("#sites tr").length - 1, DocSites: (d.sites || []).length,
    HistoryPoints: Object.fromEntries([...document.querySelectorAll("#history tr[data-series]")].map(tr => [tr.dataset.series, Number(tr.dataset.points)])),
    DocHistory: Object.fromEntries(Object.entries((d.history && d.history.series) || {}).map(([k, v]) => [k, v.length])),
  };
})()`

// jsBytes formats a byte count as the page does.
func jsBytes(n int64) string {
	units := []string{"B", "KB", "MB", "GB", "TB"}
	v, i := float64(n), 0
	for v >= 1000 && i < len(units)-1 {
		v /= 1000
		i++
	}
	if i == 0 {
		return fmt.Sprintf("%d B", n)
	}
	return strconv.FormatFloat(v, 'f', 1, 64) + " " + units[i]
}

// checkDashboardAgainstStatus compares what the page renders with the
// /status document it rendered: state, per-stage rates and the overview's
// rate (the same numbers), the crawler's waits apart from its in-flight
// work and no crawler redeliveries, status-code counts, bytes fetched,
// per-site rows and the history series. It also reads /status itself while
// the crawl runs and checks those fields are filled.
func checkDashboardAgainstStatus(t *testing.T, bctx context.Context, base, token string) {
	t.Helper()
	var doc struct {
		State   string             `json:"state"`
		Rates   map[string]float64 `json:"rates"`
		History struct {
			Every  float64              `json:"every_s"`
			Series map[string][]float64 `json:"series"`
		} `json:"history"`
		Crawler struct {
			StatusCodes  map[string]int64 `json:"status_codes"`
			BytesFetched int64            `json:"bytes_fetched"`
		} `json:"crawler"`
		Sites []json.RawMessage `json:"sites"`
	}
	_, b := httpGet(t, base+"/status", token)
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatal(err)
	}
	if doc.State != "running" {
		t.Errorf("/status state %q while the crawl is going, want running", doc.State)
	}
	if doc.Crawler.StatusCodes["2xx"] == 0 || doc.Crawler.BytesFetched == 0 || len(doc.Sites) == 0 {
		t.Errorf("/status: status codes %v, bytes %d, %d sites; want 2xx fetches, bytes and sites", doc.Crawler.StatusCodes, doc.Crawler.BytesFetched, len(doc.Sites))
	}
	if doc.History.Every != 5 || len(doc.History.Series["crawler"]) == 0 || len(doc.History.Series["pending_crawler"]) == 0 {
		t.Errorf("/status history: every %v s, series %d", doc.History.Every, len(doc.History.Series))
	}
	// Wait for a render with rates (two history samples: 5 s apart).
	if _, err := chromedp.Run(bctx, chromedp.Poll[bool](`window.lastStatus && window.lastStatus.rates && typeof window.lastStatus.rates.crawler === "number"`,
		chromedp.WithPollingTimeout(30*time.Second))); err != nil {
		t.Fatalf("no rates rendered: %v", err)
	}
	p, err := chromedp.Run(bctx, chromedp.Evaluate[statusVsPage](statusVsPageScrape))
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("page vs status: %+v", p)
	if p.State != p.DocState {
		t.Errorf("state pill %q, status %q", p.State, p.DocState)
	}
	num := func(s string) float64 {
		v, err := strconv.ParseFloat(strings.ReplaceAll(strings.TrimSpace(s), ",", ""), 64)
		if err != nil {
			t.Errorf("%q is not a number", s)
		}
		return v
	}
	for stage, cell := range p.StageRates {
		if want, ok := p.DocRates[stage]; !ok || math.Abs(num(cell)-want) > 0.005 {
			t.Errorf("%s rate cell %q, status rates %v", stage, cell, p.DocRates)
		}
	}
	if p.FetchRateTile != p.CrawlerRate {
		t.Errorf("overview fetch rate %q differs from the crawler stage's %q", p.FetchRateTile, p.CrawlerRate)
	}
	inFlight := min(p.DocCrawlerInFlight, p.DocAckPending)
	if num(p.CrawlerInFlight) != float64(inFlight) || num(p.CrawlerWaiting) != float64(p.DocAckPending-inFlight) {
		t.Errorf("crawler in flight %q, waiting %q; status ack pending %d, in flight %d", p.CrawlerInFlight, p.CrawlerWaiting, p.DocAckPending, p.DocCrawlerInFlight)
	}
	if p.CrawlerRedelivered != "—" {
		t.Errorf("crawler redelivered %q: its waits are not redeliveries", p.CrawlerRedelivered)
	}
	if num(p.ExtractorRedelivered) != num(p.DocExtractorRedel) {
		t.Errorf("extractor redelivered %q, status %s", p.ExtractorRedelivered, p.DocExtractorRedel)
	}
	if len(p.Codes) != len(p.DocCodes) || len(p.Codes) == 0 {
		t.Errorf("status codes rendered %v, status %v", p.Codes, p.DocCodes)
	}
	for code, n := range p.DocCodes {
		if num(p.Codes[code]) != float64(n) {
			t.Errorf("status %s: page %q, status %d", code, p.Codes[code], n)
		}
	}
	if p.BytesTile != jsBytes(p.DocBytes) || p.DocBytes == 0 {
		t.Errorf("bytes tile %q, status %d (%s)", p.BytesTile, p.DocBytes, jsBytes(p.DocBytes))
	}
	if p.SitesRows != p.DocSites || p.DocSites == 0 {
		t.Errorf("%d site rows, status has %d sites", p.SitesRows, p.DocSites)
	}
	if len(p.HistoryPoints) != len(p.DocHistory) || len(p.DocHistory) == 0 {
		t.Errorf("history rows %v, status series %v", p.HistoryPoints, p.DocHistory)
	}
	for name, n := range p.DocHistory {
		if p.HistoryPoints[name] != n {
			t.Errorf("history %s: %d points drawn, %d in status", name, p.HistoryPoints[name], n)
		}
	}
}

// TestStatusStateIdle: a continuous crawl whose web is done reports idle
// (nothing queued or in flight), not running.
func TestStatusStateIdle(t *testing.T) {
	web := startWeb(t, testweb.Config{Seed: 61, Publishers: 1, Aggregators: 1, Stories: 2, Trap: false})
	addr, stop := startPipeline(t, web, "--admin-addr", "127.0.0.1:0")
	defer stop()
	deadline := time.Now().Add(2 * time.Minute)
	seen := map[string]bool{}
	for {
		var doc struct {
			State string `json:"state"`
		}
		_, b := httpGet(t, "http://"+addr+"/status", "")
		if err := json.Unmarshal(b, &doc); err != nil {
			t.Fatal(err)
		}
		seen[doc.State] = true
		if doc.State == "idle" {
			break
		}
		if doc.State != "running" {
			t.Fatalf("state %q during a crawl", doc.State)
		}
		if time.Now().After(deadline) {
			t.Fatalf("never idle; states seen %v", seen)
		}
		time.Sleep(100 * time.Millisecond)
	}
}
