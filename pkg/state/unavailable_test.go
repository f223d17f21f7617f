package state

import (
	"context"
	"errors"
	"fmt"
	"io"
	"syscall"
	"testing"
)

func TestUnavailable(t *testing.T) {
	tests := []struct {
		err  error
		want bool
	}{
		{nil, false},
		{errors.New("ERR wrong number of arguments"), false},
		{fmt.Errorf("redis dedupe: %w", syscall.ECONNREFUSED), true},
		{fmt.Errorf("redis dedupe: %w", io.EOF), true},
		{fmt.Errorf("redis: %w", context.DeadlineExceeded), true},
		{errors.New("redis: connection pool timeout"), true},
		{errors.New("LOADING Redis is loading the dataset in memory"), true},
	}
	for _, tc := range tests {
		if got := Unavailable(tc.err); got != tc.want {
			t.Errorf("Unavailable(%v) = %v, want %v", tc.err, got, tc.want)
		}
	}
}
