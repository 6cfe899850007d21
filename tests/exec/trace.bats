#!/usr/bin/env bats
# fle-exec --trace: the mappings, the stack layout and the entry, on
# stderr, in a pinned format; the program's own output is unchanged.
load ../common
load helpers

setup_file() { build_progs; }
setup() {
    common_setup
    bats_require_minimum_version 1.5.0
    ulimit -s 8192    # the stack line shows the default size
}

H='0x[0-9a-f]+'

@test "--trace prints mappings, stack and entry; the program runs unchanged" {
    run --separate-stderr env -i A=1 "$FE" --trace "$P/show" x "y z"
    assert_success
    assert_output "$(printf 'argc 3\narg [%s]\narg [x]\narg [y z]\nenv [A=1]' "$P/show")"
    local e=("${stderr_lines[@]}") i=0
    [ "${e[0]}" = "fle-exec: load $P/show: 2 segments, entry 0x401000, fixed addresses" ]
    [[ ${e[1]} =~ ^fle-exec:\ map\ 0x401000-0x402000\ r-x\ text\ \[\.text\]:\ $H\ file\ bytes\ \+\ 0x0\ zero\ =\ memsz\ $H$ ]]
    [[ ${e[2]} =~ ^fle-exec:\ map\ 0x402000-0x403000\ r--\ rodata\ \[\.rodata\]:\ $H\ file\ bytes\ \+\ 0x0\ zero\ =\ memsz\ $H$ ]]
    [[ ${e[3]} =~ ^fle-exec:\ stack\ $H-$H\ rw-\ \(8\ MiB\),\ guard\ $H-$H\ ---$ ]]
    [[ ${e[4]} =~ ^fle-exec:\ stack\ ($H)\ argc\ =\ 3$ ]]
    local sp="${BASH_REMATCH[1]}"
    [[ ${e[5]} =~ ^fle-exec:\ stack\ $H\ argv\[0\]\ =\ $H\ \"$P/show\"$ ]]
    [[ ${e[6]} =~ ^fle-exec:\ stack\ $H\ argv\[1\]\ =\ $H\ \"x\"$ ]]
    [[ ${e[7]} =~ ^fle-exec:\ stack\ $H\ argv\[2\]\ =\ $H\ \"y\ z\"$ ]]
    [[ ${e[8]} =~ ^fle-exec:\ stack\ $H\ argv\[3\]\ =\ NULL$ ]]
    [[ ${e[9]} =~ ^fle-exec:\ stack\ $H\ envp\[0\]\ =\ $H\ \"A=1\"$ ]]
    [[ ${e[10]} =~ ^fle-exec:\ stack\ $H\ envp\[1\]\ =\ NULL$ ]]
    # Then the auxiliary vector, one entry a line, ending with AT_NULL.
    i=11
    while [[ ${e[i]} =~ ^fle-exec:\ stack\ $H\ auxv\ (AT_[A-Z_0-9]+)( = $H)?$ ]]; do
        [ "${BASH_REMATCH[1]}" = AT_NULL ] && break
        i=$((i + 1))
    done
    [ "${e[i]##* }" = AT_NULL ]
    [[ ${e[i+1]} =~ ^fle-exec:\ stack\ $H\ AT_RANDOM\ bytes\ \(16\)$ ]]
    [[ ${e[i+2]} =~ ^fle-exec:\ stack\ $H\ AT_PLATFORM\ \"x86_64\"$ ]]
    [[ ${e[i+3]} =~ ^fle-exec:\ stack\ $H-$H\ strings:\ argv,\ envp,\ AT_EXECFN\ \"$P/show\"$ ]]
    [ "${e[i+4]}" = "fle-exec: entry 0x401000 <_start>, rsp $sp" ]
    [ "${#e[@]}" -eq $((i + 5)) ]
}

@test "--trace lists the auxiliary vector the program gets" {
    run --separate-stderr "$FE" --trace "$P/show"
    for t in AT_PAGESZ AT_ENTRY AT_RANDOM AT_EXECFN AT_UID AT_EUID AT_GID AT_EGID AT_SECURE AT_HWCAP AT_CLKTCK AT_PLATFORM AT_NULL; do
        [[ $stderr =~ auxv\ $t ]]
    done
    [[ $stderr =~ auxv\ AT_PAGESZ\ =\ 0x1000 ]]
    [[ $stderr =~ auxv\ AT_ENTRY\ =\ 0x401000 ]]
    [[ $stderr =~ auxv\ AT_SECURE\ =\ 0x0 ]]
}

@test "--trace shows bss as zero fill in the data segment" {
    run --separate-stderr "$FE" --trace "$P/bss"
    assert_success
    [[ $stderr =~ fle-exec:\ map\ $H-$H\ rw-\ data\ \[\.data\ \.bss\]:\ $H\ file\ bytes\ \+\ 0x3[0-9a-f]{5}\ zero\ =\ memsz\ $H ]]
}

@test "--trace shows a PIE's random base and its relocations" {
    run --separate-stderr "$FE" --trace "$P/pie"
    assert_success
    assert_line "relocations ok"
    [[ ${stderr_lines[0]} =~ ^fle-exec:\ load\ $P/pie:\ [0-9]+\ segments,\ entry\ ($H),\ PIE\ at\ random\ base\ ($H)$ ]]
    local base="${BASH_REMATCH[2]}"
    [[ $stderr =~ fle-exec:\ reloc\ [0-9]+\ R_X86_64_RELATIVE\ applied\ \(B\ \+\ A,\ B\ =\ $base\) ]]
    [[ $stderr =~ fle-exec:\ entry\ $H\ \<_start\>, ]]
    # The printed main matches what the program saw.
    [[ $output =~ main\ ($H) ]]
}

@test "--trace strings are escaped and cut at 60 characters" {
    run --separate-stderr "$FE" --trace "$P/show" "$(printf 'tab\there')" "$(printf '%070d' 0)"
    assert_success
    [[ $stderr =~ argv\[1\]\ =\ $H\ \"tab\\x09here\" ]]
    [[ $stderr =~ argv\[2\]\ =\ $H\ \"0{60}\"\.\.\. ]]
}
