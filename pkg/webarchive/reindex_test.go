package webarchive

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// writeArchive writes n exchanges with a Writer to dir and returns the
// finished WARC file and the bytes of the index the Writer wrote for it.
func writeArchive(t *testing.T, dir string, n int) (string, []byte) {
	t.Helper()
	w, err := NewWriter(WriterOptions{Dir: dir})
	if err != nil {
		t.Fatal(err)
	}
	for i := range n {
		if err := w.Write(exchange(i, strings.Repeat("<p>story body </p>", 40+i))); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.warc.gz"))
	if len(files) != 1 {
		t.Fatalf("files %v, want one", files)
	}
	idx, err := os.ReadFile(IndexPath(files[0]))
	if err != nil {
		t.Fatal(err)
	}
	return files[0], idx
}

func TestIndexMatchesWriter(t *testing.T) {
	path, want := writeArchive(t, t.TempDir(), 7)
	if err := os.Remove(IndexPath(path)); err != nil {
		t.Fatal(err)
	}
	res, err := Index(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(res.Index)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != string(want) {
		t.Errorf("index differs from the writer's:\n got %s\nwant %s", got, want)
	}
	if res.Entries != 7 || res.Records != 1+3*7 || res.Truncated != 0 || res.Path != path {
		t.Errorf("result %+v, want 7 entries of 22 records, nothing cut, same path", res)
	}
}

// TestIndexRepairsUnfinished cuts a finished file at every kind of point a
// killed writer can leave it (inside a record's gzip member, between
// members) and checks that Index cuts the incomplete record off, renames the
// file and indexes exactly the complete response records, and that the
// repaired file reads to its end.
func TestIndexRepairsUnfinished(t *testing.T) {
	src, _ := writeArchive(t, t.TempDir(), 5)
	whole, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	// Offsets of every record, from a reading of the whole file.
	f, err := os.Open(src)
	if err != nil {
		t.Fatal(err)
	}
	entries, end, records, err := scanIndex(context.Background(), f, int64(len(whole)), "x")
	f.Close()
	if err != nil || end != int64(len(whole)) || records != 16 || len(entries) != 5 {
		t.Fatalf("scan of the whole file: %d entries, %d records, end %d of %d, %v", len(entries), records, end, len(whole), err)
	}
	responseEnds := make([]int64, len(entries)) // a response is complete once its record is
	for i, e := range entries {
		off, _ := strconv.ParseInt(e.fields.Offset, 10, 64)
		n, _ := strconv.ParseInt(e.fields.Length, 10, 64)
		responseEnds[i] = off + n
	}
	for _, cut := range []int64{responseEnds[2] - 7, responseEnds[2], responseEnds[2] + 1, int64(len(whole)) - 3, int64(len(whole))} {
		dir := t.TempDir()
		open := filepath.Join(dir, filepath.Base(src)+OpenSuffix)
		if err := os.WriteFile(open, whole[:cut], 0o644); err != nil {
			t.Fatal(err)
		}
		res, err := Index(context.Background(), open)
		if err != nil {
			t.Fatalf("cut at %d: %v", cut, err)
		}
		complete := 0
		for _, e := range responseEnds {
			if e <= cut {
				complete++
			}
		}
		if res.Entries != complete {
			t.Errorf("cut at %d: %d entries, want %d", cut, res.Entries, complete)
		}
		if res.Path != strings.TrimSuffix(open, OpenSuffix) {
			t.Errorf("cut at %d: path %s, want the name without %s", cut, res.Path, OpenSuffix)
		}
		if _, err := os.Stat(open); !os.IsNotExist(err) {
			t.Errorf("cut at %d: %s still there", cut, open)
		}
		fi, err := os.Stat(res.Path)
		if err != nil {
			t.Fatal(err)
		}
		if fi.Size()+res.Truncated != cut {
			t.Errorf("cut at %d: size %d + truncated %d", cut, fi.Size(), res.Truncated)
		}
		// The repaired file reads to its end, by this package and by an
		// independent reader.
		rf, err := os.Open(res.Path)
		if err != nil {
			t.Fatal(err)
		}
		var st ReadStats
		if err := ReadResponses(context.Background(), rf, &st, func(*Response) error { return nil }); err != nil {
			t.Errorf("cut at %d: repaired file: %v", cut, err)
		}
		rf.Close()
		if int(st.Responses.Load()) != complete {
			t.Errorf("cut at %d: %d responses read back, want %d", cut, st.Responses.Load(), complete)
		}
		readAll(t, res.Path)
	}
}

func TestIndexRefusesBrokenFinishedFile(t *testing.T) {
	src, _ := writeArchive(t, t.TempDir(), 3)
	whole, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	broken := filepath.Join(t.TempDir(), filepath.Base(src))
	if err := os.WriteFile(broken, whole[:len(whole)-5], 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Index(context.Background(), broken); err == nil {
		t.Fatal("a finished file with a broken last record was indexed without an error")
	}
	if _, err := os.Stat(IndexPath(broken)); !os.IsNotExist(err) {
		t.Error("an index was written for a broken finished file")
	}
}

func TestUnfinished(t *testing.T) {
	dir := t.TempDir()
	for _, n := range []string{"newsroom-1.warc.gz.open", "newsroom-2.warc.gz", "other-3.warc.gz.open"} {
		if err := os.WriteFile(filepath.Join(dir, n), nil, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := Unfinished(dir, "")
	if err != nil || len(got) != 1 || filepath.Base(got[0]) != "newsroom-1.warc.gz.open" {
		t.Errorf("Unfinished = %v, %v", got, err)
	}
}
