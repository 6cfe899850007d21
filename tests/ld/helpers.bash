# Helpers for the fle-ld scenarios (write_sys_h, the tiny raw-syscall
# "libc" programs use instead of minilibc, is in tests/common.bash): a
# differential check that links a program with fle-cc + fle-ld and with gcc + GNU ld
# and compares what the two print and return.

# Compiler flags both builds use.  -fno-pie unless a test asks otherwise.
LD_TEST_CFLAGS="-O1 -fno-stack-protector -fno-builtin -fcf-protection=none -fno-asynchronous-unwind-tables"

# fle_objs CFLAGS FILE.c... : compiles each with fle-cc -c into FILE.fle
fle_objs() {
    local cflags="$1"; shift
    local src
    for src in "$@"; do
        fle-cc -c $LD_TEST_CFLAGS $cflags "$src" -o "${src%.*}.fle"
    done
}

# native_run CFLAGS FILE.c... : the same program built by gcc + GNU ld;
# sets native_output and native_status.
native_run() {
    local cflags="$1"; shift
    gcc $LD_TEST_CFLAGS $cflags -static -nostdlib -no-pie -o native "$@"
    run ./native
    native_output=$output
    native_status=$status
}

# compare_run PROG [ARGS...] : runs the FLE executable and checks it
# behaves like ./native did.
compare_run() {
    local prog="$1"; shift
    run "./$prog" "$@"
    assert_equal "$output" "$native_output"
    assert_equal "$status" "$native_status"
}

# link_and_compare CFLAGS LDFLAGS FILE.c... : the whole differential test.
link_and_compare() {
    local cflags="$1" ldflags="$2"; shift 2
    local objs=() src
    fle_objs "$cflags" "$@"
    for src in "$@"; do objs+=("${src%.*}.fle"); done
    fle-ld $ldflags -o prog "${objs[@]}"
    native_run "$cflags" "$@"
    compare_run prog
}

# exe_symbol PROG NAME : prints the symbol line naming NAME, if any.
exe_symbol() {
    sed 1d "$1" | jq -r '.segments[].lines[], .symbols[]' |
        grep -E "^[^:]+: $2 " || true
}

# write_ping_pong: the archive tests' program: main.c calls ping, ping.c
# and pong.c call each other (a cycle inside one archive), unused.c is
# needed by nothing.  Needs write_sys_h.
write_ping_pong() {
    cat > main.c <<'EOF2'
#include "sys.h"
int ping(int);
void _start(void) { put_num(ping(5)); put("\n"); sys_exit(0); }
EOF2
    # ping and pong call each other: a cycle inside one archive.
    cat > ping.c <<'EOF2'
int pong(int);
int ping(int n) { return n ? pong(n - 1) + 1 : 0; }
EOF2
    cat > pong.c <<'EOF2'
int ping(int);
int pong(int n) { return n ? ping(n - 1) + 10 : 0; }
EOF2
    cat > unused.c <<'EOF2'
int unused_function(void) { return 42; }
EOF2
}
