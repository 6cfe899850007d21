# Dynamic modules for the tools' tests (readfle-dyn, nm-dyn, objdump-dyn,
# svg-dyn, objcopy-dyn): libgreet.so and prog, each twice, from the same
# C (tests/tools/data/dyn/greet.c and prog.c).
#
#   make_gcc_modules   gcc -shared -fPIC: libc.so (a stub defining puts),
#                      libgreet.so and prog, into ./gcc/
#   make_fle_modules   libgreet.fle and prog.fle (tests/tools/data/dyn):
#                      the same modules in FLE, as spec/FLE.md §8 writes
#                      them, laid out as fle-ld lays out (one page per
#                      segment, a 16-byte PLT entry per import, no PLT0),
#                      code assembled by hand from gcc's with the
#                      displacements of this layout
#
# What corresponds: needed, soname, runpath, the exports and imports with
# their types, binds and sizes, the init/fini arrays' sizes, and the
# kinds and number of dynamic relocations of each kind.  Addresses differ
# (GNU ld adds PLT0, .dynamic and the rest).  prog.c is compiled without
# -fPIC: counter by copy relocation, and greet's address taken in code,
# so its PLT entry is its address everywhere (a canonical PLT entry).

DYN_DATA="$ROOT/tests/tools/data/dyn"

make_gcc_modules() {
    mkdir -p gcc
    echo 'int puts(const char *s) { return 0; }' > gcc/c.c
    cp "$DYN_DATA/greet.c" "$DYN_DATA/prog.c" gcc/
    local cc=(gcc -O1 -nostdlib -fno-asynchronous-unwind-tables)
    "${cc[@]}" -shared -fPIC -Wl,-soname,libc.so gcc/c.c -o gcc/libc.so
    "${cc[@]}" -shared -fPIC -Wl,-soname,libgreet.so -Wl,-rpath,'$ORIGIN/../lib' \
        gcc/greet.c -Lgcc -lc -o gcc/libgreet.so
    "${cc[@]}" -fno-pic -no-pie -Wl,-rpath,'$ORIGIN' gcc/prog.c -Lgcc -lgreet -o gcc/prog
}

make_fle_modules() {
    cp "$DYN_DATA/libgreet.fle" "$DYN_DATA/prog.fle" .
}

# The usual setup of those tests: a scratch directory with both sets.
dyn_setup() {
    common_setup
    make_fle_modules
    make_gcc_modules
}
