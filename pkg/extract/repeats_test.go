package extract

import (
	"strings"
	"testing"
)

// TestPullQuotes checks that quotations repeating body text are dropped
// whatever their class, while quotes with new text and repeated plain
// lines stay.
func TestPullQuotes(t *testing.T) {
	para := func(s string) string { return "<p>" + s + "</p>\n" }
	long := "The council approved the budget on Monday after a long debate that ran late into the night, officials said."
	quoted := "“We will not back down on this,” the mayor said at a press conference in the town hall, before leaving in a hurry."
	third := "Opposition members walked out before the final vote and promised to challenge the decision in court next month."
	fourth := "The budget includes new money for schools, roads and the harbour, and a modest rise in local taxes for most homes."
	tests := []struct {
		name     string
		insert   string
		keep     string // text that must stay in the body
		wantKeep bool
	}{
		{"blockquote without class", "<blockquote><p>“We will not back down on this,”</p></blockquote>", "", false},
		{"div classed pull-quote", `<div class="story-pull-quote">We will not back down on this</div>`, "", false},
		{"aside repeating a sentence", "<aside><p>Opposition members walked out before the final vote</p></aside>", "", false},
		{"blockquote with new text", "<blockquote><p>“Nobody asked the residents what they wanted,” one neighbour wrote.</p></blockquote>", "Nobody asked the residents what they wanted", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := "<html><head><title>Council approves budget</title></head><body><article><h1>Council approves budget</h1>\n" +
				para(long) + para(quoted) + tc.insert + para(third) + para(fourth) + "</article></body></html>"
			res, err := New(DefaultOptions()).Extract(Input{URL: "https://example.com/news/2024/05/01/council-approves-budget-after-debate", Body: []byte(doc)})
			if err != nil {
				t.Fatalf("Extract: %v", err)
			}
			lines := strings.Split(res.Text, "\n")
			if tc.wantKeep {
				if !strings.Contains(res.Text, tc.keep) {
					t.Errorf("body lost the quote %q:\n%s", tc.keep, res.Text)
				}
				return
			}
			if len(lines) != 4 {
				t.Errorf("body has %d lines, want the 4 paragraphs:\n%s", len(lines), res.Text)
			}
		})
	}
	// Equal plain lines (lists, recipes) are not pull quotes.
	doc := "<html><body><article><h1>Meal plan</h1>" + para(long) + "<ul><li>Eat one cup of rice before your workout</li><li>Drink water</li></ul>" + para(third) +
		"<ul><li>Eat one cup of rice before your workout</li><li>Drink water</li></ul>" + para(fourth) + "</article></body></html>"
	res, err := New(DefaultOptions()).Extract(Input{URL: "https://example.com/2024/05/01/meal-plan-for-athletes-in-training", Body: []byte(doc)})
	if err != nil {
		t.Fatalf("Extract: %v", err)
	}
	if n := strings.Count(res.Text, "Eat one cup of rice"); n != 2 {
		t.Errorf("repeated list line kept %d times, want 2:\n%s", n, res.Text)
	}
}
