#!/usr/bin/env bats
# --trace's fault report in a dynamic program: a fault inside a library
# names the library's segment and functions, and the call chain runs
# through them into the program.
load ../common
load dynamic

setup() { dyn_setup; }

@test "a NULL read in a library: its functions in the chain, then the program's" {
    cat > crash.c <<'EOF'
int *volatile nowhere;
int crash(void) { return *nowhere; }
int deeper(void) { return crash() + 1; }
EOF
    so crash crash.c -O0 -fno-omit-frame-pointer
    cat > main.c <<'EOF'
#include "sys.h"
int deeper(void);
void _start(void) { sys_exit(deeper()); }
EOF
    exe main main.c -lcrash
    run -139 --separate-stderr env FLE_LIBRARY_PATH=fle "$FE" --trace fle/main
    local H='0x[0-9a-f]+' report
    report=$(grep '^fle-exec: fault:' <<<"$stderr" | sed 's/^fle-exec: fault: //')
    [[ $(sed -n 1p <<<"$report") == "SIGSEGV at 0x0: read at an address no segment covers (a NULL pointer?)" ]]
    [[ $(sed -n 2p <<<"$report") =~ ^#0\ $H\ \<crash\+0x[0-9a-f]+\>$ ]]
    [[ $(sed -n 3p <<<"$report") =~ ^#1\ $H\ \<deeper\+0x[0-9a-f]+\>$ ]]
    [[ $(sed -n 4p <<<"$report") =~ ^#2\ $H\ \<_start\+0x[0-9a-f]+\>$ ]]
    [[ $(sed -n 5p <<<"$report") == "the program dies of SIGSEGV" ]]
}

@test "a write to a library's code names its segment" {
    cat > poke.c <<'EOF'
void poke(void) { *(volatile char *)poke = 0; }
EOF
    so poke poke.c
    cat > main.c <<'EOF'
#include "sys.h"
void poke(void);
void _start(void) { poke(); sys_exit(0); }
EOF
    exe main main.c -lpoke
    run -139 --separate-stderr env FLE_LIBRARY_PATH=fle "$FE" --trace fle/main
    grep -Eqx "fle-exec: fault: SIGSEGV at 0x[0-9a-f]+ <poke>: write to r-x segment text of libpoke.so holding .text \(not writable\)" <<<"$stderr"
}
