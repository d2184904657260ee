package read

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseJSONL(t *testing.T) {
	in := `{"id":"r1","outlet":"Reuters","title":" Port  strike ","published":"2024-02-01","url":"https://example.org/p","text":"Dockers walked out.\nShips waited.","extra":1}` + "\n" +
		"\n" +
		`{"id":7,"text":"Numeric id."}` + "\n" +
		`{"text":"No id, third record."}` + "\n" +
		`not json` + "\n" +
		`{"id":"x","text":"unterminated` + "\n" +
		`{"id":"y"}` + "\n" +
		`{"id":"z","text":"   "}` + "\n" +
		`{"id":["a"],"text":"t"}` + "\n" +
		`{"id":"w","text":"t"} {"id":"v"}` + "\n" +
		`{"id":"u","title":5,"text":"t"}` + "\n" +
		"\t" + `{"id":"last","text":"By Ann Lee, Reuters\n\nShips waited."}` + "\r\n"
	arts, errs := Parse("feed.jsonl", []byte(in), LoadOptions{})
	require.Len(t, arts, 4, errsText(errs))
	a := arts[0]
	assert.Equal(t, "r1", a.ID)
	assert.Equal(t, "Reuters", a.Outlet)
	assert.Equal(t, "Port strike", a.Title)
	assert.Equal(t, "2024-02-01", a.Published)
	assert.Equal(t, "https://example.org/p", a.URL)
	assert.Equal(t, "Dockers walked out.\nShips waited.", a.Text)
	assert.Equal(t, 1, a.Line)
	assert.True(t, a.SingleLine)
	assert.Equal(t, 1, a.LineAt(len(a.Text)))
	assert.Equal(t, "7", arts[1].ID)
	assert.Equal(t, 3, arts[1].Line)
	assert.Equal(t, "feed.jsonl#3", arts[2].ID)
	assert.Equal(t, "last", arts[3].ID)
	assert.Equal(t, 12, arts[3].Line)
	assert.Equal(t, "Reuters", arts[3].Outlet, "detected from the byline in the text")

	var lines []int
	for _, e := range errs {
		assert.False(t, e.Warning)
		assert.Equal(t, "feed.jsonl", e.Path)
		lines = append(lines, e.Line)
	}
	assert.Equal(t, []int{5, 6, 7, 8, 9, 10, 11}, lines, errsText(errs))
}

func TestParseJSONLPrettyJSON(t *testing.T) {
	arts, errs := Parse("doc.json", []byte("{\n  \"text\": \"x\"\n}\n{\"id\": \"b\", \"text\": \"y\"}\n[\n"), LoadOptions{})
	require.Len(t, errs, 2)
	assert.Contains(t, errs[0].Error(), "doc.json:1: JSON object over lines 1-3 read")
	assert.True(t, errs[0].Warning)
	assert.Contains(t, errs[1].Error(), "doc.json:5: not JSON Lines")
	require.Len(t, arts, 2, "the records after a pretty-printed one are read")
	assert.Equal(t, "x", arts[0].Text)
	assert.Equal(t, "b", arts[1].ID)
}
