#!/usr/bin/env bats
# fle-ar x writes members into the current directory and nowhere else: an
# archive with a member name that is absolute, holds a '/', or is '.' or
# '..' (or empty) is refused whole, nothing extracted, and no fle-ar
# operation writes such an archive (spec/FLE.md §7).

load helpers

setup() {
    common_setup
    fle_obj good.fle
    fle-ar rc lib.a good.fle
    mkdir work
}

# evil NAME...: evil.a, holding good.fle and then members of these names.
evil() {
    local names
    names=$(printf '%s\n' "$@" | jq -R . | jq -s .)
    jq --argjson ns "$names" \
        '.members += [$ns[] as $n | .members[0] | .name = $n] | .index = {}' lib.a > evil.a
}

@test "x refuses a traversal member and extracts nothing" {
    evil ../../x.fle
    cd work
    run fle-ar x ../evil.a
    assert_failure 1
    assert_output "fle-ar: error: ../evil.a: member name '../../x.fle' is not a plain file name
fle-ar: error: ../evil.a: nothing extracted"
    cd ..
    only_files work
    [ ! -e ../x.fle ] && [ ! -e x.fle ]
}

@test "x refuses absolute names, names with '/', '.', '..' and '', each named" {
    evil "$PWD/abs.fle" sub/x.fle . .. ""
    cd work
    mkdir sub
    run fle-ar x ../evil.a good.fle
    assert_failure 1
    assert_output "fle-ar: error: ../evil.a: member name '$(dirname "$PWD")/abs.fle' is not a plain file name
fle-ar: error: ../evil.a: member name 'sub/x.fle' is not a plain file name
fle-ar: error: ../evil.a: member name '.' is not a plain file name
fle-ar: error: ../evil.a: member name '..' is not a plain file name
fle-ar: error: ../evil.a: member name '' is not a plain file name
fle-ar: error: ../evil.a: nothing extracted"
    cd ..
    only_files work sub
    only_files work/sub
    [ ! -e abs.fle ]
}

@test "no operation writes an archive with such a name" {
    evil ../x.fle
    keep evil.a
    for op in "s evil.a" "d evil.a good.fle" "r evil.a good.fle"; do
        run fle-ar $op
        assert_failure 1
        assert_output "fle-ar: error: evil.a: member name '../x.fle' is not a plain file name
fle-ar: error: evil.a: not written"
    done
    unchanged evil.a
}

@test "plain names still extract, a member named '-' to a file" {
    jq '.members += [.members[0] | .name = "-"]' lib.a > dash.a
    cd work
    fle-ar x ../dash.a
    only_files . good.fle -
    cmp good.fle ./-
    run fle-nm ./-
    assert_output "0000000000000000 T _start"
}
