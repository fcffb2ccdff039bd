#!/usr/bin/env bash
# End-to-end check of the application jar: scripts/gongwen-spark (the relocated jar on Spark's own class path, as on
# a cluster) and scripts/gongwen extract (the local runner) must write byte-identical records for the same files.
# Uses up to 20 files of corpus/ (or the folder given).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
source="${1:-$root/corpus}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/corpus"
find "$source" -type f ! -name '.*' ! -name '_*' | sort | head -20 | while read -r f; do cp "$f" "$work/corpus/"; done
status=0
"$root/scripts/gongwen" extract --out "$work/local" "$work"/corpus/* || status=$?
"$root/scripts/gongwen-spark" --master 'local[2]' --corpus "$work/corpus" --out "$work/spark" || status=$?
if [ "$status" -gt 1 ]; then
  echo "check-same-records: a runner failed (exit $status)" >&2
  exit 1
fi
mkdir -p "$work/local"
rm -f "$work/spark/failures.jsonl" "$work/spark/failures.csv"
if diff -r "$work/local" "$work/spark" >/dev/null; then
  echo "check-same-records: $(ls "$work/spark" | wc -l) records byte-identical (local runner vs Spark), exit $status"
else
  diff -rq "$work/local" "$work/spark" >&2 || true
  echo "check-same-records: the Spark runner's records differ from the local runner's" >&2
  exit 1
fi
