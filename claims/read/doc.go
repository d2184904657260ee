// Package read reads news articles: it turns files, directories and
// standard input into [core.Article] values, with every problem met as a
// [core.InputError] naming the input and line.
//
// An input is decoded first (UTF-8, LF line endings, terminal escapes
// blanked; decode.go), then read in its format. The formats are one table
// (format.go): each row has the format's name, its aliases, the file
// extensions that name it, a sniff that recognises it by content and its
// reader, and each format is a file of its own (bundle.go, text.go,
// markdown.go, jsonl.go, html.go, feed.go). Adding a format is one file and
// one row. [Load] lists paths and walks directories (load.go, walk.go)
// within the [Limits] of one input (limits.go; depth*.go bound the nesting
// of HTML pages), and makes article ids unique; [DropDuplicates] drops
// copies of one article.
//
// Each article's outlet comes from metadata, from [LoadOptions].Outlet or
// OutletFrom (outletfrom.go), or from its own text through a [Registry]
// (outlet.go, over package outlet), and Article.OutletFrom says which.
//
// Package claims re-exports this package's API; read imports only
// claims/core and claims/outlet of this module.
package read
