#!/usr/bin/env bash
# Times `policy-check evaluate` over a JSONL file of N posts (default 1,000,000) made by repeating
# the bundled sample posts with ids of their own, and reports wall time, posts per second and the
# peak resident memory of the JVM. Run from the repository root after the build command:
#
#   policy-examples/scripts/batch-benchmark.sh [N] [extra policy-check evaluate options...]
#
# The input is written to ${TMPDIR:-/tmp}/policy-check-batch-N.jsonl (kept for a second run), the
# decisions to /dev/null. Peak memory comes from GNU time when it is installed (/usr/bin/time).
# It runs the command as the README does, policy-examples/bin/policy-check (the full JIT and the parallel
# collector for an input this large); JAVA_OPTS go to the JVM: JAVA_OPTS=-Xmx128m shows the batch runs in a
# fixed heap.
set -euo pipefail
n=${1:-1000000}
shift || true
jar=policy-examples/target/policy-check.jar
samples=policy-examples/samples/posts.jsonl
input=${TMPDIR:-/tmp}/policy-check-batch-$n.jsonl
[[ -f $jar ]] || { echo "no $jar: run the build command first" >&2; exit 2; }
if [[ ! -s $input ]]; then
    # every sample line starts {"id": "s-NN", ...: give each copy an id of its own
    awk -v n="$n" '{ rest[NR] = substr($0, index($0, "\", ")) } END {
        for (i = 0; i < n; i++) print "{\"id\": \"b-" i rest[i % NR + 1] }' "$samples" > "$input"
fi
echo "input: $input ($(wc -l < "$input") posts, $(du -h "$input" | cut -f1))"
start=$(date +%s.%N)
if [[ -x /usr/bin/time ]]; then
    /usr/bin/time -f "peak resident memory: %M KB" policy-examples/bin/policy-check evaluate --format jsonl "$@" "$input" > /dev/null
else
    policy-examples/bin/policy-check evaluate --format jsonl "$@" "$input" > /dev/null
fi
end=$(date +%s.%N)
awk -v s="$start" -v e="$end" -v n="$n" 'BEGIN { printf "wall: %.1f s, %.0f posts/s\n", e - s, n / (e - s) }'
