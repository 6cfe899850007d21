#!/usr/bin/env bats
# fle-ld on broken inputs: malformed objects and archives, archives that
# point at themselves, relocations past their section, sizes that
# overflow, sizes and counts a small file cannot back.  Every refusal:
# one exact error line, exit 1, no output file (an old one is kept as it
# was).
load helpers
setup() {
    common_setup
    fle_obj ok.fle
    # use.fle: _start calls foo (R_X86_64_PLT32), then exits 42.
    fle_obj use.fle
    jq_edit use.fle '.sections[0].size = "0x11" | .sections[0].lines = ["📤: _start func 0x11", "🔢: e8", "❓: R_X86_64_PLT32(foo - 0x4 - 📍)", "🔢: b8 3c 00 00 00 bf 2a 00 00 00 0f 05"]'
}

# archive OUT MEMBER.fle... [INDEX-JSON]: an archive of the members
# (named by their file names) with the given index (default: rebuilt by
# fle-ar).
archive() {
    local out="$1" index="$2"; shift 2
    local members="[]"
    for m in "$@"; do
        members=$(jq -n --argjson ms "$members" --arg n "$m" --slurpfile o "$m" '$ms + [{"name": $n, "object": $o[0]}]')
    done
    jq -n --argjson ms "$members" --argjson ix "$index" '{"type": ".ar", "version": 1, "index": $ix, "members": $ms}' > "$out"
}

@test "fle-ld: a malformed object is refused and an old output kept as it was" {
    jq_edit ok.fle '.sections[0].size = "0xd"'
    echo old > a.out
    run fle-ld ok.fle -o a.out
    assert_failure 1
    assert_output "fle-ld: error: ok.fle:10:15: section .text: size 0xd does not match contents 0xc"
    assert_equal "$(cat a.out)" old
}

@test "fle-ld: a malformed archive member is refused" {
    cp ok.fle m.fle
    jq_edit m.fle '.sections[0].lines[1] = "🔢: zz"'
    archive lib.a '{}' m.fle
    refuses 1 "fle-ld: error: lib.a:20:19: bad hex byte 'zz'" a.out -- fle-ld use.fle lib.a -o a.out
}

@test "fle-ld: an archive index naming no member is refused" {
    archive lib.a '{"foo": "nothere.fle"}'
    refuses 1 "fle-ld: error: lib.a:5:12: index entry foo names no member" a.out -- fle-ld use.fle lib.a -o a.out
}

@test "fle-ld: an archive inside an archive is refused" {
    archive inner.a '{}'
    jq -n --slurpfile a inner.a '{"type":".ar","version":1,"index":{},"members":[{"name":"inner.a","object":$a[0]}]}' > outer.a
    refuses 1 "fle-ld: error: outer.a:9:17: member inner.a is not an object (archives hold .obj files)" a.out \
        -- fle-ld use.fle outer.a -o a.out
}

@test "fle-ld: a self-referencing archive ends with the undefined symbol, not a loop" {
    # The index says m.fle defines foo; m.fle only calls foo.
    jq '.sections[0].lines[0] = "📤: helper func 0x11"' use.fle > m.fle
    archive lib.a '{"foo": "m.fle"}' m.fle
    bounded fle-ld use.fle --start-group lib.a --end-group -o a.out
    [ "$status" -eq 1 ]
    assert_output "$(printf '%s\n' 'fle-ld: error: undefined symbol: foo' \
        '>>> referenced by use.fle:(function _start: .text+0x1)' '>>> referenced by lib.a(m.fle):(function helper: .text+0x1)')"
    [ ! -e a.out ]
}

@test "fle-ld: a relocation against a section that does not exist is refused" {
    jq_edit use.fle '.sections[0].lines[2] = "❓: R_X86_64_PLT32(section(.nope) - 0x4 - 📍)"'
    refuses 1 "fle-ld: error: use.fle:14:36: relocation against unknown section .nope" a.out -- fle-ld use.fle -o a.out
}

@test "fle-ld: a relocation past the end of its section is refused" {
    jq_edit use.fle '.sections[0].size = "0x3" | .sections[0].lines = ["📤: _start func 0x3", "🔢: e8", "❓: R_X86_64_PLT32(foo - 0x4 - 📍)"]'
    refuses 1 "fle-ld: error: use.fle:14:9: relocation overruns section .text (size 0x3)" a.out -- fle-ld use.fle -o a.out
}

@test "fle-ld: a section size the file cannot hold is refused before allocation" {
    jq_edit ok.fle '.sections[0].size = "0xffffffffffff"'
    bounded fle-ld ok.fle -o a.out
    [ "$status" -eq 1 ]
    assert_output "fle-ld: error: ok.fle:10:15: section .text: size 0xffffffffffff is larger than the file"
    [ ! -e a.out ]
}

@test "fle-ld: 🕳️ 0x100000000000 (16 TiB) in .bss of a small file links without allocating it" {
    jq_edit ok.fle '.sections += [{"name":".bss","type":"NOBITS","flags":"WA","align":"0x10","size":"0x100000000000","lines":["🕳️: 0x100000000000"]}]'
    [ "$(stat -c %s ok.fle)" -lt 1000 ]
    bounded fle-ld ok.fle -o a.out
    assert_success
    [ "$(stat -c %s a.out)" -lt 1000 ]
}

@test "fle-ld: 🕳️ 0xffffffffffff in .bss is more than user space: refused, nothing allocated" {
    jq_edit ok.fle '.sections += [{"name":".bss","type":"NOBITS","flags":"WA","align":"0x10","size":"0xffffffffffff","lines":["🕳️: 0xffffffffffff"]}]'
    bounded fle-ld ok.fle -o a.out
    assert_failure 1
    assert_output "fle-ld: error: segment data does not fit in the user address space (below 0x800000000000)"
    [ ! -e a.out ]
}

@test "fle-ld: a huge NOBITS section that is executable is refused, not allocated" {
    # It went into .text and fle-ld calloc'ed it as file bytes.
    jq_edit ok.fle '.sections += [{"name":".xbss","type":"NOBITS","flags":"AX","align":"0x10","size":"0xffffffffff","lines":["🕳️: 0xffffffffff"]}]'
    bounded fle-ld ok.fle -o a.out
    [ "$status" -eq 1 ]
    assert_output "fle-ld: error: segment text would hold 0x1000000000f bytes of file data; fle-ld writes at most 0x40000000"
    [ ! -e a.out ]
}

@test "fle-ld: .bss past the end of the address space is refused" {
    # fle-ld wrote an executable whose data segment wrapped around.
    jq_edit ok.fle '.sections += [{"name":".bss","type":"NOBITS","flags":"WA","align":"0x10","size":"0xfffffffffffff000","lines":["🕳️: 0xfffffffffffff000"]}]'
    refuses 1 "fle-ld: error: segment data does not fit in the user address space (below 0x800000000000)" a.out \
        -- fle-ld ok.fle -o a.out
}

@test "fle-ld: a COMMON symbol that overflows the address space is refused" {
    jq_edit ok.fle '.symbols += ["📤: big object 0xffffffffffffff00 common=0x10"]'
    refuses 1 "fle-ld: error: segment data does not fit in the user address space (below 0x800000000000)" a.out \
        -- fle-ld ok.fle -o a.out
}

@test "fle-ld: an alignment that puts a segment beyond user space is refused" {
    # .text was placed at 0x8000000000000000 and written.
    jq_edit ok.fle '.sections[0].align = "0x8000000000000000"'
    refuses 1 "fle-ld: error: segment text does not fit in the user address space (below 0x800000000000)" a.out \
        -- fle-ld ok.fle -o a.out
}

@test "fle-ld: alignment padding in a small file does not become gigabytes of output" {
    # A 4 GiB-aligned .data piece: fle-ld calloc'ed the padding and would
    # have written ~12 GB of text.
    jq_edit ok.fle '.sections += [{"name":".data","type":"PROGBITS","flags":"WA","align":"0x1","size":"0x1","lines":["🔢: 01"]},{"name":".data.x","type":"PROGBITS","flags":"WA","align":"0x100000000","size":"0x1","lines":["🔢: 02"]}]'
    bounded fle-ld ok.fle -o a.out
    [ "$status" -eq 1 ]
    assert_output "fle-ld: error: segment data would hold 0x100000001 bytes of file data; fle-ld writes at most 0x40000000"
    [ ! -e a.out ]
}
