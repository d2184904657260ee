package read

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/crosscheck-news/crosscheck/claims/core"
	"github.com/crosscheck-news/crosscheck/internal/parallel"
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

// looksLikeJSONL reports whether content opens, after white space, with
// '{'.
func looksLikeJSONL(content string) bool {
	return strings.HasPrefix(strings.TrimLeft(content, " \t\n"), "{")
}

// readJSONL reads a JSON Lines input. A record pretty-printed over
// several lines (a line that is just "{" or opens an object it does not
// close) is still read, with a Warning naming its lines, and the lines
// after it are read as usual; a line "[" (a JSON array) is an error.
func readJSONL(in input) ([]*core.Article, []*core.InputError) {
	src, id, content := in.src, in.id, in.content
	var arts []*core.Article
	var errs []*core.InputError
	n := 0
	lines := splitLines(content)
	pre := lineDecoder{content: content, lines: lines}
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		line := strings.TrimSpace(content[l.start:l.end])
		if line == "" {
			continue
		}
		n++
		bad := func(err error) {
			errs = append(errs, &core.InputError{Path: src, Line: i + 1, Err: err})
		}
		if line == "[" {
			bad(errors.New("not JSON Lines: want one complete JSON object a line, not an array"))
			return arts, errs
		}
		if line[0] != '{' {
			bad(errors.New("not a JSON object"))
			continue
		}
		r := pre.at(i)
		rec, err := r.rec, r.err
		if err != nil && errors.Is(err, io.ErrUnexpectedEOF) {
			// An object over several lines: decode it from here.
			last, derr := decodeMultiline(content, lines, i, &rec)
			if derr != nil {
				bad(fmt.Errorf("invalid JSON record: %w", derr))
				continue
			}
			errs = append(errs, &core.InputError{Path: src, Line: i + 1, Warning: true,
				Err: fmt.Errorf("JSON object over lines %d-%d read; JSON Lines wants one object a line", i+1, last+1)})
			a, aerr := jsonArticle(rec, id, n, i+1)
			if aerr != nil {
				bad(aerr)
			} else {
				arts = append(arts, a)
			}
			i = last
			continue
		}
		if err != nil {
			bad(fmt.Errorf("invalid JSON record: %w", err))
			continue
		}
		if r.trailing {
			bad(errors.New("invalid JSON record: text after the object"))
			continue
		}
		a, err := jsonArticle(rec, id, n, i+1)
		if err != nil {
			bad(err)
			continue
		}
		arts = append(arts, a)
	}
	return arts, errs
}

// lineRecord is one line of a JSON Lines input decoded on its own: the
// record, the decoder's error, and whether text follows the object.
type lineRecord struct {
	rec      jsonRecord
	err      error
	trailing bool
}

// decodeBatch is how many lines lineDecoder decodes at once: enough to
// share out, few enough that the records held at once stay small.
const decodeBatch = 1024

// lineDecoder decodes the lines of a JSON Lines input that open an
// object, a batch of lines at a time on every core, for readJSONL to read
// in order.
type lineDecoder struct {
	content string
	lines   []lineSpan
	base    int          // the line of recs[0]
	recs    []lineRecord // lines base, base+1, …
}

// at returns line i decoded; i must be a line that opens an object.
func (d *lineDecoder) at(i int) lineRecord {
	if i < d.base || i >= d.base+len(d.recs) {
		d.fill(i)
	}
	return d.recs[i-d.base]
}

// fill decodes the batch of lines that starts at line i.
func (d *lineDecoder) fill(i int) {
	n := min(decodeBatch, len(d.lines)-i)
	d.base = i
	if cap(d.recs) < n {
		d.recs = make([]lineRecord, n)
	}
	d.recs = d.recs[:n]
	clear(d.recs)
	parallel.ShareOut(n, 64, func(w, workers int) {
		for k := w; k < n; k += workers {
			l := d.lines[i+k]
			line := strings.TrimSpace(d.content[l.start:l.end])
			if line == "" || line[0] != '{' {
				continue
			}
			r := &d.recs[k]
			dec := json.NewDecoder(strings.NewReader(line))
			if r.err = dec.Decode(&r.rec); r.err == nil {
				r.trailing = dec.More() || dec.InputOffset() != int64(len(line))
			}
		}
	})
}

// decodeMultiline decodes into rec the JSON object that starts on line i
// of content and returns the index of the line it ends on.
func decodeMultiline(content string, lines []lineSpan, i int, rec *jsonRecord) (int, error) {
	start := lines[i].start
	dec := json.NewDecoder(strings.NewReader(content[start:]))
	if err := dec.Decode(rec); err != nil {
		return i, err
	}
	end := start + int(dec.InputOffset())
	last := i
	for last+1 < len(lines) && lines[last+1].start < end {
		last++
	}
	if rest := strings.TrimSpace(content[end:lines[last].end]); rest != "" {
		return i, errors.New("text after the object")
	}
	return last, nil
}

// jsonArticle makes the n-th record of a JSON Lines input, on line, an
// article.
func jsonArticle(rec jsonRecord, id string, n, line int) (*core.Article, error) {
	a := &core.Article{
		ID:         id + "#" + strconv.Itoa(n),
		Outlet:     deref(rec.Outlet),
		Title:      cleanTitle(deref(rec.Title)),
		Published:  strings.TrimSpace(deref(rec.Published)),
		URL:        strings.TrimSpace(deref(rec.URL)),
		Line:       line,
		TitleLine:  line,
		SingleLine: true,
	}
	if len(rec.ID) > 0 && !bytes.Equal(rec.ID, []byte("null")) {
		var s string
		switch {
		case json.Unmarshal(rec.ID, &s) == nil:
			s = strings.TrimSpace(s)
			if s == "" {
				return nil, errors.New("field \"id\" is empty")
			}
			a.ID = s
		case isJSONNumber(rec.ID):
			a.ID = string(rec.ID)
		default:
			return nil, errors.New("field \"id\" must be a string or a number")
		}
	}
	if rec.Text == nil {
		return nil, errors.New("record has no \"text\"")
	}
	a.Text = blankEscapes(strings.TrimSpace(*rec.Text))
	if a.Text == "" {
		return nil, errors.New("record has an empty \"text\"")
	}
	return a, nil
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
