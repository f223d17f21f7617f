package extract

import "strings"

// A gate is what a site serves in place of the page it was asked for: a
// consent wall ("We value your privacy … Accept all") or a paywall stub
// that keeps only its pitch ("Subscribe to continue reading"). Its text is
// the same on every page of the site, so it is neither a story nor
// something dedupe should fold stories into.

// consentCore are the words a cookie or consent notice cannot do without
// (cookies, consent, personal data) in the languages of the news;
// consentTerms its other words.
var (
	consentCore = []string{"cookie", "consent", "personal data", "einwilligung", "zustimmung", "personenbezogen",
		"consentement", "données personnelles", "consentimiento", "datos personales", "consenso", "dati personali",
		"consentimento", "dados pessoais", "toestemming", "persoonsgegevens", "zgod", "danych osobowych", "dane osobowe",
		"согласи", "персональных данных", "згод", "персональних даних", "çerez", "kişisel veri",
		"隐私", "个人信息", "クッキー", "個人情報", "쿠키", "개인정보"}
	consentTerms = []string{"partners", "privacy", "advertising", "legitimate interest", "your device", "accept all", "reject all",
		"manage options", "preferences", "partner", "datenschutz", "werbung", "alle akzeptieren", "berechtigtes interesse",
		"partenaires", "confidentialité", "publicité", "tout accepter", "intérêt légitime", "socios", "privacidad",
		"publicidad", "aceptar todo", "interés legítimo", "pubblicità", "accetta tutto", "interesse legittimo",
		"parceiros", "privacidade", "publicidade", "aceitar tudo", "advertenties", "alles accepteren", "partnerzy",
		"partnerów", "prywatności", "reklam", "партнер", "конфиденциальн", "реклам", "конфіденційн", "iş ortak",
		"gizli", "合作伙伴", "广告", "同意", "プライバシー", "パートナー", "広告", "파트너", "광고", "동의",
		// accepting, refusing and settings
		"accept", "reject", "settings", "akzeptieren", "ablehnen", "einstellungen", "accepter", "refuser", "paramétrer",
		"aceptar", "rechazar", "preferencias", "accetta", "rifiuta", "preferenze", "aceitar", "rejeitar", "preferências",
		"accepteren", "weigeren", "voorkeuren", "zaakceptuj", "zaakceptować", "odrzuć", "ustawie", "prywatnoś",
		"принять", "отклонить", "настро", "прийняти", "відхилити", "налаштуван", "kabul", "reddet", "tercih",
		"接受", "拒绝", "设置", "設定", "拒否", "설정", "거부"}
)

// paywallPhrases are what a subscription gate says in the languages of
// the news; one of them marks a line as the gate's.
var paywallPhrases = []string{
	"subscribe to continue", "subscribe to read", "to continue reading", "already a subscriber", "already subscribed",
	"subscribers only", "for subscribers", "unlimited access", "unlimited digital access", "cancel anytime",
	"log in to continue", "sign in to continue", "register to continue", "create a free account", "become a subscriber",
	"start your free trial", "exclusive to subscribers", "premium content",
	"jetzt abonnieren", "bereits abonnent", "für abonnenten", "weiterlesen mit", "jederzeit kündbar", "um weiterzulesen",
	"abonnez-vous", "déjà abonné", "réservé aux abonnés", "pour lire la suite", "accès illimité", "sans engagement",
	"suscríbete", "ya eres suscriptor", "ya soy suscriptor", "para suscriptores", "para seguir leyendo", "acceso ilimitado",
	"abbonati", "già abbonato", "riservato agli abbonati", "per continuare a leggere", "accesso illimitato",
	"assine", "já é assinante", "já sou assinante", "para assinantes", "para continuar lendo", "acesso ilimitado",
	"abonneer", "al abonnee", "voor abonnees", "lees verder met", "onbeperkt toegang", "word abonnee",
	"wykup dostęp", "dla subskrybentów", "masz już konto", "wykup subskrypcję",
	"оформите подписку", "подпишитесь", "для подписчиков", "уже подписаны", "чтобы продолжить чтение",
	"оформіть передплату", "для передплатників", "щоб продовжити читання",
	"abone ol", "abonelere özel", "zaten abone", "okumaya devam etmek için", "sınırsız erişim",
	"订阅后", "付费会员", "会员专享", "登录后继续", "有料会員", "会員登録", "ログインして続き", "유료 회원", "회원 전용", "로그인 후",
}

// maxGateText bounds a gate's text (non-space characters): consent
// notices and paywall pitches are short; a longer text on consent or
// subscriptions is a story about them.
const maxGateText = 2000

// gateText reports whether the body text is a gate's: lines of a consent
// notice or a paywall's pitch hold it, and what else it has is too short
// to be a story (under half of the shortest story, and under a third of
// the gate's text). It returns what the gate is ("consent notice",
// "subscription pitch"), "" for a page that is no gate.
func gateText(text string, minText int) string {
	// A gate's text is short: a page with more is none (most pages,
	// read no further).
	limit := maxGateText + minText/2
	if len(text) > 4*limit {
		return ""
	}
	if nonSpace(text) > limit {
		return ""
	}
	gate, other := 0, 0
	consent, paywall := 0, 0
	lower := strings.ToLower(text)
	// Where the text names cookies, consent or personal data, its lines
	// that read as a notice's are the notice's (consentLine).
	notice := containsAny(lower, consentCore)
	for _, ll := range strings.Split(lower, "\n") {
		n := nonSpace(ll)
		if n == 0 {
			continue
		}
		switch {
		case notice && consentLine(ll, n):
			gate += n
			consent += n
		case containsAny(ll, paywallPhrases):
			gate += n
			paywall += n
		default:
			other += n
		}
	}
	if gate == 0 || gate > maxGateText || 2*other >= minText || 3*other >= gate {
		return ""
	}
	if consent >= paywall {
		return "consent notice"
	}
	return "subscription pitch"
}

// consentLine reports whether a lower-case line of n non-space
// characters, on a page that names cookies, consent or personal data, is
// the notice's: two of its words, or one in a line as short as a heading
// or a button's ("We value your privacy").
func consentLine(ll string, n int) bool {
	words := 0
	for _, set := range [][]string{consentCore, consentTerms} {
		for _, t := range set {
			if strings.Contains(ll, t) {
				words++
			}
		}
	}
	return words >= 2 || words == 1 && n <= maxNoticeHeading
}

// maxNoticeHeading is the longest line (non-space characters) a single
// word of a consent notice marks as the notice's.
const maxNoticeHeading = 60

func containsAny(s string, subs []string) bool {
	for _, t := range subs {
		if strings.Contains(s, t) {
			return true
		}
	}
	return false
}
