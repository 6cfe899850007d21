#!/usr/bin/env bats
# A position-dependent image is decoded in place: fle-exec maps each
# segment at its address as soon as the reader has its header, and the
# reader writes the bytes straight there (FleReadHooks).  A PIE, or a
# file that names "pie" only after its segments, takes the other way:
# pages of the reader's own, moved into place.  Both give the same model
# and the same program.
load ../common
load helpers

setup_file() { build_progs; }
setup() { common_setup; }

RT="$ROOT/build/tests/fle-roundtrip"

# page.fle: one segment of exactly one page, full to its last byte, the
# last line a 🔤 text line; with PIE_LAST, "pie" comes after "segments".
make_page() {
    python3 - "$1" "${2:-}" <<'PY'
import sys
lines = ['"🔢: ' + ' '.join('%02x' % ((i * 16 + k) & 0xff) for k in range(16)) + '"'
         for i in range(255)]
lines.append('"🔤: abcdefghijklmnop"')
seg = ('  "segments": [\n    { "name": "text", "vaddr": "0x401000", "memsz": "0x1000", '
       '"flags": "r-x", "align": "0x1000", "lines": [\n        ' + ',\n        '.join(lines) +
       '\n      ] }\n  ]')
head = '{\n  "type": ".exe",\n  "version": 2,\n  "entry": "0x401000",\n'
text = head + (seg + ',\n  "pie": false\n}\n' if sys.argv[2] else '  "pie": false,\n' + seg + '\n}\n')
open(sys.argv[1], 'w').write(text)
PY
}

@test "placed reading: every segment of a program, position-dependent or PIE, same model" {
    run "$RT" --placed "$P/show"
    assert_success
    assert_output --regexp '^([0-9]+) of \1 segments placed, pie false$'
    run "$RT" --placed "$P/pie"
    assert_success
    assert_output --regexp '^([0-9]+) of \1 segments placed, pie true$'
}

@test "placed reading: a segment filled to its last byte writes nothing past memsz" {
    # The hook's memory ends at an inaccessible page: one byte too many
    # (a NUL terminator, say) would be a crash, not a pass.
    make_page page.fle
    run "$RT" --placed page.fle
    assert_success
    assert_output "1 of 1 segments placed, pie false"
}

@test "placed reading: \"pie\" after \"segments\" is read the default way" {
    make_page late.fle pie-last
    run "$RT" --placed late.fle
    assert_success
    assert_output "0 of 1 segments placed, pie -"
}

@test "fle-exec decodes a position-dependent image in place, and moves a PIE's pages" {
    command -v strace >/dev/null || skip "strace is not installed"
    [ -z "${FLE_SANITIZED:-}" ] || skip "the sanitized tools do not run under strace"
    strace -e trace=mmap,mremap -o fixed.txt env -i "$FE" "$P/show" x > out.txt
    assert_equal "$(cat out.txt)" "$(printf 'argc 2\narg [%s]\narg [x]' "$P/show")"
    grep -q 'mmap(0x401000, [0-9]*, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_POPULATE|MAP_FIXED_NOREPLACE' fixed.txt
    ! grep -q 'mremap(' fixed.txt
    strace -e trace=mmap,mremap -o pie.txt "$FE" "$P/pie" > out.txt
    grep -qx "relocations ok" out.txt
    grep -q 'mremap(' pie.txt
}

@test "fle-exec runs a program whose \"pie\" follows its segments" {
    # The same program with its top-level keys reordered (valid JSON,
    # not canonical): the segments are read before fle-exec knows
    # where they go.
    fle-readfle --json "$P/show" |
        jq '{type, version, entry, sections, segments, symbols, pie}' > body.json
    { head -1 "$P/show"; cat body.json; } > late
    chmod +x late
    run env -i "$FE" ./late "a b"
    assert_success
    assert_output "$(printf 'argc 2\narg [./late]\narg [a b]')"
}

@test "fle-exec maps PROG and the segments, none for itself; a few pages of .bss come with their segment" {
    command -v strace >/dev/null || skip "strace is not installed"
    [ -z "${FLE_SANITIZED:-}" ] || skip "the sanitized tools do not run under strace"
    # fewbss, as fle-ld links it: three pages of .bss after its data.
    strace -e trace=mmap,munmap -o few.txt "$FE" "$P/ld/fewbss" > out.txt
    assert_equal "$(cat out.txt)" "few ok"
    # The loader's own memory (the model) is in its .bss for a small
    # program: no anonymous mapping but the segments'.  Each segment is
    # one populated mapping, the .bss pages with the data's.
    ! grep MAP_ANONYMOUS few.txt | grep -v MAP_FIXED_NOREPLACE
    ! grep MAP_FIXED_NOREPLACE few.txt | grep -v MAP_POPULATE
    assert_equal "$(grep -c MAP_FIXED_NOREPLACE few.txt)" \
        "$(fle-readfle -l "$P/ld/fewbss" | grep -c '^  LOAD')"
    # A large .bss (3 MiB) is mapped apart, faulted in as it is used.
    strace -e trace=mmap,munmap -o bss.txt "$FE" "$P/bss" > out.txt
    assert_equal "$(cat out.txt)" "bss ok"
    run sh -c "grep MAP_FIXED_NOREPLACE bss.txt | grep -v MAP_POPULATE"
    assert_output --regexp '^mmap\(0x[0-9a-f]+, 3145728, PROT_READ\|PROT_WRITE, [A-Z_|]*MAP_FIXED_NOREPLACE'
    assert_equal "${#lines[@]}" 1
}
