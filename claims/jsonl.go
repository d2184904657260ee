package claims

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// A JSON Lines input holds one article a line:
//
//	{"id":"a1","outlet":"Reuters","title":"…","published":"2024-03-23","url":"…","text":"…"}
//
// Unknown fields are ignored; blank lines are skipped. "id" may be a string
// or a number; without it the article's id is "f#n" for the n-th record of
// file f. "text" is required. A line that is not such a record is an
// InputError with its line number and the other lines are still read. Every
// offset of an article's Text maps to its line (Article.SingleLine).

// jsonRecord is one JSON Lines record.
type jsonRecord struct {
	ID        json.RawMessage `json:"id"`
	Outlet    *string         `json:"outlet"`
	Title     *string         `json:"title"`
	Published *string         `json:"published"`
	URL       *string         `json:"url"`
	Text      *string         `json:"text"`
}

// parseJSONL reads a JSON Lines input.
func parseJSONL(src, id, content string) ([]*Article, []*InputError) {
	var arts []*Article
	var errs []*InputError
	n := 0
	for i, l := range splitLines(content) {
		line := strings.TrimSpace(content[l.start:l.end])
		if line == "" {
			continue
		}
		n++
		bad := func(err error) {
			errs = append(errs, &InputError{Path: src, Line: i + 1, Err: err})
		}
		if line == "{" || line == "[" {
			bad(errors.New("not JSON Lines: want one complete JSON object a line"))
			// A pretty-printed document would give an error a line.
			return arts, errs
		}
		if line[0] != '{' {
			bad(errors.New("not a JSON object"))
			continue
		}
		var rec jsonRecord
		dec := json.NewDecoder(strings.NewReader(line))
		if err := dec.Decode(&rec); err != nil {
			bad(fmt.Errorf("invalid JSON record: %w", err))
			continue
		}
		if dec.More() || dec.InputOffset() != int64(len(line)) {
			bad(errors.New("invalid JSON record: text after the object"))
			continue
		}
		a := &Article{
			ID:         id + "#" + strconv.Itoa(n),
			Outlet:     deref(rec.Outlet),
			Title:      cleanTitle(deref(rec.Title)),
			Published:  strings.TrimSpace(deref(rec.Published)),
			URL:        strings.TrimSpace(deref(rec.URL)),
			Line:       i + 1,
			TitleLine:  i + 1,
			SingleLine: true,
		}
		if len(rec.ID) > 0 && !bytes.Equal(rec.ID, []byte("null")) {
			var s string
			switch {
			case json.Unmarshal(rec.ID, &s) == nil:
				s = strings.TrimSpace(s)
				if s == "" {
					bad(errors.New("field \"id\" is empty"))
					continue
				}
				a.ID = s
			case isJSONNumber(rec.ID):
				a.ID = string(rec.ID)
			default:
				bad(errors.New("field \"id\" must be a string or a number"))
				continue
			}
		}
		if rec.Text == nil {
			bad(errors.New("record has no \"text\""))
			continue
		}
		a.Text = strings.TrimSpace(*rec.Text)
		if a.Text == "" {
			bad(errors.New("record has an empty \"text\""))
			continue
		}
		arts = append(arts, a)
	}
	return arts, errs
}

func deref(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

func isJSONNumber(b []byte) bool {
	var f json.Number
	return json.Unmarshal(b, &f) == nil
}
