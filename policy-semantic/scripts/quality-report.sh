#!/usr/bin/env bash
# The quality report: recall and precision per clause and form, must-ALLOW posts flagged and denied,
# lexicon alone and lexicon + semantic, on the register corpus's frozen test split (or: dev, train;
# add --details on those to list every miss; join splits with a comma; --writers w7,w8 keeps those writers' posts).
# Usage: policy-semantic/scripts/quality-report.sh [split[,split]] [--details] [--writers w7,w8] [--record (test only)]
set -euo pipefail
cd "$(dirname "$0")/../.."
# a reactor build: nothing is installed into ~/.m2
mvn -B -q -pl policy-semantic -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
cd policy-semantic # the report goes to policy-semantic/target
java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
    io.github.smpolicy.semantic.QualityReport "${@:-test}"
