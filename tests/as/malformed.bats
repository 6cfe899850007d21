#!/usr/bin/env bats
# Malformed FLE: each case gets exactly one error line naming the file
# and (where one applies) the line, and a non-zero exit.  The messages
# come from libfle, so every tool prints them the same way.
load ../common
setup() { common_setup; }

bad() {
    printf "%b" "$1" > bad.fle
    run "$ROOT/build/tests/fle-roundtrip" bad.fle
    assert_failure 1
    assert_output "fle-roundtrip: error: $2"
}

@test "malformed: truncated JSON" {
    bad '{' 'bad.fle:1:2: invalid JSON: string or '\''}'\'' expected at end of file'
}

@test "malformed: empty file" {
    bad '' 'bad.fle: not an FLE file (it is empty)'
}

@test "malformed: JSON that is not an object" {
    bad '[1,2]' 'bad.fle:1:1: not an FLE file: the JSON is not an object'
}

@test "malformed: unsupported version" {
    bad '{"type":".obj","version":4,"sections":[]}' 'bad.fle:1:26: unsupported FLE version 4 (this reader knows versions 1 to 3)'
}

@test "malformed: missing version" {
    bad '{"type":".obj","sections":[]}' 'bad.fle:1:1: missing "version" (this reader knows versions 1 to 3)'
}

@test "malformed: unknown file type" {
    bad '{"type":".foo","version":1}' 'bad.fle:1:9: unknown FLE file type '\''.foo'\'' (want .obj, .exe, .so or .ar)'
}

@test "malformed: duplicate key" {
    bad '{"type":".obj","type":".obj","version":1,"sections":[]}' 'bad.fle:1:16: invalid JSON: duplicate object key "type"'
}

@test "malformed: unknown line tag" {
    bad '{"type":".obj","version":1,"sections":[{"name": ".text", "type": "PROGBITS", "flags": "AX", "align": "0x1", "size": "0x1", "lines": ["🦄: x"]}]}' 'bad.fle:1:135: unknown line tag '\''🦄'\'''
}

@test "malformed: bad hex" {
    bad '{"type":".obj","version":1,"sections":[{"name": ".text", "type": "PROGBITS", "flags": "AX", "align": "0x1", "size": "0x1", "lines": ["🔢: 4g"]}]}' 'bad.fle:1:138: bad hex byte '\''4g'\'''
}

@test "malformed: more than 16 bytes on a line" {
    bad '{"type":".obj","version":1,"sections":[{"name": ".text", "type": "PROGBITS", "flags": "AX", "align": "0x1", "size": "0x11", "lines": ["🔢: 00 01 02 03 04 05 06 07 08 09 0a 0b 0c 0d 0e 0f 10"]}]}' 'bad.fle:1:187: more than 16 bytes on one 🔢 line'
}

@test "malformed: relocation overruns its section" {
    bad '{"type":".obj","version":1,"sections":[{"name": ".text", "type": "PROGBITS", "flags": "AX", "align": "0x1", "size": "0x4", "lines": ["🔢: 00", "❓: R_X86_64_PC32(foo - 0x4 - 📍)"]}]}' 'bad.fle:1:143: relocation overruns section .text (size 0x4)'
}

@test "malformed: size does not match contents" {
    bad '{"type":".obj","version":1,"sections":[{"name": ".text", "type": "PROGBITS", "flags": "AX", "align": "0x1", "size": "0x2", "lines": ["🔢: 00"]}]}' 'bad.fle:1:117: section .text: size 0x2 does not match contents 0x1'
}

@test "malformed: decimal number" {
    bad '{"type":".obj","version":1,"sections":[{"name": ".text", "type": "PROGBITS", "flags": "AX", "align": "16", "size": "0x1", "lines": ["🔢: 00"]}]}' 'bad.fle:1:102: "align": bad number '\''16'\'' (numbers are hexadecimal: 0x1c)'
}

@test "malformed: alignment not a power of two" {
    bad '{"type":".obj","version":1,"sections":[{"name": ".text", "type": "PROGBITS", "flags": "AX", "align": "0x3", "size": "0x1", "lines": ["🔢: 00"]}]}' 'bad.fle:1:102: alignment 0x3 is not a power of two'
}

@test "malformed: zero fill in a PROGBITS section" {
    bad '{"type":".obj","version":1,"sections":[{"name": ".text", "type": "PROGBITS", "flags": "AX", "align": "0x1", "size": "0x1", "lines": ["🕳️: 0x1"]}]}' 'bad.fle:1:134: 🕳️ lines belong only in NOBITS sections (.text is not)'
}

@test "malformed: bytes in a NOBITS section" {
    bad '{"type":".obj","version":1,"sections":[{"name": ".bss", "type": "NOBITS", "flags": "WA", "align": "0x1", "size": "0x1", "lines": ["🔢: 00"]}]}' 'bad.fle:1:131: section .bss has no file bytes: only 🕳️ and symbol lines'
}

@test "malformed: unknown relocation type" {
    bad '{"type":".obj","version":1,"sections":[{"name": ".text", "type": "PROGBITS", "flags": "AX", "align": "0x1", "size": "0x4", "lines": ["❓: R_X86_64_FOO(x)"]}]}' 'bad.fle:1:138: unknown relocation type '\''R_X86_64_FOO'\'''
}

@test "malformed: PC-relative formula without 📍" {
    bad '{"type":".obj","version":1,"sections":[{"name": ".text", "type": "PROGBITS", "flags": "AX", "align": "0x1", "size": "0x4", "lines": ["❓: R_X86_64_PC32(x - 0x4)"]}]}' 'bad.fle:1:159: this relocation type is PC-relative: its formula ends in '\''- 📍'\'''
}

@test "malformed: absolute formula with 📍" {
    bad '{"type":".obj","version":1,"sections":[{"name": ".text", "type": "PROGBITS", "flags": "AX", "align": "0x1", "size": "0x8", "lines": ["❓: R_X86_64_64(x - 📍)"]}]}' 'bad.fle:1:155: this relocation type is not PC-relative: drop '\''- 📍'\'''
}

@test "malformed: GOT relocation without got()" {
    bad '{"type":".obj","version":1,"sections":[{"name": ".text", "type": "PROGBITS", "flags": "AX", "align": "0x1", "size": "0x4", "lines": ["❓: R_X86_64_GOTPCREL(x - 0x4 - 📍)"]}]}' 'bad.fle:1:156: this relocation type'\''s formula needs its wrapper, e.g. got(sym)'
}

@test "malformed: relocation against an unknown section" {
    bad '{"type":".obj","version":1,"sections":[{"name": ".text", "type": "PROGBITS", "flags": "AX", "align": "0x1", "size": "0x4", "lines": ["❓: R_X86_64_32(section(.nope))"]}]}' 'bad.fle:1:158: relocation against unknown section .nope'
}

@test "malformed: RELATIVE relocation in an object" {
    bad '{"type":".obj","version":1,"sections":[{"name": ".text", "type": "PROGBITS", "flags": "AX", "align": "0x1", "size": "0x8", "lines": ["❓: R_X86_64_RELATIVE(B + 0x10)"]}]}' 'bad.fle:1:134: R_X86_64_RELATIVE belongs in executables, not objects'
}

@test "malformed: unknown symbol type" {
    bad '{"type":".obj","version":1,"sections":[{"name": ".text", "type": "PROGBITS", "flags": "AX", "align": "0x1", "size": "0x0", "lines": ["📤: f fn 0x0"]}]}' 'bad.fle:1:142: unknown symbol type '\''fn'\'''
}

@test "malformed: symbol size not hexadecimal" {
    bad '{"type":".obj","version":1,"sections":[{"name": ".text", "type": "PROGBITS", "flags": "AX", "align": "0x1", "size": "0x0", "lines": ["📤: f func 12"]}]}' 'bad.fle:1:145: bad symbol size (want 0x...)'
}

@test "malformed: text after a line" {
    bad '{"type":".obj","version":1,"sections":[{"name": ".text", "type": "PROGBITS", "flags": "AX", "align": "0x1", "size": "0x1", "lines": ["🔢: 00 "]}]}' 'bad.fle:1:141: bad hex byte '\'''\'''
}

@test "malformed: local undefined symbol" {
    bad '{"type":".obj","version":1,"sections":[],"symbols":["🏷️: f none 0x0 undef"]}' 'bad.fle:1:53: an undefined symbol cannot be local'
}

@test "malformed: symbol with no place in symbols" {
    bad '{"type":".obj","version":1,"sections":[],"symbols":["📤: f none 0x0"]}' 'bad.fle:1:53: a symbol in "symbols" needs undef, abs=0x... or common=0x...'
}

@test "malformed: placed symbol inside a section" {
    bad '{"type":".obj","version":1,"sections":[{"name": ".text", "type": "PROGBITS", "flags": "AX", "align": "0x1", "size": "0x0", "lines": ["📤: f none 0x0 undef"]}]}' 'bad.fle:1:134: undef/abs/common symbols and section symbols belong in "symbols"'
}

@test "malformed: huge size in a small file" {
    bad '{"type":".obj","version":1,"sections":[{"name": ".text", "type": "PROGBITS", "flags": "AX", "align": "0x1", "size": "0xffffffffff", "lines": []}]}' 'bad.fle:1:117: section .text: size 0xffffffffff is larger than the file'
}

@test "malformed: number over 64 bits" {
    bad '{"type":".obj","version":1,"sections":[{"name": ".text", "type": "PROGBITS", "flags": "AX", "align": "0x1", "size": "0x1ffffffffffffffff", "lines": []}]}' 'bad.fle:1:117: "size": bad number '\''0x1ffffffffffffffff'\'' (numbers are hexadecimal: 0x1c)'
}

@test "malformed: huge zero fill" {
    bad '{"type":".obj","version":1,"sections":[{"name": ".bss", "type": "NOBITS", "flags": "WA", "align": "0x1", "size": "0x10", "lines": ["🕳️: 0xffffffffffffffff", "🕳️: 0x2"]}]}' 'bad.fle:1:132: contents overrun section .bss (size 0x10)'
}

@test "malformed: bad section flags" {
    bad '{"type":".obj","version":1,"sections":[{"name": ".text", "type": "PROGBITS", "flags": "QX", "align": "0x1", "size": "0x0", "lines": []}]}' 'bad.fle:1:87: section .text: bad flags '\''QX'\'' (readelf letters)'
}

@test "malformed: unknown section type" {
    bad '{"type":".obj","version":1,"sections":[{"name": ".text", "type": "WEIRD", "flags": "AX", "align": "0x1", "size": "0x0", "lines": []}]}' 'bad.fle:1:66: section .text: unknown section type '\''WEIRD'\'''
}

@test "malformed: missing lines" {
    bad '{"type":".obj","version":1,"sections":[{"name":".text","type":"PROGBITS","flags":"AX","align":"0x1","size":"0x0"}]}' 'bad.fle:1:40: missing "lines"'
}

@test "malformed: shebang on an object" {
    bad '#!/x\n{"type":".obj","version":1,"sections":[]}' 'bad.fle:1:1: only executables start with #!'
}

@test "malformed: overlapping segments" {
    bad '#!/usr/bin/env fle-exec\n{"type":".exe","version":1,"entry":"0x401000","pie":false,"sections":[],"segments":[{"name":"a","vaddr":"0x401000","memsz":"0x2000","flags":"r-x","align":"0x1000","lines":["🕳️: 0x2000"]},{"name":"b","vaddr":"0x402000","memsz":"0x10","flags":"rw-","align":"0x1000","lines":["🕳️: 0x10"]}],"symbols":[]}' 'bad.fle: segments a and b overlap'
}

@test "malformed: file bytes after zero fill" {
    bad '#!/usr/bin/env fle-exec\n{"type":".exe","version":1,"entry":"0x401000","pie":false,"sections":[],"segments":[{"name":"a","vaddr":"0x401000","memsz":"0x2","flags":"r-x","align":"0x1000","lines":["🕳️: 0x1","🔢: 00"]}],"symbols":[]}' 'bad.fle:2:180: file bytes after 🕳️ in segment a: zero fill comes last'
}

@test "malformed: link-time relocation in an executable" {
    bad '#!/usr/bin/env fle-exec\n{"type":".exe","version":1,"entry":"0x401000","pie":false,"sections":[],"segments":[{"name":"a","vaddr":"0x401000","memsz":"0x4","flags":"r-x","align":"0x1000","lines":["❓: R_X86_64_32(x)"]}],"symbols":[]}' 'bad.fle:2:170: executables carry only R_X86_64_RELATIVE relocations'
}

@test "malformed: bad segment flags" {
    bad '#!/usr/bin/env fle-exec\n{"type":".exe","version":1,"entry":"0x401000","pie":false,"sections":[],"segments":[{"name":"a","vaddr":"0x401000","memsz":"0x4","flags":"rxw","align":"0x1000","lines":[]}],"symbols":[]}' 'bad.fle:2:138: segment a: bad flags '\''rxw'\'' (want r, w, x or - in that order: r-x)'
}

@test "malformed: segment end overflows" {
    bad '#!/usr/bin/env fle-exec\n{"type":".exe","version":1,"entry":"0x401000","pie":false,"sections":[],"segments":[{"name":"a","vaddr":"0xfffffffffffff000","memsz":"0x2000","flags":"r-x","align":"0x1000","lines":[]}],"symbols":[]}' 'bad.fle:2:93: segment a: vaddr + memsz overflows'
}

@test "malformed: memsz does not match" {
    bad '#!/usr/bin/env fle-exec\n{"type":".exe","version":1,"entry":"0x401000","pie":false,"sections":[],"segments":[{"name":"a","vaddr":"0x401000","memsz":"0x4","flags":"r-x","align":"0x1000","lines":["🔢: 00"]}],"symbols":[]}' 'bad.fle:2:124: segment a: memsz 0x4 does not match contents 0x1'
}

@test "malformed: shebang without newline" {
    bad '#!/usr/bin/env fle-exec' 'bad.fle:1: a #! line must end with a newline'
}

@test "malformed: archive index names no member" {
    bad '{"type":".ar","version":1,"index":{"f":"nope.fle"},"members":[]}' 'bad.fle:1:40: index entry f names no member'
}

@test "malformed: duplicate archive member" {
    bad '{"type":".ar","version":1,"index":{},"members":[{"name":"a","object":{"type":".obj","version":1,"sections":[]}},{"name":"a","object":{"type":".obj","version":1,"sections":[]}}]}' 'bad.fle:1:121: duplicate member name a'
}

@test "malformed: archive inside an archive" {
    bad '{"type":".ar","version":1,"index":{},"members":[{"name":"a","object":{"type":".ar","version":1,"index":{},"members":[]}}]}' 'bad.fle:1:78: member a is not an object (archives hold .obj files)'
}

@test "an ELF object is recognised and refused" {
    printf "int x;\n" > x.c && gcc -c x.c -o bad.fle
    run "$ROOT/build/tests/fle-roundtrip" bad.fle
    assert_failure 1
    assert_output "fle-roundtrip: error: bad.fle: not an FLE file (it looks like an ELF object; fle-as converts it)"
}

@test "errors in a multi-line file name the right line" {
    dir=$("$ROOT/tests/corpus/build-matrix")
    cp "$dir/globals-O2-fno-pic.fle" g.fle
    n=$(grep -n "📤: counter object 0x4" g.fle | cut -d: -f1)
    sed -i "s/📤: counter object 0x4/📤: counter objec 0x4/" g.fle
    run "$ROOT/build/tests/fle-roundtrip" g.fle
    assert_failure 1
    assert_output "fle-roundtrip: error: g.fle:$n:26: unknown symbol type 'objec'"
}

@test "a missing file is an error" {
    run "$ROOT/build/tests/fle-roundtrip" nothere.fle
    assert_failure 1
    assert_output "fle-roundtrip: error: cannot open nothere.fle: No such file or directory"
}
