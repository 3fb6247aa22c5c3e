#!/usr/bin/env bash
# Posts per second through one instance of policy-check stream's topology, without a broker
# (Kafka's TopologyTestDriver): the topology's own work per instance, not Kafka's network.
# Five rounds of N posts (default 20,000) made from the sample posts; the first is a warm-up.
# Run from the repository root after the build command (mvn -B verify, or
# mvn -B -pl policy-examples -am package -DskipTests):
#
#   policy-examples/scripts/stream-throughput.sh [N] [--semantic] [--new-texts]
#
# --new-texts gives every post a text of its own, so the semantic analyser's cache never answers.
set -euo pipefail
cp=$("$(dirname "$0")/bench-classpath.sh")
exec java ${JAVA_OPTS:-} -cp "$cp" io.github.smpolicy.examples.bench.StreamThroughput "$@"
