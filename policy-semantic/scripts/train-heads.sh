#!/usr/bin/env bash
# Trains the semantic analyser's heads on the register corpus's train and dev splits, thresholds them on
# their out-of-fold scores (5 folds by writer and kind), and writes
# policy-semantic/src/main/resources/io/github/smpolicy/semantic/heads-311.40.txt. With --words, trains the
# built-in word model the same way on the words alone and writes policy-rules' word-model-311.40.txt and
# .weights. The test split is never read. Deterministic: the same corpus gives the same files.
# Usage: policy-semantic/scripts/train-heads.sh [--words] [version]
set -euo pipefail
cd "$(dirname "$0")/../.."
words=false
if [ "${1:-}" = --words ]; then words=true; shift; fi
version="${1:-$(date -u +%Y-%m-%d)}"
# a reactor build: nothing is installed into ~/.m2
mvn -B -q -pl policy-semantic -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
cd policy-semantic # paths below are the module's
if [ "$words" = true ]; then
  set -- --words ../policy-rules/src/main/resources/io/github/smpolicy/rules/text "$version"
else
  set -- src/main/resources/io/github/smpolicy/semantic/heads-311.40.txt "$version"
fi
java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
    io.github.smpolicy.semantic.TrainHeads "$@"
