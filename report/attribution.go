package report

import (
	"bytes"
	"fmt"

	"github.com/crosscheck-news/crosscheck/claims"
)

// unattributedHint says how to give articles their outlet.
const unattributedHint = "No outlet was found in these articles' metadata or text, so they take part in no " +
	"cross-outlet group. To attribute them, name the outlet in front matter (outlet: NAME) or in a " +
	"JSON Lines \"outlet\" field, force one with --outlet NAME, or keep one folder per outlet and " +
	"pass --outlet-from dir (--outlet-from file for one file per outlet)."

// mdUnattributed writes the "Unattributed articles" section: the articles
// without an outlet (Article | Title | Source) and how to attribute them,
// or "None.".
func mdUnattributed(b *bytes.Buffer, arts []*claims.Article, o Options) {
	b.WriteString("## Unattributed articles\n\n")
	rows := unattributedRows(arts, o)
	if len(rows) == 0 {
		b.WriteString("None.\n\n")
		return
	}
	fmt.Fprintf(b, "%s\n\n", unattributedHint)
	mdTable(b, []string{"Article", "Title", "Source"}, rows)
}
