package claims

import (
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// goldenRulesPath is the English Golden Rules of sentence boundary
// detection, in the shared data next to the repository.
const goldenRulesPath = "../../shared/conformance/sbd/golden_rules_en.json"

type goldenRule struct {
	ID       int      `json:"id"`
	Name     string   `json:"name"`
	Input    string   `json:"input"`
	Expected []string `json:"expected"`
}

// sentenceTexts returns the trimmed, non-empty sentence texts of text, the
// way the Golden Rules are scored.
func sentenceTexts(text string) []string {
	var out []string
	for _, sp := range SplitSentences(text) {
		if s := strings.TrimSpace(text[sp.Start:sp.End]); s != "" {
			out = append(out, s)
		}
	}
	return out
}

func TestGoldenRules(t *testing.T) {
	b, err := os.ReadFile(goldenRulesPath)
	if errors.Is(err, fs.ErrNotExist) {
		t.Skipf("%s not found", goldenRulesPath)
	}
	require.NoError(t, err)
	var rules []goldenRule
	require.NoError(t, json.Unmarshal(b, &rules))
	require.NotEmpty(t, rules)
	passed := 0
	for _, r := range rules {
		want := make([]string, len(r.Expected))
		for i, s := range r.Expected {
			want[i] = strings.TrimSpace(s)
		}
		got := sentenceTexts(r.Input)
		if strings.Join(got, "\x00") == strings.Join(want, "\x00") && len(got) == len(want) {
			passed++
			continue
		}
		t.Logf("rule %d %s:\n  want %q\n  got  %q", r.ID, r.Name, want, got)
	}
	t.Logf("golden rules: %d/%d passed", passed, len(rules))
	require.GreaterOrEqual(t, passed*100, len(rules)*85, "golden rules: %d/%d passed, below 85%%", passed, len(rules))
}
