package read

import (
	"encoding/xml"
	"strings"
)

// feedDepth checks the HTML a feed carries in its text (item contents and
// descriptions, escaped or in CDATA) before the feed parser reads it: that
// parser reads an item's HTML to find its image, in time that grows with
// the square of its depth. It returns the first text nesting more than max
// elements (no limit when max < 0), its line the feed's; nil when none
// does or the feed is no XML (the feed parser then says so). It reads the
// feed once, as leniently as the feed parser.
func feedDepth(content string, max int) *depthError {
	if max < 0 {
		return nil
	}
	d := xml.NewDecoder(strings.NewReader(content))
	d.Strict = false
	d.AutoClose = xml.HTMLAutoClose
	d.Entity = xml.HTMLEntity
	for {
		line, _ := d.InputPos()
		tok, err := d.Token()
		if err != nil {
			return nil
		}
		text, ok := tok.(xml.CharData)
		if !ok || !strings.ContainsRune(string(text), '<') {
			continue
		}
		if e := checkDepth(string(text), max); e != nil {
			e.line += line - 1
			return e
		}
	}
}
