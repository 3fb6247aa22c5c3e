#!/usr/bin/env bash
# Runs `policy-check evaluate` over N posts (default 60) of C characters of ordinary words each (default
# 6,000,000): whether a batch of huge posts decides in a bounded heap (the batch holds chunks of at most
# 256 records or 4 Mi characters; docs/command-line.md). Run from the repository root after the build:
#
#   JAVA_OPTS=-Xmx512m policy-examples/scripts/huge-posts.sh [N] [C] [extra policy-check evaluate options...]
#
# The input is written to ${TMPDIR:-/tmp}/policy-check-huge-N-C.jsonl (kept for a second run), the
# decisions to /dev/null; the exit status is policy-check's (0: every post decided; 3: out of memory).
set -euo pipefail
cd "$(dirname "$0")/../.."
n=${1:-60}
chars=${2:-6000000}
shift 2 || shift $# || true
jar=policy-examples/target/policy-check.jar
[[ -f $jar ]] || { echo "no $jar: run the build command first" >&2; exit 2; }
input=${TMPDIR:-/tmp}/policy-check-huge-$n-$chars.jsonl
if [[ ! -s $input ]]; then
    awk -v n="$n" -v c="$chars" 'BEGIN {
        t = "the officer wrote a long report about the shift and the weather and the game last night "
        while (length(t) < c) t = t t
        t = substr(t, 1, c)
        for (i = 0; i < n; i++)
            printf "{\"id\": \"h-%d\", \"postedAt\": \"2026-11-01T10:00:00Z\", \"author\": {\"id\": \"m-1\"}, \"account\": {\"platform\": \"facebook\", \"handle\": \"member\", \"use\": \"PERSONAL\"}, \"text\": \"%s\"}\n", i, t
    }' > "$input"
fi
echo "input: $input ($(wc -l < "$input") posts, $(du -h "$input" | cut -f1))"
status=0
if [[ -x /usr/bin/time ]]; then
    /usr/bin/time -f "peak resident memory: %M KB, wall %e s" \
        policy-examples/bin/policy-check evaluate --threads 2 --format jsonl "$@" "$input" > /dev/null || status=$?
else
    policy-examples/bin/policy-check evaluate --threads 2 --format jsonl "$@" "$input" > /dev/null || status=$?
fi
echo "exit status: $status"
exit "$status"
