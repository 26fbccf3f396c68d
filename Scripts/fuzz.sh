#!/usr/bin/env bash
# fuzz.sh — builds the libFuzzer target (Sources/resconv-fuzz, with AddressSanitizer) and runs it
# over the reader and every emitter, seeded with Samples/ and ../shared/corpus/ (docs/hardening.md).
#
# Usage: Scripts/fuzz.sh [SECONDS] [WORKDIR]     (default: 1800 s, .build-fuzz/work)
# A finding is written to WORKDIR/findings/; replay it with
#   swift run resconv-fuzz WORKDIR/findings/crash-…
# and, once fixed, add it to Tests/FuzzRegressionTests/Inputs/ under a name that says what broke.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_TO_RUN=${1:-1800}
WORK=${2:-.build-fuzz/work}
mkdir -p "$WORK/corpus" "$WORK/findings"
swift build -c release --scratch-path .build-fuzz --product resconv-fuzz \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -DRESCONV_FUZZ -Xswiftc -parse-as-library -Xswiftc -use-ld=lld
cp Samples/*.txt Tests/FuzzRegressionTests/Inputs/* "$WORK/corpus/"
if [ -d ../shared/corpus ]; then cp ../shared/corpus/*.txt "$WORK/corpus/"; fi
# Swift's own crash reporter would fight AddressSanitizer's; libFuzzer reports crashes itself.
SWIFT_BACKTRACE=enable=no exec .build-fuzz/release/resconv-fuzz "$WORK/corpus" \
  -max_total_time="$SECONDS_TO_RUN" -max_len=100000 -timeout=20 -rss_limit_mb=4096 \
  -artifact_prefix="$WORK/findings/" -print_final_stats=1
