module github.com/crosscheck-news/crosscheck

go 1.26

require (
	github.com/adrg/strutil v0.3.1 // indirect
	github.com/kljensen/snowball v0.10.0 // indirect
	github.com/neurosnap/sentences v1.1.2 // indirect
	github.com/stretchr/testify v1.12.1 // indirect
	github.com/yuin/goldmark v1.8.7 // indirect
	go.yaml.in/yaml/v3 v3.0.6 // indirect
)
