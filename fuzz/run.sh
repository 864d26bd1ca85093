#!/usr/bin/env bash
# Run every atheris harness for a bounded time (make soak; CI). A crash, a hang past -timeout or
# memory past -rss_limit_mb fails the run; the input that did it is kept under $FUZZ_OUT.
#   fuzz/run.sh                 # all harnesses, FUZZ_SECONDS (20) each
#   FUZZ_SECONDS=300 fuzz/run.sh extract feed
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-.venv/bin/python}
SECONDS_EACH=${FUZZ_SECONDS:-20}
OUT=${FUZZ_OUT:-$(mktemp -d "${TMPDIR:-/tmp}/parley-fuzz.XXXXXX")}
TARGETS=("$@")
[ ${#TARGETS[@]} -eq 0 ] && TARGETS=(reader html feed extract)
failed=()
for name in "${TARGETS[@]}"; do
  corpus="$OUT/corpus-$name"
  mkdir -p "$corpus" "$OUT/crashes"
  cp -n fuzz/seeds/"$name"/* "$corpus"/ 2>/dev/null || true
  echo "fuzz: $name for ${SECONDS_EACH}s (corpus $corpus)"
  dict=()
  [ -f "fuzz/$name.dict" ] && dict=(-dict="fuzz/$name.dict")
  # -timeout: seconds one input may take; -rss_limit_mb: the extract harness holds the spaCy model.
  if ! "$PYTHON" "fuzz/fuzz_$name.py" -max_total_time="$SECONDS_EACH" -timeout=30 -rss_limit_mb=3072 \
       -max_len=65536 "${dict[@]}" -artifact_prefix="$OUT/crashes/$name-" -print_final_stats=1 "$corpus" \
       >"$OUT/$name.log" 2>&1; then
    failed+=("$name")
    tail -n 40 "$OUT/$name.log"
  else
    grep -E "^(stat::number_of_executed_units|Done )" "$OUT/$name.log" || tail -n 3 "$OUT/$name.log"
  fi
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz: FAILED: ${failed[*]} (inputs in $OUT/crashes; add each as a regression case in tests/)"
  exit 1
fi
echo "fuzz: no crashes (logs in $OUT)"
