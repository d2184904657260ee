package read

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck-news/crosscheck/claims/core"
)

func TestNameOutlets(t *testing.T) {
	type art struct{ outlet, given string }
	tests := []struct {
		name string
		in   []art
		want []string
	}{
		{"a given spelling names the outlet",
			[]art{{"Anadolu Agency", "Anadolu"}, {"Anadolu Agency", ""}},
			[]string{"Anadolu", "Anadolu"}},
		{"the spelling given most often wins",
			[]art{{"Deutsche Welle", "Deutsche Welle"}, {"Deutsche Welle", "DW"}, {"Deutsche Welle", "DW"}},
			[]string{"DW", "DW", "DW"}},
		{"the canonical spelling given most often wins",
			[]art{{"Deutsche Welle", "DW"}, {"Deutsche Welle", "Deutsche Welle"}, {"Deutsche Welle", "Deutsche Welle"}},
			[]string{"Deutsche Welle", "Deutsche Welle", "Deutsche Welle"}},
		{"the first met wins a tie",
			[]art{{"AP", "Associated Press"}, {"AP", "The Associated Press"}},
			[]string{"Associated Press", "Associated Press"}},
		{"no given spelling keeps the canonical name",
			[]art{{"Reuters", ""}, {"", ""}},
			[]string{"Reuters", ""}},
		{"another outlet's name is never taken",
			[]art{{"AP", "Reuters"}, {"Reuters", ""}},
			[]string{"AP", "Reuters"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			arts := make([]*core.Article, len(tt.in))
			for i, a := range tt.in {
				arts[i] = &core.Article{Outlet: a.outlet, OutletGiven: a.given}
			}
			NameOutlets(arts)
			got := make([]string, len(arts))
			for i, a := range arts {
				got[i] = a.Outlet
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

// TestLoadNamesOutletsAsGiven: JSON Lines outlets keep the input's
// spelling when it has a capital letter; an article whose outlet the text
// gives takes the spelling of the same outlet given elsewhere.
func TestLoadNamesOutletsAsGiven(t *testing.T) {
	in := `{"id":"a","title":"One","text":"Body one.","outlet":"Anadolu"}` + "\n" +
		`{"id":"b","title":"Two","text":"Body two.","outlet":"nyt"}` + "\n" +
		`{"id":"c","title":"Three","text":"Body three.","outlet":"DW"}` + "\n"
	arts, errs := Load([]string{"-"}, LoadOptions{Stdin: strings.NewReader(in), Format: FormatJSONL})
	require.Empty(t, errs)
	require.Len(t, arts, 3)
	assert.Equal(t, []string{"Anadolu", "The New York Times", "DW"}, []string{arts[0].Outlet, arts[1].Outlet, arts[2].Outlet})
	assert.Equal(t, OutletMetadata, arts[0].OutletFrom)
}

// TestLoadNamesAnOutletOnceAcrossFiles: one outlet spelled two ways in two
// files is one outlet, whether the files are loaded at once or one by one.
func TestLoadNamesAnOutletOnceAcrossFiles(t *testing.T) {
	dir := t.TempDir()
	write := func(name, outlet string) {
		body := "---\noutlet: " + outlet + "\ntitle: Blast in Kel " + name + "\n---\n\nA blast in Kel killed 40 people.\n"
		require.NoError(t, os.WriteFile(filepath.Join(dir, name+".md"), []byte(body), 0o644))
	}
	write("a", "Deutsche Welle")
	write("b", "DW")
	write("c", "DW")
	arts, errs := Load([]string{dir}, LoadOptions{})
	require.Empty(t, errs)
	var got []string
	for _, a := range arts {
		got = append(got, a.Outlet)
	}
	assert.Equal(t, []string{"DW", "DW", "DW"}, got, "loaded at once: the spelling given most often")

	got = nil
	require.NoError(t, LoadEach([]string{dir}, LoadOptions{}, func(arts []*core.Article, _ []*core.InputError) error {
		for _, a := range arts {
			got = append(got, a.Outlet)
		}
		return nil
	}))
	assert.Equal(t, []string{"Deutsche Welle", "Deutsche Welle", "Deutsche Welle"}, got, "one by one: the first file's spelling")
}

func TestNameOutletsAfter(t *testing.T) {
	type art struct{ outlet, given string }
	tests := []struct {
		name  string
		known []string
		in    []art
		want  []string
	}{
		{"a known spelling names the outlet",
			[]string{"DW"}, []art{{"Deutsche Welle", "Deutsche Welle"}}, []string{"DW"}},
		{"an outlet the known names miss is named as NameOutlets does",
			[]string{"DW"}, []art{{"Anadolu Agency", "Anadolu"}}, []string{"Anadolu"}},
		{"the first known name of an outlet wins",
			[]string{"Deutsche Welle", "DW"}, []art{{"Deutsche Welle", "DW"}}, []string{"Deutsche Welle"}},
		{"an unattributed article stays so",
			[]string{""}, []art{{"", ""}}, []string{""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			arts := make([]*core.Article, len(tt.in))
			for i, a := range tt.in {
				arts[i] = &core.Article{Outlet: a.outlet, OutletGiven: a.given}
			}
			NameOutletsAfter(arts, tt.known, DefaultRegistry())
			got := make([]string, len(arts))
			for i, a := range arts {
				got[i] = a.Outlet
			}
			assert.Equal(t, tt.want, got)
		})
	}
}
