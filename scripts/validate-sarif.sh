#!/usr/bin/env bash
# Validates the SARIF that `crosscheck check --format sarif` writes with the
# SARIF validator of @microsoft/sarif-multitool (npm), on the example
# scenarios, and checks that each result's startLine is its figure's line.
#
#   scripts/validate-sarif.sh [CROSSCHECK_BINARY]
#
# Without npm it prints why and exits 0 (skipped). The validator is
# installed into a temporary folder, or into $SARIF_MULTITOOL_DIR when set
# (kept there for the next run). The validator exits 0 even when it reports
# errors, so its output is read: any error or warning fails the script.
set -euo pipefail
cd "$(dirname "$0")/.."

multitool_version=5.7.0
if ! command -v npm >/dev/null 2>&1 || ! command -v node >/dev/null 2>&1; then
  echo "validate-sarif: skipped: npm and node are needed to run @microsoft/sarif-multitool"
  exit 0
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
tool_dir=${SARIF_MULTITOOL_DIR:-$tmp/tool}
multitool="$tool_dir/node_modules/.bin/sarif-multitool"
if [ ! -x "$multitool" ]; then
  echo "validate-sarif: installing @microsoft/sarif-multitool@$multitool_version"
  if ! npm install --no-audit --no-fund --prefix "$tool_dir" "@microsoft/sarif-multitool@$multitool_version" >"$tmp/npm.log" 2>&1; then
    echo "validate-sarif: npm install failed:"; cat "$tmp/npm.log"; exit 1
  fi
fi
# npm may not run the package's install script that makes the binary
# executable.
binary=$(cd "$tool_dir" && node -p "require('@microsoft/sarif-multitool')")
chmod u+x "$binary"

cc=${1:-}
if [ -z "$cc" ]; then
  cc="$tmp/crosscheck"
  go build -o "$cc" ./cmd/crosscheck
fi

fail=0
# check NAME WANT_EXIT ARGS...: writes the SARIF of a check, validates it
# and compares each result's startLine with the text output's line.
check() {
  local name=$1 want=$2; shift 2
  local out="$tmp/$name.sarif" code=0
  "$cc" check --format sarif "$@" >"$out" || code=$?
  if [ "$code" -ne "$want" ]; then
    echo "validate-sarif: $name: exit $code, want $want"; fail=1; return
  fi
  "$cc" check --format text "$@" >"$tmp/$name.txt" || true
  "$multitool" validate "$out" --output "$tmp/$name.validation.sarif" >"$tmp/$name.log" 2>&1 || {
    echo "validate-sarif: $name: the validator failed to run:"; cat "$tmp/$name.log"; fail=1; return; }
  if grep -Eq ': (error|warning) [A-Z]+[0-9]+' "$tmp/$name.log" || ! grep -q 'Analysis completed successfully' "$tmp/$name.log"; then
    echo "validate-sarif: $name: not valid SARIF 2.1.0:"; cat "$tmp/$name.log"; fail=1; return
  fi
  python3 - "$out" "$tmp/$name.txt" "$name" <<'PY' || fail=1
import json, re, sys
log = json.load(open(sys.argv[1]))
want = []
for line in open(sys.argv[2]):
    m = re.match(r"(.*):(\d+):(\d+): (error|warning|notice): ", line)
    if m:
        want.append((int(m.group(2)), {"notice": "note"}.get(m.group(4), m.group(4))))
got = [(r["locations"][0]["physicalLocation"]["region"]["startLine"], r["level"]) for r in log["runs"][0]["results"]]
if got != want or not got:
    print(f"validate-sarif: {sys.argv[3]}: results (startLine, level) {got}, text output says {want}")
    sys.exit(1)
errors = [r for r in got if r[1] == "error"]
print(f"validate-sarif: {sys.argv[3]}: valid SARIF 2.1.0, {len(got)} results ({len(errors)} error) at the figures' lines")
PY
}

check pr 1 --against testdata/ci/pr/ref testdata/ci/pr/new/agreeing.md testdata/ci/pr/new/conflicting.md
check surfside 1 --against testdata/ci/ref testdata/ci/new
# The one error of the pull request scenario is at conflicting.md line 8.
python3 - "$tmp/pr.sarif" <<'PY' || fail=1
import json, sys
res = json.load(open(sys.argv[1]))["runs"][0]["results"]
errs = [r for r in res if r["level"] == "error"]
loc = errs[0]["locations"][0]["physicalLocation"] if len(errs) == 1 else None
if not loc or not loc["artifactLocation"]["uri"].endswith("new/conflicting.md") or loc["region"]["startLine"] != 8:
    print("validate-sarif: pr: want one error, at new/conflicting.md line 8:", errs); sys.exit(1)
print("validate-sarif: pr: one error, new/conflicting.md startLine 8, related locations:", len(errs[0]["relatedLocations"]))
PY

if [ "$fail" -ne 0 ]; then
  echo "validate-sarif: FAIL"
  exit 1
fi
echo "validate-sarif: ok"
