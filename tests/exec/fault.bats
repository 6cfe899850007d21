#!/usr/bin/env bats
# Forbidden accesses kill the program with the signal the kernel's
# loader would give: permissions are exactly the segments' (code is not
# writable, read-only data is not writable, data and stack are not
# executable).  With --trace the death is explained first, and the
# status is still the same signal.
load ../common
load helpers

setup_file() { build_progs; }
setup() { common_setup; }

# dies MODE STATUS: the FLE program (and the ELF one) die with STATUS.
dies() {
    run "$P/fault.elf" "$1"
    assert_failure "$2"
    run fle-exec "$P/fault" "$1"
    assert_failure "$2"
    run "$P/fault" "$1"          # through the shebang
    assert_failure "$2"
    if [ -d "$P/ld" ]; then
        run fle-exec "$P/ld/fault" "$1"
        assert_failure "$2"
    fi
}

@test "writing to code dies of SIGSEGV (139)" { dies write-code 139; }
@test "writing to read-only data dies of SIGSEGV (139)" { dies write-rodata 139; }
@test "executing data dies of SIGSEGV (139)" { dies exec-data 139; }
@test "executing the stack dies of SIGSEGV (139)" { dies exec-stack 139; }
@test "a NULL dereference dies of SIGSEGV (139)" { dies null 139; }
@test "a stack overflow hits the guard and dies of SIGSEGV (139)" { dies overflow 139; }
@test "dividing by zero dies of SIGFPE (136)" { dies div0 136; }
@test "an illegal instruction dies of SIGILL (132)" { dies ud2 132; }

# traced MODE STATUS: runs with --trace; stderr in $stderr, lines in
# ${stderr_lines[@]}; the status is unchanged.  The report: what
# happened, the call chain from frame #0 (tests/exec/chain.bats), and
# the death.  These programs are built with -O1, without frame pointers:
# the chain stops at the first function that keeps none (but a leaf's).
traced() {
    bats_require_minimum_version 1.5.0
    run --separate-stderr fle-exec --trace "$P/fault" "$1"
    assert_failure "$2"
    fault_lines=()
    local l
    for l in "${stderr_lines[@]}"; do
        [[ $l == "fle-exec: fault: "* ]] && fault_lines+=("$l")
    done
    [[ ${fault_lines[1]} == "fle-exec: fault: #0 "* ]]
    [[ ${fault_lines[-1]} == "fle-exec: fault: the program dies of "* ]]
}

@test "--trace: a write to code names the segment, its permissions and sections" {
    traced write-code 139
    [ "${fault_lines[0]}" = "fle-exec: fault: SIGSEGV at 0x401000 <_start>: write to r-x segment text holding .text (not writable)" ]
    [[ ${fault_lines[1]} =~ ^fle-exec:\ fault:\ #0\ 0x[0-9a-f]+\ \<poke(\+0x[0-9a-f]+)?\>$ ]]
    # poke, a leaf using no stack: its caller's return address is at %rsp.
    [[ ${fault_lines[2]} =~ ^fle-exec:\ fault:\ #1\ 0x[0-9a-f]+\ \<main\+0x[0-9a-f]+\>$ ]]
    [ "${fault_lines[3]}" = "fle-exec: fault: the chain stops: main keeps no frame pointer (built with -O1 or more?)" ]
    [ "${fault_lines[4]}" = "fle-exec: fault: the program dies of SIGSEGV" ]
}

@test "--trace: a write to read-only data" {
    traced write-rodata 139
    [[ ${fault_lines[0]} =~ ^fle-exec:\ fault:\ SIGSEGV\ at\ 0x[0-9a-f]+\ \<message\>:\ write\ to\ r--\ segment\ rodata\ holding\ .rodata\ \(not\ writable\)$ ]]
}

@test "--trace: executing data" {
    traced exec-data 139
    [[ ${fault_lines[0]} =~ ^fle-exec:\ fault:\ SIGSEGV\ at\ 0x[0-9a-f]+\ \<ret_in_data\>:\ execute\ in\ rw-\ segment\ data\ holding\ .data\ .bss\ \(not\ executable\)$ ]]
    # The call never ran a byte: the caller's return address is at %rsp.
    [[ ${fault_lines[1]} =~ ^fle-exec:\ fault:\ #0\ 0x[0-9a-f]+\ \<ret_in_data\>$ ]]
    [[ ${fault_lines[2]} =~ ^fle-exec:\ fault:\ #1\ 0x[0-9a-f]+\ \<main\+0x[0-9a-f]+\>$ ]]
}

@test "--trace: executing the stack" {
    traced exec-stack 139
    [[ ${fault_lines[0]} =~ ^fle-exec:\ fault:\ SIGSEGV\ at\ 0x[0-9a-f]+:\ execute\ in\ the\ stack$ ]]
    [[ ${fault_lines[1]} =~ ^fle-exec:\ fault:\ #0\ 0x[0-9a-f]+$ ]]
    [[ ${fault_lines[2]} =~ ^fle-exec:\ fault:\ #1\ 0x[0-9a-f]+\ \<main\+0x[0-9a-f]+\>$ ]]
}

@test "--trace: a NULL dereference" {
    traced null 139
    [ "${fault_lines[0]}" = "fle-exec: fault: SIGSEGV at 0x0: read at an address no segment covers (a NULL pointer?)" ]
    [[ ${fault_lines[1]} =~ ^fle-exec:\ fault:\ #0\ 0x[0-9a-f]+\ \<main\+0x[0-9a-f]+\>$ ]]
}

@test "--trace: a stack overflow" {
    traced overflow 139
    [[ ${fault_lines[0]} =~ ^fle-exec:\ fault:\ SIGSEGV\ at\ 0x[0-9a-f]+:\ write\ in\ the\ stack\ guard\ gap:\ stack\ overflow$ ]]
    [[ ${fault_lines[1]} =~ ^fle-exec:\ fault:\ #0\ 0x[0-9a-f]+\ \<recurse\+0x[0-9a-f]+\>$ ]]
}

@test "--trace: SIGFPE and SIGILL" {
    traced div0 136
    [[ ${fault_lines[0]} =~ ^fle-exec:\ fault:\ SIGFPE\ at\ 0x[0-9a-f]+\ \<main\+0x[0-9a-f]+\>:\ integer\ divide\ by\ zero$ ]]
    [ "${fault_lines[-1]}" = "fle-exec: fault: the program dies of SIGFPE" ]
    traced ud2 132
    [[ ${fault_lines[0]} =~ ^fle-exec:\ fault:\ SIGILL\ at\ 0x[0-9a-f]+\ \<main\+0x[0-9a-f]+\>:\ illegal\  ]]
}

@test "--trace: a program that does not fault runs unchanged" {
    bats_require_minimum_version 1.5.0
    run --separate-stderr fle-exec --trace "$P/fault" nothing
    assert_failure 3
    assert_output "survived"
}
