#!/usr/bin/env bash
# Benchmark: `podium import pwc` on a synthetic Papers with Code archive, at several sizes.
#
#   bench/import.sh [--sizes "0.1 1"] [--runs 3]
#
# Size 1 is Papers with Code's scale (about 60,000 result rows on 10,000 leaderboards of 4,500
# tasks). For each size it writes the synthetic corpus (bench/Podium.Bench.Corpus --pwc) as an
# evaluation-tables.json archive, imports it `--runs` times into a fresh content folder holding
# only site.yaml, and prints the median wall time and peak memory (from /usr/bin/time -v), the
# import's summary line and its most common reasons for skipping a row, and the archive's rows and
# size. Then, once, on the last import: the time of `validate`, and of a second import into the
# same folder (the merge path: every row is already there, so it must write no files). A table
# at the end sums it up. Work is done on tmpfs in /dev/shm/podium-bench-import, removed at the
# end. Exits 1 when validate fails or the second import writes files.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)

sizes="0.1 1"
runs=3
while [ $# -gt 0 ]; do
  case "$1" in
    --sizes) sizes="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

[ -x /usr/bin/time ] || { apt-get install -y -qq time >/dev/null; }

work=/dev/shm/podium-bench-import
[ -d /dev/shm ] || work="$repo/bench/out-import"
rm -rf "$work"; mkdir -p "$work"
trap 'rm -rf "$work"' EXIT

. "$repo/bench/common.sh"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(dotnet --version | sed 's/^/dotnet /')"

tab=$'\t'   # /usr/bin/time -v indents its lines with a tab

# fresh_content <dir>: a content folder with nothing but site.yaml.
fresh_content() {
  rm -rf "$1"; mkdir -p "$1"
  printf 'title: Import bench\nbase_url: https://example.org/\n' >"$1/site.yaml"
}

results=()
failed=()
for size in $sizes; do
  dir="$work/scale-$size"
  archive="$dir/evaluation-tables.json"
  mkdir -p "$dir"
  echo "== size $size: generating"
  $corpus --scale "$size" --pwc "$archive"
  rows=$(grep -c '"model_name":' "$archive")
  mb=$(awk -v b="$(stat -c %s "$archive")" 'BEGIN { printf "%.1f", b / 1e6 }')
  echo "   archive: $rows rows, $mb MB"

  : >"$dir/import.times"
  for run in $(seq "$runs"); do
    fresh_content "$dir/content"
    m=$(time_run "$dir/import.log" $podium import pwc "$archive" --out "$dir/content")
    echo "   import run $run: ${m% *} s, ${m#* } MB"
    echo "$m" >>"$dir/import.times"
  done
  wall=$(cut -d' ' -f1 "$dir/import.times" | median)
  mem=$(cut -d' ' -f2 "$dir/import.times" | median)
  rate=$(awk -v r="$rows" -v w="$wall" 'BEGIN { printf "%.0f", r / w }')
  summary=$(grep -m1 '^imported ' "$dir/import.log" || true)
  imported=$(sed -E 's/^imported ([0-9]+) results.*/\1/' <<<"$summary")
  skipped=$(sed -E 's/.*skipped ([0-9]+) rows.*/\1/' <<<"$summary")
  echo "   $summary"
  echo "   $(grep -m1 ' files written, ' "$dir/import.log" | sed 's/ in .*//')"
  # Skipped rows are "<task> / <dataset> / <model>: <reason>"; the commonest reasons, shortened.
  { grep -E "^[^$tab].* / .*: " "$dir/import.log" || true; } | { grep -v '^note: ' || true; } | sed -E 's#^.* / [^:]*: ##; s/;.*//' \
    | cut -c1-100 | sort | uniq -c | sort -rn | head -n 3 | sed 's/^ */   skipped /'

  # Once, on the last import: validate, then the same archive again into the same folder.
  if /usr/bin/time -v $podium validate --content "$dir/content" >"$dir/validate.log" 2>&1; then valid=yes; else valid=no; fi
  vwall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; printf "%.2f", s }' "$dir/validate.log")
  if [ "$valid" = yes ]; then
    echo "   validate: ${vwall} s, $(grep -v "^$tab" "$dir/validate.log" | tail -n 1)"
  else
    echo "   validate FAILED (${vwall} s); the first lines:"
    grep -v "^$tab" "$dir/validate.log" | head -n 10 | sed 's/^/     /'
    failed+=("size $size: validate failed")
  fi
  m=$(time_run "$dir/reimport.log" $podium import pwc "$archive" --out "$dir/content")
  rewall=${m% *}
  written=$(grep -m1 -o '^[0-9]* files written' "$dir/reimport.log" | cut -d' ' -f1 || true)
  echo "   second import: ${rewall} s, ${m#* } MB; $(grep -m1 '^imported ' "$dir/reimport.log"); $(grep -m1 ' files written, ' "$dir/reimport.log" | sed 's/ in .*//')"
  [ "$written" = 0 ] || failed+=("size $size: the second import wrote $written files (expected 0)")

  results+=("$size $rows $mb $imported $skipped $wall $rate $mem $vwall $rewall $written")
  rm -rf "$dir"
done

echo
echo "== results (median of $runs imports into an empty folder; wall time includes process start)"
printf '%-6s %7s %8s %9s %8s %8s %7s %8s %9s %10s %8s\n' \
  size rows "arch MB" imported skipped "wall s" "rows/s" "peak MB" "valid. s" "re-imp. s" "re-wrote"
for r in "${results[@]}"; do printf '%-6s %7s %8s %9s %8s %8s %7s %8s %9s %10s %8s\n' $r; done
sizes_arr=($sizes)
if [ ${#sizes_arr[@]} -ge 2 ]; then
  first=${sizes_arr[0]}; last=${sizes_arr[-1]}
  printf '%s\n' "${results[@]}" | awk -v a="$first" -v b="$last" '$1 == a { wa = $6; ra = $2 } $1 == b { wb = $6; rb = $2 }
    END { printf "scaling: size %s takes %.1fx the time of size %s (%.0fx the rows)\n", b, wb / wa, a, rb / ra }'
fi
if [ ${#failed[@]} -gt 0 ]; then
  printf 'CHECK FAILED: %s\n' "${failed[@]}"
  exit 1
fi
