package read

import (
	"encoding/json"
	"strings"

	"github.com/crosscheck-news/crosscheck/claims/outlet"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The metadata of an HTML page: its meta and link tags, its title, its
// JSON-LD, and the site name that stands beside the headline in a title.

// pageMeta is the metadata of an HTML page.
type pageMeta struct {
	ogTitle, title, siteName, appName, ldPublisher string
	published, ldPublished, itemPublished          string
	ogURL, canonical                               string
}

// readPageMeta reads the metadata of a parsed page: meta and link tags
// anywhere in the document, the first <title> outside SVG, JSON-LD.
func readPageMeta(doc *html.Node) pageMeta {
	var m pageMeta
	var ld []any
	set := func(dst *string, v string) {
		if *dst == "" {
			*dst = cleanTitle(v)
		}
	}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.Namespace == "" {
			switch n.DataAtom {
			case atom.Title:
				set(&m.title, textContent(n))
			case atom.Meta:
				content, _ := attr(n, "content")
				for _, k := range []string{"property", "name", "itemprop"} {
					key, _ := attr(n, k)
					switch strings.ToLower(strings.TrimSpace(key)) {
					case "og:title":
						set(&m.ogTitle, content)
					case "og:site_name":
						set(&m.siteName, content)
					case "application-name":
						set(&m.appName, content)
					case "article:published_time":
						set(&m.published, content)
					case "datepublished":
						set(&m.itemPublished, content)
					case "og:url":
						set(&m.ogURL, content)
					}
				}
			case atom.Link:
				rel, _ := attr(n, "rel")
				for _, r := range strings.Fields(rel) {
					if strings.EqualFold(r, "canonical") {
						href, _ := attr(n, "href")
						set(&m.canonical, href)
					}
				}
			case atom.Script:
				if typ, _ := attr(n, "type"); strings.Contains(strings.ToLower(typ), "ld+json") {
					if v, ok := decodeJSONLD(textContent(n)); ok {
						ld = append(ld, v)
					}
				}
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	m.ldPublisher, m.ldPublished = jsonLDFacts(ld)
	return m
}

// decodeJSONLD decodes the text of a JSON-LD script, CDATA markers and
// HTML comment marks around it allowed.
func decodeJSONLD(s string) (any, bool) {
	s = strings.TrimSpace(s)
	for _, p := range [][2]string{{"<![CDATA[", "]]>"}, {"<!--", "-->"}, {"//<![CDATA[", "//]]>"}} {
		if t, ok := strings.CutPrefix(s, p[0]); ok {
			s = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(t), p[1]))
		}
	}
	var v any
	if json.Unmarshal([]byte(s), &v) != nil {
		return nil, false
	}
	return v, true
}

// maxLDDepth bounds the walk of JSON-LD values.
const maxLDDepth = 12

// jsonLDFacts returns the publisher name and publication date of the page
// from its JSON-LD: those of the first article-like object (a type ending
// in "Article", BlogPosting, Report), else of the first object that has
// them. A publisher given as a reference ({"@id": "#org"}) is looked up.
func jsonLDFacts(docs []any) (publisher, published string) {
	ld := ldObjects{byID: map[string]map[string]any{}}
	for _, d := range docs {
		ld.collect(d, 0)
	}
	for pass := range 2 {
		for _, o := range ld.all {
			if pass == 0 && !isArticleType(o["@type"]) {
				continue
			}
			if publisher == "" {
				publisher = ld.name(o["publisher"])
			}
			if published == "" {
				if d, ok := o["datePublished"].(string); ok {
					published = strings.TrimSpace(d)
				}
			}
		}
	}
	return cleanTitle(publisher), published
}

// ldObjects are the objects of a page's JSON-LD in the order they are
// found, and those with an @id by id (the fullest of each).
type ldObjects struct {
	all  []map[string]any
	byID map[string]map[string]any
}

// collect adds the objects of v, at depth, and of the graphs, main
// entities and item lists in them.
func (ld *ldObjects) collect(v any, depth int) {
	if depth > maxLDDepth {
		return
	}
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			ld.collect(e, depth+1)
		}
	case map[string]any:
		ld.all = append(ld.all, x)
		if id, ok := x["@id"].(string); ok && id != "" {
			if _, seen := ld.byID[id]; !seen || len(x) > len(ld.byID[id]) {
				ld.byID[id] = x
			}
		}
		for k, e := range x {
			if k == "@graph" || k == "mainEntity" || k == "itemListElement" {
				ld.collect(e, depth+1)
			}
		}
	}
}

// name returns the name v gives: a string, the first of a list, an
// object's name, or the name of the object an @id refers to.
func (ld *ldObjects) name(v any) string {
	for range 3 { // follow a short chain of references
		switch x := v.(type) {
		case string:
			return strings.TrimSpace(x)
		case []any:
			if len(x) == 0 {
				return ""
			}
			v = x[0]
			continue
		case map[string]any:
			if n, ok := x["name"].(string); ok && strings.TrimSpace(n) != "" {
				return strings.TrimSpace(n)
			}
			if id, ok := x["@id"].(string); ok {
				if o, ok := ld.byID[id]; ok {
					v = o
					continue
				}
			}
		}
		return ""
	}
	return ""
}

// isArticleType reports whether a JSON-LD @type names an article.
func isArticleType(t any) bool {
	switch x := t.(type) {
	case string:
		return strings.HasSuffix(x, "Article") || x == "BlogPosting" || x == "LiveBlogPosting" || x == "Report"
	case []any:
		for _, e := range x {
			if isArticleType(e) {
				return true
			}
		}
	}
	return false
}

// titleSeparators stand between a headline and a site name in page titles.
var titleSeparators = []string{" | ", " - ", " – ", " — ", " · ", " :: ", " • "}

// splitSiteName removes a site name standing after (or before) the
// headline in a page title: the page's site name, or an outlet the
// registry knows. It returns the headline and the registry's canonical name
// of the outlet removed ("" when it removed none or the registry does not
// know it).
func splitSiteName(title, site string, reg *Registry) (string, string) {
	matches := func(part string) (string, bool) {
		part = strings.TrimSpace(part)
		if part == "" {
			return "", false
		}
		c, known := reg.Canonical(part)
		if site != "" {
			if outlet.NormName(part) == outlet.NormName(site) {
				return c, true
			}
			if cs, ok := reg.Canonical(site); ok && known && cs == c {
				return c, true
			}
			return "", false
		}
		return c, known
	}
	best, bestAt := "", -1
	for _, sep := range titleSeparators {
		if i := strings.LastIndex(title, sep); i > 0 && i > bestAt {
			best, bestAt = sep, i
		}
	}
	if bestAt > 0 {
		if c, ok := matches(title[bestAt+len(best):]); ok {
			return strings.TrimSpace(title[:bestAt]), c
		}
	}
	best, bestAt = "", len(title)
	for _, sep := range titleSeparators {
		if i := strings.Index(title, sep); i > 0 && i < bestAt {
			best, bestAt = sep, i
		}
	}
	if best != "" {
		if c, ok := matches(title[:bestAt]); ok {
			if rest := strings.TrimSpace(title[bestAt+len(best):]); rest != "" {
				return rest, c
			}
		}
	}
	return title, ""
}
