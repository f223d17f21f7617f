package admin_test

import (
	"time"

	"github.com/nats-io/nats.go/jetstream"
)

func jetstreamWait(d time.Duration) jetstream.FetchOpt { return jetstream.FetchMaxWait(d) }
