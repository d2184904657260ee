package read

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// FuzzLoadWalk builds a directory from the input ("path\x00content\x00"
// pairs, "/" making folders) and walks it: no panic, no hang, every article
// and problem names a path under the directory.
func FuzzLoadWalk(f *testing.F) {
	f.Add("a.md\x00Title\n\n12 people died.\x00sub/b.txt\x00Other\n\n13 people died.\x00")
	f.Add("x\n::error::y.xyz\x00junk\x00.hidden/c.md\x00T\n\n1 died\x00")
	f.Add("feed.jsonl\x00{\n\"text\": \"4 died\"\n}\n{\"id\":\"##[x]\",\"text\":\"5 died\"}\x00")
	f.Add("p.html\x00<!doctype html><html><body>" + strings.Repeat("<div>", 600) + "<p>7 died</p></body></html>\x00")
	f.Fuzz(func(t *testing.T, spec string) {
		dir := t.TempDir()
		parts := strings.Split(spec, "\x00")
		for i := 0; i+1 < len(parts) && i < 40; i += 2 {
			rel := filepath.Clean("/" + parts[i])[1:]
			if rel == "" || len(rel) > 200 {
				continue
			}
			p := filepath.Join(dir, rel)
			if os.MkdirAll(filepath.Dir(p), 0o755) != nil {
				continue
			}
			_ = os.WriteFile(p, []byte(parts[i+1]), 0o644)
		}
		arts, errs := Load([]string{dir}, LoadOptions{Limits: Limits{MaxBytes: 1 << 16}})
		for _, a := range arts {
			assert.True(t, strings.HasPrefix(a.Source, dir), a.Source)
			assert.NotEmpty(t, a.ID)
		}
		for _, e := range errs {
			assert.True(t, strings.HasPrefix(e.Path, dir), e.Path)
			assert.Error(t, e.Err)
		}
		kept, dups := DropDuplicates(arts)
		assert.Equal(t, len(arts), len(kept)+len(dups))
	})
}

// FuzzOutletsFile loads an outlets file (--outlets) and detects outlets
// with it: no panic, and a bad line is an error, never a crash.
func FuzzOutletsFile(f *testing.F) {
	f.Add("Reuters|Thomson Reuters\nThe Daily Planet|Planet\n", "By Lois Lane, The Daily Planet\n\n12 died.")
	f.Add("|||\n\x00\n##[stop-commands]|x\n", "##[stop-commands] 4 died")
	f.Add("# comment\nA\n"+strings.Repeat("B|", 300), "A B says 3 died")
	f.Fuzz(func(t *testing.T, file, text string) {
		p := filepath.Join(t.TempDir(), "outlets.txt")
		require.NoError(t, os.WriteFile(p, []byte(file), 0o644))
		reg := DefaultRegistry()
		if err := reg.LoadFile(p); err != nil {
			return
		}
		arts, _ := Parse("a.txt", []byte("Title\n\n"+text), LoadOptions{Registry: reg})
		for _, a := range arts {
			assert.Equal(t, strings.TrimSpace(a.Outlet), a.Outlet)
		}
	})
}
