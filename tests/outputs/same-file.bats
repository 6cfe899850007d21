#!/usr/bin/env bats
# An output that is also an input is refused before anything is written,
# by device and inode rather than by name, with gcc's and GNU ld's words:
# "input file 'x.c' is the same as output file".  Every tool, every kind
# of input: C sources, assembly, ELF and FLE objects, archives, -l.

load helpers

setup() {
    common_setup
    fle_obj main.fle
    echo 'int main(void) { return 0; }' > x.c
    printf '.globl _start\n_start: ret\n' > a.s
    keep main.fle x.c a.s
}

# refused TOOL FILE CMD...: CMD fails with TOOL's message naming FILE,
# and every kept input is as it was.
refused() {
    local tool="$1" file="$2"; shift 2
    run "$@"
    assert_failure 1
    assert_output "$tool: error: input file '$file' is the same as output file"
    unchanged main.fle x.c a.s
}

@test "fle-cc: -c, -S, a link and an object, like gcc" {
    refused fle-cc x.c fle-cc -c x.c -o x.c
    refused fle-cc x.c fle-cc x.c -o x.c
    refused fle-cc x.c fle-cc -S x.c -o x.c
    refused fle-cc main.fle fle-cc -nostdlib main.fle -o main.fle
}

@test "fle-cc: the same file under another name (./x.c, a hard link)" {
    refused fle-cc x.c fle-cc -c x.c -o ./x.c
    ln x.c y.c
    refused fle-cc y.c fle-cc -c y.c -o x.c
    # -c without -o writes x.o, here another name of x.c.
    ln x.c x.o
    refused fle-cc x.c fle-cc -c x.c
}

@test "fle-as: assembly and an ELF object" {
    refused fle-as a.s fle-as a.s -o a.s
    as --64 a.s -o a.o
    keep a.o
    refused fle-as a.o fle-as a.o -o a.o
    unchanged a.o
}

@test "fle-ld: an object, an archive, a -l library, the map file" {
    refused fle-ld main.fle fle-ld -o main.fle main.fle
    fle-ar rc libm.a main.fle
    keep libm.a
    refused fle-ld libm.a fle-ld -o libm.a -e _start libm.a
    refused fle-ld ./libm.a fle-ld -L. -lm -o libm.a
    refused fle-ld main.fle fle-ld -Map main.fle -o prog main.fle
    unchanged libm.a
    [ ! -e prog ]
}

@test "fle-ar: a member that is the archive, and extracting over the archive" {
    refused fle-ar main.fle fle-ar rc main.fle main.fle
    fle-ar rc lib.a main.fle
    keep lib.a
    refused fle-ar lib.a fle-ar rc lib.a lib.a
    # A member named like the archive, extracted in the archive's directory.
    jq '.members[0].name = "lib.a" | .index[] = "lib.a"' lib.a > renamed.a
    mv renamed.a lib.a
    keep lib.a
    refused fle-ar lib.a fle-ar x lib.a
    unchanged lib.a
}
