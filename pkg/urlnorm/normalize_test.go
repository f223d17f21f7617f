package urlnorm

import (
	"errors"
	"net/url"
	"strings"
	"testing"
	"time"
)

func TestNormalize(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    string
		wantErr error
	}{
		{"lower scheme host", "HTTP://Example.COM/Path", "http://example.com/Path", nil},
		{"empty path", "https://example.com", "https://example.com/", nil},
		{"default port http", "http://example.com:80/a", "http://example.com/a", nil},
		{"default port https", "https://example.com:443/a", "https://example.com/a", nil},
		{"other port kept", "https://example.com:8443/a", "https://example.com:8443/a", nil},
		{"leading zero port", "http://example.com:0080/", "http://example.com/", nil},
		{"fragment dropped", "https://example.com/a#section", "https://example.com/a", nil},
		{"dot segments", "https://example.com/a/./b/../c/", "https://example.com/a/c/", nil},
		{"dot segments above root", "https://example.com/../../a", "https://example.com/a", nil},
		{"encoded dots", "https://example.com/a/%2e%2E/b", "https://example.com/b", nil},
		{"tracking params", "https://example.com/a?utm_source=x&b=2&fbclid=1&a=1&UTM_Medium=y&gclid=z", "https://example.com/a?a=1&b=2", nil},
		{"only tracking", "https://example.com/a?utm_source=x", "https://example.com/a", nil},
		{"sorted params", "https://example.com/?z=1&a=2&m=3", "https://example.com/?a=2&m=3&z=1", nil},
		{"stable equal keys", "https://example.com/?a=2&a=1", "https://example.com/?a=2&a=1", nil},
		{"empty params", "https://example.com/?&&a=1&", "https://example.com/?a=1", nil},
		{"unreserved decoded", "https://example.com/%7Euser/%41b", "https://example.com/~user/Ab", nil},
		{"hex upper", "https://example.com/a%2fb?q=%c3%a9", "https://example.com/a%2Fb?q=%C3%A9", nil},
		{"space escaped", "https://example.com/a b", "https://example.com/a%20b", nil},
		{"non ascii path", "https://example.com/café", "https://example.com/caf%C3%A9", nil},
		{"stray percent", "https://example.com/100%?x=5%", "https://example.com/100%25?x=5%25", nil},
		{"idn", "https://Bücher.example/", "https://xn--bcher-kva.example/", nil},
		{"punycode kept", "https://xn--bcher-kva.example/", "https://xn--bcher-kva.example/", nil},
		{"trailing dot", "https://example.com./", "https://example.com/", nil},
		{"userinfo dropped", "https://user:pw@example.com/", "https://example.com/", nil},
		{"ipv6", "http://[2001:DB8::1]:8080/", "http://[2001:db8::1]:8080/", nil},
		{"whitespace", "  https://example.com/a\n/b  ", "https://example.com/a/b", nil},
		{"mailto", "mailto:a@example.com", "", ErrUnsupportedScheme},
		{"javascript", "javascript:alert(1)", "", ErrUnsupportedScheme},
		{"data", "data:text/html,hi", "", ErrUnsupportedScheme},
		{"tel", "tel:+123", "", ErrUnsupportedScheme},
		{"ftp", "ftp://example.com/", "", ErrUnsupportedScheme},
		{"relative", "/a/b", "", ErrInvalid},
		{"no host", "http:///a", "", ErrInvalid},
		{"bad port", "http://example.com:99999/", "", ErrInvalid},
		{"too long", "https://example.com/" + strings.Repeat("a", 3000), "", ErrTooLong},
		{"too many params", "https://example.com/?" + strings.Repeat("a=1&", 100), "", ErrTooManyParams},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Normalize(tt.in)
			if tt.wantErr != nil {
				if !errors.Is(err, tt.wantErr) {
					t.Fatalf("Normalize(%q) err = %v, want %v", tt.in, err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("Normalize(%q) err = %v", tt.in, err)
			}
			if got != tt.want {
				t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
			}
			again, err := Normalize(got)
			if err != nil || again != got {
				t.Errorf("not idempotent: %q -> %q (%v)", got, again, err)
			}
		})
	}
}

func TestOptions(t *testing.T) {
	n := New(Options{StripParams: []string{"session"}, StripPrefixes: []string{}, MaxLength: 40, MaxQueryParams: 2})
	got, err := n.Normalize("https://example.com/?utm_source=a&session=1")
	if err != nil || got != "https://example.com/?utm_source=a" {
		t.Errorf("custom strip: got %q, %v", got, err)
	}
	if _, err := n.Normalize("https://example.com/?a=1&b=2&c=3"); !errors.Is(err, ErrTooManyParams) {
		t.Errorf("param cap: err = %v", err)
	}
	if _, err := n.Normalize("https://example.com/" + strings.Repeat("x", 40)); !errors.Is(err, ErrTooLong) {
		t.Errorf("length cap: err = %v", err)
	}
}

func TestResolve(t *testing.T) {
	base, _ := url.Parse("https://Example.com/news/2024/story.html?x=1")
	tests := []struct {
		name, href, want string
		wantErr          error
	}{
		{"relative", "other.html", "https://example.com/news/2024/other.html", nil},
		{"parent", "../index.html", "https://example.com/news/index.html", nil},
		{"root", "/about", "https://example.com/about", nil},
		{"protocol relative", "//cdn.example.org/a", "https://cdn.example.org/a", nil},
		{"query only", "?page=2", "https://example.com/news/2024/story.html?page=2", nil},
		{"fragment only", "#top", "https://example.com/news/2024/story.html?x=1", nil},
		{"absolute", "HTTP://Other.org:80/x", "http://other.org/x", nil},
		{"mailto", "mailto:x@y", "", ErrUnsupportedScheme},
		{"javascript spaced", "  JavaScript:void(0)", "", ErrUnsupportedScheme},
		{"bad", "http://[::1", "", ErrInvalid},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := defaultNormalizer.Resolve(base, tt.href)
			if tt.wantErr != nil {
				if !errors.Is(err, tt.wantErr) {
					t.Fatalf("Resolve(%q) err = %v, want %v", tt.href, err, tt.wantErr)
				}
				return
			}
			if err != nil || got != tt.want {
				t.Errorf("Resolve(%q) = %q, %v; want %q", tt.href, got, err, tt.want)
			}
		})
	}
}

func TestHostKey(t *testing.T) {
	if h := Host("HTTPS://WWW.Example.com:443/a"); h != "www.example.com" {
		t.Errorf("Host = %q", h)
	}
	if h := Host("http://127.0.0.1:8080/a"); h != "127.0.0.1:8080" {
		t.Errorf("Host = %q", h)
	}
	if h := Host("mailto:x"); h != "" {
		t.Errorf("Host = %q", h)
	}
	k := Key("https://example.com/")
	if len(k) != 22 || k != Key("https://example.com/") || k == Key("https://example.com/a") {
		t.Errorf("Key = %q", k)
	}
}

func TestTrap(t *testing.T) {
	now := time.Date(2026, 11, 27, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name, in, want string
	}{
		{"fine article", "https://example.com/2024/05/17/some-story-slug", ""},
		{"fine query", "https://example.com/search?q=x&page=2", ""},
		{"many params", "https://example.com/?a=1&b=2&c=3&d=4&e=5&f=6&g=7&h=8&i=9&j=10&k=11", TrapQueryParams},
		{"session param", "https://example.com/a?PHPSESSID=abc", TrapSession},
		{"jsessionid path", "https://example.com/a;jsessionid=ABC123?x=1", TrapSession},
		{"aspsession", "https://example.com/a?ASPSESSIONIDQQ=1", TrapSession},
		{"repeat block", "https://example.com/a/b/a/b/c", TrapRepeat},
		{"same segment 3x", "https://example.com/x/y/x/z/x", TrapRepeat},
		{"calendar word", "https://example.com/events/calendar/2025/01", TrapCalendar},
		{"future year", "https://example.com/archive/2031/01/01/", TrapCalendar},
		{"ancient year", "https://example.com/archive/1802/07/", TrapCalendar},
		{"solar hijri year", "https://agency.example/fa/news/1403/12/14/3265478/", ""},
		{"lunar hijri year", "https://daily.example/news/1446/09/04/story", ""},
		{"buddhist era year", "https://thai.example/news/2568/03/story", ""},
		{"ancient solar hijri year", "https://agency.example/fa/news/1302/12/14/3265478/", TrapCalendar},
		{"long path", "https://example.com/" + strings.Repeat("abcdefghij", 60), TrapPathLength},
		{"deep path", "https://example.com/" + strings.Repeat("a1/a2/a3/a4/", 5), TrapPathDepth},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			u, err := url.Parse(tt.in)
			if err != nil {
				t.Fatal(err)
			}
			if got := Trap(u, TrapOptions{Now: now}); got != tt.want {
				t.Errorf("Trap(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func FuzzNormalize(f *testing.F) {
	for _, s := range []string{
		"https://example.com/a/../b?utm_source=x&b=1#f",
		"HTTP://Bücher.example:80/%7e/a b?z=%zz&a",
		"http://[::1]:8080/./x",
		"javascript:alert(1)",
		"https://example.com/%2e%2e/%2F?q=%c3%a9",
	} {
		f.Add(s)
	}
	base, _ := url.Parse("https://example.com/dir/page.html")
	f.Fuzz(func(t *testing.T, s string) {
		if out, err := Normalize(s); err == nil {
			again, err := Normalize(out)
			if err != nil {
				t.Fatalf("Normalize(%q) = %q, second pass error %v", s, out, err)
			}
			if again != out {
				t.Fatalf("not idempotent: %q -> %q -> %q", s, out, again)
			}
		}
		if out, err := defaultNormalizer.Resolve(base, s); err == nil {
			if again, err := Normalize(out); err != nil || again != out {
				t.Fatalf("Resolve(%q) = %q, Normalize = %q, %v", s, out, again, err)
			}
		}
		if u, err := url.Parse(s); err == nil {
			_ = Trap(u, TrapOptions{})
		}
	})
}

func BenchmarkNormalize(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		_, _ = Normalize("https://Example.com/news/2024/05/17/a-long-story-slug.html?utm_source=x&id=5&b=2#top")
	}
}
