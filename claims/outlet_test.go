package claims

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestRegistryDetectArticle(t *testing.T) {
	reg := DefaultRegistry()
	assert.Equal(t, "", reg.Detect(nil))
	assert.Equal(t, "Reuters", reg.Detect(&Article{Text: "LONDON (Reuters) - Oil rose."}))
	// Metadata wins and is canonicalised.
	assert.Equal(t, "The New York Times", reg.Detect(&Article{Outlet: "nyt", Text: "LONDON (Reuters) - x"}))
	assert.Equal(t, "Kabul Now", reg.Detect(&Article{Outlet: " Kabul  Now ", Text: "x"}))
	got, ok := reg.Canonical("the Associated Press")
	assert.True(t, ok)
	assert.Equal(t, "AP", got)
}
