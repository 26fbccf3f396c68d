#!/usr/bin/env bash
# hostile-inputs.sh — feeds resconv broken, hostile and odd inputs through the command line and
# checks each outcome: a clear message naming the file, the documented exit status, no crash,
# and no partial, empty or temporary output file left behind. Run by .ci/run.
#
# Usage: Scripts/hostile-inputs.sh [PATH/TO/resconv]      (default: .build/debug/resconv)
set -uo pipefail
RESCONV=$(realpath "${1:-.build/debug/resconv}")
SEED=$(realpath "$(dirname "$0")/../Samples/A_RES_61_215.ods.txt")
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
cd "$WORK" || exit 1
PASSED=0
FAILED=0

# expect NAME STATUS PATTERN -- resconv arguments...
# Runs resconv; checks the exit status and that standard error matches PATTERN (grep -E;
# "" accepts anything, EMPTY wants nothing at all).
expect() {
  local name=$1 status=$2 pattern=$3
  shift 4
  local actual matched=1
  timeout 120 "$RESCONV" "$@" > stdout.txt 2> stderr.txt
  actual=$?
  case "$pattern" in
    "") ;;
    EMPTY) [ -s stderr.txt ] && matched=0 ;;
    *) grep -Eq -- "$pattern" stderr.txt || matched=0 ;;
  esac
  if [ "$actual" -ne "$status" ] || [ "$matched" -eq 0 ]; then
    echo "FAIL $name: status $actual (expected $status), stderr:"; head -c 600 stderr.txt; echo
    FAILED=$((FAILED + 1))
  else
    echo "ok   $name"
    PASSED=$((PASSED + 1))
  fi
}

# no_leftovers NAME DIR — no temporary, empty or partial files in DIR.
no_leftovers() {
  local name=$1 dir=$2
  if find "$dir" -name '.*.tmp' | grep -q . || find "$dir" -type f -empty | grep -q .; then
    echo "FAIL $name: leftovers in $dir:"; find "$dir" -type f; FAILED=$((FAILED + 1))
  else
    echo "ok   $name"; PASSED=$((PASSED + 1))
  fi
}

# same NAME A B — two files are identical.
same() {
  if cmp -s "$2" "$3"; then echo "ok   $1"; PASSED=$((PASSED + 1)); else echo "FAIL $1: $2 and $3 differ"; FAILED=$((FAILED + 1)); fi
}

mkdir out
: > empty.txt
expect "empty file" 1 '^resconv: empty.txt:1:1: error: the input is empty' -- empty.txt -t akn -o out/empty.xml
head -c 4096 /dev/urandom > random.bin
printf '\x7fELF\x02\x01\x01\x00\x00\x00' | cat - random.bin > binary.txt
expect "binary file" 1 'binary.txt:1:1: error: the input is an executable \(ELF\) file, not text' -- binary.txt -t akn -o out/binary.xml
printf '%%PDF-1.7\n%%\xe2\xe3\xcf\xd3\n' > resolution.pdf
expect "PDF given instead of its text" 1 'resolution.pdf:1:1: error: the input is a PDF file, not text; extract its text first' -- resolution.pdf -t json -o out/pdf.json
head -c 3000 /dev/urandom | tr -d '\000' > noise.txt
expect "random bytes" 1 'noise.txt:1:1: error: the input is not text' -- noise.txt -t json -o out/noise.json

# Invalid UTF-8 is decoded as Windows-1252 with a warning (documented in README, "Input").
sed 's/Recognizing/Recogni\xe9ing/' "$SEED" > latin1.txt
expect "invalid UTF-8" 0 'latin1.txt:1:1: warning: the input is not valid UTF-8 \(first bad byte at offset [0-9]+\); decoded as Windows-1252' -- latin1.txt -t akn --validate -o out/latin1.xml
grep -q 'Recogniéing' out/latin1.xml && echo "ok   invalid UTF-8 text kept" && PASSED=$((PASSED + 1))

# UTF-16 with a byte-order mark, CRLF and lone CR line ends: the same document as the UTF-8 file.
"$RESCONV" "$SEED" -t akn -o out/reference.xml
{ printf '\xff\xfe'; iconv -f UTF-8 -t UTF-16LE "$SEED"; } > utf16.txt
expect "UTF-16 with BOM" 0 'utf16.txt:1:1: note: the input is UTF-16' -- utf16.txt -t akn --validate -o out/utf16.xml
same "UTF-16 gives the same AKN" out/reference.xml out/utf16.xml
sed 's/$/\r/' "$SEED" > crlf.txt
expect "CRLF line ends" 0 EMPTY -- crlf.txt -t akn --validate -o out/crlf.xml
same "CRLF gives the same AKN" out/reference.xml out/crlf.xml
tr '\n' '\r' < "$SEED" > cr.txt
expect "lone CR line ends" 0 EMPTY -- cr.txt -t akn --validate -o out/cr.xml
same "lone CR gives the same AKN" out/reference.xml out/cr.xml

# A few NUL bytes in text are removed with a warning naming the first; many mean binary.
sed 's/Recognizing/Recogni\x00zing/' "$SEED" > nul.txt
expect "stray NUL bytes" 0 'nul.txt:[0-9]+:[0-9]+: warning: [0-9]+ control characters? removed from the text' -- nul.txt -t akn --validate -o out/nul.xml
head -c 2000 /dev/zero | cat "$SEED" - > many-nul.txt
expect "many NUL bytes" 1 'many-nul.txt:1:1: error: the input is not text \(binary data at byte [0-9]+\)' -- many-nul.txt -t akn -o out/many-nul.xml

# Size: a 100 MB single line converts in bounded time; the limit refuses larger input clearly.
python3 -c "
import sys
line = open(sys.argv[1], encoding='utf-8').read().replace('\n', ' ')
with open('long.txt', 'w', encoding='utf-8') as out:
    written = 0
    while written < 100_000_000:
        out.write(line); written += len(line.encode())
" "$SEED"
expect "100 MB single line" 0 '' -- long.txt -t json -o out/long.json
expect "over --max-input-size" 1 'long.txt: cannot read|long.txt: the input is [0-9]+ bytes, over the limit of 10485760 bytes' -- long.txt -t json --max-input-size 10 -o out/long-limited.json
head -c 20000000 long.txt | "$RESCONV" -t json --max-input-size 10 > /dev/null 2> stderr.txt
[ $? -eq 1 ] && grep -q '<stdin>: the input is over the limit' stderr.txt && echo "ok   limit on standard input" && PASSED=$((PASSED + 1)) || { echo "FAIL limit on standard input"; FAILED=$((FAILED + 1)); }

# Deeply nested and very many sub-paragraphs.
python3 -c "
import string
labels = ['(a)', '(i)', '(A)', '(1)', 'a.', 'i.', '-']
lines = ['The General Assembly,', '', '1. Decides:', '']
for depth in range(5000):
    lines += [labels[depth % len(labels)] + ' nested ' + str(depth) + ';', '']
open('nested.txt', 'w').write('\n'.join(lines))
"
expect "deeply nested sub-paragraphs" 0 '' -- nested.txt -t akn --validate -o out/nested.xml -q

# Not a resolution: converted with warnings saying what is missing.
printf 'Shopping list\n\nEggs, milk and bread.\n' > list.txt
expect "not a resolution" 0 'list.txt:[0-9]+:[0-9]+: warning: .*\[reader\.' -- list.txt -t akn --validate -o out/list.xml

# Paths: missing file, directory, unwritable output.
expect "missing file" 1 '^resconv: error: missing.txt: cannot read: No such file or directory' -- missing.txt -t json
mkdir adir
expect "directory without --output-dir" 64 "'adir' is a directory" -- adir -t json
expect "directory as -o" 1 'out: cannot write' -- "$SEED" -t json -o out
expect "output in a missing directory" 1 'nowhere/x.json: cannot write: directory nowhere does not exist' -- "$SEED" -t json -o nowhere/x.json
# sysfs refuses new files even to root; a read-only directory refuses them to other users.
expect "unwritable output path" 1 '/sys/resconv-test.json: cannot write: (Permission denied|Read-only file system|Operation not permitted)' -- "$SEED" -t json -o /sys/resconv-test.json
mkdir readonly && chmod 555 readonly
if [ "$(id -u)" -ne 0 ]; then
  expect "unwritable output directory" 1 'readonly/x.json: cannot write: Permission denied' -- "$SEED" -t json -o readonly/x.json
fi
no_leftovers "nothing left by failed conversions" out

# A full disk (simulated with a file size limit): the big outputs fail cleanly, the small ones
# in the same batch are written, and nothing partial remains.
mkdir batch
cp "$SEED" batch/big.txt
printf 'The Security Council,\n\n1. Decides to remain seized of the matter.\n' > batch/small.txt
cp empty.txt batch/empty.txt
( ulimit -f 16; "$RESCONV" batch --to akn,json --output-dir full > stdout.txt 2> stderr.txt; echo $? > status.txt )
if [ "$(cat status.txt)" -eq 1 ] && grep -q 'full/big.akn.xml: cannot write: File too large' stderr.txt \
  && grep -q 'converted 1 of 3 inputs' stderr.txt && [ -s full/small.akn.xml ] && [ -s full/small.json ] \
  && [ ! -e full/big.akn.xml ]; then
  echo "ok   disk full: others converted"; PASSED=$((PASSED + 1))
else
  echo "FAIL disk full:"; cat status.txt stderr.txt; ls -la full; FAILED=$((FAILED + 1))
fi
no_leftovers "disk full leaves nothing partial" full

echo "hostile inputs: $PASSED passed, $FAILED failed"
[ "$FAILED" -eq 0 ]
