#!/usr/bin/env bats
# fle-objdump on dynamic modules: -d names a GOT or .got.plt slot by the
# load-time relocation standing there, and -R lists the load-time
# relocations, each compared with GNU objdump on the same C built by gcc
# -shared -fPIC (tests/tools/dyn-common.bash).
load ../common
load dyn-common

setup() { dyn_setup; }

# One function's instructions from objdump -d output, without addresses
# and bytes, every number masked: what must read the same.
body() { sed -n "/<$1>:\$/,/^\$/p" | cut -f3- | sed -E '/^$/d; s/0x[0-9a-f]+/N/g; s/\b[0-9a-f]{4,}\b/A/g'; }

@test "-d on a .so: exact text; the PLT's slot and the GOT's are named by their relocations" {
    run fle-objdump -d libgreet.fle
    assert_success
    assert_output - <<'OUT'

libgreet.fle:     file format fle-x86-64


Disassembly of section .plt:

0000000000001000 <puts@plt>:
    1000:	ff 25 12 20 00 00    	jmp    *0x2012(%rip)        # 3018 <puts>
    1006:	66 0f 1f 44 00 00    	nopw   (%rax,%rax,1)
    100c:	0f 1f 40 00          	nopl   (%rax)

Disassembly of section .text:

0000000000001010 <greet>:
    1010:	48 83 ec 08          	sub    $0x8,%rsp
    1014:	48 8d 3d e5 0f 00 00 	lea    0xfe5(%rip),%rdi        # 2000 <fini+0xfc6>
    101b:	e8 e0 ff ff ff       	call   1000 <puts@plt>
    1020:	48 8b 05 e9 1f 00 00 	mov    0x1fe9(%rip),%rax        # 3010 <counter-0x10>
    1027:	83 00 01             	addl   $0x1,(%rax)
    102a:	48 83 c4 08          	add    $0x8,%rsp
    102e:	c3                   	ret

000000000000102f <init>:
    102f:	48 8b 05 da 1f 00 00 	mov    0x1fda(%rip),%rax        # 3010 <counter-0x10>
    1036:	83 00 01             	addl   $0x1,(%rax)
    1039:	c3                   	ret

000000000000103a <fini>:
    103a:	48 8b 05 cf 1f 00 00 	mov    0x1fcf(%rip),%rax        # 3010 <counter-0x10>
    1041:	c7 00 00 00 00 00    	movl   $0x0,(%rax)
    1047:	c3                   	ret
OUT
}

@test "-d: the same instructions and annotations as objdump -d of gcc's .so and program" {
    for fn in greet init fini; do
        diff -u <(objdump -d gcc/libgreet.so | body $fn) <(fle-objdump -d libgreet.fle | body $fn)
    done
    for fn in main addr _start; do
        diff -u <(objdump -d gcc/prog | body $fn) <(fle-objdump -d prog.fle | body $fn)
    done
    # The GOT slot of a symbol the module defines: the distance to it,
    # as objdump writes it.
    objdump -d gcc/libgreet.so | grep -qE 'mov +0x[0-9a-f]+\(%rip\),%rax +# [0-9a-f]+ <counter-0x[0-9a-f]+>$'
    # The .got.plt slot a PLT entry jumps through: the import, no offset.
    objdump -d gcc/libgreet.so | sed -n '/<puts@plt>:/,/^$/p' | grep -qE 'jmp +\*0x[0-9a-f]+\(%rip\) +# [0-9a-f]+ <puts>$'
    fle-objdump -d libgreet.fle | sed -n '/<puts@plt>:/,/^$/p' | grep -qE 'jmp +\*0x[0-9a-f]+\(%rip\) +# 3018 <puts>$'
    # A canonical PLT entry's slot too: greet, imported and exported.
    objdump -d gcc/prog | sed -n '/<greet@plt>:/,/^$/p' | grep -qE '# [0-9a-f]+ <greet>$'
    fle-objdump -d prog.fle | grep -qxF '  401000:	ff 25 fa 2f 00 00    	jmp    *0x2ffa(%rip)        # 404000 <greet>'
}

@test "-d: with no relocation at the slot, the nearest symbol as before" {
    # The slot of the format's own sample holds an R_X86_64_RELATIVE:
    # absolute, it names nothing (objdump skips those too).
    run fle-objdump -d "$ROOT/tests/as/dynamic/libgreet.fle"
    assert_success
    assert_line --partial 'jmp    *0x1ffa(%rip)        # 3000 <greet+0x1ff0>'
}

@test "-R: exact text, and objdump -R's relocations of gcc's builds" {
    run fle-objdump -R libgreet.fle
    assert_success
    assert_output - <<'OUT'

libgreet.fle:     file format fle-x86-64

DYNAMIC RELOCATION RECORDS
OFFSET           TYPE              VALUE
0000000000003000 R_X86_64_RELATIVE  *ABS*+0x000000000000102f
0000000000003008 R_X86_64_RELATIVE  *ABS*+0x000000000000103a
0000000000003010 R_X86_64_GLOB_DAT  counter
0000000000003018 R_X86_64_JUMP_SLOT  puts
0000000000003028 R_X86_64_64       greet
OUT
    # Rows as objdump writes them (columns, *ABS*+ addends); the same
    # type and symbol for each, in ELF's order or not.
    rows() { grep -E '^[0-9a-f]{16} ' | sed -E 's/^[0-9a-f]{16}/OFFSET/; s/\*ABS\*\+0x[0-9a-f]{16}$/*ABS*+ADDEND/' | sort; }
    diff -u <(objdump -R gcc/libgreet.so | rows) <(fle-objdump -R libgreet.fle | rows)
    diff -u <(objdump -R gcc/prog | rows) <(fle-objdump -R prog.fle | rows)
    [ "$(fle-objdump -R prog.fle | rows | wc -l)" = 2 ]
    # The same blank lines around the table as objdump.
    diff -u <(objdump -R gcc/prog | sed -E 's/^[0-9a-f]{16} .*/ROW/; s/file format .*/FORMAT/; s/gcc\/prog/FILE/') \
            <(fle-objdump -R prog.fle | sed -E 's/^[0-9a-f]{16} .*/ROW/; s/file format .*/FORMAT/; s/prog.fle/FILE/')
}

@test "-R of a static program or an object: not a dynamic object, as objdump says" {
    printf 'int x;\nvoid _start(void) { for (;;) x++; }\n' > s.c
    gcc -c -O1 -fno-pie -fno-asynchronous-unwind-tables s.c -o s.o
    gcc -static -nostdlib -no-pie s.o -o s
    fle-as s.o -o s.fle
    fle-ld s.fle -o s.exe
    run objdump -R s
    assert_failure 1
    assert_line 'objdump: s: not a dynamic object'
    for f in s.exe s.fle; do
        run fle-objdump -R "$f"
        assert_failure 1
        assert_line "fle-objdump: error: $f: not a dynamic object"
    done
    # On stdout, the file's heading alone, as objdump's.
    diff -u <(objdump -R s 2>/dev/null | sed 's/^s: .*/HEAD/') <(fle-objdump -R s.exe 2>/dev/null | sed 's/^s.exe: .*/HEAD/')
}

@test "-R of a PIE: its R_X86_64_RELATIVE lines, or none, as objdump -R of a static PIE" {
    printf 'void _start(void) { for (;;); }\n' > none.c
    printf 'int x; int *p = &x;\nvoid _start(void) { for (;;) *p = 1; }\n' > one.c
    for n in none one; do
        gcc -c -O1 -fPIE -fno-asynchronous-unwind-tables $n.c -o $n.o
        gcc -static-pie -nostdlib $n.o -o $n.elf
        fle-as $n.o -o $n.fle
        fle-ld -pie $n.fle -o $n.exe
    done
    run objdump -R none.elf
    assert_success
    assert_line 'DYNAMIC RELOCATION RECORDS (none)'
    run fle-objdump -R none.exe
    assert_success
    assert_output "$(objdump -R none.elf | sed 's/none.elf:     file format elf64-x86-64/none.exe:     file format fle-x86-64/')"
    run fle-objdump -R one.exe
    assert_success
    assert_line --regexp '^[0-9a-f]{16} R_X86_64_RELATIVE  \*ABS\*\+0x[0-9a-f]{16}$'
    objdump -R one.elf | grep -qE '^[0-9a-f]{16} R_X86_64_RELATIVE  \*ABS\*\+0x[0-9a-f]{16}$'
}

@test "--dynamic-reloc is -R; --help lists it; -R with -d shows no table" {
    diff -u <(fle-objdump -R libgreet.fle) <(fle-objdump --dynamic-reloc libgreet.fle)
    run fle-objdump --help
    assert_success
    assert_line '  -R, --dynamic-reloc      Display the dynamic relocation entries (a dynamic'
    run fle-objdump -d -R libgreet.fle
    assert_success
    refute_output --partial 'DYNAMIC RELOCATION RECORDS'
    run fle-objdump --dynamic-relocs libgreet.fle
    assert_failure 1
    assert_line --index 0 "fle-objdump: unrecognized option '--dynamic-relocs'"
}
