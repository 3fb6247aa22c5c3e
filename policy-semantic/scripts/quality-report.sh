#!/usr/bin/env bash
# The quality report: recall and precision per clause and form, must-ALLOW posts flagged and denied,
# lexicon alone and lexicon + semantic, on the register corpus's frozen test split (or: dev, train;
# add --details on those to list every miss). Usage: policy-semantic/scripts/quality-report.sh [split] [--details]
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -q install -DskipTests -pl policy-model,policy-rules,policy-semantic -am
cd policy-semantic # exec:java runs in the directory mvn starts in: the report goes to policy-semantic/target
mvn -B -q test-compile exec:java -Dexec.classpathScope=test \
    -Dexec.mainClass=io.github.smpolicy.semantic.QualityReport -Dexec.args="${*:-test}"
