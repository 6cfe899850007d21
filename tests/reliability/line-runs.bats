#!/usr/bin/env bats
# After a line, the reader takes the lines that follow in canonical
# spelling — 🔢, 🔤, 🕳️ and positional symbol lines — without the
# general way (libfle/read.c, line_run).  Whatever it does not take goes
# the general way, so every file must read exactly as it would without
# it: the same model, the same section offsets, the same errors.  A
# line whose tag's ':' is written \u003a is the same JSON string, which
# only the general way reads: the oracle for "as without it".
load helpers
setup() { common_setup; }

# escape EVERY FIRST IN OUT: lines FIRST, FIRST+EVERY, ... of IN's line
# arrays get their tag's ':' escaped.
escape() {
    python3 - "$@" <<'P'
import re, sys
every, first, src, dst = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4]
tag = re.compile(r'^(\s*"(?:🔢|🔤|🕳️?|📤|🏷️?|📎|📥|❓))(: )')
out, k = [], 0
for line in open(src, encoding="utf-8").read().split("\n"):
    if tag.match(line):
        if k >= first and (k - first) % every == 0:
            line = tag.sub(r"\1\\u003a ", line, count=1)
        k += 1
    out.append(line)
open(dst, "w", encoding="utf-8").write("\n".join(out))
P
}

# same_as_general FILE: FILE, with any pattern of its lines sent the
# general way, reads to the same model (placed too, for executables).
same_as_general() {
    for every in 1 2 3 7; do
        for first in 0 1 2; do
            escape "$every" "$first" "$1" esc.fle
            ! cmp -s "$1" esc.fle
            run "$ROOT/build/tests/fle-roundtrip" --same "$1" esc.fle
            [ "$status" -eq 0 ] || { echo "every $every from $first: $output"; return 1; }
        done
    done
}

@test "line runs: an executable reads the same with any lines sent the general way" {
    cp "$ROOT/examples/hello/hello.c" .
    fle-cc hello.c -o hello
    grep -q '"🏷️: ' hello
    grep -q '"🕳️: ' hello
    grep -q '"🔤: ' hello
    same_as_general hello
    run "$ROOT/build/tests/fle-roundtrip" hello
    assert_success
    run "$ROOT/build/tests/fle-roundtrip" --placed hello
    assert_success
}

@test "line runs: a PIE and an object read the same with any lines sent the general way" {
    cp "$ROOT/examples/hello/hello.c" .
    fle-cc -pie hello.c -o hello-pie
    fle-cc -c hello.c -o hello.fle
    grep -q '"❓: R_X86_64_RELATIVE' hello-pie
    same_as_general hello-pie
    same_as_general hello.fle
}

# exe LINES...: an executable whose segment "text" (0x401000, memsz
# 0x40) holds LINES; its sections .text (0x20 bytes) and .text2 (0x20
# bytes at 0x401020).
exe() {
    {
        cat <<J
{
  "type": ".exe",
  "version": ${VERSION:-2},
  "entry": "0x401000",
  "pie": false,
  "sections": [
    { "name": ".text", "addr": "0x401000", "size": "0x20", "align": "0x10", "flags": "AX" },
    { "name": ".text2", "addr": "0x401020", "size": "0x20", "align": "0x10", "flags": "AX" }
  ],
  "segments": [
    {
      "name": "text",
      "vaddr": "0x401000",
      "memsz": "0x40",
      "flags": "r-x",
      "align": "0x1000",
      "lines": [
J
        local sep=""
        for l in "$@"; do printf '%s        "%s"' "$sep" "$l"; sep=$',\n'; done
        printf '\n      ]\n    }\n  ]\n}\n'
    } > t.fle
}

FULL="🔢: 00 11 22 33 44 55 66 77 88 99 aa bb cc dd ee ff"

# off_of SECTION: fle-readfle -S's Off of SECTION in t.fle, in decimal.
off_of() {
    printf '%d' "0x$(fle-readfle -S t.fle | sed -nE "s/^  \[ *[0-9]+\] $1 +\S+ +\S+ ([0-9a-f]+) .*/\1/p")"
}

# line_at TEXT: the byte offset of the opening quote of t.fle's line TEXT.
line_at() {
    python3 -c 'import sys; d = open("t.fle", "rb").read(); print(d.index(("\"" + sys.argv[1] + "\"").encode()))' "$1"
}

@test "line runs: a symbol line at a section's first byte starts the section" {
    exe "📤: _start func 0x20" "$FULL" "$FULL" "📤: second func 0x20" "$FULL" "$FULL"
    [ "$(off_of .text2)" -eq "$(line_at "📤: second func 0x20")" ]
    run fle-nm t.fle
    assert_success
    assert_output "0000000000401000 T _start
0000000000401020 T second"
}

@test "line runs: a symbol line just inside a section belongs to it, not to its start" {
    # .text2 starts after the first byte of the line that holds it: its
    # Off is that line, and the symbol a byte on is where it stands.
    exe "📤: _start func 0x20" "$FULL" "🔢: 00 11 22 33 44 55 66 77 88 99 aa bb cc dd ee" \
        "🔢: 00 11" "🏷️: inside none 0x0" "$FULL" "🔢: 00 11 22 33 44 55 66 77 88 99 aa bb cc dd ee"
    [ "$(off_of .text2)" -eq "$(line_at "🔢: 00 11")" ]
    run fle-nm t.fle
    assert_output "0000000000401000 T _start
0000000000401021 t inside"
    escape 1 0 t.fle esc.fle
    run "$ROOT/build/tests/fle-roundtrip" --same t.fle esc.fle
    assert_success
}

@test "line runs: other spellings the general way accepts read as the canonical ones" {
    exe "📤: _start func 0x20" "$FULL" "🏷: a object 0xA" "📤️: b func 0x0000000000000010 hidden" \
        "$FULL" "📎: c tls 0x1 protected" "🔢: 00 11 22 33 44 55 66 77 88 99 AA BB CC DD EE FF" \
        "📤: d file 0x0" "🔤: abc\\u0064efghijklmnop" "🕳: 0x0"
    cp t.fle odd.fle
    exe "📤: _start func 0x20" "$FULL" "🏷️: a object 0xa" "📤: b func 0x10 hidden" \
        "$FULL" "📎: c tls 0x1 protected" "$FULL" "📤: d file 0x0" "🔤: abcdefghijklmnop" "🕳️: 0x0"
    run "$ROOT/build/tests/fle-roundtrip" --same odd.fle t.fle
    assert_success
    "$ROOT/build/tests/fle-roundtrip" --print t.fle > t.txt
    run "$ROOT/build/tests/fle-roundtrip" --print odd.fle
    assert_success
    assert_output "$(cat t.txt)"
    grep -q '"🏷️: a object 0xa"' t.txt
}

# refused WANT LINES...: the executable of LINES is refused with WANT.
refused() {
    local want="$1"
    shift
    exe "$@"
    run fle-nm t.fle
    assert_failure 1
    assert_output "fle-nm: error: t.fle:$want"
}

@test "line runs: a symbol line in a run that the grammar refuses is explained at its place" {
    refused '20:32: unknown word on symbol line' "📤: _start func 0x20" "$FULL" "📤: s func 0x10 default"
    refused '20:9: undef/abs symbols and section symbols belong in "symbols"' \
        "📤: _start func 0x20" "$FULL" "📤: s func 0x10 undef"
    refused '20:9: undef/abs symbols and section symbols belong in "symbols"' \
        "📤: _start func 0x20" "$FULL" "📤: s section 0x0"
    refused '20:38: bad symbol size (want 0x...)' "📤: _start func 0x20" "$FULL" "📤: s func 0x00000000000000001"
    refused '20:24: stray space' "📤: _start func 0x20" "$FULL" "📤: s func 0x1 "
    refused '20:18: unknown symbol type '\''fun'\''' "📤: _start func 0x20" "$FULL" "📤: s fun 0x1"
}

@test "line runs: bytes, text and zero fill in a run keep their rules" {
    refused '21:9: file bytes after 🕳️ in segment text: zero fill comes last' \
        "📤: _start func 0x20" "$FULL" "🕳️: 0x10" "🔢: 00"
    refused '21:9: file bytes after 🕳️ in segment text: zero fill comes last' \
        "📤: _start func 0x20" "$FULL" "🕳️: 0x0" "🔤: a"
    refused '21:9: contents overrun segment text (memsz 0x40)' \
        "📤: _start func 0x20" "$FULL" "🕳️: 0x10" "🕳️: 0x21"
    refused '23:9: contents overrun segment text (memsz 0x40)' \
        "📤: _start func 0x20" "$FULL" "$FULL" "$FULL" "$FULL" "🔤: x"
    VERSION=1 refused '20:9: 🔤 lines are FLE version 2 (this object says version 1)' \
        "📤: _start func 0x20" "$FULL" "🔤: abc"
    refused '14:16: segment text: memsz 0x40 does not match contents 0x28' \
        "📤: _start func 0x20" "$FULL" "🕳️: 0x8" "🕳️: 0x10" "📤: end none 0x0"
}

@test "line runs: relocation lines of objects read the same taken in a run or not" {
    # Every wrapper, section targets, addends of both signs (the most
    # negative too), PC-relative and not, across the corpus's shapes.
    corpus="$("$ROOT/tests/corpus/build-matrix")"
    for f in tls-O2-fPIC-g tls-O0-fno-pic statics-O2-fPIC-g fnptr-O1-fPIE oddnames switch-O3-fno-pic; do
        same_as_general "$corpus/$f.fle"
    done
    cat > odd.fle <<'J'
{"type": ".obj", "version": 2, "sections": [
 {"name": ".data", "type": "PROGBITS", "flags": "WA", "align": "0x8", "size": "0x1c",
  "lines": ["🔢: 00", "❓: R_X86_64_64(x - 0x8000000000000000)", "❓: R_X86_64_PC32(section(.data) + 0x0 - 📍)",
            "❓: R_X86_64_32(x + 0xffffffffffffffff)", "❓: R_X86_64_GOTOFF64(gotoff(section(.data)) + 0x4)",
            "🔢: 00 00 00"]}],
 "symbols": ["📥: x"]}
J
    same_as_general odd.fle
    run "$ROOT/build/tests/fle-roundtrip" --print odd.fle
    assert_success
    assert_line '        "❓: R_X86_64_64(x - 0x8000000000000000)",'
    assert_line '        "❓: R_X86_64_PC32(section(.data) - 📍)",'
}

# obj_refused WANT LINES...: an object whose .text (0x10 bytes) holds
# LINES is refused by fle-nm with WANT.
obj_refused() {
    local want="$1" sep="" l
    shift
    {
        printf '{"type": ".obj", "version": 2, "sections": [\n {"name": ".text", "type": "PROGBITS", "flags": "AX", "align": "0x1", "size": "0x10",\n  "lines": [\n'
        for l in "$@"; do printf '%s   "%s"' "$sep" "$l"; sep=$',\n'; done
        printf '\n  ]}]}\n'
    } > o.fle
    run fle-nm o.fle
    assert_failure 1
    assert_output "fle-nm: error: o.fle:$want"
}

@test "line runs: a relocation line in a run that breaks a rule is explained at its place" {
    obj_refused '5:4: relocation overruns section .text (size 0x10)' \
        "🔢: 00 11 22 33 44 55 66 77 88 99 aa bb cc dd" "❓: R_X86_64_PC32(f - 0x4 - 📍)"
    obj_refused '5:4: R_X86_64_RELATIVE belongs in executables, not objects' "🔢: 00" "❓: R_X86_64_RELATIVE(B + 0x10)"
    obj_refused '5:4: R_X86_64_GLOB_DAT belongs in executables, not objects' "🔢: 00" "❓: R_X86_64_GLOB_DAT(f)"
    obj_refused '5:29: this relocation type is PC-relative: its formula ends in '\''- 📍'\''' \
        "🔢: 00" "❓: R_X86_64_PC32(f - 0x4)"
    obj_refused '5:28: relocation against unknown section .nowhere' "🔢: 00 11 22 33 44 55 66 77 88 99 aa bb" "❓: R_X86_64_32(section(.nowhere))"
    obj_refused '5:42: bad addend (want 0x...)' "🔢: 00" "❓: R_X86_64_64(f + 0x00000000000000001)"
}
