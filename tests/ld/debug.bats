#!/usr/bin/env bats
# fle-ld links debugging information: .debug_* sections concatenated by
# name, relocated as GNU ld relocates them, kept out of every segment
# (spec/FLE.md §5.2).  The reference is GNU ld's output for the same ELF
# objects: its DWARF, decoded by readelf and objdump, must say the same
# things once our bytes are put in its place (objcopy --update-section).
load ../common
setup() {
    common_setup
    # Freestanding, so GNU ld links the very same objects: no C library.
    # .text is put at fle-ld's address (0x401000) in both links.
    cat > a.c <<'EOF'
extern int scale(int);
int total = 7;
__thread long before = 2;
__thread int hits = 1;
void _start(void) {
    int r = scale(total) + hits + before;
    __asm__ volatile("mov %0, %%edi; mov $60, %%eax; syscall" :: "r"(r));
    for (;;) ;
}
EOF
    cat > b.c <<'EOF'
extern __thread int hits;
int factor = 3;
__attribute__((noinline)) static int bump(int x) { return x + hits; }
int scale(int x) { hits++; return bump(x) * factor; }
EOF
}

# Both links of a.c and b.c compiled with $1.
link_both() {
    for f in a b; do
        gcc $1 -fno-pie -fno-asynchronous-unwind-tables -c $f.c -o $f.o
        fle-as $f.o -o $f.fle
    done
    fle-ld -e _start a.fle b.fle -o ab.exe
    ld -static -e _start --section-start=.text=0x401000 a.o b.o -o ab.elf
}

# The bytes of section $1 of FLE file $2, from fle-readfle's hex dump.
section_bytes() {
    fle-readfle -x "$1" "$2" | grep '^  0x' | cut -c14-48 | tr -d ' \n' | xxd -r -p
}

# GNU ld's executable with every debug section replaced by ours.
graft() {
    local args=()
    for s in $(fle-readfle -S ab.exe | grep -o ' \.debug_[a-z_]*'); do
        section_bytes "$s" ab.exe > "bytes$s"
        args+=(--update-section "$s=bytes$s")
    done
    [ ${#args[@]} -ge 10 ]
    objcopy "${args[@]}" ab.elf grafted.elf
}

# Data may lie elsewhere: only .text is placed alike.
mask_info() { sed -E 's/(DW_OP_addr: )[0-9a-f]+/\1ADDR/; s/^(.*block: 3) [0-9a-f ]+/\1 ADDR/'; }

@test "DWARF 5 at -O2 with TLS: readelf -wi decodes our .debug_info as GNU ld's" {
    link_both "-O2 -g"
    graft
    readelf -wi ab.elf | mask_info > gnu
    readelf -wi grafted.elf | mask_info > ours
    [ "$(grep -c DW_TAG_subprogram gnu)" -ge 3 ]
    diff -u gnu ours
    # Names are found through our .debug_str and .debug_line_str.
    grep -q 'DW_AT_name .*: scale$' ours
    grep -q 'DW_AT_name .*: b.c$' ours
}

@test "DW_AT_low_pc of each function and DW_OP_addr of each global are the FLE symbols' addresses" {
    link_both "-O2 -g"
    graft
    # readelf -wi: the DIE's name, then its low_pc.
    readelf -wi grafted.elf | awk '/DW_TAG/ { name = "" } /DW_AT_name/ { name = $NF }
        /DW_AT_low_pc/ && name != "" { print name, $NF }
        /DW_OP_addr:/ && name != "" { v = $NF; sub(/\)$/, "", v); print name, "0x" v }' | sort > dwarf
    fle-nm ab.exe | awk '$2 ~ /^[TtDd]$/ { sub(/^0+/, "", $1); print $3, "0x" $1 }' | sort > nm
    grep -q '^scale ' dwarf
    grep -q '^bump ' dwarf
    grep -q '^total ' dwarf
    grep -q '^factor ' dwarf
    # (The compile units' own low_pc, named a.c and b.c, have no symbol.)
    join dwarf nm > both
    [ "$(wc -l < both)" -eq 5 ]
    run awk '$2 != $3' both
    assert_output ""
}

@test "the line table, aranges, frames and location lists decode as GNU ld's" {
    link_both "-O2 -g"
    graft
    diff <(objdump --dwarf=decodedline ab.elf | tail -n +3) <(objdump --dwarf=decodedline grafted.elf | tail -n +3)
    [ "$(objdump --dwarf=decodedline grafted.elf | grep -c '0x4010')" -ge 10 ]
    diff <(readelf --debug-dump=aranges,frames,loc,Ranges ab.elf) <(readelf --debug-dump=aranges,frames,loc,Ranges grafted.elf)
}

@test "DWARF 4 at -O0: all but .debug_info (data addresses) are GNU ld's bytes" {
    link_both "-O0 -gdwarf-4"
    for s in .debug_abbrev .debug_aranges .debug_frame .debug_line .debug_str; do
        readelf -x $s ab.elf > gnu
        fle-readfle -x $s ab.exe > ours
        diff -u gnu ours
    done
    # DTPOFF64: hits is at offset 8 of the TLS block, after before.
    graft
    readelf -wi grafted.elf | grep -q 'DW_OP_const8u: 8; DW_OP_GNU_push_tls_address' 
    diff <(readelf -wi ab.elf | mask_info) <(readelf -wi grafted.elf | mask_info)
}

@test "-S lists debug sections as readelf -S does for GNU ld's executable" {
    link_both "-O0 -g"
    # Nr and Off differ by design, and the order of the sections.
    rows() { grep -E '^  \[ *[0-9]+\] \.debug_' | sed -E 's/^  \[ *[0-9]+\]/  [NN]/; s/^(.{58})[0-9a-f]{6}/\1OFFSET/'; }
    readelf -SW ab.elf | rows | sort > gnu
    fle-readfle -S ab.exe | rows | sort > ours
    [ "$(wc -l < gnu)" -eq 7 ]
    diff -u gnu ours
    run fle-readfle -S ab.exe
    assert_line --regexp '^  \[ *[0-9]+\] \.debug_str +PROGBITS +0000000000000000 [0-9a-f]{6} [0-9a-f]{6} 01  MS  0   0  1$'
}

@test "string merging: three objects' debug sections are GNU ld's bytes, -O0 to -O3, DWARF 4 and 5" {
    # No data: .debug_info then holds no address that the two links
    # place differently, so every section can be compared byte for byte.
    # Shared strings ("int", the directory) and tails ("int" of
    # "unsigned int", "long unsigned int") are stored once, as GNU ld does.
    cat > m1.c <<'EOF'
struct point { int x, y; unsigned int flags; };
static unsigned long count(const char *s) { unsigned long n = 0; while (s[n] && n < 9) n += 2; return n; }
int area(struct point *p, const char *name) { return p->x * p->y + (int)count(name); }
EOF
    cat > m2.c <<'EOF'
struct rect { long unsigned int w, h; short int depth; char tag; };
long unsigned int rect_area(struct rect *r) { return r->w * r->h; }
unsigned int half(unsigned int x) { return x / 2; }
EOF
    cat > m3.c <<'EOF'
struct point { int x, y; unsigned int flags; };
extern int area(struct point *, const char *);
extern unsigned int half(unsigned int);
void _start(void) {
    struct point p = {2, 3, 0};
    int r = area(&p, "pt") + half(8);
    __asm__ volatile("mov %0, %%edi; mov $60, %%eax; syscall" :: "r"(r));
    for (;;) ;
}
EOF
    for g in "-O0 -g" "-O1 -gdwarf-4" "-O2 -g" "-O3 -gdwarf-5"; do
        for f in m1 m2 m3; do
            gcc $g -fno-pie -fno-asynchronous-unwind-tables -c $f.c -o $f.o
            fle-as $f.o -o $f.fle
        done
        fle-ld -e _start m3.fle m1.fle m2.fle -o m.exe
        ld -static -e _start --section-start=.text=0x401000 m3.o m1.o m2.o -o m.elf
        run ./m.exe
        [ "$status" -eq 12 ]
        n=0
        for s in $(readelf -SW m.elf | grep -o ' \.debug_[a-z_]*'); do
            readelf -x $s m.elf > gnu
            fle-readfle -x $s m.exe > ours
            diff -u gnu ours || { echo "$g $s"; false; }
            n=$((n + 1))
        done
        [ $n -ge 6 ]
        # Merged: smaller than the three inputs' .debug_str together.
        in=0
        for f in m1 m2 m3; do
            in=$((in + $(jq -r '.sections[] | select(.name == ".debug_str") | .size' $f.fle)))
        done
        out=$(($(fle-readfle --json m.exe | jq -r '.sections[] | select(.name == ".debug_str") | .size')))
        [ "$out" -lt "$in" ]
    done
}

@test "fle-cc -g: runs as without -g; segments unchanged; only debug sections added" {
    cat > prog.c <<'EOF'
#include <stdio.h>
__thread int tick = 40;
int twice(int x) { return 2 * x; }
int main(int argc, char **argv) { printf("%d %s\n", twice(argc) + tick, argv[1]); return 3; }
EOF
    for pie in "" -pie; do
        fle-cc $pie -O2 prog.c -o plain
        fle-cc $pie -O2 -g prog.c -o dbg
        run ./plain hi
        [ "$status" -eq 3 ]
        [ "$output" = "44 hi" ]
        run ./dbg hi
        [ "$status" -eq 3 ]
        [ "$output" = "44 hi" ]
        # Nothing loaded changes: not a byte of any segment, no RELATIVE line.
        diff <(fle-readfle --json plain | jq -c '.segments, .entry, .symbols') \
             <(fle-readfle --json dbg | jq -c '.segments, .entry, .symbols')
        # -g adds its non-allocated sections, and nothing else.
        fle-readfle --json dbg | jq -S 'del(.sections[] | select(.flags | contains("A") | not))' > stripped
        fle-readfle --json plain | jq -S . > plain.json
        cmp stripped plain.json
        run bash -c "fle-readfle --json plain | jq '[.sections[] | select(.flags | contains(\"A\") | not)] | length'"
        assert_output 0
        run bash -c "fle-readfle --json dbg | jq -r '.sections[] | select(.flags | contains(\"A\") | not) | .name'"
        assert_line .debug_info
        assert_line .debug_line
        refute_output --partial '"addr"'
    done
}

@test "a -g executable reads and writes byte-identically; fle-exec ignores its debug sections" {
    link_both "-O2 -g"
    run "$ROOT/build/tests/fle-roundtrip" ab.exe
    assert_success
    assert_output ""
    # (The program stops on its TLS access: no C library set %fs up.)
    run bash -c 'fle-exec --trace ab.exe 2>&1 | grep "^fle-exec: map"'
    [ "${#lines[@]}" -eq 2 ]
    refute_output --partial debug
}

@test "PIE: debug addresses are RELATIVE lines; at base 0 they are GNU ld -pie's bytes" {
    for f in a b; do
        gcc -O1 -g -fPIE -fno-asynchronous-unwind-tables -c $f.c -o $f.o
        fle-as $f.o -o $f.fle
        jq 'del(.sections[] | select(.flags | contains("A") | not))' $f.fle > $f-nodebug.fle
    done
    fle-ld -pie -e _start a.fle b.fle -o ab.exe
    fle-ld -pie -e _start a-nodebug.fle b-nodebug.fle -o nodebug.exe
    ld -pie --no-dynamic-linker -e _start --section-start=.text=0x1000 a.o b.o -o ab.elf
    # The loaded image is the same with and without debug sections.
    diff <(fle-readfle --json nodebug.exe | jq -c .segments) <(fle-readfle --json ab.exe | jq -c .segments)
    # Each address in the DWARF moves with the base: B + its link-time value.
    run fle-readfle -r ab.exe
    assert_line "Relocation section '.rela.debug_aranges' at offset $(fle-readfle -r ab.exe | sed -n "s/.*'.rela.debug_aranges' at offset \(0x[0-9a-f]*\).*/\1/p") contains 2 entries:"
    assert_line --regexp '^0000000000000010 +0000000000000008 R_X86_64_RELATIVE +10[0-9a-f]{2}$'
    # Placed at base 0 they hold what GNU ld wrote.
    fle-objcopy --base=0 ab.exe twin.elf
    run "$ROOT/build/tests/fle-roundtrip" ab.exe
    assert_success
    # (Data may lie elsewhere: only .text is placed alike.)
    for s in .debug_aranges .debug_line; do
        diff <(readelf -x $s ab.elf) <(readelf -x $s twin.elf)
    done
    objdump --dwarf=decodedline twin.elf | grep -q '^b.c .* 0x10[0-9a-f][0-9a-f] '
    # Placed at another base, by that base.
    fle-objcopy --base=0x7f0000000000 ab.exe high.elf
    objdump --dwarf=decodedline high.elf | grep -q '^b.c .* 0x7f00000010[0-9a-f][0-9a-f] '
}

@test "a PC-relative relocation in a debug section is an error" {
    cat > bad.fle <<'EOF'
{
  "type": ".obj",
  "version": 2,
  "sections": [
    {
      "name": ".text",
      "type": "PROGBITS",
      "flags": "AX",
      "align": "0x1",
      "size": "0x1",
      "lines": [
        "📤: _start func 0x1",
        "🔢: c3"
      ]
    },
    {
      "name": ".debug_info",
      "type": "PROGBITS",
      "flags": "",
      "align": "0x1",
      "size": "0x4",
      "lines": [
        "❓: R_X86_64_PC32(_start - 📍)"
      ]
    }
  ],
  "symbols": []
}
EOF
    run fle-ld -e _start bad.fle -o bad.exe
    assert_failure
    assert_output "fle-ld: error: bad.fle:(.debug_info+0x0): relocation R_X86_64_PC32 against '_start': relocation type not supported in a non-allocated section"
    [ ! -e bad.exe ]
}

@test "--trace=layout: debug sections are not loaded; merged strings say so" {
    link_both "-O2 -g"
    run fle-ld --trace=layout -e _start a.fle b.fle -o traced.exe
    assert_success
    assert_line --regexp '^\.debug_info \(not loaded\) size 0x[0-9a-f]+ align 0x1$'
    assert_line '  +0x0  a.fle:(.debug_info) size 0x'"$(printf '%x' "$(($(jq -r '.sections[] | select(.name == ".debug_info") | .size' a.fle)))")"' align 0x1'
    assert_line --regexp '^\.debug_str \(not loaded\) size 0x[0-9a-f]+ align 0x1 flags MS$'
    assert_line '  the strings of 2 pieces, each stored once'
    refute_output --partial '.debug_info at 0x'
}

@test "assembly with -g (GNU as writes the DWARF): every debug section is GNU ld's bytes" {
    cat > s.s <<'EOF'
	.text
	.globl _start
_start:
	mov $7, %edi
	call helper
	mov $60, %eax
	syscall
helper:
	lea 3(%rdi), %edi
	ret
EOF
    for how in "as -g --64" "gcc -g -c"; do
        $how s.s -o s.o
        fle-as s.o -o s.fle
        fle-ld -e _start s.fle -o s.exe
        ld -static -e _start --section-start=.text=0x401000 s.o -o s.elf
        run ./s.exe
        [ "$status" -eq 10 ]
        n=0
        for sec in $(readelf -SW s.elf | grep -o ' \.debug_[a-z_]*'); do
            diff <(readelf -x $sec s.elf) <(fle-readfle -x $sec s.exe)
            n=$((n + 1))
        done
        [ $n -ge 4 ]
    done
}

@test "--trace=relocs: debug relocations are counted, shown with relocs-all" {
    link_both "-O2 -g"
    n=$(jq '[.sections[] | select(.flags | contains("A") | not) | .lines[] | select(startswith("❓"))] | length' a.fle b.fle | awk '{ s += $1 } END { print s }')
    [ "$n" -gt 20 ]
    run fle-ld --trace=relocs -e _start a.fle b.fle -o t.exe
    assert_success
    assert_line "($n relocations in debug sections not shown: --trace=relocs-all shows them)"
    refute_output --partial '(.debug_'
    assert_output --partial 'b.fle:(.text+0x'
    run fle-ld --trace=relocs-all -e _start a.fle b.fle -o t.exe
    [ "$(grep -c '^[ab].fle:(.debug_' <<< "$output")" -eq "$n" ]
    assert_output --regexp 'a.fle:\(\.debug_info\+0x[0-9a-f]+\) R_X86_64_DTPOFF32 before: S=0x[0-9a-f]+ A=0x0 P=0x[0-9a-f]+: S \+ A - TLS start = 0x8, bytes 08 00 00 00'
}
