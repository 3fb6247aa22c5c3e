#!/usr/bin/env bash
# Out-of-fold figures on train and dev (5 folds by writer and kind; the test split is never read): the
# lexicon alone, and with the semantic analyser whose heads each fold fits and thresholds without its
# own labels. Writes policy-semantic/target/quality-cv.md.
# Usage: [JAVA_OPTS="-Dcv.wordL2=1e-4 -Dcv.trainOnly=true -Dcv.sharedPositives=true"] \
#   policy-semantic/scripts/cross-validate.sh [budget[,budget…]] [uniform|greedy[,…]] [l2] [epochs] [lowest[,…]]
# (no arguments: the shipped configuration)
set -euo pipefail
cd "$(dirname "$0")/../.."
# a reactor build: nothing is installed into ~/.m2
mvn -B -q -pl policy-semantic -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
cd policy-semantic
java ${JAVA_OPTS:-} -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
    io.github.smpolicy.semantic.CrossValidation "$@"
