package claims

import (
	"encoding/json"
	"errors"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// The Recognizers-Text English number specs, scored as ../shared/eval/
// conformance.py scores the claims stream.
const conformanceDir = "../../shared/conformance/recognizers-text"

type specCase struct {
	Input   string `json:"Input"`
	Results []struct {
		Text       string `json:"Text"`
		Resolution struct {
			Value   any    `json:"value"`
			Subtype string `json:"subtype"`
		} `json:"Resolution"`
	} `json:"Results"`
}

// specRange is a range as the script sees it: a nil end is unbounded.
type specRange struct {
	lo, hi         *float64
	loOpen, hiOpen bool
}

var specRangeRe = regexp.MustCompile(`^([\[(])\s*(-?[\d.]*)\s*,\s*(-?[\d.]*)\s*([\])])$`)

func parseSpecRange(s string) (specRange, bool) {
	m := specRangeRe.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return specRange{}, false
	}
	var r specRange
	if m[2] != "" {
		v, err := strconv.ParseFloat(m[2], 64)
		if err != nil {
			return specRange{}, false
		}
		r.lo, r.loOpen = &v, m[1] == "("
	}
	if m[3] != "" {
		v, err := strconv.ParseFloat(m[3], 64)
		if err != nil {
			return specRange{}, false
		}
		r.hi, r.hiOpen = &v, m[4] == ")"
	}
	return r, true
}

// figRange is what the JSON claims stream says of a figure: an infinite end
// is null, and an open flag counts only at a finite end.
func figRange(f Figure) specRange {
	var r specRange
	if !math.IsInf(f.Lo, 0) {
		v := f.Lo
		r.lo, r.loOpen = &v, f.LoOpen
	}
	if !math.IsInf(f.Hi, 0) {
		v := f.Hi
		r.hi, r.hiOpen = &v, f.HiOpen
	}
	return r
}

func closeTo(a, b *float64) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	return math.Abs(*a-*b) <= 1e-6*math.Max(1, math.Abs(*a))
}

func sameRange(want, got specRange, inclusiveOK bool) bool {
	loOK := closeTo(want.lo, got.lo) && want.loOpen == got.loOpen
	zero := 0.0
	if want.lo == nil && got.lo != nil && closeTo(got.lo, &zero) && !got.loOpen && want.hi != nil && *want.hi > 0 {
		loOK = true
	}
	hiOK := closeTo(want.hi, got.hi) && (want.hiOpen == got.hiOpen || (inclusiveOK && want.hiOpen && !got.hiOpen))
	return loOK && hiOK
}

var inclusiveForms = regexp.MustCompile(`(?i)\b(to|through|between|and)\b|\d\s*[-\x{2013}~]\s*\d`)

func loadSpec(t *testing.T, name string) []specCase {
	t.Helper()
	path := filepath.Join(conformanceDir, name)
	data, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		t.Skipf("%s absent", path)
	}
	require.NoError(t, err)
	data = []byte(strings.TrimPrefix(string(data), "\ufeff"))
	var cases []specCase
	require.NoError(t, json.Unmarshal(data, &cases), "parse %s", path)
	return cases
}

func specValue(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case float64:
		return strconv.FormatFloat(x, 'g', -1, 64)
	}
	return ""
}

func TestConformance(t *testing.T) {
	ex, err := NewExtractor(DefaultExtractOptions())
	require.NoError(t, err)
	for _, tc := range []struct {
		file  string
		floor float64
	}{
		{"NumberRangeModel.json", 0.85},
		{"NumberModel.json", 0.92},
	} {
		t.Run(tc.file, func(t *testing.T) {
			cases := loadSpec(t, tc.file)
			ranged := strings.Contains(tc.file, "Range")
			passed, picked := 0, 0
			for n, c := range cases {
				if !ranged {
					if len(c.Results) == 0 {
						continue
					}
					skip := false
					for _, r := range c.Results {
						if st := r.Resolution.Subtype; st != "integer" && st != "decimal" {
							skip = true
						}
					}
					if skip {
						continue
					}
				}
				picked++
				got := ex.Figures(c.Input)
				ok := true
				if ranged {
					if len(c.Results) == 0 {
						for _, g := range got {
							r := figRange(g)
							if !closeTo(r.lo, r.hi) {
								ok = false
							}
						}
					}
					for _, r := range c.Results {
						w, wok := parseSpecRange(specValue(r.Resolution.Value))
						found := false
						for _, g := range got {
							if wok && sameRange(w, figRange(g), inclusiveForms.MatchString(r.Text)) {
								found = true
							}
						}
						if !found {
							ok = false
						}
					}
				} else {
					for _, r := range c.Results {
						v, err := strconv.ParseFloat(specValue(r.Resolution.Value), 64)
						found := false
						for _, g := range got {
							gr := figRange(g)
							if err == nil && closeTo(&v, gr.lo) && closeTo(&v, gr.hi) {
								found = true
							}
						}
						if !found {
							ok = false
						}
					}
				}
				if ok {
					passed++
					continue
				}
				var exp, fnd []string
				for _, r := range c.Results {
					exp = append(exp, r.Text+"="+specValue(r.Resolution.Value))
				}
				for _, g := range got {
					fnd = append(fnd, g.Text+"="+g.Interval.String()+"/"+string(g.Kind))
				}
				t.Logf("case %d: %q\n  want %v\n  got  %v", n, c.Input, exp, fnd)
			}
			rate := float64(passed) / float64(max(picked, 1))
			t.Logf("%s: %d/%d passed (%.0f%%)", tc.file, passed, picked, 100*rate)
			require.GreaterOrEqual(t, rate, tc.floor, "%s below its floor", tc.file)
		})
	}
}
