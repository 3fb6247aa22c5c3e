#!/usr/bin/env bash
# Retrains the built-in word model (policy-rules: word-model-311.40.txt and .weights), deterministically,
# on the corpus's train and dev splits: train-heads.sh --words.
# Usage: policy-semantic/scripts/train-word-model.sh [version]
exec "$(dirname "$0")/train-heads.sh" --words "$@"
