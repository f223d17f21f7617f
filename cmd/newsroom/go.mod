module newsroom.dev/cmd/newsroom

go 1.26.0

require newsroom.dev/pkg v0.0.0

replace newsroom.dev/pkg => ../../pkg

require (
	newsroom.dev/services/crawler v0.0.0
	newsroom.dev/services/extractor v0.0.0
	newsroom.dev/services/sink v0.0.0
)

require (
	github.com/chromedp/cdproto v0.159.0 // indirect
	github.com/chromedp/chromedp v0.23.0
	github.com/go-json-experiment/json v0.0.0-20260213210345-44df1a37e875 // indirect
)

replace (
	newsroom.dev/services/crawler => ../../services/crawler
	newsroom.dev/services/extractor => ../../services/extractor
	newsroom.dev/services/sink => ../../services/sink
)
