package main

import (
	"testing"

	"newsroom.dev/pkg/bus/bustest"
)

func startNATS(t *testing.T) string {
	return bustest.Start(t).URL
}
