#!/usr/bin/env bash
# Retrains the built-in word model (policy-rules: word-model-311.40.txt and .weights), deterministically,
# on the corpus's train and dev splits, with the semantic heads' trainer run on the words alone.
# Usage: policy-semantic/scripts/train-word-model.sh [version]
set -euo pipefail
cd "$(dirname "$0")/../.."
version="${1:-$(date -u +%Y-%m-%d)}"
# a reactor build: nothing is installed into ~/.m2
mvn -B -q -pl policy-semantic -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
cd policy-semantic # paths below are the module's
java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
    io.github.smpolicy.semantic.TrainHeads --words ../policy-rules/src/main/resources/io/github/smpolicy/rules/text "$version"
