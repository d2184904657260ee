package report

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestAppendIndentedMatchesIndent(t *testing.T) {
	tests := []struct{ name, src string }{
		{"scalars", `1`},
		{"empty", `{"a":[],"b":{},"c":[{}]}`},
		{"nested", `{"a":[1,2,{"b":null,"c":true}],"d":"x"}`},
		{"escapes", `{"q":"a \"quoted\" word, a [bracket] and {brace}: \\ done","u":"\u00e9"}`},
		{"trailing newline", "{\"a\":1}\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var want bytes.Buffer
			require.NoError(t, json.Indent(&want, []byte(tt.src), "", "  "))
			assert.Equal(t, want.String(), string(appendIndented(nil, []byte(tt.src))))
		})
	}
}

// FuzzAppendIndented checks the indenter against json.Indent on any value
// the encoder writes.
func FuzzAppendIndented(f *testing.F) {
	f.Add(`{"a":[1,"x\"y",{}],"b":{"c":[]}}`)
	f.Add(`"a\\"`)
	f.Fuzz(func(t *testing.T, doc string) {
		var v any
		if json.Unmarshal([]byte(doc), &v) != nil {
			return
		}
		var compact bytes.Buffer
		enc := json.NewEncoder(&compact)
		enc.SetEscapeHTML(false)
		require.NoError(t, enc.Encode(v))
		var want bytes.Buffer
		require.NoError(t, json.Indent(&want, compact.Bytes(), "", "  "))
		assert.Equal(t, want.String(), string(appendIndented(nil, compact.Bytes())))
	})
}
