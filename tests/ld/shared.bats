#!/usr/bin/env bats
# fle-ld -shared and shared libraries as inputs (spec/dynamic.md): what a
# .so exports, what an executable linked against one records (needed,
# runpath, its imports and exports), how -l finds a .so, and fle-cc's
# -shared.  Each is checked against the same library built by gcc
# -shared + GNU ld where there is one: its dynamic symbols (nm -D) and
# its dynamic section (readelf -d).
load ../common
setup() {
    common_setup
    cat > greet.c <<'EOF'
#include <stdio.h>
int counter = 5;
static int helper(void) { return 1; }
__attribute__((visibility("hidden"))) int hidden_fn(void) { return 2; }
__attribute__((visibility("protected"))) int prot_fn(void) { return 3; }
__attribute__((weak)) int weak_fn(void) { return 4; }
int greet(const char *who) { counter++; printf("hello %s\n", who); return helper() + hidden_fn(); }
int get(void) { return counter; }
int (*fp)(const char *) = greet;
EOF
}

@test "-shared: a .so at base 0, no entry or #! line, exporting what gcc -shared exports" {
    fle-cc -c -fPIC greet.c -o greet.o
    fle-ld -shared greet.o -o libgreet.so
    run head -c 2 libgreet.so
    refute_output "#!"
    run fle_json libgreet.so '.type, .version, (.entry // "none"), (.segments[0].vaddr)'
    assert_output $'.so\n3\nnone\n0x1000'
    gcc -shared -fPIC -nostdlib greet.c -o native.so
    nm -D --defined-only native.so | awk '{print $3}' | sort > want
    fle_json libgreet.so '.exports[]' | sort > got
    diff want got
    # Static and hidden functions are not exported; the protected and the
    # weak one are.
    run cat got
    refute_line helper
    refute_line hidden_fn
    assert_line prot_fn
    assert_line weak_fn
}

@test "a .so's undefined symbols become imports; with -z defs they are errors" {
    fle-cc -c -fPIC greet.c -o greet.o
    fle-ld -shared greet.o -o libgreet.so
    run fle_json libgreet.so '.symbols[]'
    assert_output "📥: printf"
    run fle-ld -shared -z defs greet.o -o libz.so
    assert_failure 1
    assert_output "fle-ld: error: undefined symbol: printf
>>> referenced by greet.c
>>>               greet.o:(function greet: .text+0x65)"
    [ ! -e libz.so ]
    run fle-ld -shared -zdefs greet.o -o libz.so
    assert_failure 1
}

@test "-soname and -rpath are recorded as GNU ld records them (readelf -d)" {
    fle-cc -c -fPIC greet.c -o greet.o
    fle-ld -shared -soname libgreet.so.1 -rpath '$ORIGIN/../lib' greet.o -o libgreet.so
    gcc -shared -fPIC -nostdlib -Wl,-soname,libgreet.so.1 greet.c -o native.so
    readelf -d native.so | sed -n 's/.*Library soname: \[\(.*\)\]/\1/p' > want
    fle_json libgreet.so '.soname' > got
    diff want got
    run fle_json libgreet.so '.runpath[]'
    assert_output '$ORIGIN/../lib'
    # An executable records the soname it was linked against, and its own
    # run path (a colon list is several directories).
    printf 'int greet(const char *);\nint printf(const char *f, ...) { return 0; }\nvoid _start(void) { greet("x"); }\n' > main.c
    fle-cc -c main.c -o main.o
    fle-ld main.o libgreet.so -rpath /a:/b -o prog
    run fle_json prog '.needed[], .runpath[]'
    assert_output $'libgreet.so.1\n/a\n/b'
}

@test "needed: the name as given when there is no soname; -l prefers libNAME.so" {
    printf 'int two(void) { return 2; }\n' > two.c
    fle-cc -c -fPIC two.c -o two.o
    mkdir sub
    fle-ld -shared two.o -o sub/libtwo.so
    fle-ar rcs sub/libtwo.a two.o
    printf 'int two(void);\nvoid _start(void) { two(); }\n' > main.c
    fle-cc -c main.c -o main.o
    fle-ld main.o sub/libtwo.so -o by-path
    run fle_json by-path '.needed[]'
    assert_output "sub/libtwo.so"
    fle-ld main.o -L sub -ltwo -o by-l
    run fle_json by-l '.needed[]'
    assert_output "libtwo.so"
    # GNU ld records the same names.
    gcc -shared -nostdlib -fPIC two.c -o sub/libtwo.so
    gcc -nostdlib -c main.c -o main.native.o
    gcc -nostdlib main.native.o sub/libtwo.so -o native-path
    readelf -d native-path | grep -q 'Shared library: \[sub/libtwo.so\]'
    gcc -nostdlib main.native.o -L sub -ltwo -o native-l
    readelf -d native-l | grep -q 'Shared library: \[libtwo.so\]'
    # -static: the archive, and a static executable (version 2).
    fle-ld -static main.o -L sub -ltwo -o static
    run fle_json static '.version, (.needed // "none")'
    assert_output $'2\nnone'
}

@test "-static refuses a .so named on the command line, as GNU ld does" {
    fle-cc -c -fPIC greet.c -o greet.o
    fle-ld -shared greet.o -o libgreet.so
    printf 'int greet(const char *);\nvoid _start(void) { greet("x"); }\n' > main.c
    fle-cc -c main.c -o main.o
    run fle-ld -static main.o libgreet.so -o prog
    assert_failure 1
    assert_output "fle-ld: error: attempted static link of dynamic object libgreet.so"
    [ ! -e prog ]
}

@test "an executable exports what its libraries import, libc's functions included" {
    fle-cc -shared -fPIC greet.c -o libgreet.so
    printf 'int greet(const char *);\nint main(void) { return greet("x"); }\n' > main.c
    fle-cc main.c libgreet.so -o prog
    # printf came from libc.a, pulled in for the library's import.
    run fle_json prog '.exports[]'
    assert_output "printf"
    run fle_json prog '.needed[]'
    assert_output "libgreet.so"
    run fle_json prog '.symbols[] | select(startswith("📥: greet"))'
    assert_output "📥: greet func 0x51"
    # -E exports every symbol it defines of default visibility.
    fle-cc main.c libgreet.so -Wl,-E -o prog-e
    run fle_json prog-e '.exports[]'
    assert_line main
    assert_line printf
    refute_line __stdout_FILE  # hidden in minilibc
}

@test "fle-cc links against a .so by path and by -L/-l" {
    fle-cc -shared -fPIC greet.c -o libgreet.so
    printf 'int greet(const char *);\nint main(void) { return greet("x"); }\n' > main.c
    fle-cc main.c -L. -lgreet -o prog
    run fle_json prog '.needed[]'
    assert_output "libgreet.so"
    fle-cc -v main.c libgreet.so -o prog2 2> cmd
    grep -q ' libgreet.so ' cmd
    ! grep -q crt1 <(fle-cc -v -shared -fPIC greet.c -o libx.so 2>&1)
}

@test "a link without shared libraries stays version 2, -E and -rpath without effect" {
    printf 'void _start(void) { for (;;); }\n' > s.c
    fle-cc -c s.c -o s.o
    fle-ld s.o -o plain
    fle-ld s.o -E -rpath /x -o with
    cmp plain with
    run fle_json plain '.version'
    assert_output 2
}

@test "options: -shared's companions are accepted, bad ones refused" {
    fle-cc -c -fPIC greet.c -o greet.o
    fle-ld -shared -Bsymbolic --export-dynamic -z now --soname=libg.so -rpath=/r greet.o -o libg.so
    run fle_json libg.so '.soname, .runpath[]'
    assert_output $'libg.so\n/r'
    run fle-ld -shared greet.o -soname
    assert_failure 1
    assert_output "fle-ld: error: missing argument to -soname"
    run fle-ld -shared greet.o -o x.so -z
    assert_failure 1
    run fle-ld --help
    assert_output --partial "-shared            a shared library (.so, base 0, no entry)"
    assert_output --partial "-z defs"
}

@test "a .so's constructors: init_array and fini_array say where, as DT_INIT_ARRAY" {
    cat > ctor.c <<'EOF2'
int ready;
__attribute__((constructor)) static void up(void) { ready = 1; }
__attribute__((destructor)) static void down(void) { ready = 0; }
EOF2
    fle-cc -c -fPIC ctor.c -o ctor.o
    fle-ld -shared ctor.o -o libctor.so
    gcc -shared -fPIC -nostdlib ctor.c -o native.so
    dyn() { readelf -d native.so | awk -v t="($1)" '$2 == t {print $3}'; }
    run fle_json libctor.so '.init_array.size, .fini_array.size'
    assert_output "$(printf '0x%x\n0x%x' "$(dyn INIT_ARRAYSZ)" "$(dyn FINI_ARRAYSZ)")"
    init=$(fle_json libctor.so '.init_array.addr')
    [ "$init" = "$(fle_json libctor.so '.sections[] | select(.name == ".init_array") | .addr')" ]
    # The pointer in it is a RELATIVE line to up().
    up=$(fle_json libctor.so '.segments[0].lines[]' | grep -c '🏷️: up func')
    [ "$up" -eq 1 ]
    run fle_json libctor.so '.segments[-1].lines[0]'
    assert_output --regexp '^❓: R_X86_64_RELATIVE\(B \+ 0x[0-9a-f]+\)$'
}

@test "-y follows a symbol into a shared library, in GNU ld's words" {
    printf 'int two(void) { return 2; }\n' > two.c
    fle-cc -c -fPIC two.c -o two.o
    fle-ld -shared two.o -o libtwo.so
    printf 'int two(void);\nvoid _start(void) { two(); }\n' > main.c
    fle-cc -c main.c -o main.o
    run fle-ld -y two main.o libtwo.so -o prog
    assert_success
    mkdir native
    gcc -shared -nostdlib -fPIC two.c -o native/libtwo.so
    gcc -c main.c -o native/main.o
    gnu=$(cd native && ld -y two main.o libtwo.so -o prog 2>&1 | sed 's/^ld: //')
    assert_equal "$(echo "$output" | grep -E ': (reference to|definition of) ')" "$gnu"
}

@test "a .so linked against another records it and imports from it (a chain)" {
    printf 'int b_val = 7;\nint b(void) { return b_val; }\n' > b.c
    printf 'extern int b_val;\nint b(void);\nint a(void) { return b() + b_val; }\n' > a.c
    fle-cc -shared -fPIC b.c -o libb.so -Wl,-soname,libb.so.2
    fle-cc -shared -fPIC a.c -L. -lb -o liba.so
    run fle_json liba.so '.needed[], .exports[], .symbols[]'
    assert_output $'libb.so.2\na\n📥: b func 0xf\n📥: b_val object 0x4'
    gcc -shared -fPIC -nostdlib b.c -o native-b.so
    gcc -shared -fPIC -nostdlib a.c ./native-b.so -o native-a.so
    readelf -rW native-a.so | awk '/R_X86_64_/ {print $3, $5}' | sort > want
    fle_json liba.so '.segments[].lines[]' | sed -n 's/^❓: \(R_X86_64_[A-Z_]*\)(\([^ )]*\))$/\1 \2/p' | sort > got
    diff want got
}

@test "fle-cc -static links the archive where a .so is beside it, as gcc -static" {
    printf 'int two(void) { return 2; }\n' > two.c
    fle-cc -c -fPIC two.c -o two.o
    fle-cc -shared two.o -o libtwo.so
    fle-ar rcs libtwo.a two.o
    printf 'int two(void);\nint main(void) { return two(); }\n' > main.c
    fle-cc main.c -L. -ltwo -o dyn
    run fle_json dyn '.needed[]'
    assert_output "libtwo.so"
    fle-cc -static main.c -L. -ltwo -o static
    run fle_json static '.version, (.needed // "none")'
    assert_output $'2\nnone'
    run ./static
    assert_failure 2
}

@test "every dynamic module fle-ld writes reads back (fle-nm, fle-objdump -d show the PLT)" {
    fle-cc -shared -fPIC greet.c -o libgreet.so
    printf 'extern int counter;\nint greet(const char *);\nint main(void) { counter = 2; return greet("x"); }\n' > main.c
    for pie in "-fno-pie -no-pie" "-fPIE -pie"; do
        fle-cc $pie main.c libgreet.so -o prog
        fle-nm prog > /dev/null
    done
    fle-nm libgreet.so > /dev/null
    run fle-objdump -d libgreet.so
    assert_success
    assert_line --regexp '^0000000000001[0-9a-f]{3} <printf@plt>:$'
    assert_line --regexp '^ +1[0-9a-f]{3}:	ff 25 [0-9a-f ]{11} +	jmp +\*0x[0-9a-f]+\(%rip\)'
}

@test "an executable exports what it defines that a library defines too: it interposes" {
    printf 'int hook(void) { return 1; }\nint run_hook(void) { return hook(); }\n' > l.c
    fle-cc -shared -fPIC l.c -o libl.so
    printf 'int run_hook(void);\nint hook(void) { return 2; }\nint main(void) { return run_hook(); }\n' > main.c
    fle-cc main.c libl.so -o prog
    run fle_json prog '.exports[]'
    assert_output "hook"
    fle-cc -c main.c -o main.o
    run fle-ld --trace-symbol=hook -L"$ROOT/build/lib/fle" -l:crt1.fle main.o libl.so -lc -o prog2
    assert_line "symbol hook: exported, interposes on shared library libl.so's definition"
    # GNU ld exports it too.
    gcc -shared -fPIC l.c -o native-l.so
    gcc main.c ./native-l.so -o native
    nm -D --defined-only native | grep -q ' T hook$'
}

@test "a .so imports only what its own objects refer to, not its libraries' imports" {
    printf 'int b(void) { return 2; }\nint c(void);\nint bc(void) { return c(); }\n' > b.c
    printf 'int b(void);\nint a(void) { return b(); }\n' > a.c
    fle-cc -shared -fPIC b.c -o libb.so
    fle-cc -shared -fPIC a.c libb.so -o liba.so
    run fle_json liba.so '.symbols[]'
    assert_output "📥: b func 0xb"
}
