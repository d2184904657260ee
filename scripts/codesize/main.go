// Command codesize checks the size rules of the project's Go code (not its
// tests): no file over -max-file lines, no function over -max-func lines,
// none of cyclomatic complexity over -max-cyclo. The complexity is counted
// as gocyclo does: one, plus one for each if, for, case of a switch or a
// select (not default), && and ||. Functions named with -allow (as
// pkgdir.Func or pkgdir.Type.Method, e.g. claims/figure.parser.words) may
// break the function rules; each needs a reason in its doc comment.
//
//	go run ./scripts/codesize -allow claims/figure.parser.words .
//
// It prints each breach and a summary line; exit status 1 when a rule is
// broken, 2 on a usage or read error.
package main

import (
	"flag"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

func main() { os.Exit(run(os.Args[1:])) }

type limits struct {
	file, fn, cyclo int
	allow           map[string]bool
}

func run(args []string) int {
	fl := flag.NewFlagSet("codesize", flag.ContinueOnError)
	lim := limits{allow: map[string]bool{}}
	fl.IntVar(&lim.file, "max-file", 500, "most lines of a non-test Go file")
	fl.IntVar(&lim.fn, "max-func", 80, "most lines of a function")
	fl.IntVar(&lim.cyclo, "max-cyclo", 30, "highest cyclomatic complexity of a function")
	allow := fl.String("allow", "", "comma-separated functions exempt from the function rules")
	if err := fl.Parse(args); err != nil {
		return 2
	}
	for _, a := range strings.Split(*allow, ",") {
		if a != "" {
			lim.allow[a] = true
		}
	}
	root := "."
	if fl.NArg() > 0 {
		root = fl.Arg(0)
	}
	breaches, files, funcs, err := scan(root, lim)
	if err != nil {
		fmt.Fprintln(os.Stderr, "codesize:", err)
		return 2
	}
	sort.Strings(breaches)
	for _, b := range breaches {
		fmt.Println(b)
	}
	fmt.Printf("codesize: %d files, %d functions, %d breaches (file <= %d lines, func <= %d lines, cyclo <= %d)\n",
		files, funcs, len(breaches), lim.file, lim.fn, lim.cyclo)
	if len(breaches) > 0 {
		return 1
	}
	return 0
}

// scan reads every non-test Go file under root and returns the breaches.
func scan(root string, lim limits) (breaches []string, files, funcs int, err error) {
	fset := token.NewFileSet()
	err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && p != root && (strings.HasPrefix(d.Name(), ".") || d.Name() == "testdata") {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(p, ".go") || strings.HasSuffix(p, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, p, nil, 0)
		if err != nil {
			return fmt.Errorf("parse %s: %w", p, err)
		}
		files++
		if n := fset.Position(f.End()).Line; n > lim.file {
			breaches = append(breaches, fmt.Sprintf("%s: %d lines (over %d)", p, n, lim.file))
		}
		for _, decl := range f.Decls {
			fd, ok := decl.(*ast.FuncDecl)
			if !ok || fd.Body == nil {
				continue
			}
			funcs++
			breaches = append(breaches, checkFunc(fset, p, root, fd, lim)...)
		}
		return nil
	})
	return breaches, files, funcs, err
}

// checkFunc returns the breaches of one function.
func checkFunc(fset *token.FileSet, path, root string, fd *ast.FuncDecl, lim limits) []string {
	name := funcName(path, root, fd)
	if lim.allow[name] {
		return nil
	}
	var out []string
	pos := fset.Position(fd.Pos())
	if n := fset.Position(fd.End()).Line - pos.Line + 1; n > lim.fn {
		out = append(out, fmt.Sprintf("%s:%d: %s: %d lines (over %d)", path, pos.Line, name, n, lim.fn))
	}
	if c := cyclomatic(fd); c > lim.cyclo {
		out = append(out, fmt.Sprintf("%s:%d: %s: complexity %d (over %d)", path, pos.Line, name, c, lim.cyclo))
	}
	return out
}

// funcName is "pkgdir.Func" or "pkgdir.Type.Method", pkgdir relative to
// root with slashes ("Func" alone in root itself).
func funcName(path, root string, fd *ast.FuncDecl) string {
	dir, _ := filepath.Rel(root, filepath.Dir(path))
	name := fd.Name.Name
	if fd.Recv != nil && len(fd.Recv.List) > 0 {
		t := fd.Recv.List[0].Type
		if s, ok := t.(*ast.StarExpr); ok {
			t = s.X
		}
		if g, ok := t.(*ast.IndexExpr); ok {
			t = g.X
		}
		if id, ok := t.(*ast.Ident); ok {
			name = id.Name + "." + name
		}
	}
	if dir == "." {
		return name
	}
	return filepath.ToSlash(dir) + "." + name
}

// cyclomatic counts a function's complexity as gocyclo does.
func cyclomatic(fd *ast.FuncDecl) int {
	c := 1
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.IfStmt, *ast.ForStmt, *ast.RangeStmt:
			c++
		case *ast.CaseClause:
			if n.List != nil {
				c++
			}
		case *ast.CommClause:
			if n.Comm != nil {
				c++
			}
		case *ast.BinaryExpr:
			if n.Op == token.LAND || n.Op == token.LOR {
				c++
			}
		}
		return true
	})
	return c
}
