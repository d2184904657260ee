package sanitize

import (
	"encoding/json"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestJSON(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string
	}{
		{"nothing to do", `{"id":"a#[b]"}`, `{"id":"a#[b]"}`},
		{"legacy command", `{"id":"##[stop-commands]tok"}`, `{"id":"#\u0023[stop-commands]tok"}`},
		{"three hashes", `{"id":"###[x"}`, `{"id":"##\u0023[x"}`},
		{"twice on a line", `["##[a","b##[c"]`, `["#\u0023[a","b#\u0023[c"]`},
		{"escaped quote before", `{"s":"\"##[error]x"}`, `{"s":"\"#\u0023[error]x"}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := JSON([]byte(tt.in))
			assert.Equal(t, tt.want, string(got))
			assert.NotContains(t, string(got), "##[")
			var before, after any
			require.NoError(t, json.Unmarshal([]byte(tt.in), &before))
			require.NoError(t, json.Unmarshal(got, &after))
			assert.Equal(t, before, after, "the same JSON value")
		})
	}
}

// FuzzJSON: any JSON value encoded and passed through JSON decodes to the
// same value and holds no "##[".
func FuzzJSON(f *testing.F) {
	f.Add("##[stop-commands]tok")
	f.Add("#####[[")
	f.Add("\x00##\u2028[")
	f.Fuzz(func(t *testing.T, s string) {
		data, err := json.Marshal(map[string]string{s: s})
		require.NoError(t, err)
		got := JSON(data)
		assert.NotContains(t, string(got), "##[")
		var back map[string]string
		require.NoError(t, json.Unmarshal(got, &back))
		var want map[string]string
		require.NoError(t, json.Unmarshal(data, &want))
		assert.Equal(t, want, back)
	})
}

func TestHTML(t *testing.T) {
	in := `<p title="##[error]x">##[stop-commands]tok &amp; a#[b]</p>`
	got := string(HTML([]byte(in)))
	assert.Equal(t, `<p title="#&#35;[error]x">#&#35;[stop-commands]tok &amp; a#[b]</p>`, got)
	assert.Equal(t, "plain\n\ttext", string(HTML([]byte("plain\n\ttext"))))
	assert.Equal(t, "<b>Evil␛[41m News\uFFFD[0m</b>", string(HTML([]byte("<b>Evil\x1b[41m News\u009b[0m</b>"))))
	assert.Equal(t, "é ␡ ␀", string(HTML([]byte("é \x7f \x00"))))
}

// FuzzHTML: no "##[" and no control character but tab, line feed and
// carriage return is left; valid UTF-8 stays valid.
func FuzzHTML(f *testing.F) {
	f.Add("<p>##[stop-commands]\x1b[41m\u009b</p>")
	f.Add("###[[\x00\x7f")
	f.Fuzz(func(t *testing.T, s string) {
		got := HTML([]byte(s))
		assert.NotContains(t, string(got), "##[")
		assert.False(t, hasControl(got), "%q", got)
		if utf8.ValidString(s) {
			assert.True(t, utf8.Valid(got), "%q", got)
		}
	})
}
