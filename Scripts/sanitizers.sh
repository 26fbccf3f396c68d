#!/usr/bin/env bash
# sanitizers.sh — runs the whole test suite under the sanitizers, each in its own build directory
# (docs/hardening.md). The command-line tests run the sanitized resconv as a child process, so
# batch conversion on several threads, file handling and the C glue are covered too.
#
#   address: AddressSanitizer and LeakSanitizer over everything, UndefinedBehaviorSanitizer over
#            the C code (swiftc has no -sanitize=undefined on Linux; Swift code traps on overflow,
#            out-of-bounds access and failed unwraps by itself, in every build)
#   thread:  ThreadSanitizer (data races in batch mode)
#
# Usage: Scripts/sanitizers.sh [address] [thread]      (default: both)
set -euo pipefail
cd "$(dirname "$0")/.."
export LSAN_OPTIONS="suppressions=$PWD/Scripts/lsan-suppressions.txt:print_suppressions=0"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
export TSAN_OPTIONS="halt_on_error=1"
export SWIFT_BACKTRACE=enable=no
for sanitizer in "${@:-address thread}"; do
  for name in $sanitizer; do
    echo "== sanitizer: $name"
    case "$name" in
      address) swift test --sanitize=address -Xcc -fsanitize=undefined -Xcc -fno-sanitize-recover=undefined --scratch-path .build-asan ;;
      thread) swift test --sanitize=thread --scratch-path .build-tsan ;;
      *) echo "unknown sanitizer '$name' (address, thread)" >&2; exit 64 ;;
    esac
  done
done
