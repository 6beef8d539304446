#!/usr/bin/env bash
# Coverage-guided fuzzing of the YAML reader, the TeX converter and the Markdown renderer:
# SharpFuzz instruments Podium (and YamlDotNet and Markdig, which it calls) and AFL++ drives it,
# starting from the seed corpus in tests/fuzz/corpus/<target>/ with the tokens in dict/<target>.dict.
#
#   tests/fuzz/run.sh [seconds] [target…]      e.g. tests/fuzz/run.sh 600 yaml
#
# Targets: yaml, tex, markdown (default: all three, side by side). Each runs for the given seconds
# (default 60). Exits 1 when any target found a crash (an exception that escaped) or a hang (an
# input that took more than 5 s), after printing each input and, for crashes, the exception.
# Findings stay in test-output/fuzz/<target>/. Add an input that crashed to the corpus once fixed:
# tests/Podium.Tests/Fuzz/FuzzCorpusTests runs the whole corpus on every test run.
set -euo pipefail
cd "$(dirname "$0")"
root=$(cd ../.. && pwd)
seconds=${1:-60}
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then targets=(yaml tex markdown); fi

if ! command -v afl-fuzz >/dev/null; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends afl++ >/dev/null
fi
dotnet tool restore >/dev/null

work="$root/test-output/fuzz"
rm -rf "$work"
mkdir -p "$work"
# Two builds: one instrumented for AFL++, one plain to replay what it found (instrumented code
# needs the fuzzer's shared memory and cannot run on its own).
dotnet build Podium.Fuzz -c Release -o "$work/plain" -nologo >"$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
cp -r "$work/plain" "$work/instrumented"
for dll in Podium.dll YamlDotNet.dll Markdig.dll; do
  dotnet tool run sharpfuzz "$work/instrumented/$dll"
done

# AFL++ runs `dotnet` (not an instrumented binary: SharpFuzz speaks its forkserver protocol from
# .NET); no core dumps or CPU governor to set up in a container; three fuzzers share the cores.
export AFL_SKIP_BIN_CHECK=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 \
  AFL_NO_UI=1 AFL_NO_AFFINITY=1 AFL_FORKSRV_INIT_TMOUT=60000
pids=()
for target in "${targets[@]}"; do
  afl-fuzz -i "corpus/$target" -o "$work/$target" -x "dict/$target.dict" -t 5000 -m none -V "$seconds" \
    -- dotnet "$work/instrumented/Podium.Fuzz.dll" "$target" >"$work/$target.log" 2>&1 &
  pids+=($!)
done
status=0
for i in "${!pids[@]}"; do
  if ! wait "${pids[$i]}"; then
    echo "afl-fuzz for ${targets[$i]} failed:"; tail -20 "$work/${targets[$i]}.log"; status=1
  fi
done

for target in "${targets[@]}"; do
  stats="$work/$target/default/fuzzer_stats"
  execs=$(awk -F' *: *' '$1 == "execs_done" {print $2}' "$stats" 2>/dev/null || echo 0)
  paths=$(awk -F' *: *' '$1 == "corpus_count" {print $2}' "$stats" 2>/dev/null || echo 0)
  found=0
  for kind in crashes hangs; do
    for input in "$work/$target/default/$kind"/id:*; do
      [ -e "$input" ] || continue
      found=$((found + 1))
      echo "== $target: $kind: $input"
      od -c "$input" | head -8
      if [ "$kind" = crashes ]; then
        timeout 60 dotnet "$work/plain/Podium.Fuzz.dll" "$target" "$input" 2>&1 | head -12 || true
      fi
    done
  done
  echo "fuzz $target: ${execs:-0} inputs run in ${seconds} s, ${paths:-0} in the corpus, $found crashes or hangs"
  if [ "$found" -ne 0 ]; then status=1; fi
done
exit $status
