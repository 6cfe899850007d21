#!/usr/bin/env bats
# fle-cc as a linking driver: mixed inputs, archives, -nostdlib programs
# with their own _start, and options passed on to fle-ld.
load ../common
setup() { common_setup; }

@test "-nostdlib program with its own _start and a raw exit system call" {
    cat > start.c <<'SRC'
void _start(void) {
    __asm__ volatile("mov $60, %eax\n mov $42, %edi\n syscall");
}
SRC
    fle-cc -nostdlib -O2 start.c -o prog
    run ./prog
    assert_equal "$status" 42
    head -1 prog | grep -qx '#!/usr/bin/env fle-exec'
}

@test "inputs may mix .c, .s, ELF .o, FLE .o and an FLE archive" {
    printf 'int twice(int x) { return 2 * x; }\n' > twice.c
    printf '\t.globl three\nthree:\tmovl $3, %%eax\n\tret\n' > three.s
    printf 'int four(void) { return 4; }\n' > four.c
    printf 'int five(void) { return 5; }\n' > five.c
    gcc -c four.c -o four-elf.o            # an ELF object, converted on the fly
    fle-cc -c five.c -o five.o             # an FLE object
    fle-cc -c twice.c -o twice.fle
    fle-ar rcs libtw.a twice.fle
    cat > main.c <<'SRC'
#include <stdio.h>
int twice(int), three(void), four(void), five(void);
int main(void) { printf("%d\n", twice(three()) + four() + five()); return 0; }
SRC
    fle-cc main.c three.s four-elf.o five.o -L. -ltw -o prog
    run ./prog
    assert_success
    assert_output "15"
}

@test "-e, -Wl and -pie reach fle-ld" {
    cat > e.c <<'SRC'
void my_entry(void) {
    __asm__ volatile("mov $60, %eax\n mov $7, %edi\n syscall");
}
SRC
    fle-cc -nostdlib -e my_entry -Wl,-Map,prog.map e.c -o prog
    run ./prog
    assert_equal "$status" 7
    grep -q my_entry prog.map
    fle-cc -nostdlib -pie -e my_entry e.c -o pie
    run sh -c "tail -n +2 pie | jq .pie"
    assert_output "true"
    run ./pie
    assert_equal "$status" 7
}

@test "a link error from fle-ld is passed through with its status" {
    printf 'int missing(void);\nint main(void) { return missing(); }\n' > m.c
    run fle-cc m.c -o prog
    assert_failure
    assert_line --index 0 "fle-ld: error: undefined symbol: missing"
    [ ! -e prog ]
}

@test "-shared reaches fle-ld: a .so with neither crt1 nor minilibc" {
    printf '#include <stdio.h>\nint f(void) { return puts("f"); }\n' > lib.c
    fle-cc -shared -fPIC lib.c -o libf.so
    run sh -c "tail -n +1 libf.so | jq -r '.type, (.exports | join(\" \")), (.symbols | join(\" \"))'"
    assert_output ".so
f
📥: puts"
    # Compiling alone with -shared still works, as with gcc.
    run fle-cc -shared -fPIC -c lib.c -o lib.o
    assert_success
    run fle-nm lib.o
    assert_output --partial "T f"
}

@test "a compile error stops fle-cc with gcc's status and message" {
    printf 'int main(void) { return nope; }\n' > bad.c
    run fle-cc -c bad.c
    assert_failure
    assert_output --partial "undeclared (first use in this function)"
    [ ! -e bad.o ]
}

@test "#include <stdio.h> means minilibc's header" {
    printf '#include <stdio.h>\n' > inc.c
    run fle-cc -E inc.c
    assert_success
    assert_output --partial "lib/fle/include/stdio.h"
    refute_output --partial "/usr/include/stdio.h"
}

@test "-pie links against minilibc and runs at a base that changes" {
    cat > where.c <<'SRC'
#include <stdio.h>
int main(void) { printf("%p\n", (void *)main); return 0; }
SRC
    fle-cc -pie where.c -o where
    a=$(./where); b=$(./where)
    [ -n "$a" ] && [ -n "$b" ]
    [ "$a" != "$b" ]
}

# Two archives that need each other: liba's a_fn calls libb's b_fn, which
# calls liba's a_tail, in a member nothing else pulls.
write_cyclic_libs() {
    printf 'int b_fn(int);\nint a_fn(int x) { return b_fn(x) + 1; }\n' > a.c
    printf 'int a_tail(int x) { return x * 10; }\n' > a2.c
    printf 'int a_tail(int);\nint b_fn(int x) { return a_tail(x) + 2; }\n' > b.c
    cat > main.c <<'SRC'
#include <stdio.h>
int a_fn(int);
int main(void) { printf("%d\n", a_fn(4)); return 0; }
SRC
}

@test "-Wl,--start-group -la -lb -Wl,--end-group keeps its place, as with gcc" {
    write_cyclic_libs
    mkdir elf
    (cd elf && gcc -c ../a.c ../a2.c ../b.c && ar rcs liba.a a.o a2.o && ar rcs libb.a b.o)
    fle-cc -c a.c a2.c b.c
    fle-ar rcs liba.a a.o a2.o
    fle-ar rcs libb.a b.o
    gcc main.c -Lelf -Wl,--start-group -la -lb -Wl,--end-group -o native
    run ./native
    assert_output "43"
    fle-cc main.c -L. -Wl,--start-group -la -lb -Wl,--end-group -o prog
    run ./prog
    assert_success
    assert_output "43"
    # -Xlinker words keep their place too
    fle-cc main.c -L. -Xlinker --start-group -la -lb -Xlinker --end-group -o prog2
    run ./prog2
    assert_output "43"
    # and fle-ld is given the inputs in the order they were written
    fle-cc -c main.c
    run fle-cc -v main.o -L. -Wl,--start-group -la -lb -Wl,--end-group -o prog3
    assert_success
    assert_output --regexp " main.o --start-group -la -lb --end-group -lc$"
}

@test "without the group the link fails, as gcc's does" {
    write_cyclic_libs
    mkdir elf
    (cd elf && gcc -c ../a.c ../a2.c ../b.c && ar rcs liba.a a.o a2.o && ar rcs libb.a b.o)
    run gcc main.c -Lelf -la -lb -o native
    assert_failure
    assert_output --partial "undefined reference to \`a_tail'"
    fle-cc -c a.c a2.c b.c
    fle-ar rcs liba.a a.o a2.o
    fle-ar rcs libb.a b.o
    run fle-cc main.c -L. -la -lb -o prog
    assert_failure
    assert_line --index 0 "fle-ld: error: undefined symbol: a_tail"
    assert_line --index 1 ">>> referenced by b.c"
    assert_line --index 2 --regexp '^>>>               libb\.a\(b\.o\):\(function b_fn: \.text\+0x[0-9a-f]+\)$'
}

@test "fle-cc names crt1.fle and libc.a through -L and -l, as gcc names its own" {
    printf 'int main(void) { return 0; }\n' > m.c
    fle-cc -c m.c
    run fle-cc -v m.o -o prog
    assert_success
    assert_output "$ROOT/build/bin/fle-ld -o prog -L$ROOT/build/bin/../lib/fle -l:crt1.fle m.o -lc"
    run fle-cc -v -nostartfiles -e main m.o -o prog
    assert_output "$ROOT/build/bin/fle-ld -o prog -emain -L$ROOT/build/bin/../lib/fle m.o -lc"
    run fle-cc -v -nostdlib -e main m.o -o prog
    assert_output "$ROOT/build/bin/fle-ld -o prog -emain m.o"
}

@test "-x LANG: files without a C suffix compiled as gcc -x would, until -x none" {
    printf 'int helper(void) { return 40; }\n' > common
    printf '\t.globl two\ntwo:\tmovl $2, %%eax\n\tret\n' > asmfile
    printf 'int helper(void), two(void);\nint main(void) { return helper() + two(); }\n' > main.c
    gcc -c main.c -o main.o
    fle-cc -o prog main.o -xc common -x assembler asmfile
    run ./prog
    assert_equal "$status" 42
    # The same link by gcc gives the same status.
    gcc -o native main.o -xc common -x assembler asmfile
    run ./native
    assert_equal "$status" 42
    # -x none: back to suffixes, so an FLE object is linked as one.
    fle-cc -c -x c common -o common.fle
    fle-cc -o prog2 -x c main.c -x none common.fle -x assembler asmfile
    run ./prog2
    assert_equal "$status" 42
    run fle-cc -x c++ main.c -o bad
    assert_failure
    assert_output "fle-cc: error: language c++ not supported: fle-cc compiles C and assembly"
}

@test "objects compiled against glibc's headers link: ctype tables, errno, basename" {
    # glibc's <ctype.h> reads __ctype_b_loc() tables, <errno.h> calls
    # __errno_location(), <libgen.h> names basename __xpg_basename; minilibc
    # has all three, as musl does, so such objects (chibicc's stage 2) link.
    cat > g.c <<'SRC'
#include <ctype.h>
#include <errno.h>
#include <libgen.h>
#include <stdio.h>
#include <stdlib.h>
int main(void) {
    int n = 0;
    for (int c = -1; c < 256; c++)
        n = n * 31 + (isalpha(c) | isdigit(c) << 1 | isspace(c) << 2 | ispunct(c) << 3 |
                      isupper(c) << 4 | isxdigit(c) << 5 | iscntrl(c) << 6 | isprint(c) << 7 |
                      isgraph(c) << 8 | isblank(c) << 9 | islower(c) << 10 | isalnum(c) << 11) +
                     tolower(c) + 3 * toupper(c);
    errno = 0;
    strtol("99999999999999999999999", 0, 10);
    char path[] = "/usr/lib/";
    printf("%d %d %s\n", n, errno, basename(path));
    return 0;
}
SRC
    gcc -O2 -c g.c -o g.o
    nm g.o | grep -q __ctype_b_loc
    nm g.o | grep -q __errno_location
    nm g.o | grep -q __xpg_basename
    gcc g.o -o native
    fle-cc g.o -o prog
    run ./prog
    assert_success
    assert_output "$(./native)"
}
