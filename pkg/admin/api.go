package admin

import (
	"context"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"newsroom.dev/pkg/store"
)

//go:embed openapi.json
var openAPIDoc []byte

//go:embed stories.html
var storiesHTML []byte

// StoryReader is what the query API reads stories from; *store.Store
// satisfies it. Its methods must be safe for concurrent use.
type StoryReader interface {
	Search(ctx context.Context, q store.SearchQuery) (store.SearchPage, error)
	Story(ctx context.Context, id string) (store.StoryDetail, error)
	Sites(ctx context.Context) ([]store.SiteStats, error)
}

// SiteHealth is what the crawl state knows about a site's host.
type SiteHealth struct {
	// Robots is the state of the host's robots.txt in the shared cache:
	// "fetched" (rules cached), "unavailable" (5xx or unreachable: the host
	// waits), "no-host" (the name does not resolve) or "unknown" (not
	// fetched, or expired).
	Robots string `json:"robots"`
	// Parked is true while the host rests after repeated failures.
	Parked bool `json:"parked"`
	// RecentFailures counts the host's recent failed fetches (no answer,
	// 429, 5xx) that stretch its gap.
	RecentFailures int64 `json:"recent_failures"`
	// InFlight is the number of its requests under way, across replicas.
	InFlight int `json:"in_flight"`
	// NextRequestAt is the earliest start of its next request (pacing).
	NextRequestAt *time.Time `json:"next_request_at"`
}

// SiteHealthFunc reports the crawl state of the given sites (hosts); a
// site missing from the map has none.
type SiteHealthFunc func(ctx context.Context, sites []string) (map[string]SiteHealth, error)

// apiTimeout bounds one API request's store queries.
const apiTimeout = 10 * time.Second

// storiesParams are the query parameters of GET /api/v1/stories.
var storiesParams = []string{"q", "site", "lang", "author", "since", "until", "sort", "limit", "cursor"}

// apiError is the body of every API error response.
type apiError struct {
	Error string `json:"error"`
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(v) // the client went away, or v holds only marshalable values
}

func writeError(w http.ResponseWriter, status int, format string, args ...any) {
	writeJSON(w, status, apiError{Error: fmt.Sprintf(format, args...)})
}

// routeAPI adds the query API and the story browser to mux.
func (s *Server) routeAPI(mux *http.ServeMux) {
	mux.HandleFunc("GET /api/v1/openapi.json", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write(openAPIDoc)
	})
	for _, rt := range s.apiRoutes() {
		mux.Handle(rt.pattern, s.auth(rt.handler))
	}
	mux.Handle("/api/", s.auth(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		writeError(w, http.StatusNotFound, "no API route %s %s (see /api/v1/openapi.json)", r.Method, r.URL.Path)
	})))
	mux.HandleFunc("GET /stories", func(w http.ResponseWriter, r *http.Request) {
		// Like the dashboard, the page holds no data; it calls the API with the token.
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("Content-Security-Policy", "default-src 'self'; script-src 'unsafe-inline' 'self'; style-src 'unsafe-inline'")
		_, _ = w.Write(storiesHTML)
	})
}

// apiRoute is one route of the query API that needs the token.
type apiRoute struct {
	pattern string
	handler http.HandlerFunc
}

// apiRoutes are the data routes of the API; /api/v1/openapi.json
// describes each of them.
func (s *Server) apiRoutes() []apiRoute {
	return []apiRoute{
		{"GET /api/v1/stories", s.apiStories},
		{"GET /api/v1/stories/{id}", s.apiStory},
		{"GET /api/v1/sites", s.apiSites},
	}
}

// reader returns the story reader, or answers 503 when there is none.
func (s *Server) reader(w http.ResponseWriter) StoryReader {
	if s.cfg.Stories == nil {
		writeError(w, http.StatusServiceUnavailable, "this admin server has no story store (newsroom admin needs --store)")
	}
	return s.cfg.Stories
}

// parseStoriesQuery reads GET /api/v1/stories parameters. Unknown and
// repeated parameters are errors, so a typo is not silently ignored.
func parseStoriesQuery(v url.Values, now time.Time) (store.SearchQuery, error) {
	var q store.SearchQuery
	for name, vals := range v {
		if !slices.Contains(storiesParams, name) {
			return q, fmt.Errorf("unknown parameter %q (known: %s)", name, strings.Join(storiesParams, ", "))
		}
		if len(vals) > 1 {
			return q, fmt.Errorf("parameter %q given %d times", name, len(vals))
		}
	}
	q.Text, q.Site, q.Lang, q.Author = v.Get("q"), v.Get("site"), v.Get("lang"), v.Get("author")
	q.Sort, q.Cursor = v.Get("sort"), v.Get("cursor")
	var err error
	if q.Since, err = parseTimeParam("since", v.Get("since"), now); err != nil {
		return q, err
	}
	if q.Until, err = parseTimeParam("until", v.Get("until"), now); err != nil {
		return q, err
	}
	if l := v.Get("limit"); l != "" {
		n, err := strconv.Atoi(l)
		if err != nil || n < 1 || n > store.MaxSearchLimit {
			return q, fmt.Errorf("limit %q: want a whole number from 1 to %d", l, store.MaxSearchLimit)
		}
		q.Limit = n
	}
	return q, nil
}

// parseTimeParam reads an RFC 3339 time, a date (2026-11-20, midnight
// UTC) or a duration before now (24h, 90m).
func parseTimeParam(name, s string, now time.Time) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, nil
	}
	if t, err := time.Parse(time.DateOnly, s); err == nil {
		return t, nil
	}
	if d, err := time.ParseDuration(s); err == nil && d >= 0 {
		return now.Add(-d), nil
	}
	return time.Time{}, fmt.Errorf("%s %q: want an RFC 3339 time (2026-11-20T08:00:00Z), a date (2026-11-20) or a duration ago (24h)", name, s)
}

func (s *Server) apiStories(w http.ResponseWriter, r *http.Request) {
	q, err := parseStoriesQuery(r.URL.Query(), time.Now())
	if err != nil {
		writeError(w, http.StatusBadRequest, "%v", err)
		return
	}
	rd := s.reader(w)
	if rd == nil {
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), apiTimeout)
	defer cancel()
	page, err := rd.Search(ctx, q)
	switch {
	case errors.Is(err, store.ErrBadQuery):
		writeError(w, http.StatusBadRequest, "%v", err)
	case err != nil:
		s.cfg.Log.Warn("api search failed", "err", err)
		writeError(w, http.StatusInternalServerError, "search failed: %v", err)
	default:
		writeJSON(w, http.StatusOK, page)
	}
}

func (s *Server) apiStory(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	if len(r.URL.Query()) > 0 {
		writeError(w, http.StatusBadRequest, "this route takes no query parameters")
		return
	}
	rd := s.reader(w)
	if rd == nil {
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), apiTimeout)
	defer cancel()
	d, err := rd.Story(ctx, id)
	switch {
	case errors.Is(err, store.ErrNotFound):
		writeError(w, http.StatusNotFound, "no story with id %q", id)
	case err != nil:
		s.cfg.Log.Warn("api story failed", "id", id, "err", err)
		writeError(w, http.StatusInternalServerError, "read story: %v", err)
	default:
		writeJSON(w, http.StatusOK, d)
	}
}

// siteRow is one row of GET /api/v1/sites.
type siteRow struct {
	store.SiteStats
	// Crawl is the site's crawl state, null when the server cannot read
	// it or has none for the site.
	Crawl *SiteHealth `json:"crawl"`
}

func (s *Server) apiSites(w http.ResponseWriter, r *http.Request) {
	if len(r.URL.Query()) > 0 {
		writeError(w, http.StatusBadRequest, "this route takes no query parameters")
		return
	}
	rd := s.reader(w)
	if rd == nil {
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), apiTimeout)
	defer cancel()
	sites, err := rd.Sites(ctx)
	if err != nil {
		s.cfg.Log.Warn("api sites failed", "err", err)
		writeError(w, http.StatusInternalServerError, "read sites: %v", err)
		return
	}
	var health map[string]SiteHealth
	crawlState := s.cfg.SiteHealth != nil
	if crawlState {
		names := make([]string, len(sites))
		for i, st := range sites {
			names[i] = st.Site
		}
		if health, err = s.cfg.SiteHealth(ctx, names); err != nil {
			s.cfg.Log.Warn("api sites: crawl state unavailable", "err", err)
			crawlState = false
		}
	}
	rows := make([]siteRow, len(sites))
	for i, st := range sites {
		rows[i].SiteStats = st
		if h, ok := health[st.Site]; ok {
			rows[i].Crawl = &h
		}
	}
	writeJSON(w, http.StatusOK, map[string]any{"sites": rows, "crawl_state": crawlState})
}
