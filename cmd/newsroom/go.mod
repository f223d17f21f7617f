module newsroom.dev/cmd/newsroom

go 1.26.0

require newsroom.dev/pkg v0.0.0

replace newsroom.dev/pkg => ../../pkg

require (
	newsroom.dev/services/crawler v0.0.0
	newsroom.dev/services/extractor v0.0.0
	newsroom.dev/services/sink v0.0.0
)

replace (
	newsroom.dev/services/crawler => ../../services/crawler
	newsroom.dev/services/extractor => ../../services/extractor
	newsroom.dev/services/sink => ../../services/sink
)
