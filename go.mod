module github.com/crosscheck-news/crosscheck

go 1.26

require (
	github.com/adrg/strutil v0.3.1
	github.com/kljensen/snowball v0.10.0
	github.com/stretchr/testify v1.12.1
	github.com/yuin/goldmark v1.8.7
	go.yaml.in/yaml/v3 v3.0.6
)
