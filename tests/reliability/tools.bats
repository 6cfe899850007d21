#!/usr/bin/env bats
# fle-nm, fle-readfle and fle-objdump on broken files: the reader's one
# exact error line under each tool's name, exit 1, and a file's claimed
# sizes checked against the file before anything is allocated.  (The
# reader's own 47 cases are tests/as/malformed.bats; these are the
# tools' behaviour on one case of each class.)
load helpers
setup() { common_setup; }

# each_tool FILE MESSAGE: every inspection tool refuses FILE with
# "TOOL: error: MESSAGE" and status 1.
each_tool() {
    local file="$1" msg="$2"
    for cmd in "fle-nm" "fle-readfle -a" "fle-objdump -d"; do
        bounded $cmd "$file"
        [ "$status" -eq 1 ] || { echo "$cmd: status $status"; echo "$output"; return 1; }
        assert_output "${cmd%% *}: error: $msg"
    done
}

@test "tools: truncated JSON" {
    fle_obj ok.fle
    head -c 100 ok.fle > cut.fle
    each_tool cut.fle "cut.fle:7:15: invalid JSON: string not closed before end of file"
}

@test "tools: wrong version" {
    fle_obj ok.fle
    jq_edit ok.fle '.version = 7'
    each_tool ok.fle "ok.fle:3:14: unsupported FLE version 7 (this reader knows versions 1 to 3)"
}

@test "tools: a bad line names its line" {
    fle_obj ok.fle
    sed -i 's/0f 05"/0f 0g"/' ok.fle
    each_tool ok.fle "ok.fle:13:46: bad hex byte '0g'"
}

@test "tools: a section size larger than the file is refused before allocation" {
    fle_obj ok.fle
    jq_edit ok.fle '.sections[0].size = "0xffffffffffff"'
    each_tool ok.fle "ok.fle:10:15: section .text: size 0xffffffffffff is larger than the file"
}

@test "tools: a huge zero fill costs nothing" {
    fle_obj ok.fle
    jq_edit ok.fle '.sections += [{"name":".bss","type":"NOBITS","flags":"WA","align":"0x10","size":"0xffffffffffff","lines":["📤: big object 0xffffffffffff","🕳️: 0xffffffffffff"]}]'
    bounded fle-nm ok.fle
    assert_success
    assert_output "$(printf '0000000000000000 T _start\n0000000000000000 B big')"
    bounded fle-readfle -S ok.fle
    assert_success
    bounded fle-objdump -d ok.fle
    assert_success
}

@test "tools: a malformed archive member" {
    fle_obj m.fle
    jq_edit m.fle '.sections[0].size = "0xd"'
    jq -n --slurpfile m m.fle '{"type":".ar","version":1,"index":{},"members":[{"name":"m.fle","object":$m[0]}]}' > bad.a
    each_tool bad.a "bad.a:17:21: section .text: size 0xd does not match contents 0xc"
}

@test "tools: an executable with overlapping segments" {
    fle_obj ok.fle
    fle-ld ok.fle -o ok.exe
    { head -1 ok.exe; tail -n +2 ok.exe | jq '.segments += [.segments[0] | .name = "again"]'; } > two.exe
    each_tool two.exe "two.exe: segments text and again overlap"
}

@test "tools: the extreme addends read back exactly" {
    fle_obj ok.fle
    jq_edit ok.fle '.sections += [{"name":".data","type":"PROGBITS","flags":"WA","align":"0x8","size":"0x10","lines":["❓: R_X86_64_64(_start - 0x8000000000000000)","❓: R_X86_64_64(_start + 0x7fffffffffffffff)"]}]'
    run fle-readfle -r ok.fle
    assert_success
    assert_output --partial "_start - 8000000000000000"
    assert_output --partial "_start + 7fffffffffffffff"
}
