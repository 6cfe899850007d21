#!/usr/bin/env bats
# Every fle-ld diagnostic, pinned: exact text, exit status 1, and the
# output path as it was (an old program there is kept, untouched).  The
# inputs are hand-written FLE objects, so the tests do not depend on gcc.

load ../common
setup() { common_setup; }

# start_obj NAME : an object defining _start (exit(0)) and nothing else.
start_obj() {
    cat > "$1" <<'EOF2'
{ "type": ".obj", "version": 1,
  "sections": [
    { "name": ".text", "type": "PROGBITS", "flags": "AX", "align": "0x1",
      "size": "0x9",
      "lines": [ "📤: _start func 0x9", "🔢: 31 ff b8 3c 00 00 00 0f 05" ] } ],
  "symbols": [] }
EOF2
}

# data_obj NAME SYMBOL TAG : an object whose .data defines SYMBOL with the
# tag given (📤 global, 📎 weak, 🏷️ local).
data_obj() {
    cat > "$1" <<EOF2
{ "type": ".obj", "version": 1,
  "sections": [
    { "name": ".data", "type": "PROGBITS", "flags": "WA", "align": "0x4",
      "size": "0x4",
      "lines": [ "$3: $2 object 0x4", "🔢: 01 00 00 00" ] } ],
  "symbols": [] }
EOF2
}

# calls_obj NAME : _start calls foo twice (at .text+0x1 and .text+0x6).
calls_obj() {
    cat > "$1" <<'EOF2'
{ "type": ".obj", "version": 1,
  "sections": [
    { "name": ".text", "type": "PROGBITS", "flags": "AX", "align": "0x1",
      "size": "0xc",
      "lines": [
        "📤: _start func 0xc",
        "🔢: e8", "❓: R_X86_64_PLT32(foo - 0x4 - 📍)",
        "🔢: e8", "❓: R_X86_64_PC32(foo - 0x4 - 📍)",
        "🔢: 0f 05" ] } ],
  "symbols": [ "📤: foo none 0x0 undef" ] }
EOF2
}

# Fails with exactly the expected text and leaves ./prog as it was.
expect_error() {
    echo "an earlier link" > prog
    run fle-ld -o prog "$@"
    assert_failure 1
    assert_output "$expected"
    assert_equal "$(cat prog)" "an earlier link"
}

@test "duplicate symbol names both files, section and offset" {
    start_obj start.fle
    data_obj a.fle x 📤
    data_obj b.fle x 📤
    expected="fle-ld: error: duplicate symbol: x
>>> defined at a.fle:(.data+0x0)
>>> defined at b.fle:(.data+0x0)"
    expect_error start.fle a.fle b.fle
}

@test "duplicate weak definitions are fine: the first one wins" {
    start_obj start.fle
    data_obj a.fle x 📎
    data_obj b.fle x 📎
    run fle-ld --trace -o prog start.fle a.fle b.fle
    assert_success
    assert_line "symbol x: weak in a.fle kept, weak in b.fle ignored (the first weak wins)"
}

@test "undefined symbol lists every reference" {
    calls_obj main.fle
    expected="fle-ld: error: undefined symbol: foo
>>> referenced by main.fle:(function _start: .text+0x1)
>>> referenced by main.fle:(function _start: .text+0x6)"
    expect_error main.fle
}

@test "all undefined symbols are reported at once, up to the error limit" {
    {
        echo '{ "type": ".obj", "version": 1, "sections": [], "symbols": ['
        for i in $(seq 1 24); do echo "\"📤: u$i none 0x0 undef\","; done
        echo '"📤: u25 none 0x0 undef" ] }'
    } > many.fle
    start_obj start.fle
    echo "an earlier link" > prog
    run fle-ld -o prog start.fle many.fle
    assert_failure 1
    assert_line --index 0 "fle-ld: error: undefined symbol: u1"
    assert_line --index 1 ">>> referenced by many.fle"
    assert_line "fle-ld: error: undefined symbol: u20"
    refute_line "fle-ld: error: undefined symbol: u21"
    assert_line "fle-ld: error: too many errors emitted, stopping now"
    assert_equal "$(cat prog)" "an earlier link"
}

@test "a local symbol does not satisfy another file's reference" {
    calls_obj main.fle
    data_obj other.fle foo 🏷️
    expected="fle-ld: error: undefined symbol: foo
>>> referenced by main.fle:(function _start: .text+0x1)
>>> referenced by main.fle:(function _start: .text+0x6)
>>> note: other.fle defines a local foo, which other files cannot see"
    expect_error main.fle other.fle
}

@test "R_X86_64_32 out of range names place, value, range and symbol" {
    cat > main.fle <<'EOF2'
{ "type": ".obj", "version": 1,
  "sections": [
    { "name": ".text", "type": "PROGBITS", "flags": "AX", "align": "0x1",
      "size": "0x8",
      "lines": [ "📤: _start func 0x8", "🔢: b8", "❓: R_X86_64_32(big)",
                 "🔢: 0f 05 c3" ] } ],
  "symbols": [ "📤: big none 0x0 abs=0x123456789" ] }
EOF2
    expected="fle-ld: error: main.fle:(.text+0x1): relocation R_X86_64_32 out of range: 0x123456789 is not in [0, 4294967295]; references 'big'"
    expect_error main.fle
}

@test "R_X86_64_32S out of range" {
    cat > main.fle <<'EOF2'
{ "type": ".obj", "version": 1,
  "sections": [
    { "name": ".text", "type": "PROGBITS", "flags": "AX", "align": "0x1",
      "size": "0x8",
      "lines": [ "📤: _start func 0x8",
                 "🔢: 48 c7 c0", "❓: R_X86_64_32S(far + 0x10)",
                 "🔢: c3" ] } ],
  "symbols": [ "📤: far none 0x0 abs=0x7ffffff8" ] }
EOF2
    expected="fle-ld: error: main.fle:(.text+0x3): relocation R_X86_64_32S out of range: 0x80000008 is not in [-2147483648, 2147483647]; references 'far'"
    expect_error main.fle
}

@test "R_X86_64_PC32 out of range" {
    cat > main.fle <<'EOF2'
{ "type": ".obj", "version": 1,
  "sections": [
    { "name": ".text", "type": "PROGBITS", "flags": "AX", "align": "0x1",
      "size": "0x6",
      "lines": [ "📤: _start func 0x6", "🔢: e8",
                 "❓: R_X86_64_PC32(far - 0x4 - 📍)", "🔢: c3" ] } ],
  "symbols": [ "📤: far none 0x0 abs=0x100000000" ] }
EOF2
    expected="fle-ld: error: main.fle:(.text+0x1): relocation R_X86_64_PC32 out of range: 0xffbfeffb is not in [-2147483648, 2147483647]; references 'far'"
    expect_error main.fle
}

@test "a 32-bit absolute address cannot be used in a PIE" {
    cat > main.fle <<'EOF2'
{ "type": ".obj", "version": 1,
  "sections": [
    { "name": ".text", "type": "PROGBITS", "flags": "AX", "align": "0x1",
      "size": "0x8",
      "lines": [ "📤: _start func 0x8", "🔢: b8", "❓: R_X86_64_32(msg)",
                 "🔢: 0f 05 c3" ] },
    { "name": ".rodata", "type": "PROGBITS", "flags": "A", "align": "0x1",
      "size": "0x2", "lines": [ "📤: msg object 0x2", "🔢: 68 00" ] } ],
  "symbols": [] }
EOF2
    expected="fle-ld: error: main.fle:(.text+0x1): relocation R_X86_64_32 cannot be used against symbol 'msg'; recompile with -fPIC"
    expect_error -pie main.fle
}

@test "missing entry symbol" {
    data_obj a.fle x 📤
    expected="fle-ld: error: cannot find entry symbol _start"
    expect_error a.fle
}

@test "missing -e entry symbol" {
    start_obj start.fle
    expected="fle-ld: error: cannot find entry symbol main"
    expect_error -e main start.fle
}

@test "missing library" {
    start_obj start.fle
    expected="fle-ld: error: unable to find library -lnope"
    expect_error start.fle -L . -lnope
}

@test "missing input file" {
    expected="fle-ld: error: cannot open nothere.fle: No such file or directory"
    expect_error nothere.fle
}

@test "malformed input names file and line" {
    start_obj start.fle
    sed 's/31 ff/31 zz/' start.fle > bad.fle
    expected="fle-ld: error: bad.fle:5:47: bad hex byte 'zz'"
    expect_error bad.fle
}

@test "an executable is not an input" {
    start_obj start.fle
    fle-ld -o exe start.fle
    expected="fle-ld: error: exe: is an executable, not an object or archive"
    expect_error exe
}

@test "a TLS relocation against an ordinary symbol is refused" {
    cat > tls.fle <<'EOF2'
{ "type": ".obj", "version": 1,
  "sections": [
    { "name": ".text", "type": "PROGBITS", "flags": "AX", "align": "0x1",
      "size": "0x8",
      "lines": [ "📤: _start func 0x8", "🔢: 8b 04 25",
                 "❓: R_X86_64_TPOFF32(tpoff(counter))", "🔢: 0f" ] },
    { "name": ".bss", "type": "NOBITS", "flags": "WA", "align": "0x4",
      "size": "0x4", "lines": [ "📤: counter object 0x4", "🕳️: 0x4" ] } ],
  "symbols": [] }
EOF2
    expected="fle-ld: error: tls.fle:(.text+0x3): relocation R_X86_64_TPOFF32 against 'counter': not a thread-local symbol"
    expect_error tls.fle
}

@test "unknown option, missing argument, no inputs" {
    run fle-ld -x a.fle
    assert_failure 1
    assert_output "fle-ld: error: unknown argument '-x'"
    run fle-ld -o
    assert_failure 1
    assert_output "fle-ld: error: missing argument to -o"
    run fle-ld
    assert_failure 1
    assert_output "fle-ld: error: no input files"
}

@test "--help and --version" {
    run fle-ld --help
    assert_success
    assert_line --index 0 "usage: fle-ld [options] FILES..."
    run fle-ld --version
    assert_success
    assert_output --partial "fle-ld (FLE toolchain)"
}

@test "a PC-relative reference to an absolute symbol cannot be in a PIE" {
    cat > main.fle <<'EOF2'
{ "type": ".obj", "version": 1,
  "sections": [
    { "name": ".text", "type": "PROGBITS", "flags": "AX", "align": "0x1",
      "size": "0x6",
      "lines": [ "📤: _start func 0x6", "🔢: e8",
                 "❓: R_X86_64_PC32(fixed - 0x4 - 📍)", "🔢: c3" ] } ],
  "symbols": [ "📤: fixed none 0x0 abs=0x1000" ] }
EOF2
    expected="fle-ld: error: main.fle:(.text+0x1): relocation R_X86_64_PC32 cannot refer to absolute symbol 'fixed' in a PIE"
    expect_error -pie main.fle
}

@test "an undefined reference names its function and source file, as GNU ld does" {
    printf 'int missing(void);\nstatic int helper(void) { return missing(); }\nint main(void) { return helper() + missing(); }\n' > u.c
    gcc -O0 -c u.c -o u-elf.o
    run gcc u-elf.o -o u-gcc
    # GNU ld: "u-elf.o: in function `helper':" "u.c:(.text+0x5): ..."
    local gnu
    gnu=$(printf '%s\n' "$output" | awk '/in function `/ { f = $0; sub(/.*in function `/, "", f); sub(/.:$/, "", f) }
        /undefined reference/ { p = $0; sub(/^.*u\.c:\(/, "", p); sub(/\):.*/, "", p); print f, p }')
    [ "$(printf '%s\n' "$gnu" | cut -d' ' -f1 | tr '\n' ' ')" = "helper main " ]
    fle-as u-elf.o -o u.o
    run fle-ld u.o -e main -o u
    assert_failure
    assert_line --index 0 "fle-ld: error: undefined symbol: missing"
    local i=1 fn place
    while read -r fn place; do
        assert_line --index $i ">>> referenced by u.c"
        assert_line --index $((i + 1)) ">>>               u.o:(function $fn: $place)"
        i=$((i + 2))
    done <<< "$gnu"
}
