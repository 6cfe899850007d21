#!/usr/bin/env bats
# fle-ld on several threads (--threads) links exactly what it links on
# one: the relocation scan looks for what references need on all
# threads, a static executable's relocations are applied on all threads,
# the output is spelled on all threads, and an error found on a thread
# is reported as the one-thread link reports it, every error in order.

load ../common
setup() { common_setup; }

# objs N BAD GOT TLS: N objects f0.fle ... (more than the 64 that make
# fle-ld share the relocation scan and relocation out among threads).
# fI's function fI adds 1 to %edi and calls fI+1; the last returns %edi.
# f0 also holds _start, which calls f0 with 0 and exits with the result
# (N - 1), and the absolute symbol big.  BAD, GOT and TLS list files
# (by number, space-separated) that start with one more function:
#   BAD: gI loads big with an R_X86_64_32, which cannot hold it;
#   GOT: hI loads fI+1's address from a GOT slot (GOTPCREL);
#   TLS: tI takes tpoff(f0), which is no thread-local symbol.
objs() {
    local n=$1 bad=" $2 " got=" ${3:-} " tls=" ${4:-} " i
    for ((i = 0; i < n; i++)); do
        local lines=() size=0 syms=''
        if ((i == 0)); then
            lines+=('"📤: _start func 0x10"' '"🔢: 31 ff e8"' '"❓: R_X86_64_PLT32(f0 - 0x4 - 📍)"'
                    '"🔢: 89 c7 b8 3c 00 00 00 0f 05"')
            size=16 syms='"📤: big none 0x0 abs=0x123456789"'
        fi
        if [[ "$bad" == *" $i "* ]]; then
            lines+=("\"📤: g$i func 0x6\"" '"🔢: b8"' '"❓: R_X86_64_32(big)"' '"🔢: c3"')
            size=$((size + 6))
        fi
        if [[ "$got" == *" $i "* ]]; then
            lines+=("\"📤: h$i func 0x8\"" '"🔢: 48 8b 05"'
                    "\"❓: R_X86_64_GOTPCREL(got(f$(((i + 1) % n))) - 0x4 - 📍)\"" '"🔢: c3"')
            size=$((size + 8))
        fi
        if [[ "$tls" == *" $i "* ]]; then
            lines+=("\"📤: t$i func 0x9\"" '"🔢: 64 8b 04 25"' '"❓: R_X86_64_TPOFF32(tpoff(f0))"' '"🔢: c3"')
            size=$((size + 9))
        fi
        if ((i + 1 < n)); then
            lines+=("\"📤: f$i func 0x9\"" '"🔢: 83 c7 01 e8"'
                    "\"❓: R_X86_64_PLT32(f$((i + 1)) - 0x4 - 📍)\"" '"🔢: c3"')
            size=$((size + 9))
        else
            lines+=("\"📤: f$i func 0x3\"" '"🔢: 89 f8 c3"')
            size=$((size + 3))
        fi
        local IFS=,  # "${lines[*]}" joins with commas
        printf '{ "type": ".obj", "version": 1, "sections": [\n  { "name": ".text", "type": "PROGBITS", "flags": "AX", "align": "0x1", "size": "0x%x",\n    "lines": [ %s ] } ],\n  "symbols": [ %s ] }\n' \
            "$size" "${lines[*]}" "$syms" > f$i.fle
    done
}

@test "100 objects, some with GOT references, link to the same program on 1, 2 and 4 threads" {
    objs 100 "" "20 50 80"
    files=($(for i in $(seq 0 99); do echo f$i.fle; done))
    for t in 1 2 4; do
        fle-ld --threads $t -o prog$t "${files[@]}"
    done
    cmp prog1 prog2
    cmp prog1 prog4
    run ./prog1
    assert_equal "$status" 99
}

# same_errors EXPECTED: fle-ld on the objects f0.fle ... f99.fle fails
# with EXPECTED on 1, 2 and 4 threads alike, and writes nothing.
same_errors() {
    local files=($(for i in $(seq 0 99); do echo f$i.fle; done)) t
    for t in 1 2 4; do
        run fle-ld --threads $t -o prog "${files[@]}"
        assert_failure 1
        assert_output "$1"
        [ ! -e prog ]
    done
}

@test "relocation errors on several threads are reported as on one, in order" {
    objs 100 "10 90"
    same_errors "fle-ld: error: f10.fle:(.text+0x1): relocation R_X86_64_32 out of range: 0x123456789 is not in [0, 4294967295]; references 'big'
fle-ld: error: f90.fle:(.text+0x1): relocation R_X86_64_32 out of range: 0x123456789 is not in [0, 4294967295]; references 'big'"
}

@test "errors of the relocation scan on several threads are reported as on one, in order" {
    objs 100 "" "" "30 60"
    same_errors "fle-ld: error: f30.fle:(.text+0x4): relocation R_X86_64_TPOFF32 against 'f0': not a thread-local symbol
fle-ld: error: f60.fle:(.text+0x4): relocation R_X86_64_TPOFF32 against 'f0': not a thread-local symbol"
}
