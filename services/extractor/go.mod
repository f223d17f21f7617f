module newsroom.dev/services/extractor

go 1.26.0

require newsroom.dev/pkg v0.0.0

replace newsroom.dev/pkg => ../../pkg
