package extract

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
)

func TestOwnerName(t *testing.T) {
	for _, tt := range []struct {
		site, host, want string
	}{
		{"Toby Hede", "tobyhede.com", "Toby Hede"},
		{"Brett Larkin Yoga", "www.brettlarkin.com", "Brett Larkin"}, // the name inside a longer site name
		{"Pierce Freeman", "pierce.dev", "Pierce Freeman"},           // one word of the name is the host
		{"Owain Brennan", "owain.bearblog.dev", "Owain Brennan"},     // a blog host's subdomain
		{"Christoffer Artmann", "www.artmann.co", "Christoffer Artmann"},
		{"Jan de Vries", "jandevries.nl", ""},       // a particle breaks the run of capitalised words
		{"Ana Lima", "ana.example", ""},             // one short word of the name: too weak
		{"Engora Data Blog", "blog.engora.com", ""}, // one word, but the name is more than a name
		{"Acme", "acme.com", ""},                    // one word is no person's name
		{"toby hede", "tobyhede.com", ""},           // not written as a name
		{"Toby Hede", "example.com", ""},            // the host does not spell it
		{"R2D2 Robotics", "r2d2robotics.com", ""},   // digits
		{"Иван Петров", "ivanpetrov.ru", ""},        // the host spells it in another script
		{"Marie-Claire Dupont", "marie-clairedupont.fr", "Marie-Claire Dupont"},
	} {
		if got := ownerName(tt.site, hostLabels(tt.host)); got != tt.want {
			t.Errorf("ownerName(%q, %s) = %q, want %q", tt.site, tt.host, got, tt.want)
		}
	}
}

func TestHostLabels(t *testing.T) {
	for host, want := range map[string][]string{
		"www.tobyhede.com":   {"tobyhede"},
		"owain.bearblog.dev": {"owain", "bearblog"},
		"janedoe.co.uk":      {"janedoe"},
		"localhost":          nil,
	} {
		if got := hostLabels(host); !reflect.DeepEqual(got, want) && (len(got) != 0 || len(want) != 0) {
			t.Errorf("hostLabels(%s) = %q, want %q", host, got, want)
		}
	}
}

func TestHolderIn(t *testing.T) {
	for line, want := range map[string]string{
		"© 2025 Toby Hede. All rights reserved.":   "Toby Hede",
		"Copyright © 2019-2025 Jane Doe | Privacy": "Jane Doe",
		"copyright (c) 2024, Ana Lima":             "Ana Lima",
		"No holder here":                           "",
	} {
		if got := holderIn(line); got != want {
			t.Errorf("holderIn(%q) = %q, want %q", line, got, want)
		}
	}
}

func TestFirstPersonPost(t *testing.T) {
	personal := strings.Repeat("I tried my new setup and I think it works for me. ", 4)
	firm := "We help clients grow. Our team builds what you need. " + strings.Repeat("Our consultants deliver results for your firm. ", 30) + "I agree, said my client."
	german := strings.Repeat("Ich habe mein altes Rad verkauft und mir ein neues gekauft. ", 3)
	for text, want := range map[string]bool{personal: true, firm: false, german: true, "I me my": false} {
		if got := firstPersonPost(text); got != want {
			t.Errorf("firstPersonPost(%.40q…) = %v, want %v", text, got, want)
		}
	}
}

// personalPost is a post on a personal site: no byline, the owner's name
// in the header link, the <title> and the copyright line.
func personalPost(site, host, body string) (html, url string) {
	var paras strings.Builder
	for i := range 6 {
		fmt.Fprintf(&paras, "<p>%s (part %d of the story, long enough to read as the main text of the page).</p>\n", body, i+1)
	}
	return fmt.Sprintf(`<!doctype html><html lang="en"><head><title>Backing up a home server | %[1]s</title></head><body>
<header><a href="/">%[1]s</a><nav><a href="/posts">Posts</a> <a href="/about">About</a></nav></header>
<main><article><h1>Backing up a home server</h1>
%[2]s
</article></main>
<footer>&copy; 2025 %[1]s. All rights reserved.</footer></body></html>`, site, paras.String()), "https://" + host + "/posts/backing-up-a-home-server"
}

func TestSiteOwnerAsAuthor(t *testing.T) {
	first := "I moved my backups to a second disk last year, and I have not lost a file since; my old setup kept failing me"
	for _, tt := range []struct {
		name, site, host, body string
		want                   []string
	}{
		{"personal site", "Toby Hede", "tobyhede.com", first, []string{"Toby Hede"}},
		{"firm named after its founders", "Smith Hanley", "smithhanley.com",
			"We moved our clients' backups to a second disk last year, and our team has not lost a file since then", nil},
		{"brand of common words", "Container Store", "containerstore.com",
			first + "; every container in the store fits", nil},
		{"site named in words its posts use", "Home Lab Notes", "homelab.example", first + "; the home lab is quiet now", nil},
		{"host that spells no name", "Backup Diaries", "notes.example", first, nil},
		{"the owner's name spelt as an address in the post", "Christoffer Artmann", "www.artmann.co",
			first + "; my first site lived on a folder of artmann.se, and the code is on github.com/artmann", []string{"Christoffer Artmann"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			page, u := personalPost(tt.site, tt.host, tt.body)
			res, err := New(DefaultOptions()).Extract(Input{URL: u, Body: []byte(page)})
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(res.Authors, tt.want) {
				t.Fatalf("authors = %q (%s), want %q", res.Authors, res.Provenance["authors"], tt.want)
			}
			if tt.want != nil && res.Provenance["authors"] != provSiteOwner {
				t.Errorf("provenance = %q, want %q", res.Provenance["authors"], provSiteOwner)
			}
		})
	}
}
