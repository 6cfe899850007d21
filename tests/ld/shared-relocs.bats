#!/usr/bin/env bats
# The decision table of spec/dynamic.md §5, row by row: which load-time
# relocations (GLOB_DAT, JUMP_SLOT, 64, COPY, RELATIVE) a reference
# leaves in an executable, a PIE and a .so, compared with what GNU ld
# writes for the same program (readelf -r), and the PLT entries, copies
# and canonical PLT entries that go with them.
load ../common
setup() {
    common_setup
    cat > lib.c <<'EOF'
int counter = 5;
int greet(const char *w) { counter++; return w[0]; }
int get(void) { return counter; }
EOF
    cat > main.c <<'EOF'
extern int counter;
int greet(const char *);
int get(void);
int (*mine)(const char *) = greet;
int seen;
void _start(void) { greet("w"); counter += 10; seen = get() + (mine == greet); for (;;); }
EOF
    fle-cc -c -fPIC lib.c -o lib.o
    fle-ld -shared lib.o -o liblib.so
    gcc -shared -fPIC -nostdlib lib.c -o native-lib.so
}

# fle_dynrelocs FILE : "TYPE SYMBOL" for each load-time relocation
# against a symbol, sorted (RELATIVE lines are counted apart).
fle_dynrelocs() {
    fle_json "$1" '.segments[].lines[]' |
        sed -n 's/^❓: \(R_X86_64_[A-Z_0-9]*\)(\([^ )]*\).*/\1 \2/p' |
        grep -v '^R_X86_64_RELATIVE' | sort || true
}
gnu_dynrelocs() {
    readelf -rW "$1" | awk '/R_X86_64_/ && $3 != "R_X86_64_RELATIVE" {print $3, $5}' | sort
}

@test "exe: a call goes through a PLT entry, data is copied, &f is the PLT entry (as GNU ld)" {
    fle-cc -c -fno-pie main.c -o main.o
    fle-ld main.o liblib.so -o prog
    gcc -fno-pie -no-pie -nostdlib main.c ./native-lib.so -o native
    diff <(gnu_dynrelocs native) <(fle_dynrelocs prog)
    # The PLT: PLT[0] and one entry per import, the instructions GNU ld
    # lays out for lazy binding (addresses and displacements aside).
    run fle_json prog '.segments[0].lines[]'
    assert_line "🏷️: _PLT0 func 0x10"
    assert_line "🏷️: greet@plt func 0x10"
    plt_shape() { sed -n '/^Disassembly of section .plt:/,/^Disassembly/p' |
        awk -F'\t' '/^ +[0-9a-f]+:/ {print $3}' | sed 's/ *#.*//; s/0x[0-9a-f]*/N/g; s/ [0-9a-f]* <.*>/ T/; s/  */ /g; s/ N(%rax)$/ (%rax)/'; }
    objdump -d native | plt_shape > gnu.plt
    fle-objdump -d prog | plt_shape > fle.plt
    [ -s gnu.plt ]
    diff gnu.plt fle.plt
    # greet@plt: jmp *slot(%rip); push $0; jmp PLT[0].  Its rel32 reaches
    # the .got.plt slot after the three reserved words.
    plt=$(fle_json prog '.segments[0].lines | index("🏷️: greet@plt func 0x10")')
    bytes=$(fle_json prog ".segments[0].lines[$((plt + 1))]")
    [[ "$bytes" == "🔢: ff 25 "??" "??" 00 00 68 00 00 00 00 e9 "??" ff ff ff" ]]
    entry=$(fle_json prog '.sections[] | select(.name == ".plt") | .addr')
    gotplt=$(fle_json prog '.sections[] | select(.name == ".got.plt") | .addr')
    [ "$(fle_json prog '.plt.addr')" = "$entry" ]
    [ "$(fle_json prog '.pltgot.addr')" = "$gotplt" ]
    rel=$(echo "$bytes" | awk '{print "0x" $7 $6 $5 $4}')
    [ $((entry + 16 + 6 + rel)) -eq $((gotplt + 24)) ]
    # The copy: defined in .bss, COPY after its line, before the zero fill.
    run fle_json prog '.segments[-1].lines[-3:][]'
    assert_output $'📤: counter object 0x4\n❓: R_X86_64_COPY(counter)\n🕳️: 0x4'
    # Canonical PLT: greet stays an import, is exported, and &greet in data
    # is its PLT entry's address.
    run fle_json prog '.exports[]'
    assert_output $'greet\ncounter'
    run fle_json prog '.symbols[]'
    assert_line --regexp '^📥: greet func 0x[0-9a-f]+$'
    i=$(fle_json prog '.segments[-1].lines | index("📤: mine object 0x8")')
    run fle_json prog ".segments[-1].lines[$((i + 1))]"
    assert_output "🔢: $(printf '%016x\n' $((entry + 16)) | fold -w2 | tac | paste -sd' ')"
    nm -D native | grep -q ' U greet'
}

@test "pie: &f is a dynamic R_X86_64_64, a GOT load a GLOB_DAT, data still copied" {
    fle-cc -c -fPIE main.c -o main.o
    fle-ld -pie main.o liblib.so -o prog
    gcc -fPIE -pie -nostdlib main.c ./native-lib.so -o native
    # GNU ld also calls greet through the GLOB_DAT slot (.plt.got) where
    # fle-ld gives the call a PLT entry and JUMP_SLOT of its own.
    diff <(gnu_dynrelocs native) <(fle_dynrelocs prog | grep -v 'JUMP_SLOT greet')
    run fle_dynrelocs prog
    assert_output $'R_X86_64_64 greet\nR_X86_64_COPY counter\nR_X86_64_GLOB_DAT greet\nR_X86_64_JUMP_SLOT get\nR_X86_64_JUMP_SLOT greet'
    run fle_json prog '.pie, .exports[]'
    assert_output $'true\ncounter'
}

@test "shared: exported symbols are preemptible: PLT, GLOB_DAT and 64 against them" {
    cat > l3.c <<'EOF'
int counter = 5;
__attribute__((visibility("hidden"))) int secret = 1;
extern void hook(void) __attribute__((weak));
int greet(const char *w) { counter++; return w[0]; }
int call(void) { if (hook) hook(); return greet("x") + secret; }
int *pc = &counter;
int (*pg)(const char *) = greet;
int *ps = &secret;
EOF
    fle-cc -O1 -c -fPIC l3.c -o l3.o
    fle-ld -shared l3.o -o l3.so
    gcc -O1 -shared -fPIC -nostdlib l3.c -o native.so
    # The weak hook is called through the PLT (fle-ld) or its GOT slot
    # (GNU ld's .plt.got); otherwise the two agree.
    diff <(gnu_dynrelocs native.so) <(fle_dynrelocs l3.so | grep -v 'JUMP_SLOT hook')
    run fle_dynrelocs l3.so
    assert_line "R_X86_64_JUMP_SLOT hook"
    # &secret (hidden) is a RELATIVE line, as GNU ld's.
    [ "$(fle_json l3.so '.segments[].lines[]' | grep -c RELATIVE)" -eq \
      "$(readelf -rW native.so | grep -c R_X86_64_RELATIVE)" ]
    # An undefined weak symbol is a weak import.
    run fle_json l3.so '.symbols[]'
    assert_output "📥: hook weak"
}

@test "shared: -Bsymbolic binds a .so's references to its own symbols (as GNU ld)" {
    cat > l3.c <<'EOF'
int counter = 5;
extern void hook(void) __attribute__((weak));
int greet(const char *w) { counter++; return w[0]; }
int call(void) { if (hook) hook(); return greet("x"); }
int *pc = &counter;
int (*pg)(const char *) = greet;
EOF
    fle-cc -O1 -c -fPIC l3.c -o l3.o
    fle-ld -shared -Bsymbolic l3.o -o l3.so
    gcc -O1 -shared -fPIC -nostdlib -Wl,-Bsymbolic l3.c -o native.so
    diff <(gnu_dynrelocs native.so) <(fle_dynrelocs l3.so | grep -v 'JUMP_SLOT hook')
    [ "$(fle_json l3.so '.segments[].lines[]' | grep -c RELATIVE)" -eq \
      "$(readelf -rW native.so | grep -c R_X86_64_RELATIVE)" ]
    # Still exported: others bind to them, the library does not.
    diff <(nm -D --defined-only native.so | awk '{print $3}' | sort) <(fle_json l3.so '.exports[]' | sort)
}

@test "shared: a protected or hidden function is called directly, without a PLT entry" {
    cat > l4.c <<'EOF'
__attribute__((visibility("protected"))) int prot(void) { return 3; }
__attribute__((visibility("hidden"))) int hid(void) { return 4; }
int both(void) { return prot() + hid(); }
EOF
    fle-cc -O0 -c -fPIC l4.c -o l4.o
    fle-ld -shared l4.o -o l4.so
    run fle_dynrelocs l4.so
    assert_output ""
    run fle_json l4.so '.segments[0].lines[]'
    refute_output --partial "@plt"
    run fle_json l4.so '.exports[]'
    assert_output $'prot\nboth'
}

@test "a .so's own call to its exported function goes through its PLT (interposable)" {
    cat > l5.c <<'EOF'
int hook(void) { return 1; }
int run_hook(void) { return hook() + 1; }
EOF
    fle-cc -O0 -c -fPIC l5.c -o l5.o
    fle-ld -shared l5.o -o l5.so
    gcc -O0 -shared -fPIC -nostdlib l5.c -o native.so
    diff <(gnu_dynrelocs native.so) <(fle_dynrelocs l5.so)
    run fle_json l5.so '.segments[0].lines[]'
    assert_line "🏷️: hook@plt func 0x10"
}

@test "--trace names each reference's class and decision" {
    fle-cc -c -fno-pie main.c -o main.o
    run fle-ld --trace=relocs main.o liblib.so -o prog
    assert_success
    assert_line --regexp '^main.o:\(\.text\+0x[0-9a-f]+\) R_X86_64_PLT32 greet: .* \(imported function: PLT entry greet@plt at 0x[0-9a-f]+, JUMP_SLOT at 0x[0-9a-f]+\)$'
    assert_line --regexp '^main.o:\(\.text\+0x[0-9a-f]+\) R_X86_64_PC32 counter: .*\(imported data: copied to 0x[0-9a-f]+ in \.bss, R_X86_64_COPY\)$'
    assert_line --regexp '^main.o:\(\.data\+0x0\) R_X86_64_64 greet: .*\(imported function: canonical PLT entry greet@plt at 0x[0-9a-f]+ is its address\)$'
    assert_line --regexp '^plt entry greet@plt at 0x[0-9a-f]+: jmp \*0x[0-9a-f]+, its \.got\.plt slot \(R_X86_64_JUMP_SLOT greet\); push \$0, jmp PLT\[0\] for the first call; canonical: the address of the function everywhere$'
    run fle-ld --trace=resolve main.o liblib.so -o prog
    assert_line "symbol greet: defined in shared library liblib.so, imported"
    assert_line --regexp '^symbol counter: data of shared library liblib.so, copied to \.bss\+0x[0-9a-f]+, size 0x4 \(R_X86_64_COPY\)$'
    assert_line --regexp '^greet = 0x4[0-9a-f]+ \(imported from shared library liblib.so\)$'
}

@test "-Map lists the PLT entries and the copies the linker made" {
    fle-cc -c -fno-pie main.c -o main.o
    fle-ld -Map prog.map main.o liblib.so -o prog
    plt=$(fle_json prog '.sections[] | select(.name == ".plt") | .addr')
    run cat prog.map
    assert_line "$(printf '%16s0x%016x                _PLT0' '' $((plt)))"
    assert_line "$(printf '%16s0x%016x                greet@plt' '' $((plt + 16)))"
    assert_line "$(printf '%16s0x%016x                get@plt' '' $((plt + 32)))"
    assert_line --regexp '^ COPY           0x[0-9a-f]{16}        0x4 liblib.so$'
}
