#!/usr/bin/env bats
# The errors of linking with shared libraries, each pinned to its text
# (lld's wording) and checked to be an error for GNU ld too: a .so built
# from code that is not position-independent, a PIE that needs a 32-bit
# address of a library's symbol, an import no one provides, TLS in a .so.
# A failed link leaves no output.
load ../common
setup() {
    common_setup
    cat > lib.c <<'EOF'
int counter = 5;
int get(void) { return counter; }
EOF
}


@test "-shared from non-PIC code: recompile with -fPIC, naming definition and reference" {
    fle-cc -c -fno-pic -O1 lib.c -o lib.o
    run fle-ld -shared lib.o -o lib.so
    assert_failure 1
    assert_output "fle-ld: error: relocation R_X86_64_PC32 cannot be used against symbol 'counter'; recompile with -fPIC
>>> defined in lib.o
>>> referenced by lib.o:(.text+0x2)"
    [ ! -e lib.so ]
    gcc -c -fno-pic -O1 lib.c -o native.o
    run ld -shared native.o -o native.so
    assert_failure
    assert_output --partial "recompile with -fPIC"
}

@test "-shared: a function's 32-bit address cannot be taken either" {
    printf 'int f(void) { return 1; }\nlong addr(void) { return (long)f; }\n' > fa.c
    fle-cc -c -fno-pic -O1 fa.c -o fa.o
    run fle-ld -shared fa.o -o fa.so
    assert_failure 1
    assert_output --regexp "^fle-ld: error: relocation R_X86_64_32 cannot be used against symbol 'f'; recompile with -fPIC
>>> defined in fa.o
>>> referenced by fa.o:\(.text\+0x[0-9a-f]+\)$"
}

@test "-pie: a non-PIC 32-bit address of a library's variable is refused" {
    fle-cc -c -fPIC lib.c -o lib.o
    fle-ld -shared lib.o -o liblib.so
    printf 'extern int counter;\nint *p(void) { return &counter; }\nvoid _start(void) { p(); }\n' > main.c
    fle-cc -c -fno-pie -O1 main.c -o main.o
    run fle-ld -pie main.o liblib.so -o prog
    assert_failure 1
    assert_output "fle-ld: error: relocation R_X86_64_32 cannot be used against symbol 'counter'; recompile with -fPIC
>>> defined in liblib.so
>>> referenced by main.o:(.text+0x1)"
    [ ! -e prog ]
    # Without -pie it links: counter is copied into the executable.
    fle-ld main.o liblib.so -o prog
    run fle_json prog '.segments[-1].lines[-2]'
    assert_output "❓: R_X86_64_COPY(counter)"
}

@test "an import of a library that nothing provides is undefined, naming the library" {
    printf '#include <stdio.h>\nint greet(void) { return puts("hi"); }\n' > greet.c
    fle-cc -shared -fPIC greet.c -o libgreet.so
    printf 'int greet(void);\nvoid _start(void) { greet(); }\n' > main.c
    fle-cc -c main.c -o main.o
    run fle-ld main.o libgreet.so -o prog
    assert_failure 1
    assert_output "fle-ld: error: undefined symbol: puts
>>> referenced by libgreet.so"
    [ ! -e prog ]
    # With libc it links, and the executable exports puts to the library.
    printf 'int greet(void);\nint main(void) { return greet(); }\n' > main.c
    fle-cc main.c libgreet.so -o prog
    run fle_json prog '.exports[]'
    assert_output "puts"
}

@test "TLS in a .so is not supported" {
    printf '__thread int tv;\n__thread int tw = 1;\nint get(void) { return tv + tw; }\n' > tls.c
    fle-cc -c -fPIC tls.c -o tls.o
    run fle-ld -shared tls.o -o tls.so
    assert_failure 1
    assert_output --partial "fle-ld: error: TLS in a shared library is not supported
>>> thread-local section tls.o:(.tbss)
>>> thread-local section tls.o:(.tdata)"
    [ ! -e tls.so ]
}

@test "-z defs: every undefined symbol of a .so, at once" {
    printf 'int a(void); int b(void);\nint both(void) { return a() + b(); }\n' > u.c
    fle-cc -c -fPIC -O1 u.c -o u.o
    run fle-ld -shared -z defs u.o -o u.so
    assert_failure 1
    assert_line "fle-ld: error: undefined symbol: a"
    assert_line "fle-ld: error: undefined symbol: b"
    gcc -c -fPIC -O1 u.c -o native.o
    run ld -shared -z defs native.o -o native.so
    assert_failure
    # Without it, both are imports.
    fle-ld -shared u.o -o u.so
    run fle_json u.so '.symbols[]'
    assert_output $'📥: a\n📥: b'
}

@test "a TLS reference to a library's variable is not supported" {
    # fle-ld makes no .so with TLS: this one is written by hand.
    cat > libtls.so <<'EOF2'
{
  "type": ".so",
  "version": 3,
  "needed": [],
  "exports": ["tv"],
  "sections": [],
  "segments": [
    { "name": "data", "vaddr": "0x1000", "memsz": "0x4", "flags": "rw-", "align": "0x1000",
      "lines": [ "📤: tv tls 0x4", "🔢: 01 00 00 00" ] } ],
  "symbols": []
}
EOF2
    printf 'extern __thread int tv;\nint _start(void) { return tv; }\n' > tm.c
    fle-cc -c -O1 tm.c -o tm.o
    run fle-ld tm.o libtls.so -o prog
    assert_failure 1
    assert_output "fle-ld: error: TLS in a shared library is not supported: relocation R_X86_64_GOTTPOFF against symbol 'tv'
>>> defined in libtls.so
>>> referenced by tm.o:(.text+0x3)"
    [ ! -e prog ]
}

@test "an import is reported unmet only when every library its library needs is linked too" {
    printf 'int b(void) { return 2; }\n' > b.c
    printf 'int b(void);\nint zzz(void);\nint a(void) { return b() + zzz(); }\n' > a.c
    fle-cc -shared -fPIC b.c -o libb.so
    fle-cc -shared -fPIC a.c -L. -lb -o liba.so
    printf 'int a(void);\nvoid _start(void) { a(); }\n' > main.c
    fle-cc -c main.c -o main.o
    # liba.so needs libb.so, which is not here: it may provide zzz.
    fle-ld main.o liba.so -o prog
    run fle_json prog '.needed[]'
    assert_output "liba.so"
    # With libb.so linked too, nothing provides zzz (lld's rule).
    run fle-ld main.o liba.so libb.so -o prog2
    assert_failure 1
    assert_output "fle-ld: error: undefined symbol: zzz
>>> referenced by liba.so"
}
