#!/usr/bin/env bash
# Regenerates docs/report-samples.png, the README's picture of `policy-check report`: the page made from
# the bundled sample posts, as headless Chromium draws it at 1280 × 1600. Run from the repository root
# after the build command (mvn -B -q package -DskipTests):
#
#   policy-examples/scripts/report-screenshot.sh
#
# Needs Chromium (Debian: apt-get install chromium; CHROMIUM names another binary). The page is written
# to ${TMPDIR:-/tmp}/report-samples.html; the picture must stay under 300 KB (checked below).
set -euo pipefail
jar=policy-examples/target/policy-check.jar
page=${TMPDIR:-/tmp}/report-samples.html
png=docs/report-samples.png
[[ -f $jar ]] || { echo "no $jar: run the build command first" >&2; exit 2; }
chromium=${CHROMIUM:-$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)}
[[ -n $chromium ]] || { echo "no chromium: apt-get install chromium, or set CHROMIUM" >&2; exit 2; }
java -jar "$jar" report --quiet --title "Bundled sample posts" --output "$page" policy-examples/samples/posts.jsonl
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
"$chromium" --headless --disable-gpu --no-sandbox --no-first-run --user-data-dir="$profile" --hide-scrollbars \
    --window-size=1280,1600 --screenshot="$PWD/$png" "file://$page" 2> /dev/null
size=$(stat -c %s "$png")
echo "$png: $size bytes"
if (( size >= 300 * 1024 )); then
    echo "$png is over 300 KB" >&2
    exit 1
fi
