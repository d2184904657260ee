package report

import (
	"fmt"
	"io"
	"net/url"
	"path/filepath"
	"strings"

	"github.com/crosscheck-news/crosscheck/compare"
)

// SARIF renders findings as a SARIF 2.1.0 log, which GitHub code scanning
// (github/codeql-action/upload-sarif) and other tools read: one run of the
// tool "crosscheck" with its version, one rule per measure and relation
// ("killed/conflict", "injured/consistent", "killed/conflict-unreferenced"
// when the other figures are new articles'), and one result per finding
// with its level (error, warning, note), message, physical location
// (file, line and column of the figure, columns counted in Unicode code
// points) and a related location for each other outlet's figure. Results
// are in the order of Text; a partial fingerprint (rule, file and figure
// text) lets code scanning follow a result across commits. Files are
// relative URI references, or file URIs for absolute paths. Options select
// the findings (see Select); the counts of findings suppressed and left out
// go in the invocation's properties, a capped output also in a
// notification.
type SARIF struct{ Options CheckOptions }

// SARIFSchema is the JSON schema the SARIF log names.
const SARIFSchema = "https://json.schemastore.org/sarif-2.1.0.json"

// The SARIF 2.1.0 objects crosscheck writes (OASIS SARIF 2.1.0, §3).
type (
	sarifLog struct {
		Schema  string     `json:"$schema"`
		Version string     `json:"version"`
		Runs    []sarifRun `json:"runs"`
	}
	sarifRun struct {
		Tool        sarifTool         `json:"tool"`
		Invocations []sarifInvocation `json:"invocations"`
		ColumnKind  string            `json:"columnKind"`
		Results     []sarifResult     `json:"results"`
	}
	sarifTool struct {
		Driver sarifDriver `json:"driver"`
	}
	sarifDriver struct {
		Name           string      `json:"name"`
		Version        string      `json:"version,omitempty"`
		InformationURI string      `json:"informationUri"`
		Rules          []sarifRule `json:"rules"`
	}
	sarifRule struct {
		ID                   string        `json:"id"`
		Name                 string        `json:"name"`
		ShortDescription     sarifMessage  `json:"shortDescription"`
		FullDescription      sarifMessage  `json:"fullDescription"`
		DefaultConfiguration sarifRuleConf `json:"defaultConfiguration"`
		Help                 sarifMessage  `json:"help"`
	}
	sarifRuleConf struct {
		Level string `json:"level"`
	}
	sarifInvocation struct {
		ExecutionSuccessful bool                `json:"executionSuccessful"`
		Notifications       []sarifNotification `json:"toolExecutionNotifications,omitempty"`
		Properties          map[string]int      `json:"properties,omitempty"`
	}
	sarifNotification struct {
		Level   string       `json:"level"`
		Message sarifMessage `json:"message"`
	}
	sarifResult struct {
		RuleID              string            `json:"ruleId"`
		RuleIndex           int               `json:"ruleIndex"`
		Level               string            `json:"level"`
		Message             sarifMessage      `json:"message"`
		Locations           []sarifLocation   `json:"locations"`
		RelatedLocations    []sarifLocation   `json:"relatedLocations,omitempty"`
		PartialFingerprints map[string]string `json:"partialFingerprints"`
	}
	sarifMessage struct {
		Text string `json:"text"`
	}
	sarifLocation struct {
		ID               *int          `json:"id,omitempty"`
		PhysicalLocation sarifPhysical `json:"physicalLocation"`
		Message          *sarifMessage `json:"message,omitempty"`
	}
	sarifPhysical struct {
		ArtifactLocation sarifArtifact `json:"artifactLocation"`
		Region           sarifRegion   `json:"region"`
	}
	sarifArtifact struct {
		URI string `json:"uri"`
	}
	sarifRegion struct {
		StartLine   int `json:"startLine"`
		StartColumn int `json:"startColumn,omitempty"`
		EndLine     int `json:"endLine,omitempty"`
		EndColumn   int `json:"endColumn,omitempty"`
	}
)

// WriteFindings renders fs as a SARIF log.
func (s SARIF) WriteFindings(w io.Writer, fs []compare.Finding) error {
	sel := Select(fs, s.Options)
	run := sarifRun{
		Tool: sarifTool{Driver: sarifDriver{
			Name:           "crosscheck",
			Version:        s.Options.ToolVersion,
			InformationURI: "https://github.com/crosscheck-news/crosscheck",
			Rules:          []sarifRule{},
		}},
		Invocations: []sarifInvocation{{ExecutionSuccessful: true}},
		ColumnKind:  "unicodeCodePoints",
		Results:     []sarifResult{},
	}
	inv := &run.Invocations[0]
	if sel.Suppressed > 0 || sel.Omitted > 0 {
		inv.Properties = map[string]int{"suppressed": sel.Suppressed, "omitted": sel.Omitted}
	}
	if sel.Omitted > 0 {
		inv.Notifications = []sarifNotification{{Level: "note", Message: sarifMessage{Text: sel.omittedLine(s.Options) + "."}}}
	}
	rules := map[string]int{}
	for _, f := range prepare(sel.Shown) {
		id := sarifRuleID(f)
		idx, ok := rules[id]
		if !ok {
			idx = len(run.Tool.Driver.Rules)
			rules[id] = idx
			run.Tool.Driver.Rules = append(run.Tool.Driver.Rules, newSARIFRule(id, f))
		}
		run.Results = append(run.Results, newSARIFResult(f, id, idx))
	}
	b, err := marshal(sarifLog{Schema: SARIFSchema, Version: "2.1.0", Runs: []sarifRun{run}})
	if err != nil {
		return fmt.Errorf("render sarif findings: %w", err)
	}
	return emit(w, "sarif findings", b)
}

// sarifRuleID names the rule of a finding: measure/relation, with
// "-unreferenced" when the other figures are new articles'.
func sarifRuleID(f finding) string {
	id := ruleToken(f.measure) + "/" + string(f.relation)
	if f.Unreferenced {
		id += "-unreferenced"
	}
	return id
}

// ruleToken makes a measure fit in a rule id: lower case, runs of
// anything but letters and digits as one "-".
func ruleToken(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if r < 0x80 && (r >= 'a' && r <= 'z' || r >= '0' && r <= '9') {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
			continue
		}
		dash = true
	}
	if b.Len() == 0 {
		return "figure"
	}
	return b.String()
}

// ruleTexts are the descriptions of the relations.
var ruleTexts = map[compare.Verdict][2]string{
	compare.Conflict:   {"conflicts with", "The interval this figure's wording allows shares no value with the figure another outlet gives for the same fact."},
	compare.Consistent: {"is consistent with, but worded differently from,", "The figure's interval overlaps the other outlets' figures for the same fact, but the wording differs."},
	compare.Agree:      {"agrees with", "The figure states the same interval as the other outlets' figures for the same fact: the same exact value, or the same bound in the same words."},
}

// newSARIFRule describes the rule of a finding.
func newSARIFRule(id string, f finding) sarifRule {
	t := ruleTexts[f.relation]
	whose := "the reference articles"
	if f.Unreferenced {
		whose = "another new article (no reference article states it)"
	}
	short := fmt.Sprintf("The figure (%s) %s %s.", f.measure, t[0], whose)
	return sarifRule{
		ID:                   id,
		Name:                 ruleName(id),
		ShortDescription:     sarifMessage{Text: short},
		FullDescription:      sarifMessage{Text: t[1] + " Other figures: " + whose + "."},
		DefaultConfiguration: sarifRuleConf{Level: sarifLevel(f.Severity)},
		Help:                 sarifMessage{Text: "Check the figure against the sources; silence a finding with <!-- crosscheck-ignore: " + f.measure + " --> on or above its line."},
	}
}

// ruleName writes a rule id in PascalCase ("KilledConflict").
func ruleName(id string) string {
	var b strings.Builder
	for _, w := range strings.FieldsFunc(id, func(r rune) bool { return r == '/' || r == '-' }) {
		b.WriteString(strings.ToUpper(w[:1]) + w[1:])
	}
	return b.String()
}

// sarifLevel maps a severity to a SARIF level.
func sarifLevel(v compare.Verdict) string {
	switch v {
	case compare.Conflict:
		return "error"
	case compare.Consistent:
		return "warning"
	}
	return "note"
}

// newSARIFResult renders one finding.
func newSARIFResult(f finding, id string, idx int) sarifResult {
	msg := f.message
	if !strings.HasSuffix(msg, ".") {
		msg += "."
	}
	r := sarifResult{
		RuleID:    id,
		RuleIndex: idx,
		Level:     sarifLevel(f.Severity),
		Message:   sarifMessage{Text: msg},
		Locations: []sarifLocation{{PhysicalLocation: physical(f.Member, f.line)}},
		PartialFingerprints: map[string]string{
			"crosscheckFigure/v1": fmt.Sprintf("%s:%s:%s", id, f.file, flat(f.Figure.Text)),
		},
	}
	for j, o := range f.Others {
		n := j + 1
		text := fmt.Sprintf("%s %s.", outletName(articleOutlet(o.Article)), flat(o.Figure.Text))
		r.RelatedLocations = append(r.RelatedLocations, sarifLocation{
			ID:               &n,
			PhysicalLocation: physical(o, memberLine(o)),
			Message:          &sarifMessage{Text: text},
		})
	}
	return r
}

// physical locates a member's figure: its file, line and, when the text
// keeps the file's columns, its columns.
func physical(m compare.Member, line int) sarifPhysical {
	a := m.Article
	p := sarifPhysical{
		ArtifactLocation: sarifArtifact{URI: fileURI(articleSource(a))},
		Region:           sarifRegion{StartLine: max(line, 1)},
	}
	if a == nil || a.SingleLine || m.Figure.End <= m.Figure.Start || m.Figure.End > len(a.Text) {
		return p
	}
	p.Region.StartColumn = column(a, m.Figure.Start)
	p.Region.EndLine = p.Region.StartLine + strings.Count(a.Text[m.Figure.Start:m.Figure.End], "\n")
	p.Region.EndColumn = column(a, m.Figure.End)
	return p
}

// fileURI writes a file name as a URI reference: a relative path with
// slashes, each segment percent-encoded, or a file URI for an absolute
// path.
func fileURI(name string) string {
	if name == "" || name == "-" {
		return "stdin"
	}
	slash := filepath.ToSlash(name)
	segs := strings.Split(slash, "/")
	for i, s := range segs {
		segs[i] = url.PathEscape(s)
	}
	escaped := strings.Join(segs, "/")
	switch {
	case filepath.IsAbs(name) && strings.HasPrefix(slash, "/"):
		return "file://" + escaped
	case filepath.IsAbs(name):
		return "file:///" + escaped
	case strings.Contains(segs[0], ":"):
		// "a:b.md" would read as a scheme.
		return "./" + escaped
	}
	return escaped
}
