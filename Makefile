# crosscheck developer targets. `make test` is the README's test command.
GO        ?= go
FUZZTIME  ?= 20s
PKGS      := ./...

.PHONY: test lint bench fuzz golden build

build:
	$(GO) build -o crosscheck ./cmd/crosscheck

test:
	$(GO) vet $(PKGS)
	$(GO) test $(PKGS)

lint:
	@out=$$(gofmt -l .); if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi
	$(GO) vet $(PKGS)

bench:
	$(GO) test -run '^$$' -bench . -benchmem $(PKGS)

# Runs every fuzz target of every package for FUZZTIME each.
fuzz:
	@set -e; for pkg in $$($(GO) list $(PKGS)); do \
	  for f in $$($(GO) test -list '^Fuzz' $$pkg | grep '^Fuzz' || true); do \
	    echo "fuzz $$pkg $$f"; \
	    $(GO) test -run '^$$' -fuzz "^$$f$$" -fuzztime $(FUZZTIME) $$pkg; \
	  done; \
	done

# Regenerates golden files under testdata/ from the current outputs, in the
# packages whose tests use internal/golden (they define the -update flag).
golden:
	@set -e; for pkg in $$($(GO) list -f '{{.ImportPath}} {{join .TestImports " "}} {{join .XTestImports " "}}' $(PKGS) \
	    | grep 'crosscheck/internal/golden' | cut -d' ' -f1); do \
	  echo "golden $$pkg"; $(GO) test $$pkg -run 'Golden' -update; \
	done
