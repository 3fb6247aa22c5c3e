#!/usr/bin/env bash
# Prints the classpath the benchmarks run with: they live in the test sources (src/test/java,
# io.github.smpolicy.examples.bench), so no deployed or runnable jar carries them or JMH. The test
# classes, the module's classes, this repository's other modules from their build output (not from
# ~/.m2), and the test dependencies the build lists in target/test-classpath.txt. After the build
# command (mvn -B verify, or mvn -B -pl policy-examples -am package -DskipTests), from the repository root:
#
#   java -cp "$(policy-examples/scripts/bench-classpath.sh)" org.openjdk.jmh.Main EvaluationBenchmark
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
module=$root/policy-examples/target
for f in $module/test-classpath.txt $module/test-classes/META-INF/BenchmarkList; do
    [[ -f $f ]] || { echo "no $f: run the build command first (mvn -B verify)" >&2; exit 2; }
done
cp=$module/test-classes:$module/classes
IFS=: read -r -a entries < "$module/test-classpath.txt" || true # no newline at its end
for entry in "${entries[@]}"; do
    case $entry in
        */io/github/smpolicy/policy-*) # a module of this repository, from the reactor or ~/.m2
            name=${entry#*/io/github/smpolicy/}; name=${name%%/*}; cp=$cp:$root/$name/target/classes ;;
        *) cp=$cp:$entry ;;
    esac
done
echo "$cp"
