#!/usr/bin/env bash
# Measures `podium serve`'s edit-to-reload latency: starts the preview server on a content
# folder, edits one value in a result file, and times from the edit until the live-reload event
# has arrived and the leaderboard page is served with the new value.
#
#   bench/serve-latency.sh <podium-executable> <content-dir> <result-file> <leaderboard-url-path> [edits]
set -euo pipefail
podium=$1 content=$2 file=$3 page=$4 edits=${5:-5}
templates="$(cd "$(dirname "$0")/.." && pwd)/templates"
port=$(( 20000 + RANDOM % 20000 ))
log=$(mktemp)
"$podium" serve --content "$content" --templates "$templates" --port "$port" >"$log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; rm -f "$log" "$log.sse"' EXIT
until grep -q "Serving on" "$log"; do sleep 0.2; kill -0 $server 2>/dev/null || { cat "$log"; exit 1; }; done
echo "   serve: $(head -n 1 "$log")"
url="http://127.0.0.1:$port/$page"
curl -sf "$url" >/dev/null   # first request renders the page once

for i in $(seq "$edits"); do
  : >"$log.sse"
  curl -sN "http://127.0.0.1:$port/__podium/events" >"$log.sse" &
  sse=$!
  until grep -q connected "$log.sse"; do sleep 0.05; done
  start=$(date +%s%N)
  # Give the first metric value in the file new decimals (.101, .102, …): always a new, valid value.
  perl -0pi -e "s/^(\\s+\"[^\"]+\": \\d+)(?:\\.\\d+)?\$/\\1.$((100 + i))/m" "$file"
  value=$(perl -ne 'if (/^\s+"[^"]+": (\d+(?:\.\d+)?)$/) { print $1; exit }' "$file")
  until grep -q "event: reload" "$log.sse"; do sleep 0.005; done
  curl -sf "$url" | grep -q ">$value<" || curl -sf "$url" | grep -q "$value" || { echo "new value $value not on the page" >&2; exit 1; }
  end=$(date +%s%N)
  kill $sse 2>/dev/null || true
  echo "   edit $i: reload event and updated page after $(( (end - start) / 1000000 )) ms ($(tail -n 1 "$log"))"
done
