package webarchive

import (
	"container/list"
	"crypto/sha256"
	"net/http"

	gowarc "github.com/nlnwa/gowarc/v3"
)

// DefaultRevisitMemory is how many URLs a Writer remembers the last full
// response of, to write revisit records that refer to it.
const DefaultRevisitMemory = 20000

// Revisit profiles a Writer writes (WARC/1.1, section 6.7).
const (
	ProfileServerNotModified      = gowarc.ProfileServerNotModifiedV1_1
	ProfileIdenticalPayloadDigest = gowarc.ProfileIdenticalPayloadDigestV1_1
)

// original is the full response record a revisit refers to.
type original struct {
	key    [16]byte // hash of the URL
	id     string   // WARC-Record-ID
	uri    string   // WARC-Target-URI
	date   string   // WARC-Date, as written
	digest string   // WARC-Payload-Digest
}

// originals remembers the last full 200 response of at most max URLs,
// dropping the least recently used. Not safe for concurrent use: the
// Writer's lock guards it.
type originals struct {
	max   int
	order *list.List // of *original, most recent first
	byKey map[[16]byte]*list.Element
}

func newOriginals(max int) *originals {
	return &originals{max: max, order: list.New(), byKey: map[[16]byte]*list.Element{}}
}

func urlKey(u string) [16]byte {
	s := sha256.Sum256([]byte(u))
	return [16]byte(s[:16])
}

// get returns the remembered response of url, or nil.
func (o *originals) get(url string) *original {
	if o.max <= 0 {
		return nil
	}
	e := o.byKey[urlKey(url)]
	if e == nil {
		return nil
	}
	o.order.MoveToFront(e)
	return e.Value.(*original)
}

// put remembers r as the last full response of its URL.
func (o *originals) put(r *original) {
	if o.max <= 0 {
		return
	}
	if e := o.byKey[r.key]; e != nil {
		e.Value = r
		o.order.MoveToFront(e)
		return
	}
	o.byKey[r.key] = o.order.PushFront(r)
	for o.order.Len() > o.max {
		last := o.order.Back()
		o.order.Remove(last)
		delete(o.byKey, last.Value.(*original).key)
	}
}

// asRevisit turns the full response record of x into a revisit record when
// the fetch repeated what the archive already holds: a 304 answer to a
// conditional request (profile server-not-modified) or a 200 whose payload
// is identical to the last one recorded for the URL (profile
// identical-payload-digest). It returns the record to write (resp itself
// when no revisit applies) and, for a full 200, what to remember of it once
// it is written. The caller's lock must be held.
func (w *Writer) asRevisit(x Exchange, resp gowarc.WarcRecord) (gowarc.WarcRecord, *original, error) {
	h := resp.WarcHeader()
	digest := h.Get(gowarc.WarcPayloadDigest)
	prev := w.originals.get(x.URL)
	var profile string
	switch {
	case x.Status == http.StatusNotModified:
		profile = ProfileServerNotModified
	case x.Status == http.StatusOK && prev != nil && prev.digest == digest:
		profile = ProfileIdenticalPayloadDigest
	case x.Status == http.StatusOK:
		return resp, &original{key: urlKey(x.URL), id: h.GetId(gowarc.WarcRecordID), uri: x.URL,
			date: h.Get(gowarc.WarcDate), digest: digest}, nil
	default:
		return resp, nil, nil
	}
	// A 304 asks again for the URL it validates; which earlier record it
	// confirms is known only if this Writer wrote it.
	ref := &gowarc.RevisitRef{Profile: profile, TargetUri: x.URL}
	if prev != nil {
		ref.TargetRecordId, ref.TargetUri, ref.TargetDate = prev.id, prev.uri, prev.date
	}
	rev, err := resp.ToRevisitRecord(ref)
	resp.Close()
	if err != nil {
		return nil, nil, err
	}
	if profile == ProfileServerNotModified {
		// The digest of the 304's empty body says nothing; the payload it
		// confirms is the earlier record's, when known. Its block is the
		// whole 304 answer: nothing was cut off.
		rev.WarcHeader().Delete(gowarc.WarcPayloadDigest)
		rev.WarcHeader().Delete(gowarc.WarcTruncated)
		if prev != nil && prev.digest != "" {
			rev.WarcHeader().Set(gowarc.WarcPayloadDigest, prev.digest)
		}
	}
	return rev, nil, nil
}
