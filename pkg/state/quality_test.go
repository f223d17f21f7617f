package state_test

import (
	"testing"

	"newsroom.dev/pkg/state"
)

func TestQualityBetter(t *testing.T) {
	const h = 3600
	exact := func(pub int64) state.Quality { return state.Quality{Published: pub} }
	tests := []struct {
		name string
		q, b state.Quality
		want bool
	}{
		{"higher rank wins over everything", state.Quality{Rank: 1}, state.Quality{Published: 5, Detail: 9, Length: 9}, true},
		{"lower rank loses", state.Quality{Detail: 9, Published: 1}, state.Quality{Rank: 1}, false},
		{"known date beats unknown", exact(100), state.Quality{Detail: 5, Length: 99}, true},
		{"unknown date loses to known", state.Quality{Detail: 5}, exact(100), false},
		{"earlier exact date wins over detail", exact(1000), state.Quality{Published: 1000 + 20*60, Detail: 3}, true},
		{"later exact date loses despite detail", state.Quality{Published: 1000 + 20*60, Detail: 3}, exact(1000), false},
		{"zone-less time hours earlier is not surely earlier", state.Quality{Published: 10 * h, Slack: 14 * h}, state.Quality{Published: 13 * h, Detail: 2}, false},
		{"so the detail decides", state.Quality{Published: 13 * h, Detail: 2}, state.Quality{Published: 10 * h, Slack: 14 * h}, true},
		{"a day-only date two days earlier is earlier", state.Quality{Published: 12 * h, Slack: 26 * h}, state.Quality{Published: 80 * h}, true},
		{"same detail: longer text wins", state.Quality{Published: 10 * h, Slack: 14 * h, Length: 900}, state.Quality{Published: 9 * h, Length: 800}, true},
		{"all equal but the uncertain date: earlier wins", state.Quality{Published: 9 * h, Slack: h}, state.Quality{Published: 10 * h, Slack: h}, true},
		{"equal is not better", exact(5), exact(5), false},
	}
	for _, tc := range tests {
		if got := tc.q.Better(tc.b); got != tc.want {
			t.Errorf("%s: %+v.Better(%+v) = %v, want %v", tc.name, tc.q, tc.b, got, tc.want)
		}
	}
}
