#!/usr/bin/env bash
# The web latency benchmark (docs/BENCHMARKS.md): a store of N articles made from samples/, `vigie serve`
# in Release on loopback, then wrk with 50 connections against search and the actor page.
#   bash bench/web/run.sh [ARTICLES] [SECONDS]      (default 100000 articles, 30 s per endpoint)
set -euo pipefail
cd "$(dirname "$0")/../.."
articles=${1:-100000}
seconds=${2:-30}
store=${VIGIE_BENCH_DB:-/tmp/vigie-web-bench-$articles.db}
port=${VIGIE_BENCH_PORT:-5190}
vigie=src/Vigie.Cli/bin/Release/net10.0/vigie

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
dotnet build -c Release src/Vigie.Cli >/dev/null
if [ ! -f "$store" ]; then
  python3 bench/web/make-articles.py "$articles" > "$store.jsonl"
  "$vigie" ingest "$store.jsonl" --db "$store"
  rm "$store.jsonl"
fi

"$vigie" serve --db "$store" --port "$port" 2>/dev/null &
server=$!
trap 'kill $server' EXIT
until curl -sf "http://127.0.0.1:$port/api/actors?size=1" >/dev/null; do sleep 1; done
base="http://127.0.0.1:$port"

# Search: words of the samples, in turn (each matches 10 % to 40 % of the articles).
paths=$(mktemp)
for q in sous-marins OTAN patrouille "cable" Arctique drones "joint patrol" sanctions accord Haïti; do
  echo "/api/search?q=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$q")"
done > "$paths"
# Warm-up, then the measure.
WRK_PATHS=$paths wrk -t2 -c10 -d5s -s bench/web/rotate.lua "$base" >/dev/null
echo "== search (50 connections, ${seconds}s)"
WRK_PATHS=$paths wrk -t2 -c50 -d"${seconds}s" --timeout 60s -s bench/web/rotate.lua "$base" | sed -n '/^requests/,$p'

# The actor page: the 20 most named actors, in turn.
curl -s "$base/api/actors?size=20" | python3 -c 'import json, sys, urllib.parse; [print("/api/actors/" + urllib.parse.quote(a["key"], safe="")) for a in json.load(sys.stdin)["items"]]' > "$paths"
WRK_PATHS=$paths wrk -t2 -c10 -d5s -s bench/web/rotate.lua "$base" >/dev/null
echo "== actor page (50 connections, ${seconds}s)"
WRK_PATHS=$paths wrk -t2 -c50 -d"${seconds}s" --timeout 60s -s bench/web/rotate.lua "$base" | sed -n '/^requests/,$p'
rm "$paths"
echo "store: $store ($(du -h "$store" | cut -f1)), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
