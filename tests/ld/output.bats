#!/usr/bin/env bats
# The executable fle-ld writes (spec §5): #! line, mode, entry, segments
# and their permissions, the section table, the symbol table.

load ../common
load helpers

setup() {
    common_setup
    write_sys_h
    cat > main.c <<'EOF2'
#include "sys.h"
const char msg[] = "hi\n";
int counter = 1;
long zeros[64];
__attribute__((noinline)) static int local_fn(void) { return counter; }
void _start(void) { put(msg); sys_exit(local_fn() + zeros[3]); }
EOF2
    fle_objs "" main.c
}

@test "the default #! line runs through fle-exec; mode 0755" {
    fle-ld -o prog main.fle
    assert_equal "$(head -1 prog)" "#!/usr/bin/env fle-exec"
    assert_equal "$(stat -c %a prog)" 755
    run ./prog
    assert_output "hi"
    assert_equal "$status" 1
}

@test "--interp sets the #! line" {
    fle-ld --interp /opt/fle/bin/fle-exec -o prog main.fle
    assert_equal "$(head -1 prog)" "#!/opt/fle/bin/fle-exec"
}

@test "segments: r-x at 0x401000, then r-- and rw-, page aligned" {
    fle-ld -o prog main.fle
    run bash -c "sed 1d prog | jq -r '.segments[] | \"\(.name) \(.vaddr) \(.flags) \(.align)\"'"
    assert_line --index 0 "text 0x401000 r-x 0x1000"
    assert_line --index 1 "rodata 0x402000 r-- 0x1000"
    assert_line --index 2 "data 0x403000 rw- 0x1000"
    start=$(fle-nm prog | awk '$3 == "_start" { print $1 }')
    assert_equal "$(sed 1d prog | jq -r .entry)" "$(printf "0x%x" "0x$start")"
    assert_equal "$(sed 1d prog | jq -r .pie)" false
}

@test "-pie links at base 0 with the first segment at 0x1000" {
    fle_objs "-fPIE" main.c
    fle-ld -pie -o prog main.fle
    assert_equal "$(sed 1d prog | jq -r .pie)" true
    assert_equal "$(sed 1d prog | jq -r '.segments[0].vaddr')" 0x1000
    run ./prog
    assert_output "hi"
}

@test "the section table and the symbol table are there for fle-nm" {
    fle-ld -o prog main.fle
    run bash -c "sed 1d prog | jq -r '.sections[].name'"
    assert_output $'.text\n.rodata\n.data\n.bss'
    run fle-nm prog
    assert_line --regexp '^0000000000401[0-9a-f]{3} T _start$'
    assert_line --regexp ' t local_fn$'
    assert_line --regexp ' R msg$'
    assert_line --regexp ' D counter$'
    assert_line --regexp ' B zeros$'
}
