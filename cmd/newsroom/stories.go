package main

import (
	"flag"

	"newsroom.dev/pkg/bus"
	"newsroom.dev/services/sink"
)

// addStoriesFlags registers the story stream's limits on the sink's config
// (sink and run: the sink creates the stream and is its only publisher).
func addStoriesFlags(fs *flag.FlagSet, c *sink.Config) {
	fs.DurationVar(&c.Stories.MaxAge, "stories-retention", bus.DefaultStoriesMaxAge,
		"how long the story stream "+bus.StreamStories+" keeps events for downstream consumers")
	fs.Int64Var(&c.Stories.MaxBytes, "stories-max-bytes", bus.DefaultStoriesMaxBytes,
		"size cap of the story stream; the oldest events go first")
}
