package bus_test

import (
	"context"
	"testing"

	"github.com/nats-io/nats.go"

	"newsroom.dev/pkg/bus"
)

// FuzzDecode feeds arbitrary payloads and headers to every decoder: they must
// return a result or an error, never panic.
func FuzzDecode(f *testing.F) {
	f.Add("1", []byte(`{"url":"http://a/","kind":"seed"}`), "zstd", "200")
	f.Add("1", []byte(`{"op":"story","story_id":"x","url":"http://a/"}`), "identity", "x")
	f.Add("2", []byte{0x28, 0xb5, 0x2f, 0xfd, 0, 0, 0}, "zstd", "200")
	codec := bus.NewCodec()
	f.Fuzz(func(t *testing.T, v string, data []byte, enc, status string) {
		h := nats.Header{}
		h.Set(bus.HdrVersion, v)
		h.Set(bus.HdrURL, "http://a/")
		h.Set(bus.HdrStatus, status)
		h.Set(bus.HdrFetchedAt, "2024-01-01T00:00:00Z")
		h.Set(bus.HdrEncoding, enc)
		_, _ = bus.DecodeTask(h, data)
		_, _ = bus.DecodeArticle(h, data)
		_, _ = codec.DecodePage(context.Background(), nil, h, data)
	})
}
