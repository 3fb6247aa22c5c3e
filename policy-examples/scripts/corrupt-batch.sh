#!/usr/bin/env bash
# Batches lose nothing (issue 6): generates a JSONL batch of LINES valid, varied posts (default 1,000,000)
# in which one line in a hundred is corrupted, the kinds in turn — invalid JSON, a value of the wrong type,
# a missing required field, an unknown word, a duplicated media id, a line cut short, invalid UTF-8, an
# empty line — with a byte-order mark at the start, CRLF on one line in a hundred, a 10 MB post, a line over
# the 16 MiB limit and a last line cut short without a newline. Runs `policy-check evaluate` on it and checks
# that nothing was lost: one output line per input line, each corrupted line reported at its place with its
# line number and the words expected (the field at fault), every other line the decision for its post, exit 1.
#
# Usage:  policy-examples/scripts/corrupt-batch.sh [LINES] [WORK_DIR]
# Needs:  mvn -B -pl policy-examples -am verify   (policy-check.jar and the test classes)
# Prints: wall time and maximum resident set size of the evaluation (GNU time, when installed), the counts;
#         exits 0 when every check passed.
set -euo pipefail

lines=${1:-1000000}
module=$(cd "$(dirname "$0")/.." && pwd)
jar=$module/target/policy-check.jar
classes=$module/target/test-classes
if [[ ! -f $jar || ! -f $classes/io/github/smpolicy/examples/CorruptBatch.class ]]; then
    echo "corrupt-batch: build first: mvn -B -pl policy-examples -am verify" >&2
    exit 2
fi
work=${2:-$(mktemp -d)}
mkdir -p "$work"
batch=$work/batch.jsonl
out=$work/decisions.jsonl

java -cp "$classes:$jar" io.github.smpolicy.examples.CorruptBatch generate "$lines" "$batch"

echo "running: java -jar $jar evaluate $batch > $out"
start=$(date +%s%N)
set +e
if [[ -x /usr/bin/time ]]; then
    /usr/bin/time -v -o "$work/time.txt" java -jar "$jar" evaluate "$batch" > "$out" 2> "$work/stderr.txt"
else
    java -jar "$jar" evaluate "$batch" > "$out" 2> "$work/stderr.txt"
fi
status=$?
set -e
end=$(date +%s%N)

# Independent of the Java check: count with the shell's tools. A last line without \n counts as a line.
input_lines=$(wc -l < "$batch")
if [[ -s $batch && $(tail -c 1 "$batch" | od -An -tx1 | tr -d ' ') != 0a ]]; then
    input_lines=$((input_lines + 1))
fi
output_lines=$(wc -l < "$out")
errors_reported=$(grep -c '^{"line":' "$out" || true)
errors_expected=$(grep -vc '^#' "$batch.expected" || true)

echo "wall time: $(( (end - start) / 1000000 )) ms"
if [[ -f $work/time.txt ]]; then
    grep -E 'Elapsed \(wall clock\)|Maximum resident set size' "$work/time.txt" | sed 's/^\s*/  /'
fi
echo "exit status: $status"
echo "input lines: $input_lines, output lines: $output_lines"
echo "errors expected: $errors_expected, errors reported: $errors_reported"
if [[ -s $work/stderr.txt ]]; then
    echo "standard error:"; head -20 "$work/stderr.txt" | sed 's/^/  /'
fi

failed=0
[[ $status -eq 1 ]] || { echo "FAIL: exit status $status, expected 1"; failed=1; }
[[ $input_lines -eq $output_lines ]] || { echo "FAIL: $output_lines output lines for $input_lines input lines"; failed=1; }
[[ $errors_expected -eq $errors_reported ]] || { echo "FAIL: $errors_reported errors reported, $errors_expected expected"; failed=1; }
# Line by line: each error at its line with the expected words, each other line the decision for p-N.
java -cp "$classes:$jar" io.github.smpolicy.examples.CorruptBatch check "$batch" "$out" || failed=1

echo "files kept in $work"
exit $failed
