package read

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestParseJSONLBatches reads inputs longer than one batch of the line
// decoder, with a record pretty-printed across a batch's end: every
// record keeps its place, line and id.
func TestParseJSONLBatches(t *testing.T) {
	tests := []struct {
		name   string
		pretty int // the line the pretty-printed record opens on, -1 for none
		lines  int
	}{
		{"one batch", -1, decodeBatch / 2},
		{"three batches", -1, 2*decodeBatch + 7},
		{"pretty record across a batch's end", decodeBatch - 2, 2 * decodeBatch},
		{"pretty record at a batch's start", decodeBatch, 2 * decodeBatch},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b strings.Builder
			var want []string // ids, in order
			var wantLines []int
			for i := 0; i < tt.lines; i++ {
				switch {
				case i == tt.pretty:
					fmt.Fprintf(&b, "{\n\"id\": \"p%d\",\n\"text\": \"Pretty.\"\n}\n", i)
					want, wantLines = append(want, fmt.Sprintf("p%d", i)), append(wantLines, i+1)
					i += 3
				case i%97 == 5:
					b.WriteString("\n")
				case i%89 == 3:
					b.WriteString("not json\n")
				default:
					fmt.Fprintf(&b, "{\"id\":\"a%d\",\"text\":\"Line %d.\"}\n", i, i)
					want, wantLines = append(want, fmt.Sprintf("a%d", i)), append(wantLines, i+1)
				}
			}
			arts, _ := Parse("feed.jsonl", []byte(b.String()), LoadOptions{})
			require.Len(t, arts, len(want))
			for k, a := range arts {
				assert.Equal(t, want[k], a.ID)
				assert.Equal(t, wantLines[k], a.Line, a.ID)
			}
		})
	}
}
