# Shared by tests/exec/dynamic*.bats: shared libraries and dynamic
# programs linked by GNU ld (gcc -shared, -z now) into elf/, and the
# same modules as FLE (tests/exec/dynamic-elf2fle) into fle/, under the
# same names.  So every scenario runs twice: the ELF files under glibc's
# ld.so (LD_LIBRARY_PATH=elf), the reference, and the FLE files under
# fle-exec (FLE_LIBRARY_PATH=fle).  The libraries and most programs are
# freestanding: sys.h (write_sys_h, tests/common.bash) gives them
# write and exit, nothing else.

CONV="$ROOT/tests/exec/dynamic-elf2fle"
FE="$ROOT/build/bin/fle-exec"
DCF="-O1 -ffreestanding -fno-builtin -fno-stack-protector -fcf-protection=none
     -fno-asynchronous-unwind-tables"
DLF="-nostdlib -Wl,-z,now -Wl,-z,norelro -Wl,-z,separate-code -Wl,--build-id=none
     -Wl,--no-as-needed"

dyn_setup() {
    common_setup
    bats_require_minimum_version 1.5.0
    mkdir -p elf fle
    write_sys_h
}

# so NAME SRC [LINK ARGS...]: elf/libNAME.so (soname libNAME.so), and
# fle/libNAME.so made from it.
so() {
    local n=$1 src=$2
    shift 2
    gcc $DCF -fPIC -shared $DLF -Wl,-soname,lib$n.so -o elf/lib$n.so "$src" -Lelf "$@"
    "$CONV" elf/lib$n.so fle/lib$n.so
}

# exe NAME SRC [CFLAGS AND LINK ARGS...]: a freestanding program (its
# own _start), not position-independent unless the arguments say -fPIE
# -pie.
exe() {
    local n=$1 src=$2
    shift 2
    gcc $DCF -fno-pie -no-pie $DLF -o elf/$n "$src" -Lelf -Wl,-rpath-link,elf "$@"
    "$CONV" elf/$n fle/$n
}

# Runs the ELF program under ld.so, then the FLE one under fle-exec;
# both must print the same and exit the same.  The FLE run's output is
# left in $output / $status for more assertions.
same_as_elf() {
    local n=$1
    shift
    run --separate-stderr env LD_LIBRARY_PATH=elf "elf/$n" "$@"
    local want="$output" want_status=$status
    run --separate-stderr env FLE_LIBRARY_PATH=fle "$FE" "fle/$n" "$@"
    [ "$stderr" = "" ] || { echo "stderr: $stderr"; return 1; }
    assert_equal "$output" "$want"
    assert_equal "$status" "$want_status"
}
