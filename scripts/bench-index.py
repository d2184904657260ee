#!/usr/bin/env python3
"""Measures the claim index (issue 14); nothing here is asserted.

    scripts/bench-index.py CROSSCHECK CORPUS [--postgres DSN] [--samples N]

CORPUS is a folder of text articles (title on the first line). The
reference set is CORPUS plus three copies credited to other outlets (JSON
Lines, each copy's text ending with a credit line, so that no copy is a
duplicate of another). It indexes them into SQLite, times index add twice,
times check --against and check --index of one new article (wall, median
of 5), compares their findings byte for byte, and does the same for N more
new articles made from sampled corpus articles with one figure changed.
With --postgres it indexes into, and checks against, that database too.
"""
import argparse
import json
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time

OUTLETS = ["Alpha Wire", "Bravo News", "Charlie Times"]

NEW = """---
outlet: Newsroom Desk
title: Riggs Bank to pay Pinochet victims
published: 2005-02-26
---

Riggs Bank has agreed to pay more than $8m into a fund for the victims of
Augusto Pinochet's rule, under a settlement reached before a court in Madrid.

About 2,000 people were killed for political reasons under Gen Pinochet, the
bank's critics said. A charity in Madrid, the Salvador Allende Foundation,
will manage the fund.
"""


def articles(corpus):
    for root, dirs, files in os.walk(corpus):
        dirs.sort()
        for f in sorted(files):
            if f.endswith(".txt") and not f.upper().startswith("README"):
                path = os.path.join(root, f)
                yield os.path.relpath(path, corpus), open(path, encoding="utf-8", errors="replace").read()


def write_copies(corpus, work):
    paths = []
    for outlet in OUTLETS:
        slug = outlet.lower().replace(" ", "-")
        path = os.path.join(work, slug + ".jsonl")
        with open(path, "w", encoding="utf-8") as out:
            for rel, text in articles(corpus):
                title, _, body = text.partition("\n")
                body = body.strip() + f"\n\nThis report was filed for {outlet}."
                out.write(json.dumps({"id": f"{slug}/{rel}", "outlet": outlet, "title": title.strip(), "text": body}) + "\n")
        paths.append(path)
    return paths


def run(args):
    t = time.perf_counter()
    p = subprocess.run(args, capture_output=True)
    return time.perf_counter() - t, p


def median_of(n, args):
    times, out = [], None
    for _ in range(n):
        dt, p = run(args)
        times.append(dt)
        out = p
    return statistics.median(times), out


def samples(corpus, work, n):
    """N new articles: sampled corpus articles, another outlet, one number changed."""
    rng = random.Random(14)
    arts = [a for a in articles(corpus) if re.search(r"\b\d{2,}\b", a[1])]
    out = []
    for i, (rel, text) in enumerate(rng.sample(arts, n)):
        title, _, body = text.partition("\n")
        body = re.sub(r"\b(\d{2,})\b", lambda m: str(int(m.group(1)) + 7), body, count=1)
        path = os.path.join(work, f"new-{i:02d}.md")
        with open(path, "w", encoding="utf-8") as f:
            f.write(f"---\noutlet: Newsroom Desk\ntitle: {json.dumps(title.strip())}\n---\n\n{body}")
        out.append(path)
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("cc")
    ap.add_argument("corpus")
    ap.add_argument("--postgres", default="")
    ap.add_argument("--samples", type=int, default=10)
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as work:
        refs = [a.corpus] + write_copies(a.corpus, work)
        n = sum(1 for _ in articles(a.corpus)) * (1 + len(OUTLETS))
        db = os.path.join(work, "index.db")
        new = os.path.join(work, "new.md")
        open(new, "w").write(NEW)
        t1, p = run([a.cc, "index", "add", "--db", db] + refs)
        print(f"index add (first):  {t1:.2f} s  {p.stdout.decode().strip()}")
        t2, p = run([a.cc, "index", "add", "--db", db] + refs)
        print(f"index add (again):  {t2:.2f} s  {p.stdout.decode().strip()}  ratio={t2 / t1:.3f}")
        size = sum(os.path.getsize(os.path.join(work, f)) for f in os.listdir(work) if f.startswith("index.db"))
        print(f"sqlite size: {size / 1e6:.1f} MB for {n} articles")
        report = {}
        for fmt in ["text", "json"]:
            ta, pa = median_of(5, [a.cc, "check", "--format", fmt, "--against"] + refs[:1] + sum([["--against", r] for r in refs[1:]], []) + [new])
            ti, pi = median_of(5, [a.cc, "check", "--format", fmt, "--index", db, new])
            same = pa.stdout == pi.stdout and pa.returncode == pi.returncode
            report[fmt] = (ta, ti, same, len(pa.stdout.splitlines()))
            print(f"check --format {fmt}: --against {ta:.2f} s, --index {ti:.3f} s (median of 5), speed-up={ta / ti:.1f}x, identical={same}, lines={len(pa.stdout.splitlines())}")
        if a.postgres:
            t1, p = run([a.cc, "index", "add", "--db", a.postgres] + refs)
            print(f"postgres index add (first): {t1:.2f} s  {p.stdout.decode().strip() or p.stderr.decode().strip()}")
            t2, p = run([a.cc, "index", "add", "--db", a.postgres] + refs)
            print(f"postgres index add (again): {t2:.2f} s  {p.stdout.decode().strip()}")
            _, pa = run([a.cc, "check", "--against"] + refs[:1] + sum([["--against", r] for r in refs[1:]], []) + [new])
            tp, pp = median_of(5, [a.cc, "check", "--index", a.postgres, new])
            print(f"postgres check --index: {tp:.3f} s (median of 5), identical={pp.stdout == pa.stdout}")
            st = subprocess.run([a.cc, "index", "stats", "--db", a.postgres], capture_output=True).stdout.decode()
            print("postgres " + " ".join(l for l in st.splitlines() if l.startswith(("articles", "size"))))
        same, times = 0, []
        for path in samples(a.corpus, work, a.samples):
            against = [a.cc, "check", "--format", "json", "--against"] + refs[:1] + sum([["--against", r] for r in refs[1:]], []) + [path]
            _, pa = run(against)
            dt, pi = run([a.cc, "check", "--format", "json", "--index", db, path])
            times.append(dt)
            ok = pa.stdout == pi.stdout and pa.returncode == pi.returncode
            same += ok
            if not ok:
                print(f"  differs: {os.path.basename(path)}")
        if times:
            print(f"sampled check --index: median {statistics.median(times):.3f} s, max {max(times):.3f} s")
        ta, ti, ident, _ = report["text"]
        print(f"summary: articles={n} speedup={ta / ti:.1f} identical={ident and report['json'][2]} "
              f"add_again_ratio={t2 / t1:.3f} sampled_identical={same}/{a.samples}")


if __name__ == "__main__":
    sys.exit(main())
