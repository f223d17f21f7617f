package sitetemplate

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"newsroom.dev/pkg/extract"
	"newsroom.dev/pkg/state"
)

// ErrBadSite reports an empty or over-long site name.
var ErrBadSite = errors.New("bad site name")

// Options holds the thresholds and caps of a Learner. Zero fields take
// their DefaultOptions values.
type Options struct {
	// MinPages is the number of distinct pages of a site a block must be
	// seen on before it counts as boilerplate.
	MinPages int
	// MinShare is the share of the site's observed pages a block must also
	// be seen on (0..1).
	MinShare float64
	// Window is how long counters, seen-marks and templates live after
	// their creation.
	Window time.Duration
	// MaxBlocks is how many distinct block hashes of one page are counted
	// (the first ones in body order).
	MaxBlocks int
	// MaxTemplate is the largest number of block hashes kept in one site's
	// template.
	MaxTemplate int
	// Refresh is how long a Learner reuses a site's template before it
	// reads it from the store again.
	Refresh time.Duration
	// MaxSites bounds the number of site templates cached in memory.
	MaxSites int
	// MaxSiteLen is the longest site name accepted.
	MaxSiteLen int
	// Prefix starts every state key.
	Prefix string
	// MetaPages is the number of pages that must show the same title
	// affix, or the same day-month order, before the site's metadata
	// template takes it.
	MetaPages int
	// MetaShare is the share of the site's observed pages that must show
	// the same title affix (0..1).
	MetaShare float64
	// OrderPages is the number of pages that must show the same
	// day-month order, while none shows the other, before the site's
	// metadata template takes it; where pages show both, MetaPages and
	// four times as many as the other are needed. An order read from an
	// unambiguous date (25/06/2025) settles the site's ambiguous ones
	// (05/06/2025), which the page's language may leave a guess.
	OrderPages int
	// MaxShapes is the largest number of address shapes whose page kinds
	// are kept per site.
	MaxShapes int
}

// DefaultOptions returns the values used for zero Options fields.
func DefaultOptions() Options {
	return Options{
		MinPages:    5,
		MinShare:    0.1,
		Window:      14 * 24 * time.Hour,
		MaxBlocks:   200,
		MaxTemplate: 1000,
		Refresh:     30 * time.Second,
		MaxSites:    10000,
		MaxSiteLen:  255,
		Prefix:      "tpl:",
		MetaPages:   3,
		MetaShare:   0.5,
		OrderPages:  1,
		MaxShapes:   64,
	}
}

func (o Options) withDefaults() Options {
	d := DefaultOptions()
	if o.MinPages <= 0 {
		o.MinPages = d.MinPages
	}
	if o.MinShare <= 0 || o.MinShare > 1 {
		o.MinShare = d.MinShare
	}
	if o.Window <= 0 {
		o.Window = d.Window
	}
	if o.MaxBlocks <= 0 {
		o.MaxBlocks = d.MaxBlocks
	}
	if o.MaxTemplate <= 0 {
		o.MaxTemplate = d.MaxTemplate
	}
	if o.Refresh <= 0 {
		o.Refresh = d.Refresh
	}
	if o.MaxSites <= 0 {
		o.MaxSites = d.MaxSites
	}
	if o.MaxSiteLen <= 0 {
		o.MaxSiteLen = d.MaxSiteLen
	}
	if o.Prefix == "" {
		o.Prefix = d.Prefix
	}
	if o.MetaPages <= 0 {
		o.MetaPages = d.MetaPages
	}
	if o.MetaShare <= 0 || o.MetaShare > 1 {
		o.MetaShare = d.MetaShare
	}
	if o.OrderPages <= 0 {
		o.OrderPages = d.OrderPages
	}
	if o.MaxShapes <= 0 {
		o.MaxShapes = d.MaxShapes
	}
	return o
}

// Template is a site's learned template: the block hashes that repeat
// across its pages, and its metadata conventions (title affixes, the
// order of day and month in numeric dates). It implements
// extract.TemplateSet and extract.SiteHints and is immutable.
type Template struct {
	set     map[uint64]struct{}
	affixes []string
	order   string
	spots   spots
	shapes  map[string]shapeCount // page kinds by address shape (kinds.go)
}

// maxAffixes bounds the title affixes kept per site.
const maxAffixes = 4

// TitleAffixes returns the learned site-name prefixes and suffixes of the
// site's titles.
func (t *Template) TitleAffixes() []string {
	if t == nil {
		return nil
	}
	return t.affixes
}

// DateOrder returns the learned day-month order ("dmy", "mdy") or "".
func (t *Template) DateOrder() string {
	if t == nil {
		return ""
	}
	return t.order
}

// empty reports whether nothing has been learned.
func (t *Template) empty() bool {
	return t == nil || (len(t.set) == 0 && len(t.affixes) == 0 && t.order == "" && t.spots == spots{} && len(t.shapes) == 0)
}

// Repeated reports whether the block hash belongs to the template.
func (t *Template) Repeated(h uint64) bool {
	if t == nil {
		return false
	}
	_, ok := t.set[h]
	return ok
}

// Len is the number of block hashes in the template.
func (t *Template) Len() int {
	if t == nil {
		return 0
	}
	return len(t.set)
}

// Hashes returns the template's block hashes in no particular order.
func (t *Template) Hashes() []uint64 {
	if t == nil {
		return nil
	}
	out := make([]uint64, 0, len(t.set))
	for h := range t.set {
		out = append(out, h)
	}
	return out
}

// Stats counts what one Observe call did.
type Stats struct {
	Skipped    bool // the page had been observed before (or had no blocks)
	Blocks     int  // distinct block hashes considered
	Repeated   int  // of which seen on an earlier page and counted
	Added      int  // of which joined the template now
	RoundTrips int  // state calls made
}

type cached struct {
	t  *Template
	at time.Time
}

// Counts is what a Learner needs of the shared state: values and counters
// with expiry, and the seen-set of pages already counted.
// *memstate.Store and *redisstate.Store satisfy it.
type Counts interface {
	state.Cache
	state.SeenSet
}

// Learner learns site templates from extraction results. It is safe for
// concurrent use; many Learners (one per replica) may share one store.
type Learner struct {
	st  Counts
	o   Options
	now func() time.Time

	mu    sync.Mutex
	cache map[string]cached
}

// New returns a Learner keeping its counts in st.
func New(st Counts, o Options) *Learner {
	return &Learner{st: st, o: o.withDefaults(), now: time.Now, cache: make(map[string]cached)}
}

// Options returns the effective options.
func (l *Learner) Options() Options { return l.o }

func (l *Learner) siteKey(site string) (string, error) {
	s := strings.ToLower(strings.TrimSpace(site))
	if s == "" || len(s) > l.o.MaxSiteLen {
		return "", fmt.Errorf("sitetemplate: site %.40q: %w", site, ErrBadSite)
	}
	return l.o.Prefix + s + ":", nil
}

// Template returns the learned template of site, nil when it has none
// yet. It reads the store at most once per Options.Refresh and site.
func (l *Learner) Template(ctx context.Context, site string) (extract.TemplateSet, error) {
	t, _, err := l.template(ctx, site)
	if err != nil || t.empty() {
		return nil, err
	}
	return t, nil
}

// template returns the (possibly cached) template and the number of store
// calls made.
func (l *Learner) template(ctx context.Context, site string) (*Template, int, error) {
	sk, err := l.siteKey(site)
	if err != nil {
		return nil, 0, err
	}
	now := l.now()
	l.mu.Lock()
	c, ok := l.cache[sk]
	l.mu.Unlock()
	if ok && now.Sub(c.at) < l.o.Refresh {
		return c.t, 0, nil
	}
	t, err := l.load(ctx, sk)
	if err != nil {
		return nil, 1, err
	}
	l.store(sk, t, now)
	return t, 1, nil
}

func (l *Learner) load(ctx context.Context, sk string) (*Template, error) {
	raw, ok, err := l.st.Get(ctx, sk+"t")
	if err != nil {
		return nil, fmt.Errorf("sitetemplate: load template: %w", err)
	}
	t := &Template{}
	if ok {
		if d, err := decode(raw, l.o.MaxTemplate); err == nil {
			t = d
		} // A corrupt value is replaced by the next addition.
	}
	meta, ok, err := l.st.Get(ctx, sk+"m")
	if err != nil {
		return nil, fmt.Errorf("sitetemplate: load metadata template: %w", err)
	}
	if ok {
		t.affixes, t.order = decodeMeta(meta)
		t.spots = decodeSpots(meta)
	}
	kinds, ok, err := l.st.Get(ctx, sk+"k")
	if err != nil {
		return nil, fmt.Errorf("sitetemplate: load page kinds: %w", err)
	}
	if ok {
		t.shapes = decodeShapes(kinds, l.o.MaxShapes)
	}
	return t, nil
}

// encodeMeta writes the metadata template as lines "a\t<affix>" and
// "o\t<order>".
func encodeMeta(affixes []string, order string) []byte {
	var b strings.Builder
	for _, a := range affixes {
		b.WriteString("a\t" + strings.ReplaceAll(a, "\n", " ") + "\n")
	}
	if order != "" {
		b.WriteString("o\t" + order + "\n")
	}
	return []byte(b.String())
}

// decodeMeta reads what encodeMeta wrote, skipping lines it does not know.
func decodeMeta(b []byte) (affixes []string, order string) {
	for _, line := range strings.Split(string(b), "\n") {
		k, v, ok := strings.Cut(line, "\t")
		if !ok {
			continue
		}
		switch k {
		case "a":
			if v != "" && len(v) <= 200 && len(affixes) < maxAffixes {
				affixes = append(affixes, v)
			}
		case "o":
			if v == "dmy" || v == "mdy" {
				order = v
			}
		}
	}
	return affixes, order
}

func (l *Learner) store(sk string, t *Template, now time.Time) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if _, ok := l.cache[sk]; !ok && len(l.cache) >= l.o.MaxSites {
		// Drop the stalest entry; the cache is a convenience, not state.
		var oldK string
		var oldAt time.Time
		for k, c := range l.cache {
			if oldK == "" || c.at.Before(oldAt) {
				oldK, oldAt = k, c.at
			}
		}
		delete(l.cache, oldK)
	}
	l.cache[sk] = cached{t: t, at: now}
}

// Observe counts the body blocks of one extracted page of site. page
// identifies the page (its URL) so that a page observed twice counts once;
// "" skips that check. Pass only pages extracted as articles.
func (l *Learner) Observe(ctx context.Context, site, page string, res *extract.Result) error {
	_, err := l.ObserveStats(ctx, site, page, res)
	return err
}

// ObserveStats is Observe that also reports what it did.
func (l *Learner) ObserveStats(ctx context.Context, site, page string, res *extract.Result) (Stats, error) {
	var st Stats
	sk, err := l.siteKey(site)
	if err != nil {
		return st, err
	}
	if res == nil || len(res.BlockHashes) == 0 {
		st.Skipped = true
		return st, nil
	}
	tpl, n, err := l.template(ctx, site)
	st.RoundTrips += n
	if err != nil {
		return st, err
	}
	hashes := make([]uint64, 0, min(len(res.BlockHashes), l.o.MaxBlocks))
	uniq := make(map[uint64]struct{}, len(res.BlockHashes))
	for _, h := range res.BlockHashes {
		if len(hashes) >= l.o.MaxBlocks {
			break
		}
		if _, dup := uniq[h]; dup || tpl.Repeated(h) {
			continue
		}
		uniq[h] = struct{}{}
		hashes = append(hashes, h)
	}
	st.Blocks = len(hashes)
	keys := make([]string, 0, len(hashes)+1)
	if page != "" {
		keys = append(keys, sk+"u:"+hex64(fnv64(page)))
	}
	for _, h := range hashes {
		keys = append(keys, sk+"s:"+hex64(h))
	}
	fresh, err := l.st.MarkSeen(ctx, keys, l.o.Window)
	st.RoundTrips++
	if err != nil {
		return st, fmt.Errorf("sitetemplate: mark blocks: %w", err)
	}
	if len(fresh) != len(keys) {
		return st, fmt.Errorf("sitetemplate: mark blocks: %d answers for %d keys", len(fresh), len(keys))
	}
	if page != "" {
		if !fresh[0] {
			st.Skipped = true
			return st, nil
		}
		fresh = fresh[1:]
	}
	pages, err := l.st.Incr(ctx, sk+"n", l.o.Window)
	st.RoundTrips++
	if err != nil {
		return st, fmt.Errorf("sitetemplate: count page: %w", err)
	}
	calls, err := l.observeMeta(ctx, sk, pages, tpl, res)
	st.RoundTrips += calls
	if err != nil {
		return st, err
	}
	var again []uint64
	var ckeys []string
	for i, h := range hashes {
		if !fresh[i] {
			again = append(again, h)
			ckeys = append(ckeys, sk+"c:"+hex64(h))
		}
	}
	st.Repeated = len(again)
	if len(again) == 0 {
		return st, nil
	}
	counts, calls, err := l.incrMany(ctx, ckeys)
	st.RoundTrips += calls
	if err != nil {
		return st, err
	}
	var add []uint64
	for i, h := range again {
		seen := counts[i] + 1 // the first page only marked it seen
		if seen >= int64(l.o.MinPages) && float64(seen) >= l.o.MinShare*float64(pages) {
			add = append(add, h)
		}
	}
	if len(add) == 0 {
		return st, nil
	}
	st.Added = len(add)
	calls, err = l.addToTemplate(ctx, sk, add)
	st.RoundTrips += calls
	return st, err
}

// observeMeta counts the page's title affix and date order and updates
// the site's metadata template when one reaches the thresholds. It
// returns the number of store calls made.
func (l *Learner) observeMeta(ctx context.Context, sk string, pages int64, tpl *Template, res *extract.Result) (int, error) {
	calls := 0
	affixes, order := tpl.TitleAffixes(), tpl.DateOrder()
	changed := false
	if a := res.TitleAffix; a != "" && len(a) <= 200 && !slices.Contains(affixes, a) && len(affixes) < maxAffixes {
		n, err := l.st.Incr(ctx, sk+"a:"+hex64(fnv64(a)), l.o.Window)
		calls++
		if err != nil {
			return calls, fmt.Errorf("sitetemplate: count title affix: %w", err)
		}
		if n >= int64(l.o.MetaPages) && float64(n) >= l.o.MetaShare*float64(pages) {
			affixes = append(slices.Clone(affixes), a)
			changed = true
		}
	}
	o, c, err := l.observeOrder(ctx, sk, order, res.DateOrder)
	calls += c
	if err != nil {
		return calls, err
	}
	if o != order {
		order, changed = o, true
	}
	sp, c, spotsChanged, err := l.observeSpots(ctx, sk, pages, tpl, res)
	calls += c
	if err != nil {
		return calls, err
	}
	if !changed && !spotsChanged {
		return calls, nil
	}
	if err := l.st.Set(ctx, sk+"m", append(encodeMeta(affixes, order), sp.encode()...), l.o.Window); err != nil {
		return calls + 1, fmt.Errorf("sitetemplate: store metadata template: %w", err)
	}
	nt := &Template{set: tpl.set, affixes: affixes, order: order, spots: sp, shapes: tpl.shapes}
	l.store(sk, nt, l.now())
	return calls + 1, nil
}

// observeOrder counts the page's day-month order o ("dmy", "mdy", or ""
// when its dates do not tell) against the site's learned order, and
// returns the order the site keeps and the store calls made.
func (l *Learner) observeOrder(ctx context.Context, sk, order, o string) (string, int, error) {
	if (o != "dmy" && o != "mdy") || o == order {
		return order, 0, nil
	}
	n, err := l.st.Incr(ctx, sk+"o:"+o, l.o.Window)
	if err != nil {
		return order, 1, fmt.Errorf("sitetemplate: count date order: %w", err)
	}
	if n < int64(min(l.o.MetaPages, l.o.OrderPages)) {
		return order, 1, nil
	}
	other := "mdy"
	if o == "mdy" {
		other = "dmy"
	}
	raw, ok, err := l.st.Get(ctx, sk+"o:"+other)
	if err != nil {
		return order, 2, fmt.Errorf("sitetemplate: read date order: %w", err)
	}
	var m int64
	if ok {
		m, _ = strconv.ParseInt(string(raw), 10, 64)
	}
	// One order must clearly dominate: a site that writes both (or was
	// misread) keeps the page's own reading.
	if m == 0 && n >= int64(l.o.OrderPages) || n >= int64(l.o.MetaPages) && n >= 4*m {
		return o, 2, nil
	}
	return order, 2, nil
}

// ObserveDateOrder counts the day-month order that a page of site which
// is not an article shows: a list's or a section's dates ("17/11/2026").
// The site writes its stories' dates the same way, so a story whose only
// date is ambiguous ("09/10/2026") is read in the order the site's other
// pages showed, even when it is the site's first story. page (its URL)
// makes a page observed twice count once. Pass only pages not passed to
// Observe.
func (l *Learner) ObserveDateOrder(ctx context.Context, site, page string, res *extract.Result) error {
	if res == nil || (res.DateOrder != "dmy" && res.DateOrder != "mdy") {
		return nil
	}
	sk, err := l.siteKey(site)
	if err != nil {
		return err
	}
	tpl, _, err := l.template(ctx, site)
	if err != nil {
		return err
	}
	if res.DateOrder == tpl.DateOrder() {
		return nil
	}
	// (Its own mark, apart from Observe's: a page read as a list now and
	// as an article on a later visit still teaches its blocks then.)
	if first, err := l.firstLook(ctx, sk+"du:", page); err != nil || !first {
		return err
	}
	order, _, err := l.observeOrder(ctx, sk, tpl.DateOrder(), res.DateOrder)
	if err != nil || order == tpl.DateOrder() {
		return err
	}
	if err := l.st.Set(ctx, sk+"m", append(encodeMeta(tpl.affixes, order), tpl.spots.encode()...), l.o.Window); err != nil {
		return fmt.Errorf("sitetemplate: store metadata template: %w", err)
	}
	l.store(sk, &Template{set: tpl.set, affixes: tpl.affixes, order: order, spots: tpl.spots, shapes: tpl.shapes}, l.now())
	return nil
}

// firstLook marks page (its URL) seen under prefix and reports whether it
// was not seen before, so that a page observed twice counts once; a page
// "" always counts.
func (l *Learner) firstLook(ctx context.Context, prefix, page string) (bool, error) {
	if page == "" {
		return true, nil
	}
	fresh, err := l.st.MarkSeen(ctx, []string{prefix + hex64(fnv64(page))}, l.o.Window)
	if err != nil {
		return false, fmt.Errorf("sitetemplate: mark page: %w", err)
	}
	return len(fresh) == 1 && fresh[0], nil
}

// incrMany increments the counters, one round trip each; it returns the
// new values and the round trips made.
func (l *Learner) incrMany(ctx context.Context, keys []string) ([]int64, int, error) {
	out := make([]int64, len(keys))
	for i, k := range keys {
		v, err := l.st.Incr(ctx, k, l.o.Window)
		if err != nil {
			return nil, i + 1, fmt.Errorf("sitetemplate: count block: %w", err)
		}
		out[i] = v
	}
	return out, len(keys), nil
}

// addToTemplate merges hashes into the stored template (read, merge,
// write). Two Learners adding at once may lose one side's additions; the
// lost blocks are still counted on the next page and added again.
func (l *Learner) addToTemplate(ctx context.Context, sk string, add []uint64) (int, error) {
	cur, err := l.load(ctx, sk)
	if err != nil {
		return 1, err
	}
	set := make(map[uint64]struct{}, cur.Len()+len(add))
	for h := range cur.set {
		set[h] = struct{}{}
	}
	for _, h := range add {
		if len(set) >= l.o.MaxTemplate {
			break
		}
		set[h] = struct{}{}
	}
	t := &Template{set: set, affixes: cur.affixes, order: cur.order, spots: cur.spots, shapes: cur.shapes}
	if err := l.st.Set(ctx, sk+"t", encode(t), l.o.Window); err != nil {
		return 2, fmt.Errorf("sitetemplate: store template: %w", err)
	}
	l.store(sk, t, l.now())
	return 2, nil
}

// encode writes the template as 8 big-endian bytes per hash.
func encode(t *Template) []byte {
	out := make([]byte, 0, 8*t.Len())
	for h := range t.set {
		out = binary.BigEndian.AppendUint64(out, h)
	}
	return out
}

// decode reads a stored template, keeping at most max hashes.
func decode(b []byte, max int) (*Template, error) {
	if len(b)%8 != 0 {
		return nil, fmt.Errorf("sitetemplate: template of %d bytes is not a list of 8-byte hashes", len(b))
	}
	n := min(len(b)/8, max)
	t := &Template{set: make(map[uint64]struct{}, n)}
	for i := 0; i < n; i++ {
		t.set[binary.BigEndian.Uint64(b[8*i:])] = struct{}{}
	}
	return t, nil
}

// fnv64 is FNV-1a: deterministic across processes, releases and machines.
func fnv64(s string) uint64 {
	h := fnv.New64a()
	_, _ = io.WriteString(h, s) // a hash.Hash never fails to write
	return h.Sum64()
}

func hex64(h uint64) string { return strconv.FormatUint(h, 16) }
