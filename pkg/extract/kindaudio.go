package extract

import (
	"slices"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// audioTypes are the schema.org types of an episode's page: a podcast's or
// a radio show's episode or series (a bare AudioObject may be a word's
// pronunciation or a story read aloud).
var audioTypes = map[string]bool{"podcastepisode": true, "podcastseries": true, "radioepisode": true,
	"radioseries": true}

// audioNotesChars is the most text (non-space characters, about a hundred
// words) an episode's show notes hold beside its player; a story told in
// text with a clip to listen to is longer.
const audioNotesChars = 700

// audioEpisode reports whether the page is a podcast's or a radio show's
// episode: it declares an episode (and no article), or, at an episode's
// address and in an episode's markup or under an episode's title, its
// body is a player with short show notes (shorter still, under a title
// naming the episode, when a byline credits the hosts; a dictionary's
// entry has a player too, a podcast's blog post its own address). It returns why.
func (p *page) audioEpisode(textLen int32) (bool, string) {
	if p.ld.isArticleType {
		return false, ""
	}
	for _, t := range p.ld.types {
		if audioTypes[strings.ToLower(t)] {
			return true, "page type " + t
		}
	}
	// Hosts credited in a byline do not make the notes a story, but a
	// bylined page needs shorter notes under a title that names the show
	// or the episode: a brief with its clip is titled as news.
	if textLen >= audioNotesChars || p.bylineAuthors() && (textLen >= audioNotesChars/2 || !p.episodeTitle()) ||
		!p.episodeAddress() || !p.episodeMarkup() && !p.episodeTitle() {
		return false, ""
	}
	from, to := int32(0), int32(len(p.nodes))
	if p.mainIdx >= 0 {
		// The player sits beside the notes, in the body's container or
		// the one around it.
		from = p.mainIdx
		if up := p.nodes[from].parent; up >= 0 {
			from = up
		}
		to = p.nodes[from].end
	}
	for i := from; i < to; i++ {
		n := p.nodes[i].n
		if n.DataAtom == atom.Audio || n.DataAtom == atom.Source && strings.HasPrefix(strings.ToLower(attr(n, "type")), "audio/") {
			return true, "an audio player beside short notes"
		}
	}
	return false, ""
}

// episodeWords are the path segments under which sites keep their shows'
// episodes.
var episodeWords = map[string]bool{"podcast": true, "podcasts": true, "episode": true, "episodes": true,
	"sounds": true, "listen": true, "audio": true, "folge": true, "folgen": true, "episodio": true, "episodios": true,
	"épisode": true, "episode-podcast": true, "aflevering": true, "odcinek": true}

// episodeAddress reports whether one of the first three segments of the
// page's path is an episodeWords segment.
func (p *page) episodeAddress() bool {
	return slices.ContainsFunc(p.leadSegments(), func(seg string) bool { return episodeWords[seg] })
}

// episodeTitles are words with which a show's episodes are titled
// ("The Circuit Podcast 231", "Folge 12").
var episodeTitles = []string{"podcast", "episode", "épisode", "episodio", "folge", "aflevering", "odcinek", "afsnit", "avsnitt", "jakso"}

// episodeTitle reports whether the page's title names a podcast or an
// episode.
func (p *page) episodeTitle() bool {
	t := strings.ToLower(p.res.Title)
	return slices.ContainsFunc(episodeTitles, func(w string) bool { return strings.Contains(t, w) })
}

// episodeMarkup reports whether an element's class or id names a podcast
// or an episode ("PodcastEpisodePage", "episode-title").
func (p *page) episodeMarkup() bool {
	for i := range p.nodes {
		n := p.nodes[i].n
		if n.Type != html.ElementNode {
			continue
		}
		for _, v := range [2]string{attr(n, "class"), attr(n, "id")} {
			if indexFoldStr(v, "podcast") >= 0 || indexFoldStr(v, "episode") >= 0 {
				return true
			}
		}
	}
	return false
}
