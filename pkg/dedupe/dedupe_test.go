package dedupe

import (
	"fmt"
	"strings"
	"testing"

	"newsroom.dev/pkg/state"
)

func story(seed int, paras int) []string {
	var out []string
	for p := 0; p < paras; p++ {
		var w []string
		for i := 0; i < 40; i++ {
			w = append(w, fmt.Sprintf("w%d", (seed*7919+p*131+i*17)%5000))
		}
		out = append(out, strings.Join(w, " ")+".")
	}
	return out
}

func TestFingerprintEdits(t *testing.T) {
	h := NewHasher(Options{})
	orig := story(1, 8)
	base := h.Fingerprint(strings.Join(orig, "\n"))
	quotes := strings.ReplaceAll(strings.Join(orig, "\n"), "w1", "“w1”")
	tests := []struct {
		name     string
		text     string
		sameHash bool
		near     bool
	}{
		{"identical", strings.Join(orig, "\n"), true, true},
		{"whitespace and case", strings.ToUpper(strings.Join(orig, "\n\n  ")), true, true},
		{"quotes changed", quotes, true, true},
		{"last paragraph dropped", strings.Join(orig[:7], "\n"), false, true},
		{"read more added", strings.Join(orig, "\n") + "\nRead more at The Daily Example", true, true},
		{"different story", strings.Join(story(2, 8), "\n"), false, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			fp := h.Fingerprint(tc.text)
			if got := fp.TextHash == base.TextHash; got != tc.sameHash {
				t.Errorf("same text hash = %v, want %v", got, tc.sameHash)
			}
			sim := state.Similarity(fp.Signature, base.Signature)
			if got := sim >= h.MinSimilarity(); got != tc.near {
				t.Errorf("similarity %.2f: near = %v, want %v", sim, got, tc.near)
			}
			shared := 0
			for i := range fp.Bands {
				if fp.Bands[i] == base.Bands[i] {
					shared++
				}
			}
			if tc.near && shared == 0 {
				t.Errorf("near copy shares no LSH band with the original")
			}
		})
	}
}

func TestFingerprintStable(t *testing.T) {
	a := NewHasher(Options{}).Fingerprint(strings.Join(story(3, 5), " "))
	b := NewHasher(Options{}).Fingerprint(strings.Join(story(3, 5), " "))
	if a.TextHash != b.TextHash || fmt.Sprint(a.Signature) != fmt.Sprint(b.Signature) {
		t.Fatal("fingerprints differ between hashers")
	}
	h := NewHasher(Options{})
	if short := h.Fingerprint("too short"); short.Signature != nil || short.TextHash != "" {
		t.Fatalf("short text without a title: %+v", short)
	}
	a1, a2 := h.FingerprintDoc("Mayor opens bridge", "Subscribe to read more."), h.FingerprintDoc("Fire in the harbour", "Subscribe to read more.")
	if a1.TextHash == "" || a1.TextHash == a2.TextHash || a1.Signature != nil {
		t.Fatalf("short texts under different titles: %+v %+v", a1, a2)
	}
	if b := h.FingerprintDoc("Mayor opens bridge", "Subscribe, to read more!"); b.TextHash != a1.TextHash {
		t.Fatal("short text with the same title and words differs")
	}
}

func BenchmarkFingerprint(b *testing.B) {
	h := NewHasher(Options{})
	text := strings.Join(story(4, 10), "\n")
	b.ReportAllocs()
	for b.Loop() {
		h.Fingerprint(text)
	}
}

// TestUnspacedScripts: a reprint of a Chinese story under another
// headline, with a dateline and a source credit added, is a near copy of
// the original; another story on the same subject is not; and a Thai
// story's lines are not taken for a copy's chrome.
func TestUnspacedScripts(t *testing.T) {
	h := NewHasher(Options{})
	orig := "新柔长堤过去几个周末都出现严重拥堵，一些旅客花了超过三个小时才通过关卡。新加坡和马来西亚两国官员正在研究延长关卡的通关时间，以及增加自动通关闸门的数量。\n" +
		"关卡局指出，兀兰关卡上个周末的旅客流量超过50万人次，创下疫情以来新高。周五晚上和周六早上是最繁忙的时段。\n" +
		"马来西亚方面表示，柔佛新关卡将在下个月增设20个摩托车自动通关闸门，并考虑让持有马来西亚身份证的旅客使用二维码通关。\n" +
		"不少经常往返新柔两地的公众希望，新柔地铁系统明年底通车后，能大大缓解长堤的交通压力。"
	reprint := "新柔长堤周末大塞车 新马研究延长通关时间\n（新加坡11日讯）" + orig + "\n（文章来源：狮城日报）\n编辑：黄慧敏"
	other := "新加坡樟宜机场第五搭客大厦的建设工程本月全面展开，预计在2030年代中期启用，届时机场每年可处理的旅客将增加五千万人次。\n" +
		"交通部长在动土仪式上说，新搭客大厦将采用更多自动化设施，包括行李自动处理系统和人脸识别通关。\n" +
		"业者认为，随着区域航空市场复苏，樟宜机场必须提早扩建，以保持作为区域航空枢纽的地位。\n" +
		"不过也有议员关注工程成本，以及施工期间对周边居民的噪音影响，要求当局定期公布进展。"
	base := h.Fingerprint(orig)
	if len(base.Signature) == 0 {
		t.Fatalf("a Chinese story of %d characters got no near-duplicate signature (%d words)", len([]rune(orig)), base.Words)
	}
	if sim := state.Similarity(h.Fingerprint(reprint).Signature, base.Signature); sim < h.MinSimilarity() {
		t.Errorf("reprint similarity %.2f, under %.2f", sim, h.MinSimilarity())
	}
	if sim := state.Similarity(h.Fingerprint(other).Signature, base.Signature); sim >= h.MinSimilarity() {
		t.Errorf("another story's similarity %.2f, at or over %.2f", sim, h.MinSimilarity())
	}
	// Two texts made of the same short phrases in other orders are
	// different stories: their shingles span the phrases' joins.
	a := "議論の末に決きた。関係者いて意見を述を注視してい市の計画につべることがでは今後の対応る。民は公聴会で定を下し、市市議会は長い。\n" +
		"きた。関係者市の計画につべることがで民は公聴会では今後の対応市議会は長い定を下し、市る。いて意見を述を注視してい議論の末に決。\n" +
		"議論の末に決べることがで市の計画につきた。関係者市議会は長い民は公聴会では今後の対応定を下し、市を注視している。いて意見を述。"
	b := "定を下し、市市議会は長い民は公聴会できた。関係者議論の末に決いて意見を述市の計画につは今後の対応る。べることがでを注視してい。\n" +
		"る。市の計画につきた。関係者定を下し、市議論の末に決市議会は長いべることがでは今後の対応いて意見を述民は公聴会でを注視してい。\n" +
		"市の計画につは今後の対応きた。関係者定を下し、市民は公聴会で市議会は長いる。べることがで議論の末に決を注視していいて意見を述。"
	if sim := state.Similarity(h.Fingerprint(a).Signature, h.Fingerprint(b).Signature); sim >= h.MinSimilarity() {
		t.Errorf("texts of the same phrases in other orders: similarity %.2f, at or over %.2f", sim, h.MinSimilarity())
	}
	thai := "ฝนตกหนักต่อเนื่องทำให้เกิดน้ำท่วมในหลายอำเภอของจังหวัดเชียงใหม่ เจ้าหน้าที่เร่งอพยพประชาชน\nกรมอุตุนิยมวิทยาเตือนว่าฝนจะตกต่อไปอีกสามวัน"
	if got := TrimEdges(thai); got != thai {
		t.Errorf("TrimEdges dropped Thai story lines: %q", got)
	}
}
