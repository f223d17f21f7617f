package admin_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/pb33f/libopenapi"
	validator "github.com/pb33f/libopenapi-validator"
	"github.com/pb33f/libopenapi-validator/config"

	"newsroom.dev/pkg/admin"
	"newsroom.dev/pkg/bus"
	"newsroom.dev/pkg/store"
	"newsroom.dev/pkg/store/storetest"
	"newsroom.dev/pkg/testkit"
)

// apiStories fills a store with a few stories and copies.
func apiStories(t *testing.T, s *store.Store) {
	t.Helper()
	base := time.Date(2026, 11, 1, 12, 0, 0, 0, time.UTC)
	msgs := []bus.Article{
		storetest.Article("harbour", "coast.example", "en", "Storm closes the harbour",
			"Fishing boats stayed in port as the storm closed the harbour.", base, "Mary Shelley"),
		storetest.Article("budget", "capital.example", "en", "Parliament passes the budget",
			"The parliament passed the budget after a night of debate about the spending plan.", base.Add(time.Hour), "Ada Lovelace"),
		storetest.Article("wahl", "zeitung.example", "de", "Regierung verliert die Wahl",
			"Die Regierung hat die Wahl am Sonntag verloren.", base.Add(2*time.Hour)),
	}
	cp := storetest.Alias("budget", "https://mirror.example/budget")
	cp.Site, cp.Tier, cp.Version = "mirror.example", "text", 1
	cp.Signals = &bus.Signals{Rank: -2, Detail: 0, Length: 14}
	msgs = append(msgs, cp)
	for i := range 30 {
		msgs = append(msgs, storetest.Article(fmt.Sprintf("filler%02d", i), "filler.example", "en", fmt.Sprint("Filler ", i),
			"Routine council notes number "+fmt.Sprint(i), base.Add(-time.Duration(i)*time.Hour)))
	}
	if err := s.Apply(t.Context(), msgs); err != nil {
		t.Fatal(err)
	}
}

// openAPIValidator loads the served document and checks it is valid OpenAPI 3.1.
func openAPIValidator(t *testing.T, doc []byte) (strict, plain validator.Validator, raw map[string]any) {
	t.Helper()
	d, err := libopenapi.NewDocument(doc)
	if err != nil {
		t.Fatalf("parse openapi.json: %v", err)
	}
	if v := d.GetVersion(); v != "3.1.0" {
		t.Errorf("openapi version %q, want 3.1.0", v)
	}
	// Strict: a property the handlers send but the document does not
	// declare fails (plain is for the OpenAPI document itself, which is
	// free-form where it describes the API).
	v, errs := validator.NewValidator(d, config.WithStrictMode(), config.WithFormatAssertions())
	if len(errs) > 0 {
		t.Fatalf("build validator: %v", errs)
	}
	plain, errs = validator.NewValidator(d, config.WithFormatAssertions())
	if len(errs) > 0 {
		t.Fatalf("build validator: %v", errs)
	}
	if ok, verrs := v.ValidateDocument(); !ok {
		for _, e := range verrs {
			t.Errorf("openapi.json is not valid OpenAPI: %s: %s", e.Message, e.Reason)
		}
	}
	if err := json.Unmarshal(doc, &raw); err != nil {
		t.Fatal(err)
	}
	return v, plain, raw
}

type apiCase struct {
	server string // "open", "token", "nostore", "broken"
	path   string // path and query
	token  string
	status int
}

// readAPICases reads the request table (server | path | token | status);
// {cursor} in a path stands for cursor.
func readAPICases(t *testing.T, path, cursor string) []apiCase {
	t.Helper()
	var out []apiCase
	for _, f := range testkit.ReadCases(t, path, 4) {
		status, err := strconv.Atoi(f[3])
		if err != nil {
			t.Fatalf("%s: status %q", path, f[3])
		}
		out = append(out, apiCase{server: f[0], path: strings.ReplaceAll(f[1], "{cursor}", cursor), token: f[2], status: status})
	}
	return out
}

// TestAPIMatchesOpenAPI sends requests covering every route, parameter and
// documented status to real handlers over a real store, and validates each
// request and response against /api/v1/openapi.json.
func TestAPIMatchesOpenAPI(t *testing.T) {
	for _, backend := range []string{store.BackendSQLite, store.BackendPostgres} {
		t.Run(backend, func(t *testing.T) { testAPIMatchesOpenAPI(t, backend) })
	}
}

func openStore(t *testing.T, backend string) *store.Store {
	t.Helper()
	loc := storetest.SQLitePath(t)
	if backend == store.BackendPostgres {
		loc = storetest.PostgresURL(t)
	}
	s, err := store.Open(t.Context(), loc, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func testAPIMatchesOpenAPI(t *testing.T, backend string) {
	st := openStore(t, backend)
	apiStories(t, st)
	broken := openStore(t, backend)
	broken.Close() // every query fails: the 500 path
	next := time.Now().Add(time.Minute).UTC()
	health := func(ctx context.Context, sites []string) (map[string]admin.SiteHealth, error) {
		return map[string]admin.SiteHealth{"coast.example": {Robots: "fetched", RecentFailures: 2, InFlight: 1, NextRequestAt: &next}}, nil
	}
	servers := map[string]*admin.Server{
		"open":    start(t, admin.Config{Addr: "127.0.0.1:0", Stories: st, SiteHealth: health}),
		"token":   start(t, admin.Config{Addr: "127.0.0.1:0", Token: "s3cret", Stories: st}),
		"nostore": start(t, admin.Config{Addr: "127.0.0.1:0"}),
		"broken":  start(t, admin.Config{Addr: "127.0.0.1:0", Stories: broken}),
	}
	code, doc := get(t, "http://"+servers["open"].Addr()+"/api/v1/openapi.json", "")
	if code != 200 {
		t.Fatalf("openapi.json: %d", code)
	}
	v, plain, raw := openAPIValidator(t, []byte(doc))

	// The next-page cursor of a first page, to follow it.
	_, body := get(t, "http://"+servers["open"].Addr()+"/api/v1/stories?limit=5", "")
	var first store.SearchPage
	if err := json.Unmarshal([]byte(body), &first); err != nil || first.NextCursor == "" {
		t.Fatalf("first page: %v %s", err, body)
	}
	cases := readAPICases(t, "testdata/api_cases.txt", first.NextCursor)
	type key struct{ path, status string }
	covered := map[key]bool{}
	params := map[string]bool{}
	for _, c := range cases {
		req, err := http.NewRequest(http.MethodGet, "http://"+servers[c.server].Addr()+c.path, nil)
		if err != nil {
			t.Fatal(err)
		}
		if c.token != "" {
			req.Header.Set("Authorization", "Bearer "+c.token)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		resp.Body = io.NopCloser(strings.NewReader(string(b)))
		if resp.StatusCode != c.status {
			t.Errorf("%s %s: status %d, want %d: %s", c.server, c.path, resp.StatusCode, c.status, b)
			continue
		}
		if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
			t.Errorf("%s %s: content type %q", c.server, c.path, ct)
		}
		// Validate the request only when it is a valid one: the bad ones
		// are exactly those the document forbids (or the handlers reject
		// beyond what a schema can say).
		if c.status < 400 {
			if ok, errs := v.ValidateHttpRequestSync(req); !ok {
				for _, e := range errs {
					t.Errorf("%s %s: request does not match the document: %s: %s", c.server, c.path, e.Message, e.Reason)
				}
			}
		}
		rv := v
		if strings.HasSuffix(c.path, "/openapi.json") {
			rv = plain
		}
		if ok, errs := rv.ValidateHttpResponse(req, resp); !ok {
			for _, e := range errs {
				t.Errorf("%s %s: %d response does not match the document: %s: %s\n%s", c.server, c.path, c.status, e.Message, e.Reason, b)
			}
		}
		if c.status >= 400 {
			var e struct{ Error string }
			if json.Unmarshal(b, &e) != nil || e.Error == "" {
				t.Errorf("%s %s: error body %s has no message", c.server, c.path, b)
			}
		}
		u, _ := url.Parse(c.path)
		tmpl := u.Path
		if strings.HasPrefix(tmpl, "/api/v1/stories/") {
			tmpl = "/api/v1/stories/{id}"
			params["id"] = true
		}
		covered[key{tmpl, fmt.Sprint(c.status)}] = true
		if c.status == 200 {
			for p := range u.Query() {
				params[p] = true
			}
		}
	}

	// Every documented route, status and parameter was exercised.
	paths := raw["paths"].(map[string]any)
	var docPatterns []string
	for p, item := range paths {
		for method, op := range item.(map[string]any) {
			if p != "/api/v1/openapi.json" {
				docPatterns = append(docPatterns, strings.ToUpper(method)+" "+p)
			}
			opm := op.(map[string]any)
			for status := range opm["responses"].(map[string]any) {
				if !covered[key{p, status}] {
					t.Errorf("%s %s: documented status %s not exercised", method, p, status)
				}
			}
			ps, _ := opm["parameters"].([]any)
			for _, pp := range ps {
				name := pp.(map[string]any)["name"].(string)
				if !params[name] {
					t.Errorf("%s %s: parameter %q not exercised in a successful request", method, p, name)
				}
			}
		}
	}
	for k := range covered {
		if _, ok := paths[k.path]; !ok {
			t.Errorf("route %s answered but is not documented", k.path)
		}
	}
	// Every data route the server registers is documented, and vice versa.
	want := admin.APIPatterns()
	sort.Strings(want)
	sort.Strings(docPatterns)
	if !slices.Equal(want, docPatterns) {
		t.Errorf("routes served %v, documented %v", want, docPatterns)
	}
}

// TestAPIStoryDetail checks the content of a story page and a search.
func TestAPIStoryDetail(t *testing.T) {
	st := openStore(t, store.BackendSQLite)
	apiStories(t, st)
	srv := start(t, admin.Config{Addr: "127.0.0.1:0", Stories: st})
	code, body := get(t, "http://"+srv.Addr()+"/api/v1/stories/budget", "")
	if code != 200 {
		t.Fatalf("story: %d %s", code, body)
	}
	var d store.StoryDetail
	if err := json.Unmarshal([]byte(body), &d); err != nil {
		t.Fatal(err)
	}
	if len(d.Copies) != 2 || !d.Copies[0].Original || d.Copies[1].URL != "https://mirror.example/budget" ||
		d.Copies[1].Tier != "text" || d.Original.Decided != "rank" || !strings.Contains(d.Copies[1].Why, "credits another publisher") {
		t.Errorf("story detail = %s", body)
	}
	code, body = get(t, "http://"+srv.Addr()+"/api/v1/stories?q=%22spending+plan%22", "")
	var p store.SearchPage
	if err := json.Unmarshal([]byte(body), &p); err != nil || code != 200 || len(p.Stories) != 1 ||
		p.Stories[0].ID != "budget" || p.Stories[0].Copies != 2 || !strings.Contains(strings.ReplaceAll(p.Stories[0].Snippet, "</mark> <mark>", " "), "<mark>spending plan</mark>") {
		t.Errorf("phrase search: %d %s", code, body)
	}
	// The browser page is served without data and without external assets.
	code, body = get(t, "http://"+srv.Addr()+"/stories", "")
	if code != 200 || !strings.Contains(body, "api/v1/stories") || strings.Contains(body, "http://") || strings.Contains(body, "https://") {
		t.Errorf("/stories page: %d, external references or no API use", code)
	}
	if _, err := os.Stat("openapi.json"); err != nil {
		t.Errorf("openapi.json source: %v", err)
	}
}
