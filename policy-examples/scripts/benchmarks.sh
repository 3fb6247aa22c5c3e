#!/usr/bin/env bash
# Every speed figure of the README's table, in one command: the JMH benchmarks (evaluator beside the
# hand-written floor; one and two threads; 50 non-matching agency rules; text length), CPU time per
# evaluation, JVM start to first decision (built-in rules, then the sheriff's agency DRL), and the
# 1,000,000-post batch in a 128 MB heap. Run from the repository root after the build command:
#
#   policy-examples/scripts/benchmarks.sh [RESULTS_DIR]
#
# The benchmarks live in the test sources (src/test/java, io.github.smpolicy.examples.bench), so no
# deployed or runnable jar carries them or JMH; scripts/bench-classpath.sh prints the classpath they
# run with. One benchmark alone, for example:
#
#   java -cp "$(policy-examples/scripts/bench-classpath.sh)" org.openjdk.jmh.Main EvaluationBenchmark
#
# Takes about 15 minutes on 2 cores. QUICK=1 runs every step with short settings (a smoke test, not
# figures to quote). Each step's full output is kept in RESULTS_DIR (default: a new temporary folder).
set -euo pipefail
jar=policy-examples/target/policy-check.jar
[[ -f $jar ]] || { echo "no $jar: run the build command first" >&2; exit 2; }
cp=$(policy-examples/scripts/bench-classpath.sh)
out=${1:-$(mktemp -d)}
mkdir -p "$out"
if [[ ${QUICK:-0} == 1 ]]; then
    jmh=(-wi 1 -w 1 -i 2 -r 1 -f 1); jvms=2; posts=20000
else
    jmh=(-wi 5 -w 2 -i 10 -r 2 -f 1); jvms=7; posts=1000000
fi
# Two threads compile on the cores they measure on: C2 is still busy after 3 warm-up iterations of 2 s
# (measured 11,300 -> 21,700 -> 27,100 ops/s in the first three), so they warm up for 8.
jmh2=("${jmh[@]}"); [[ ${QUICK:-0} == 1 ]] || jmh2=(-wi 8 -w 2 -i 10 -r 2 -f 1)
run() { # name, command...: runs it, keeps its output, prints the lines that carry figures
    local name=$1; shift
    echo "== $name"
    "$@" > "$out/$name.txt" 2>&1
}

run evaluation java -cp "$cp" org.openjdk.jmh.Main 'EvaluationBenchmark\.' -bm sample -tu us "${jmh[@]}" -rf json -rff "$out/evaluation.json"
grep -E '^EvaluationBenchmark\.[a-zA-Z]+(:p0.50)? ' "$out/evaluation.txt" | grep -E 'p0.50' || true
run one-thread java -cp "$cp" org.openjdk.jmh.Main 'EvaluationBenchmark\.(evaluator|floor|evaluatorLabelsOnly|floorLabelsOnly)$' -bm thrpt -tu s "${jmh2[@]}"
grep -E '^EvaluationBenchmark\.' "$out/one-thread.txt" || true
run two-threads java -cp "$cp" org.openjdk.jmh.Main EvaluationBenchmarkTwoThreadsThroughput "${jmh2[@]}"
grep -E '^EvaluationBenchmarkTwoThreadsThroughput\.' "$out/two-threads.txt" || true
run agency-rules java -cp "$cp" org.openjdk.jmh.Main AgencyRulesBenchmark "${jmh[@]}"
grep -E '^AgencyRulesBenchmark\.evaluate:p0.50 ' "$out/agency-rules.txt" || true
run text-length java -cp "$cp" org.openjdk.jmh.Main TextAnalysisBenchmark -p size=280,1024,65536,1048576 "${jmh[@]}"
grep -E '^TextAnalysisBenchmark\.' "$out/text-length.txt" || true
run cpu-time bash -c "java -cp $cp io.github.smpolicy.examples.bench.CpuPerEvaluation typical 0 2>/dev/null;
    java -cp $cp io.github.smpolicy.examples.bench.CpuPerEvaluation typical 50 2>/dev/null"
cat "$out/cpu-time.txt"
run first-decision bash -c "for i in \$(seq $jvms); do java -cp $cp io.github.smpolicy.examples.bench.FirstDecision 2>/dev/null; done"
cat "$out/first-decision.txt"
run first-decision-agency bash -c "for i in \$(seq $jvms); do java -cp $cp io.github.smpolicy.examples.bench.FirstDecision \
    --agency policy-examples/agencies/cascade-county/profile.json 2>/dev/null; done"
cat "$out/first-decision-agency.txt"
run batch env JAVA_OPTS=-Xmx128m policy-examples/scripts/batch-benchmark.sh "$posts"
cat "$out/batch.txt"
echo "full output in $out"
