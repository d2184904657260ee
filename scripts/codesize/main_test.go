package main

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCyclomatic(t *testing.T) {
	cases := []struct {
		name string
		body string
		want int
	}{
		{"straight", "x := 1; _ = x", 1},
		{"if and else", "if a { return } else { return }", 2},
		{"loops", "for i := 0; i < 3; i++ {}; for range b {}", 3},
		{"switch cases, not default", "switch a { case true: ; case false: ; default: }", 3},
		{"boolean operators", "if a && b || c {}", 4},
		{"select", "select { case <-ch: ; default: }", 2},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			src := "package p\nfunc f(a, c bool, b []int, ch chan int) {\n\tvar b2 bool; _ = b2\n" + tc.body + "\n}\n"
			f, err := parser.ParseFile(token.NewFileSet(), "p.go", src, 0)
			require.NoError(t, err)
			assert.Equal(t, tc.want, cyclomatic(f.Decls[0].(*ast.FuncDecl)))
		})
	}
}

func TestRunFindsBreaches(t *testing.T) {
	dir := t.TempDir()
	long := "package p\n\n// f is long.\nfunc f() {\n"
	for i := 0; i < 5; i++ {
		long += "\t_ = 1\n"
	}
	long += "}\n"
	require.NoError(t, os.WriteFile(filepath.Join(dir, "p.go"), []byte(long), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "p_test.go"), []byte(long), 0o644))

	breaches, files, funcs, err := scan(dir, limits{file: 100, fn: 5, cyclo: 30, allow: map[string]bool{}})
	require.NoError(t, err)
	assert.Equal(t, 1, files, "test files are not counted")
	assert.Equal(t, 1, funcs)
	require.Len(t, breaches, 1)
	assert.Contains(t, breaches[0], "p.go:4: f: 7 lines (over 5)")

	breaches, _, _, err = scan(dir, limits{file: 100, fn: 5, cyclo: 30, allow: map[string]bool{"f": true}})
	require.NoError(t, err)
	assert.Empty(t, breaches, "an allowed function is exempt")

	breaches, _, _, err = scan(dir, limits{file: 5, fn: 80, cyclo: 30, allow: map[string]bool{}})
	require.NoError(t, err)
	assert.Equal(t, []string{filepath.Join(dir, "p.go") + ": 10 lines (over 5)"}, breaches)
}
