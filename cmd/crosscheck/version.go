package main

import (
	"fmt"
	"io"
	"runtime/debug"
	"strings"
)

// buildInfo is what the binary knows of its own build.
type buildInfo struct {
	// Version is the module version ("v1.2.0"), a pseudo-version stamped
	// from the checkout, or "(devel)".
	Version string
	// Revision is the VCS commit the binary was built from, "" when unknown;
	// Modified is true when the work tree had uncommitted changes.
	Revision string
	Modified bool
	// Time is the commit time (RFC 3339), "" when unknown.
	Time      string
	GoVersion string
}

// readBuildInfo is debug.ReadBuildInfo, replaceable in tests.
var readBuildInfo = debug.ReadBuildInfo

// currentBuild reads the module version and VCS stamp of the binary.
func currentBuild() buildInfo {
	b := buildInfo{Version: "(devel)"}
	info, ok := readBuildInfo()
	if !ok || info == nil {
		return b
	}
	if v := info.Main.Version; v != "" {
		b.Version = v
	}
	b.GoVersion = info.GoVersion
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			b.Revision = s.Value
		case "vcs.time":
			b.Time = s.Value
		case "vcs.modified":
			b.Modified = s.Value == "true"
		}
	}
	return b
}

// String writes "crosscheck v1.2.0 (rev 1a2b3c4d5e6f, 2026-01-02T03:04:05Z, modified) go1.26".
func (b buildInfo) String() string {
	var details []string
	if b.Revision != "" {
		details = append(details, "rev "+b.Revision[:min(12, len(b.Revision))])
	}
	if b.Time != "" {
		details = append(details, b.Time)
	}
	if b.Modified {
		details = append(details, "modified")
	}
	s := "crosscheck " + b.Version
	if len(details) > 0 {
		s += " (" + strings.Join(details, ", ") + ")"
	}
	if b.GoVersion != "" {
		s += " " + b.GoVersion
	}
	return s
}

// toolVersion is the version a report names its tool by, starting with a
// digit as SARIF asks: the module version without its "v", or for a
// development build "0.0.0-devel" with the revision ("0.0.0-devel+1a2b3c4d5e6f").
func (b buildInfo) toolVersion() string {
	if b.Version != "(devel)" && b.Version != "" {
		return strings.TrimPrefix(b.Version, "v")
	}
	if b.Revision == "" {
		return "0.0.0-devel"
	}
	return "0.0.0-devel+" + b.Revision[:min(12, len(b.Revision))]
}

func runVersion(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("version", "version", stderr)
	rest, err := parse(fs, args)
	if err == nil && len(rest) > 0 {
		err = fmt.Errorf("version takes no argument, got %q", rest[0])
	}
	if err != nil {
		return usageError(fs, err, stderr)
	}
	fmt.Fprintln(stdout, currentBuild())
	return exitOK
}
