package main

import (
	_ "embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/crosscheck-news/crosscheck/claims"
)

// configNames are the file names of a check configuration, looked up in
// the working directory and then in each directory above it.
var configNames = []string{".crosscheck.yaml", ".crosscheck.yml"}

// configSchema is the JSON Schema of the configuration file, printed by
// `crosscheck schema config`.
//
//go:embed config.schema.json
var configSchema []byte

// config is a check configuration file:
//
//	against: [reference/]      # reference paths (a string or a list)
//	fail-on: conflict          # conflict, consistent or never
//	format: github             # text, github, json or sarif
//	outlets: outlets.txt       # extra outlet names
//	min-severity: warning      # notice, warning or error
//	max-findings: 20           # 0: no cap
//
// Relative paths are relative to the file's directory. Flags win over the
// file.
type config struct {
	// Path is the file read.
	Path        string
	Against     []string
	FailOn      string
	Format      string
	Outlets     string
	MinSeverity string
	MaxFindings *int
}

// findConfig returns the configuration file of dir or of the nearest
// directory above it, or "" when there is none.
func findConfig(dir string) (string, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return "", fmt.Errorf("find config: %w", err)
	}
	for d := abs; ; d = filepath.Dir(d) {
		for _, name := range configNames {
			p := filepath.Join(d, name)
			if st, err := os.Stat(p); err == nil && !st.IsDir() {
				return p, nil
			} else if err != nil && !errors.Is(err, fs.ErrNotExist) {
				return "", fmt.Errorf("find config: %w", err)
			}
		}
		if filepath.Dir(d) == d {
			return "", nil
		}
	}
}

// loadConfig reads a configuration file. Unknown keys and values of the
// wrong type are errors naming the file, line and key.
func loadConfig(path string) (config, error) {
	data, err := claims.ReadRegular(path, claims.MaxSideFileBytes)
	if err != nil {
		return config{Path: path}, fmt.Errorf("config %s: %w", path, err)
	}
	c, err := parseConfig(path, data)
	if err != nil {
		return c, err
	}
	c.resolve(filepath.Dir(path))
	return c, nil
}

// parseConfig decodes the configuration file path holding data; paths
// are left as written.
func parseConfig(path string, data []byte) (config, error) {
	c := config{Path: path}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return c, fmt.Errorf("config %s: %w", path, err)
	}
	if doc.Kind == 0 || len(doc.Content) == 0 {
		return c, nil // an empty file
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		return c, fmt.Errorf("%s:%d: config: want a mapping of keys (%s)", path, root.Line, strings.Join(configKeys, ", "))
	}
	for i := 0; i+1 < len(root.Content); i += 2 {
		if err := c.set(root.Content[i], root.Content[i+1]); err != nil {
			return c, fmt.Errorf("%s:%d: config: %w", path, root.Content[i].Line, err)
		}
	}
	return c, nil
}

// configKeys are the keys a configuration file may hold.
var configKeys = []string{"against", "fail-on", "format", "max-findings", "min-severity", "outlets"}

// set reads one key of the file.
func (c *config) set(k, v *yaml.Node) error {
	if v.Kind == yaml.AliasNode && v.Alias != nil {
		v = v.Alias
	}
	var err error
	switch k.Value {
	case "against":
		c.Against, err = stringList(k.Value, v)
	case "fail-on":
		c.FailOn, err = scalar(k.Value, v)
	case "format":
		c.Format, err = scalar(k.Value, v)
	case "outlets":
		c.Outlets, err = scalar(k.Value, v)
	case "min-severity":
		c.MinSeverity, err = scalar(k.Value, v)
	case "max-findings":
		var s string
		if s, err = scalar(k.Value, v); err == nil {
			n, convErr := strconv.Atoi(s)
			if convErr != nil || n < 0 {
				return fmt.Errorf("key %q: want a whole number of 0 or more, got %q", k.Value, s)
			}
			c.MaxFindings = &n
		}
	default:
		return fmt.Errorf("unknown key %q (known: %s)", k.Value, strings.Join(configKeys, ", "))
	}
	return err
}

// scalar returns a plain value.
func scalar(key string, v *yaml.Node) (string, error) {
	if v.Kind != yaml.ScalarNode {
		return "", fmt.Errorf("key %q: want a single value", key)
	}
	return strings.TrimSpace(v.Value), nil
}

// stringList returns a value or a list of values.
func stringList(key string, v *yaml.Node) ([]string, error) {
	if v.Kind == yaml.ScalarNode {
		s, err := scalar(key, v)
		return []string{s}, err
	}
	if v.Kind != yaml.SequenceNode {
		return nil, fmt.Errorf("key %q: want a path or a list of paths", key)
	}
	var out []string
	for _, e := range v.Content {
		s, err := scalar(key, e)
		if err != nil {
			return nil, fmt.Errorf("line %d: %w", e.Line, err)
		}
		out = append(out, s)
	}
	return out, nil
}

// resolve makes the file's relative paths relative to its directory dir,
// written relative to the working directory when that can be done.
func (c *config) resolve(dir string) {
	if wd, err := os.Getwd(); err == nil {
		if rel, err := filepath.Rel(wd, dir); err == nil {
			dir = rel
		}
	}
	fix := func(p string) string {
		if p == "" || p == "-" || filepath.IsAbs(p) {
			return p
		}
		return filepath.Join(dir, p)
	}
	for i, p := range c.Against {
		c.Against[i] = fix(p)
	}
	c.Outlets = fix(c.Outlets)
}
