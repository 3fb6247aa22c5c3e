#!/usr/bin/env bash
# Trains the semantic analyser's heads on the register corpus's train split, thresholds on its dev
# split, and writes policy-semantic/src/main/resources/io/github/smpolicy/semantic/heads-311.40.txt.
# Deterministic: the same corpus gives the same file. Usage: policy-semantic/scripts/train-heads.sh [version]
set -euo pipefail
cd "$(dirname "$0")/../.."
version="${1:-$(date -u +%Y-%m-%d)}"
mvn -B -q install -DskipTests -pl policy-model,policy-rules -am
cd policy-semantic # exec:java runs in the directory mvn starts in: paths below are the module's
mvn -B -q test-compile exec:java -Dexec.classpathScope=test \
    -Dexec.mainClass=io.github.smpolicy.semantic.TrainHeads \
    -Dexec.args="src/main/resources/io/github/smpolicy/semantic/heads-311.40.txt $version"
