// Package golden compares test output with golden files kept under a
// package's testdata directory, in the manner of go/printer's tests.
//
// Run the tests with -update to (re)write the golden files from the current
// output, then review the change with git diff:
//
//	go test ./report -update
package golden

import (
	"errors"
	"flag"
	"io/fs"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
)

// update is the -update test flag. It is registered once, by this package,
// in every test binary that imports it.
var update = flag.Bool("update", false, "rewrite golden files with the current output")

// Assert compares got with the contents of the golden file at path and
// fails t with a diff when they differ. With -update it writes got to path
// instead (creating the directory) and passes. A missing golden file fails
// the test with a hint to run with -update.
func Assert(t testing.TB, path string, got []byte) {
	t.Helper()
	assertGolden(t, path, got, *update)
}

func assertGolden(t testing.TB, path string, got []byte, rewrite bool) {
	t.Helper()
	if rewrite {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Errorf("golden: create directory for %s: %v", path, err)
			return
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Errorf("golden: write %s: %v", path, err)
			return
		}
		t.Logf("golden: wrote %s", path)
		return
	}
	want, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		t.Errorf("golden: %s does not exist; run the test with -update to create it", path)
		return
	}
	if err != nil {
		t.Errorf("golden: read %s: %v", path, err)
		return
	}
	assert.Equal(t, string(want), string(got),
		"golden: output differs from %s; rerun with -update to accept it", path)
}
