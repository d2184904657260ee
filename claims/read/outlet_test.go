package read

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/crosscheck-news/crosscheck/claims/core"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRegistryDetectArticle(t *testing.T) {
	reg := DefaultRegistry()
	assert.Equal(t, "", reg.Detect(nil))
	assert.Equal(t, "Reuters", reg.Detect(&core.Article{Text: "LONDON (Reuters) - Oil rose."}))
	// Metadata wins and is canonicalised.
	assert.Equal(t, "The New York Times", reg.Detect(&core.Article{Outlet: "nyt", Text: "LONDON (Reuters) - x"}))
	assert.Equal(t, "Kabul Now", reg.Detect(&core.Article{Outlet: " Kabul  Now ", Text: "x"}))
	got, ok := reg.Canonical("the Associated Press")
	assert.True(t, ok)
	assert.Equal(t, "AP", got)
}

func TestLoadOutletFrom(t *testing.T) {
	dir := t.TempDir()
	write := func(rel, content string) string {
		p := filepath.Join(dir, rel)
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, []byte(content), 0o644))
		return p
	}
	body := "Floods hit the valley\n\nAt least 12 people died when the river burst its banks on Monday, officials said.\n"
	plain := write("harbor_herald/plain.txt", body)
	meta := write("harbor_herald/meta.md", "---\noutlet: nyt\n---\n"+body)
	dated := write("harbor_herald/dated.txt", "Floods hit\n\nLONDON (Reuters) - At least 12 people died in the floods on Monday.\n")
	known := write("al-jazeera/x.txt", body)
	named := write("gulf-star.txt", body)

	tests := []struct {
		name       string
		path       string
		opts       LoadOptions
		want, from string
	}{
		{"nothing says", plain, LoadOptions{}, "", ""},
		{"text", dated, LoadOptions{}, "Reuters", OutletDateline},
		{"metadata", meta, LoadOptions{}, "The New York Times", OutletMetadata},
		{"flag", meta, LoadOptions{Outlet: "AP"}, "AP", OutletFlag},
		{"folder", plain, LoadOptions{OutletFrom: OutletFromDir}, "Harbor Herald", OutletFolder},
		{"folder beats text", dated, LoadOptions{OutletFrom: OutletFromDir}, "Harbor Herald", OutletFolder},
		{"metadata beats folder", meta, LoadOptions{OutletFrom: OutletFromDir}, "The New York Times", OutletMetadata},
		{"flag beats folder", plain, LoadOptions{OutletFrom: OutletFromDir, Outlet: "AP"}, "AP", OutletFlag},
		{"folder through the registry", known, LoadOptions{OutletFrom: OutletFromDir}, "Al Jazeera", OutletFolder},
		{"file", named, LoadOptions{OutletFrom: OutletFromFile}, "Gulf Star", OutletFile},
		{"unknown source ignored", plain, LoadOptions{OutletFrom: "nope"}, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			arts, errs := Load([]string{tt.path}, tt.opts)
			require.Empty(t, errs)
			require.Len(t, arts, 1)
			assert.Equal(t, tt.want, arts[0].Outlet)
			assert.Equal(t, tt.from, arts[0].OutletFrom)
		})
	}

	// Standard input has no folder: its outlet comes from the text.
	arts, _ := Load([]string{"-"}, LoadOptions{OutletFrom: OutletFromDir, Stdin: strings.NewReader(body)})
	require.Len(t, arts, 1)
	assert.Equal(t, "", arts[0].Outlet)

	_, err := ParseOutletFrom("folder")
	assert.Error(t, err)
	for _, ok := range []string{"", OutletFromDir, OutletFromFile} {
		got, err := ParseOutletFrom(ok)
		assert.NoError(t, err)
		assert.Equal(t, ok, got)
	}
}
