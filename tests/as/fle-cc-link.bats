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
