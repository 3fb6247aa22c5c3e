#!/usr/bin/env bash
# Trains the semantic analyser's heads on the register corpus's train and dev splits, thresholds them on
# their out-of-fold scores (5 folds by writer and kind), and writes
# policy-semantic/src/main/resources/io/github/smpolicy/semantic/heads-311.40.txt. The test split is never
# read. Deterministic: the same corpus gives the same file. Usage: policy-semantic/scripts/train-heads.sh [version]
set -euo pipefail
cd "$(dirname "$0")/../.."
version="${1:-$(date -u +%Y-%m-%d)}"
# a reactor build: nothing is installed into ~/.m2
mvn -B -q -pl policy-semantic -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
cd policy-semantic # paths below are the module's
java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
    io.github.smpolicy.semantic.TrainHeads src/main/resources/io/github/smpolicy/semantic/heads-311.40.txt "$version"
