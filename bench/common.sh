# Shared by the benchmark scripts (sourced, not run): publishes Podium and builds the corpus
# generator into "$work", and defines how a run is timed. Expects $repo and $work to be set.

echo "== publishing Podium (Release, ReadyToRun) and building the corpus generator"
rid=linux-$(uname -m | sed 's/x86_64/x64/; s/aarch64/arm64/')
dotnet publish -c Release -r "$rid" --self-contained false -v q -nologo -o "$work/podium" "$repo/src/Podium.Cli" >/dev/null
dotnet build -c Release -v q -nologo "$repo/bench/Podium.Bench.Corpus" >/dev/null
podium="$work/podium/Podium.Cli"
corpus="dotnet $repo/bench/Podium.Bench.Corpus/bin/Release/net10.0/Podium.Bench.Corpus.dll"

# time_run <log> <command…>: runs once, prints "<seconds> <peak MB>"; stops the script if it fails.
time_run() {
  local log=$1; shift
  /usr/bin/time -v "$@" >"$log" 2>&1 || { cat "$log" >&2; echo "command failed: $*" >&2; exit 1; }
  awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; printf "%.2f ", s }
              /Maximum resident set size/ { printf "%d\n", $2 / 1024 }' "$log"
}

# median: the median of the numbers on stdin, one per line.
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
