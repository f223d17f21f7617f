package main

import (
	"encoding/json"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"newsroom.dev/pkg/store"
	"newsroom.dev/pkg/testweb"
)

// syndicatedStory waits until the API holds a story of the test web that
// was stored with at least two of its URLs, and returns the truth and the
// stored detail.
func syndicatedStory(t *testing.T, base string, web *testweb.Web) (testweb.Story, store.StoryDetail) {
	t.Helper()
	truth := web.Truth()
	deadline := time.Now().Add(2 * time.Minute)
	for {
		for _, ts := range truth.Stories {
			if len(ts.Copies) == 0 {
				continue
			}
			code, b := httpGet(t, base+"/api/v1/stories?limit=1&q="+url.QueryEscape(`"`+ts.Title+`"`), "")
			var page store.SearchPage
			if code != 200 || json.Unmarshal(b, &page) != nil || len(page.Stories) == 0 || page.Stories[0].Copies < 2 {
				continue
			}
			code, b = httpGet(t, base+"/api/v1/stories/"+url.PathEscape(page.Stories[0].ID), "")
			var d store.StoryDetail
			if code == 200 && json.Unmarshal(b, &d) == nil && d.URL == ts.URL {
				return ts, d
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("no syndicated story with its copies stored after 2 minutes")
		}
		time.Sleep(500 * time.Millisecond)
	}
}

// storyPhrase is a run of words from the middle of a story's first
// paragraph, as a quoted phrase.
func storyPhrase(text string) string {
	first, _, _ := strings.Cut(text, "\n")
	words := strings.Fields(first)
	if len(words) > 10 {
		words = words[3:9]
	}
	return `"` + strings.Trim(strings.Join(words, " "), `.,;:!?"'“”`) + `"`
}

// TestStoryBrowserInBrowser crawls the test web, then uses the story
// browser in headless Chromium: search a phrase from a known syndicated
// story, open it, and see its original and copies with their tiers.
func TestStoryBrowserInBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a browser")
	}
	chromium := chromiumPath(t)
	web := startWeb(t, testweb.Config{Seed: 29, Stories: 6})
	addr, stop := startPipeline(t, web)
	defer stop()
	base := "http://" + addr
	ts, detail := syndicatedStory(t, base, web)
	phrase := storyPhrase(ts.Text)
	t.Logf("story %s %q, %d copies stored; searching %s", detail.ID, ts.Title, len(detail.Copies), phrase)

	bctx := newBrowser(t, chromium)
	if err := chromedp.Do(bctx,
		chromedp.Navigate(base+"/stories"),
		chromedp.WaitVisible(chromedp.CSS(`#results tr.story`)),
	); err != nil {
		t.Fatalf("load the story browser: %v", err)
	}
	latest, err := chromedp.Run(bctx, chromedp.Evaluate[int](`document.querySelectorAll("#results tr.story").length`))
	if err != nil || latest == 0 {
		t.Fatalf("latest stories: %d rows, %v", latest, err)
	}
	// Search the phrase through the page's form.
	if err := chromedp.Do(bctx,
		chromedp.SendKeys(chromedp.ID("q"), phrase, chromedp.NodeVisible),
		chromedp.Click(chromedp.ID("go"), chromedp.NodeVisible),
	); err != nil {
		t.Fatal(err)
	}
	sel := `#results tr.story[data-id="` + detail.ID + `"] a.title`
	if _, err := chromedp.Run(bctx, chromedp.Poll[bool](`document.getElementById("list-caption").textContent.includes("matching") && !!document.querySelector('`+sel+`')`,
		chromedp.WithPollingTimeout(15*time.Second))); err != nil {
		t.Fatalf("the search for %s did not list story %s: %v", phrase, detail.ID, err)
	}
	type hit struct {
		Title, Copies, Marked string
		Rows                  int
	}
	h, err := chromedp.Run(bctx, chromedp.Evaluate[hit](`(() => {
		const tr = document.querySelector('#results tr.story[data-id="`+detail.ID+`"]');
		return { Title: tr.querySelector("a.title").textContent, Copies: tr.querySelector("td.copies").textContent,
			Marked: [...tr.querySelectorAll("mark")].map(m => m.textContent).join(" "),
			Rows: document.querySelectorAll("#results tr.story").length };
	})()`))
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("search row: %+v", h)
	// (The crawl goes on, so more copies may have arrived since.)
	if h.Title != detail.Title || atoi(h.Copies) < len(detail.Copies) || h.Marked == "" {
		t.Errorf("search row %+v: want title %q, at least %d copies and marked words", h, detail.Title, len(detail.Copies))
	}
	// Open the story: its cluster, original first-class, copies with tiers.
	if err := chromedp.Do(bctx,
		chromedp.Click(chromedp.CSS(sel), chromedp.NodeVisible),
		chromedp.WaitVisible(chromedp.CSS(`#copies tr.copy`)),
	); err != nil {
		t.Fatalf("open the story: %v", err)
	}
	type copyRow struct {
		URL, Tier, Why string
		Original       bool
	}
	type storyPage struct {
		Title, Reason, Text string
		Copies              []copyRow
	}
	sp, err := chromedp.Run(bctx, chromedp.Evaluate[storyPage](`({
		Title: document.getElementById("story-title").textContent,
		Reason: document.getElementById("story-reason").textContent,
		Text: document.getElementById("story-text").textContent,
		Copies: [...document.querySelectorAll("#copies tr.copy")].map(tr => ({
			URL: tr.querySelector("a.url").textContent, Tier: tr.cells[4].textContent,
			Why: tr.cells[6].textContent, Original: tr.classList.contains("original") })),
	})`))
	if err != nil {
		t.Fatal(err)
	}
	png, err := chromedp.Run(bctx, chromedp.FullScreenshot(100))
	if err == nil {
		shot := filepath.Join(t.ArtifactDir(), "story.png")
		if os.WriteFile(shot, png, 0o644) == nil {
			t.Logf("story page screenshot: %s", shot)
		}
	}
	t.Logf("story page: title %q, reason %q, %d copies", sp.Title, sp.Reason, len(sp.Copies))
	if sp.Title != detail.Title || !strings.Contains(sp.Reason, "Why:") || !strings.Contains(sp.Text, strings.Fields(ts.Text)[0]) {
		t.Errorf("story page title %q reason %q", sp.Title, sp.Reason)
	}
	var now store.StoryDetail
	_, b := httpGet(t, base+"/api/v1/stories/"+url.PathEscape(detail.ID), "")
	if err := json.Unmarshal(b, &now); err != nil {
		t.Fatal(err)
	}
	if len(sp.Copies) < len(detail.Copies) || len(sp.Copies) > len(now.Copies) {
		t.Fatalf("story page shows %d copies, the API %d before and %d after", len(sp.Copies), len(detail.Copies), len(now.Copies))
	}
	copyURLs := map[string]bool{}
	for _, c := range ts.Copies {
		copyURLs[c.URL] = true
	}
	originals := 0
	for _, c := range sp.Copies {
		switch {
		case c.Original:
			originals++
			if c.URL != ts.URL {
				t.Errorf("the page marks %s as the original, the truth is %s", c.URL, ts.URL)
			}
		case !copyURLs[c.URL] && !strings.HasPrefix(c.URL, ts.URL):
			t.Errorf("copy %s is neither a known copy nor a variant of the original's URL", c.URL)
		default:
			if c.Tier == "" || c.Why == "" {
				t.Errorf("copy %s: tier %q, why %q", c.URL, c.Tier, c.Why)
			}
		}
	}
	if originals != 1 {
		t.Errorf("%d copies marked original, want 1", originals)
	}
	// The sites table lists the crawled sites with their crawl state.
	if err := chromedp.Do(bctx,
		chromedp.Click(chromedp.ID("nav-sites"), chromedp.NodeVisible),
		chromedp.WaitVisible(chromedp.CSS(`#sites tr.site`)),
	); err != nil {
		t.Fatalf("sites view: %v", err)
	}
	robots, err := chromedp.Run(bctx, chromedp.Evaluate[[]string](`[...document.querySelectorAll("#sites tr.site")].map(tr => tr.cells[6].textContent)`))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(strings.Join(robots, ","), "fetched") {
		t.Errorf("sites table robots column %v: want a fetched robots.txt", robots)
	}
}

func atoi(s string) int { n, _ := strconv.Atoi(s); return n }
