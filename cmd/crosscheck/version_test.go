package main

import (
	"runtime/debug"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestVersion(t *testing.T) {
	tests := []struct {
		name string
		info *debug.BuildInfo
		want string
		tool string
	}{
		{"no build info", nil, "crosscheck (devel)\n", "0.0.0-devel"},
		{"tagged", &debug.BuildInfo{GoVersion: "go1.26.0", Main: debug.Module{Version: "v1.2.0"}}, "crosscheck v1.2.0 go1.26.0\n", "1.2.0"},
		{"checkout", &debug.BuildInfo{GoVersion: "go1.26.0", Main: debug.Module{Version: "(devel)"}, Settings: []debug.BuildSetting{
			{Key: "vcs.revision", Value: "0123456789abcdef0123"}, {Key: "vcs.time", Value: "2026-01-02T03:04:05Z"}, {Key: "vcs.modified", Value: "true"},
		}}, "crosscheck (devel) (rev 0123456789ab, 2026-01-02T03:04:05Z, modified) go1.26.0\n", "0.0.0-devel+0123456789ab"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			old := readBuildInfo
			t.Cleanup(func() { readBuildInfo = old })
			readBuildInfo = func() (*debug.BuildInfo, bool) { return tt.info, tt.info != nil }
			for _, args := range [][]string{{"--version"}, {"version"}, {"-version"}} {
				code, out, errOut := runCmd(t, "", args...)
				assert.Equal(t, exitOK, code, errOut)
				assert.Equal(t, tt.want, out)
			}
			assert.Equal(t, tt.tool, currentBuild().toolVersion())
		})
	}
	code, _, errOut := runCmd(t, "", "version", "extra")
	assert.Equal(t, exitError, code)
	assert.Contains(t, errOut, "no argument")
}
