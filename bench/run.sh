#!/usr/bin/env bash
# Benchmark: Podium against Hugo on the same synthetic corpus, at several sizes.
#
#   bench/run.sh [--sizes "0.1 1"] [--runs 3] [--no-hugo]
#
# Size 1 is Papers with Code's scale (4,500 tasks, 10,000 leaderboards, 50,000 papers,
# 60,000 results). For each size it generates the corpus (bench/Podium.Bench.Corpus), builds
# it with both generators `--runs` times into a fresh folder on tmpfs, and prints the median wall
# time, pages per second and peak memory (from /usr/bin/time -v), then the Podium/Hugo ratio,
# the output size, the weight of a 100-row leaderboard page, and what a one-line edit rebuilds.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)

sizes="0.1 1"
runs=3
hugo=yes
while [ $# -gt 0 ]; do
  case "$1" in
    --sizes) sizes="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --no-hugo) hugo=no; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

need() { command -v "$1" >/dev/null 2>&1; }
if [ "$hugo" = yes ] && ! need hugo; then
  if [ "$(id -u)" = 0 ] && need apt-get; then apt-get install -y -qq hugo >/dev/null; else echo "hugo is missing: apt-get install hugo, or pass --no-hugo" >&2; exit 2; fi
fi
[ -x /usr/bin/time ] || { apt-get install -y -qq time >/dev/null; }

# Output on tmpfs when there is one, as in the reference Hugo measurements.
work=${BENCH_DIR:-/dev/shm/podium-bench}
[ -d /dev/shm ] || work="$repo/bench/out"
mkdir -p "$work"

. "$repo/bench/common.sh"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(dotnet --version | sed 's/^/dotnet /'); $(hugo version 2>/dev/null | cut -d' ' -f2 | sed 's/^/hugo /')"

results=()
for size in $sizes; do
  dir="$work/scale-$size"
  rm -rf "$dir"; mkdir -p "$dir/hugo/static"
  echo "== size $size: generating"
  $corpus --scale "$size" --podium "$dir/content" --hugo "$dir/hugo/content" --facts "$dir/facts.txt"
  cp -r bench/hugo/. "$dir/hugo/"
  cp -r templates/assets "$dir/hugo/static/"

  for tool in podium hugo; do
    [ "$tool" = hugo ] && [ "$hugo" = no ] && continue
    : >"$dir/$tool.times"
    for run in $(seq "$runs"); do
      rm -rf "$dir/out-$tool"
      if [ "$tool" = podium ]; then
        m=$(time_run "$dir/$tool.log" $podium build --quiet --content "$dir/content" --templates templates --out "$dir/out-$tool")
      else
        m=$(time_run "$dir/$tool.log" hugo --quiet --source "$dir/hugo" --destination "$dir/out-$tool")
      fi
      echo "   $tool run $run: ${m% *} s, ${m#* } MB"
      echo "$m" >>"$dir/$tool.times"
    done
    pages=$(find "$dir/out-$tool" -name '*.html' | wc -l)
    wall=$(cut -d' ' -f1 "$dir/$tool.times" | median)
    mem=$(cut -d' ' -f2 "$dir/$tool.times" | median)
    rate=$(awk -v p="$pages" -v w="$wall" 'BEGIN { printf "%.0f", p / w }')
    results+=("$size $tool $pages $wall $rate $mem")
  done

  # Podium-only figures on the last build of this size.
  out="$dir/out-podium"
  . "$dir/facts.txt"
  page="$out/${leaderboard_near_100_rows}index.html"
  weight=$(cat "$page" "$out"/assets/*.css "$out"/assets/*.js 2>/dev/null | wc -c)
  echo "   site size without search: $(du -sh --apparent-size --exclude=pagefind "$out" | cut -f1) in $(find "$out" -type f -not -path '*/pagefind/*' | wc -l) files"
  echo "   ${leaderboard_near_100_rows} (${leaderboard_near_100_rows_count} rows): $(wc -c <"$page") B HTML + CSS + JS = $weight B"
  perl -0pi -e 's/^(\s+"[^"]+": \d+)(?:\.\d+)?$/${1}.999/m' "$dir/content/$result_file_to_edit"
  m=$(time_run "$dir/rebuild.log" $podium build --quiet --content "$dir/content" --templates templates --out "$out")
  echo "   rebuild after editing one value in $result_file_to_edit: ${m% *} s; $(grep -o '([0-9]* written[^)]*)' "$dir/rebuild.log")"
  # The Search stage, measured in a build of its own: the timed builds above run without it (their
  # content folder has no package.json above it), so their figures stay comparable with Hugo's.
  # A package.json beside the corpus lets this build find Pagefind; the build writes nothing new
  # (every file is unchanged), then indexes the model's search records.
  if [ -f node_modules/pagefind/lib/index.js ]; then
    ln -sfn "$repo/package.json" "$dir/package.json"; ln -sfn "$repo/node_modules" "$dir/node_modules"
    # Pagefind runs as its own process (pagefind_extend, started by Node): /usr/bin/time sees only
    # Podium's process, so Pagefind's resident memory is sampled while the build runs.
    rm -f "$dir/search.done"; echo 0 >"$dir/pagefind.peak"
    ( peak=0; until [ -f "$dir/search.done" ]; do
        for p in $(pgrep -f pagefind_extend || true); do r=$(awk '/VmRSS/ { print $2 }' "/proc/$p/status" 2>/dev/null || true); [ "${r:-0}" -gt "$peak" ] && peak=$r; done
        echo "$peak" >"$dir/pagefind.peak"; sleep 0.25; done ) &
    sampler=$!
    m=$(time_run "$dir/search.log" $podium build --timings --content "$dir/content" --templates templates --out "$out")
    touch "$dir/search.done"; wait "$sampler"
    rm -f "$dir/package.json" "$dir/node_modules"
    echo "   search stage (Pagefind from the model's records): $(awk '$1 == "search" && $3 == "ms" { printf "%.1f s", $2 / 1000 }' "$dir/search.log"), peak ${m#* } MB for Podium and $(( $(cat "$dir/pagefind.peak") / 1024 )) MB for Pagefind; $(grep -o 'search index: [0-9]* pages[^;]*' "$dir/search.log"); $(du -sh --apparent-size "$out/pagefind" | cut -f1) in $(find "$out/pagefind" -type f | wc -l) files"
    grep -A14 '^Site size:' "$dir/search.log" | sed 's/^/   /'
  fi
  echo "   serve, edit to reload:"
  bench/serve-latency.sh "$podium" "$dir/content" "$dir/content/$result_file_to_edit" "$leaderboard_near_100_rows" 3
done

echo
echo "== results (median of $runs runs; wall time includes process start)"
printf '%-6s %-7s %8s %9s %9s %9s\n' size tool pages "wall s" "pages/s" "peak MB"
for r in "${results[@]}"; do printf '%-6s %-7s %8s %9s %9s %9s\n' $r; done
for size in $sizes; do
  p=$(printf '%s\n' "${results[@]}" | awk -v s="$size" '$1 == s && $2 == "podium" { print $5 }')
  h=$(printf '%s\n' "${results[@]}" | awk -v s="$size" '$1 == s && $2 == "hugo" { print $5 }')
  [ -n "$h" ] && awk -v s="$size" -v p="$p" -v h="$h" 'BEGIN { printf "size %s: Podium pages/s = %.2f x Hugo\n", s, p / h }'
done
sizes_arr=($sizes)
if [ ${#sizes_arr[@]} -ge 2 ]; then
  first=${sizes_arr[0]}; last=${sizes_arr[-1]}
  printf '%s\n' "${results[@]}" | awk -v a="$first" -v b="$last" '$2 == "podium" && $1 == a { wa = $4 } $2 == "podium" && $1 == b { wb = $4 }
    END { printf "Podium scaling: size %s takes %.1fx the time of size %s (corpus %.0fx)\n", b, wb / wa, a, b / a }'
fi
