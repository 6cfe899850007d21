#!/usr/bin/env bats
# 🔤 text lines and 📥 undefined symbols (spec/FLE.md §3.1-§3.3): what the
# writer chooses, that the bytes are exactly binutils' bytes, and that
# version 1 files still read to the same model.
load ../common
setup() { common_setup; RT="$ROOT/build/tests/fle-roundtrip"; }

# The bytes of section $2 of FLE object $1, decoded from its lines by an
# implementation of §3.1 independent of libfle's, as hex.
fle_section_hex() {
    python3 - "$1" "$2" <<'EOF'
import json, sys
obj = json.load(open(sys.argv[1]))
out = bytearray()
for sec in obj["sections"]:
    if sec["name"] != sys.argv[2]:
        continue
    for line in sec["lines"]:
        tag, _, rest = line.partition(": ")
        if tag == "🔢":
            out += bytes.fromhex(rest)
        elif tag == "🔤":
            out += rest.replace("␀", "\0").encode("ascii")
        elif tag == "❓":
            sys.exit("relocation in " + sys.argv[2])
print(out.hex())
EOF
}

# The same section's bytes as binutils sees them in the ELF object.
elf_section_hex() {
    objcopy -O binary --only-section="$2" "$1" sec.bin
    od -An -v -tx1 sec.bin | tr -d ' \n'
    echo
}

# The lines of section $2 of $1 as the file spells them (JSON strings).
lines_of() {
    jq --arg s "$2" '.sections[] | select(.name == $s) | .lines[]' "$1"
}

@test "hello's strings read as text and are binutils' bytes" {
    gcc -c -O2 "$ROOT/examples/hello/hello.c" -o hello.o
    fle-as hello.o -o hello.fle
    run lines_of hello.fle .rodata.str1.1
    assert_output '"🏷️: .LC0 none 0x0"
"🔤: hello from FLE␀"
"🏷️: .LC1 none 0x0"
"🔤:  %s␀"
"🏷️: .LC2 none 0x0"
"🔤:  (%d args)\n␀"'
    [ "$(fle_section_hex hello.fle .rodata.str1.1)" = "$(elf_section_hex hello.o .rodata.str1.1)" ]
    run jq -r '.symbols[]' hello.fle
    assert_output "🏷️: hello.c file 0x0 abs=0x0
📥: printf"
}

@test "JSON escapes quote, backslash, tab, CR and newline; other bytes stay hex" {
    printf '\t.section .rodata\ns:\t.ascii "say \\"hi\\"\\t(1/2)\\\\x\\r\\n"\n\t.byte 0\n' > a.s
    printf '\t.byte 0x7f, 0x41, 0x42, 0x43, 0x01, 0xc3, 0xa9, 0x74, 0xc3, 0xa9, 0\n' >> a.s
    printf '\t.ascii "tail"\n' >> a.s
    as --64 a.s -o a.o
    fle-as a.o -o a.fle
    # The file holds each escape once: JSON's.
    run grep -F '"🔤: say \"hi\"\t(1/2)\\x\r\n␀"' a.fle
    assert_success
    run lines_of a.fle .rodata
    assert_output '"🏷️: s none 0x0"
"🔤: say \"hi\"\t(1/2)\\x\r\n␀"
"🔢: 7f 41 42 43 01 c3 a9 74 c3 a9 00"
"🔤: tail"'
    [ "$(fle_section_hex a.fle .rodata)" = "$(elf_section_hex a.o .rodata)" ]
}

@test "long text: lines of 64 bytes at most, and one line per line of a message" {
    printf '\t.section .rodata\n\t.asciz "%s"\n\t.asciz "one\\ntwo\\nthree\\n"\n' \
        "$(printf 'x%.0s' $(seq 70))" > a.s
    as --64 a.s -o a.o
    fle-as a.o -o a.fle
    run lines_of a.fle .rodata
    assert_output "\"🔤: $(printf 'x%.0s' $(seq 64))\"
\"🔤: xxxxxx␀\"
\"🔤: one\\n\"
\"🔤: two\\n\"
\"🔤: three\\n␀\""
    [ "$(fle_section_hex a.fle .rodata)" = "$(elf_section_hex a.o .rodata)" ]
}

@test "code is never text: the same bytes in .text are hex, in .rodata text" {
    # push %r15; push %r14; push %r13; push %r12; push %rbp; push %rbx
    printf '\t.text\nf:\t.byte 0x41,0x57,0x41,0x56,0x41,0x55,0x41,0x54,0x55,0x53,0xc3\n' > a.s
    printf '\t.section .rodata\n\t.byte 0x41,0x57,0x41,0x56,0x41,0x55,0x41,0x54,0x55,0x53,0xc3\n' >> a.s
    as --64 a.s -o a.o
    fle-as a.o -o a.fle
    run lines_of a.fle .text
    assert_output '"🏷️: f none 0x0"
"🔢: 41 57 41 56 41 55 41 54 55 53 c3"'
    run lines_of a.fle .rodata
    assert_output '"🔤: AWAVAUATUS"
"🔢: c3"'
    # The disassembly is binutils', byte for byte.
    diff <(fle-objdump -d a.fle | grep -E '^ +[0-9a-f]+:' | cut -f2-) \
         <(objdump -d a.o | grep -E '^ +[0-9a-f]+:' | cut -f2-)
}

@test "a relocation or a symbol inside a string breaks the text there" {
    cat > a.s <<'EOF'
	.data
	.globl msg
msg:	.ascii "abcdefgh"
	.quad target
	.ascii "ijklmnop"
mid:	.ascii "qrstuv"
	.ascii "xy"
	.quad target + 8
	.quad 0x404020
	.asciz "z1"
	.asciz "z123"
EOF
    as --64 a.s -o a.o
    fle-as a.o -o a.fle
    run lines_of a.fle .data
    # Three text bytes and NULs: an address, hex.  Two and a NUL before
    # more text: a string.
    assert_output '"📤: msg none 0x0"
"🔤: abcdefgh"
"❓: R_X86_64_64(target)"
"🔤: ijklmnop"
"🏷️: mid none 0x0"
"🔤: qrstuvxy"
"❓: R_X86_64_64(target + 0x8)"
"🔢: 20 40 40 00 00 00 00 00"
"🔤: z1␀"
"🔤: z123␀"'
    "$RT" a.fle
    # Relocations are where readelf puts them.
    diff <(readelf -rW a.o | awk '/R_X86_64/ {print $1, $3}') \
         <(jq -r '.sections[] | select(.name == ".data") | .lines[]' a.fle |
           awk '/^❓/ {printf "%016x R_X86_64_64\n", off; off += 8; next}
                /^🔤/ {sub(/^🔤: /, ""); gsub(/␀/, "."); off += length($0)}
                /^🔢/ {off += (length($0) - 2) / 3}')
}

@test "a linked executable keeps text in its r-- segment only, and runs" {
    fle-cc -o hello "$ROOT/examples/hello/hello.c"
    run ./hello a b
    assert_output "hello from FLE a b (3 args)"
    tail -n +2 hello > hello.json
    run jq -r '.segments[] | select(.flags == "r--") | .lines[] | select(startswith("🔤"))' hello.json
    assert_line "🔤: hello from FLE␀"
    run jq -r '.segments[] | select(.flags != "r--") | .lines[] | select(startswith("🔤"))' hello.json
    assert_output ""
    "$RT" hello
}

# A version 1 object as the version 1 writer wrote it.
v1_object() {
    cat <<'EOF'
{
  "type": ".obj",
  "version": 1,
  "sections": [
    {
      "name": ".rodata",
      "type": "PROGBITS",
      "flags": "A",
      "align": "0x1",
      "size": "0x7",
      "lines": [
        "🔢: 68 65 6c 6c 6f 0a 00"
      ]
    }
  ],
  "symbols": [
    "📤: puts none 0x0 undef",
    "📎: maybe none 0x0 undef",
    "📤: helper func 0x0 hidden undef"
  ]
}
EOF
}

@test "version 1 still reads: to the same model, written as version 2" {
    v1_object > v1.fle
    run "$RT" --print v1.fle
    assert_success
    assert_line '  "version": 2,'
    assert_line '        "🔤: hello\n␀"'
    "$RT" --print v1.fle > v2.fle
    run jq -r '.sections[0].lines[], .symbols[]' v2.fle
    assert_output "🔤: hello
␀
📥: puts
📥: maybe weak
📥: helper func 0x0 hidden"
    "$RT" --same v1.fle v2.fle
    "$RT" v2.fle
    diff <(fle-nm v1.fle) <(fle-nm v2.fle)
}

@test "the old undef spelling is read in a version 2 file too" {
    v1_object | sed 's/"version": 1/"version": 2/' > old.fle
    "$RT" --print old.fle > new.fle
    "$RT" --same old.fle new.fle
}

bad() {
    printf '%s' "$1" > bad.fle
    run "$RT" bad.fle
    assert_failure 1
    assert_output "fle-roundtrip: error: bad.fle:$2"
}

obj_with() { # one .rodata section of size $2 holding line $1, version $3
    printf '{"type":".obj","version":%s,"sections":[{"name":".rodata","type":"PROGBITS","flags":"A","align":"0x1","size":"%s","lines":[%s]}],"symbols":[]}' \
        "${3:-2}" "$2" "$1"
}

@test "new lines in a version 1 object are refused" {
    bad "$(obj_with '"🔤: abcd"' 0x4 1)" '1:124: 🔤 lines are FLE version 2 (this object says version 1)'
    bad '{"type":".obj","version":1,"sections":[],"symbols":["📥: puts"]}' \
        '1:53: 📥 lines are FLE version 2 (this object says version 1)'
}

@test "malformed text lines" {
    bad "$(obj_with '"🔤: été"' 0x3)" "1:128: byte 0xc3 cannot stand in a 🔤 line (text is printable ASCII, \\t, \\n, \\r and ␀; other bytes go in 🔢 lines)"
    bad "$(obj_with '"🔤: a\u0001b"' 0x3)" "1:124: byte 0x01 cannot stand in a 🔤 line (text is printable ASCII, \\t, \\n, \\r and ␀; other bytes go in 🔢 lines)"
    bad "$(obj_with '"🔤: "' 0x0)" '1:128: a 🔤 line holds at least one byte'
    bad "$(obj_with "\"🔤: $(printf 'x%.0s' $(seq 65))\"" 0x41)" '1:193: more than 64 bytes on one 🔤 line'
    bad "$(obj_with '"🔤: abcde"' 0x4)" '1:124: contents overrun section .rodata (size 0x4)'
    # A raw tab is not JSON, even where the line means text.
    bad "$(obj_with "\"🔤: a$(printf '\t')b\"" 0x3)" '1:129: invalid JSON: a string holds only UTF-8 text without control characters, found byte 0x09'
}

@test "malformed 📥 lines" {
    sym() { printf '{"type":".obj","version":2,"sections":[],"symbols":["%s"]}' "$1"; }
    bad "$(sym '📥: f weak func 0x0')" '1:64: unexpected word on a 📥 line (want: name [type size] [visibility] [weak]) '"'func'"
    bad "$(sym '📥: f func')" '1:63: bad symbol size (want 0x...)'
    bad "$(sym '📥: f undef')" '1:59: unexpected word on a 📥 line (want: name [type size] [visibility] [weak]) '"'undef'"
    bad "$(obj_with '"📥: f"' 0x0)" '1:124: undef/abs/common symbols and section symbols belong in "symbols"'
}

@test "non-canonical escapes read; the rewrite is canonical" {
    obj_with '"🔤: \u0041b\/c\u2400"' 0x5 > a.fle
    run "$RT" --print a.fle
    assert_line '        "🔤: Ab/c␀"'
}

# An executable with one r-- segment of memsz $1 holding lines $2.
exe_with() {
    printf '#!/usr/bin/env fle-exec\n{"type":".exe","version":2,"entry":"0x401000","pie":false,"segments":[{"name":"text","vaddr":"0x401000","memsz":"0x1","flags":"r-x","align":"0x1000","lines":["🔢: c3"]},{"name":"rodata","vaddr":"0x402000","memsz":"%s","flags":"r--","align":"0x1000","lines":[%s]}],"symbols":[]}\n' "$1" "$2"
}

@test "text in an executable's segment: read in place, bounded by memsz" {
    exe_with 0x9 '"🔤: ab\"c\\␀","🕳️: 0x3"' > ok.exe
    run "$RT" --print ok.exe
    assert_success
    assert_line '        "🔤: ab\"c\\␀",'
    exe_with 0x4 '"🔤: abcd␀"' > over.exe
    run "$RT" over.exe
    assert_failure
    assert_output --regexp '^fle-roundtrip: error: over.exe:2:[0-9]+: contents overrun segment rodata \(memsz 0x4\)$'
    exe_with 0x8 '"🕳️: 0x4","🔤: abcd"' > late.exe
    run "$RT" late.exe
    assert_failure
    assert_output --regexp '^fle-roundtrip: error: late.exe:2:[0-9]+: file bytes after 🕳️ in segment rodata: zero fill comes last$'
}

@test "strings around relocated pointers link and run as with gcc, PIE or not" {
    cat > p.c <<'EOF2'
#include <stdio.h>
const char *msgs[] = {"first message", "second"};
struct { char a[8]; const char *p; char b[8]; } s = {"abcdefg", "ptr target", "hijklmn"};
int main(void) { puts(msgs[1]); puts(s.a); puts(s.p); puts(s.b); return 0; }
EOF2
    gcc -o ref p.c
    fle-cc -c p.c -o p.o
    # The struct's strings stand either side of its pointer's relocation.
    run lines_of p.o .data.rel.local
    assert_line '"🔤: abcdefg␀"'
    assert_line '"❓: R_X86_64_64(section(.rodata) + 0x15)"'
    assert_line '"🔤: hijklmn␀"'
    for pie in -no-pie -pie; do
        fle-cc $pie p.o -o prog
        "$RT" prog
        diff <(./ref) <(./prog)
    done
}
