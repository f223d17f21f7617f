package store

import (
	"context"
	"database/sql"
	"fmt"
	"time"
)

// SiteStats are a site's numbers in the store.
type SiteStats struct {
	Site string `json:"site"`
	// Stories is the number of stories whose original is on the site.
	Stories int `json:"stories"`
	// URLs is the number of the site's URLs the store knows, originals
	// and copies.
	URLs int `json:"urls"`
	// Copies is the number of the site's URLs that are not a story's
	// original: republished, syndicated or duplicate pages.
	Copies int `json:"copies"`
	// LastStoredAt is when a story of the site was last first stored.
	LastStoredAt *time.Time `json:"last_stored_at"`
	// LastPublishedAt is the latest publication date among its stories.
	LastPublishedAt *time.Time `json:"last_published_at"`
}

// sitesSQL adds up the two tables per site in one pass over each.
const sitesSQL = `SELECT site, sum(stories), sum(urls), max(last_stored), max(last_published) FROM (
	SELECT site, count(*) AS stories, 0 AS urls, max(stored_at) AS last_stored, max(published_at) AS last_published
	FROM stories GROUP BY site
	UNION ALL
	SELECT site, 0, count(*), NULL, NULL FROM story_urls GROUP BY site
) t GROUP BY site ORDER BY sum(stories) DESC, site`

// Sites reports every site of the store with its numbers, the sites with
// most stories first.
func (s *Store) Sites(ctx context.Context) ([]SiteStats, error) {
	out, err := s.eng.sites(ctx)
	if err != nil {
		return nil, fmt.Errorf("sites of %s store at %s: %w", s.backend, s.where, err)
	}
	for i := range out {
		out[i].Copies = max(0, out[i].URLs-out[i].Stories)
	}
	if out == nil {
		out = []SiteStats{}
	}
	return out, nil
}

func (e *sqliteEngine) sites(ctx context.Context) ([]SiteStats, error) {
	rows, err := e.r.QueryContext(ctx, sitesSQL)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []SiteStats
	for rows.Next() {
		var st SiteStats
		var stored, published sql.NullString
		if err := rows.Scan(&st.Site, &st.Stories, &st.URLs, &stored, &published); err != nil {
			return nil, err
		}
		st.LastStoredAt, st.LastPublishedAt = parseSQLiteTime(stored), parseSQLiteTime(published)
		out = append(out, st)
	}
	return out, rows.Err()
}

func (e *pgEngine) sites(ctx context.Context) ([]SiteStats, error) {
	rows, err := e.pool.Query(ctx, sitesSQL)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []SiteStats
	for rows.Next() {
		var st SiteStats
		var stories, urls int64
		if err := rows.Scan(&st.Site, &stories, &urls, &st.LastStoredAt, &st.LastPublishedAt); err != nil {
			return nil, err
		}
		st.Stories, st.URLs = int(stories), int(urls)
		st.LastStoredAt, st.LastPublishedAt = utcPtr(st.LastStoredAt), utcPtr(st.LastPublishedAt)
		out = append(out, st)
	}
	return out, rows.Err()
}
