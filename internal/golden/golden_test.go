package golden

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// fakeTB records failures instead of failing the real test.
type fakeTB struct {
	testing.TB
	errors []string
	logs   []string
}

func (f *fakeTB) Helper() {}

func (f *fakeTB) Errorf(format string, args ...any) {
	f.errors = append(f.errors, fmt.Sprintf(format, args...))
}

func (f *fakeTB) Logf(format string, args ...any) {
	f.logs = append(f.logs, fmt.Sprintf(format, args...))
}

func TestAssertGolden(t *testing.T) {
	tests := []struct {
		name    string
		content *string // golden file contents; nil: no file
		got     string
		rewrite bool
		wantErr string // substring of the failure; "" for a pass
		want    string // file contents afterwards
	}{
		{name: "equal", content: ptr("a\nb\n"), got: "a\nb\n", want: "a\nb\n"},
		{name: "differs", content: ptr("a\nb\n"), got: "a\nc\n", wantErr: "rerun with -update", want: "a\nb\n"},
		{name: "trailing newline matters", content: ptr("a\n"), got: "a", wantErr: "differs from", want: "a\n"},
		{name: "missing file", got: "x", wantErr: "does not exist"},
		{name: "update rewrites", content: ptr("old\n"), got: "new\n", rewrite: true, want: "new\n"},
		{name: "update creates", got: "new\n", rewrite: true, want: "new\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "sub", "x.golden")
			if tt.content != nil {
				require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
				require.NoError(t, os.WriteFile(path, []byte(*tt.content), 0o644))
			}
			f := &fakeTB{TB: t}
			assertGolden(f, path, []byte(tt.got), tt.rewrite)
			if tt.wantErr == "" {
				assert.Empty(t, f.errors)
			} else {
				require.Len(t, f.errors, 1)
				assert.Contains(t, f.errors[0], tt.wantErr)
			}
			if tt.content == nil && !tt.rewrite {
				assert.NoFileExists(t, path)
				return
			}
			b, err := os.ReadFile(path)
			require.NoError(t, err)
			assert.Equal(t, tt.want, string(b))
		})
	}
}

func TestAssertUsesFlag(t *testing.T) {
	if *update {
		t.Skip("-update given")
	}
	path := filepath.Join(t.TempDir(), "x.golden")
	require.NoError(t, os.WriteFile(path, []byte("same"), 0o644))
	f := &fakeTB{TB: t}
	Assert(f, path, []byte("same"))
	assert.Empty(t, f.errors)
	Assert(f, path, []byte("other"))
	assert.Len(t, f.errors, 1)
}

func ptr(s string) *string { return &s }
