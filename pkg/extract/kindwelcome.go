package extract

import "strings"

// welcomeLeads open the title of a newsletter's welcome post, the first
// email its platform also keeps as a post ("Welcome to Murray Mouth",
// "Bem-vindo ao Diário do Xingu!").
var welcomeLeads = []string{"welcome to ", "welcome!", "welcome aboard", "bienvenue", "bienvenido", "bienvenida", "willkommen",
	"benvenuto", "benvenuta", "benvenuti", "bem-vindo", "bem-vinda", "bem-vindos", "welkom", "välkommen", "velkommen",
	"tervetuloa", "witamy", "witaj", "vítejte", "добро пожаловать", "ласкаво просимо", "hoş geldiniz"}

// welcomeNoteChars is the most text (non-space characters) a welcome
// post holds when its title does not name the site.
const welcomeNoteChars = 1200

// welcomePost reports whether the page is a newsletter's welcome post: its
// title opens with a welcome and names the site, or the post is short.
func (p *page) welcomePost(textLen int32) bool {
	t := strings.ToLower(strings.TrimSpace(p.res.Title))
	for _, lead := range welcomeLeads {
		if !strings.HasPrefix(t, lead) {
			continue
		}
		site := squashName(p.res.SiteName)
		return textLen < welcomeNoteChars || site != "" && strings.Contains(squashName(t), site)
	}
	return false
}
