#!/usr/bin/env bats
# Full 16-byte 🔢 lines, most of every file, are checked and decoded 16
# bytes at a time (libfle/read.c).  Whatever that shortcut does not take
# goes the general way, so a damaged line, uppercase digits or a line
# that overruns its section must read exactly as they would without it.
# The shortcut has a version for AVX and one for SSSE3, and there is the
# byte-by-byte way; FLE_READ_VECTORS=ssse3 or =none keeps the reader to
# less than the machine has, so each is tested on any machine.
load helpers
setup() { common_setup; }

# The reader's kinds of vector code: the machine's best, SSSE3, none;
# and the machine's best as the CPU tells it (CPUID), where the kernel
# cannot, as before Linux 5.16 (tests/unit/no-xcomp.c).
KINDS="best ssse3 none cpuid"
with_kind() {
    case "$1" in
    best) "${@:2}" ;;
    cpuid) "$ROOT/build/tests/no-xcomp" "${@:2}" ;;
    *) FLE_READ_VECTORS="$1" "${@:2}" ;;
    esac
}

# three_lines FILE SIZE: an object whose .text holds three full lines.
three_lines() {
    local line='"🔢: 00 11 22 33 44 55 66 77 88 99 aa bb cc dd ee ff"'
    cat > "$1" <<J
{
  "type": ".obj",
  "version": 1,
  "sections": [
    {
      "name": ".text",
      "type": "PROGBITS",
      "flags": "AX",
      "align": "0x10",
      "size": "$2",
      "lines": [
        "📤: _start func 0x30",
        $line,
        $line,
        $line
      ]
    }
  ],
  "symbols": []
}
J
}

# damage FILE POS CHAR: line 14's body (after "🔢: ") gets CHAR at POS.
damage() {
    python3 - "$@" <<'P'
import sys
path, pos, ch = sys.argv[1], int(sys.argv[2]), sys.argv[3]
lines = open(path, encoding="utf-8").read().split("\n")
i = lines[13].index("🔢: ") + 3
body = list(lines[13][i:])
body[pos] = ch
lines[13] = lines[13][:i] + "".join(body)
open(path, "w", encoding="utf-8").write("\n".join(lines))
P
}

@test "bytes lines: a bad character anywhere in a full line is refused at its place" {
    for kind in $KINDS; do
    for pos in $(seq 0 47); do
        three_lines bad.fle 0x30
        if [ $((pos % 3)) -eq 2 ] && [ "$pos" -ne 47 ]; then
            damage bad.fle "$pos" x
            want="unexpected text at the end of the line"
        elif [ "$pos" -eq 47 ]; then
            damage bad.fle "$pos" ' '    # the closing quote becomes a space
            want=""
        else
            damage bad.fle "$pos" g
            want="bad hex byte"
        fi
        run with_kind "$kind" fle-nm bad.fle
        [ "$status" -eq 1 ] || { echo "$kind, pos $pos: status $status: $output"; return 1; }
        [[ "$output" == "fle-nm: error: bad.fle:"* ]] || { echo "$kind, pos $pos: $output"; return 1; }
        [ "$pos" -eq 47 ] && continue
        col=$((13 + 3 * (pos / 3) + (pos % 3 == 2 ? 2 : 0)))
        [[ "$output" == "fle-nm: error: bad.fle:14:$col: $want"* ]] ||
            { echo "$kind, pos $pos: want 14:$col: $want, got: $output"; return 1; }
    done
    done
}

@test "bytes lines: uppercase digits read as the same bytes" {
    three_lines lower.fle 0x30
    sed '14s/aa bb cc dd ee ff/AA BB CC DD EE FF/' lower.fle > upper.fle
    ! cmp -s lower.fle upper.fle
    fle-objdump -d lower.fle | grep -v "file format" > lower.dis
    fle-objdump -d upper.fle | grep -v "file format" > upper.dis
    diff lower.dis upper.dis
}

@test "bytes lines: full lines past the section's size are an overrun, not a write" {
    three_lines over.fle 0x28
    run fle-nm over.fle
    [ "$status" -eq 1 ]
    assert_output "fle-nm: error: over.fle:15:9: contents overrun section .text (size 0x28)"
}

@test "bytes lines: an executable's full lines load byte for byte" {
    # A program whose text is many full lines, padded by nops: it must
    # still run and exit 42 after the padding.
    {
        echo '.globl _start'
        echo '_start:'
        for i in $(seq 200); do echo '  nop'; done
        echo '  mov $60, %eax'
        echo '  mov $42, %edi'
        echo '  syscall'
    } > nops.s
    fle-as nops.s -o nops.fle
    fle-ld nops.fle -o nops
    [ "$(grep -c '"🔢: 90 90 90 90 90 90 90 90 90 90 90 90 90 90 90 90"' nops)" -ge 12 ]
    for kind in $KINDS; do
        run with_kind "$kind" fle-exec ./nops
        [ "$status" -eq 42 ] || { echo "$kind: status $status: $output"; return 1; }
    done
}

@test "bytes lines: every kind of decoding reads a C program to the same model" {
    # An object and the program linked from it (with minilibc): each read
    # with each kind must give back its own text, byte for byte, when
    # written again, and the program must run alike.
    printf '#include <stdio.h>\nint main(void) { printf("%%s\\n", "same bytes"); return 3; }\n' > p.c
    fle-cc -O2 -c p.c -o p.fle
    fle-cc p.fle -o p
    for kind in $KINDS; do
        with_kind "$kind" "$ROOT/build/tests/fle-roundtrip" p.fle p ||
            { echo "$kind: not the same model"; return 1; }
        with_kind "$kind" "$ROOT/build/tests/fle-roundtrip" --placed p ||
            { echo "$kind: placed read differs"; return 1; }
        run with_kind "$kind" fle-exec ./p
        [ "$status" -eq 3 ] && [ "$output" = "same bytes" ] ||
            { echo "$kind: status $status: $output"; return 1; }
    done
}
