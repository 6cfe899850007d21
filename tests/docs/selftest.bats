#!/usr/bin/env bats
# The transcript checker itself: a test that cannot fail proves nothing,
# so each way a document can be wrong is shown to be caught.
load ../common
setup() { common_setup; }

CHECK="$ROOT/tests/docs/check-transcripts"

doc() { printf '%s\n' "$@" > doc.md; }

@test "a correct transcript passes" {
    doc '```console' '$ echo hello' 'hello' '$ printf "a\nb\n"' 'a' 'b' '```'
    run "$CHECK" doc.md
    assert_success
    assert_output --partial 'doc.md: 1 blocks, 2 commands, 0 blocks differ'
}

@test "a wrong output line is caught and shown as a diff" {
    doc 'text' '```console' '$ echo hello' 'goodbye' '```'
    run "$CHECK" doc.md
    assert_failure 1
    assert_output --partial 'doc.md:3: output differs: $ echo hello'
    assert_output --partial '  -goodbye'
    assert_output --partial '  +hello'
}

@test "a missing line, an extra line and a missing trailing line are caught" {
    doc '```console' '$ printf "a\nb\n"' 'a' '```'
    run "$CHECK" doc.md
    assert_failure 1
    doc '```console' '$ printf "a\n"' 'a' 'b' '```'
    run "$CHECK" doc.md
    assert_failure 1
    doc '```console' '$ true' '' '```'
    run "$CHECK" doc.md
    assert_failure 1
}

@test "a failing command fails the check unless its status is shown" {
    doc '```console' '$ false' '```'
    run "$CHECK" doc.md
    assert_failure 1
    assert_output --partial 'exit status 1'
    doc '```console' '$ false; echo $?' '1' '```'
    run "$CHECK" doc.md
    assert_success
}

@test "placeholders match only what they say" {
    doc '```console' '$ echo at 0x7ffd1234 pid 42; echo x; echo y; echo end' \
        'at <hex> pid <num>' '<...>' 'end' '```'
    run "$CHECK" doc.md
    assert_success
    doc '```console' '$ echo at 1234' 'at <hex>' '```'
    run "$CHECK" doc.md
    assert_failure 1
    doc '```console' '$ echo pid x1' 'pid <num>' '```'
    run "$CHECK" doc.md
    assert_failure 1
    doc '```console' '$ echo one; echo two' '<any>' '```'
    run "$CHECK" doc.md
    assert_failure 1
}

@test "commands see a terminal, the scratch directory and the FLE tools" {
    doc '```console' '$ [ -t 1 ] && echo tty' 'tty' '$ pwd' '<dir>' \
        '$ command -v fle-ld' '<bin>/fle-ld' '```'
    run "$CHECK" doc.md
    assert_success
}

@test "files named by transcript-files are copied in; blocks start in the scratch directory" {
    doc '<!-- transcript-files: examples/hello/hello.c examples/hello -->' \
        '```console' '$ ls -1; cd hello; ls -1' 'hello' 'hello.c' 'hello.c' '$ x=1' '```' \
        '```console' '$ pwd; echo $x' '<dir>' '1' '```'
    run "$CHECK" doc.md
    assert_success
}

@test "--update rewrites a wrong block from a real run, keeping matching placeholders" {
    doc 'before' '```console' '$ echo 0x7ffd12345678; echo new' '<hex>' 'old' '```' 'after'
    run "$CHECK" doc.md
    assert_failure 1
    run "$CHECK" --update doc.md
    assert_success
    run cat doc.md
    assert_output "$(printf '%s\n' 'before' '```console' '$ echo 0x7ffd12345678; echo new' '<hex>' 'new' '```' 'after')"
    run "$CHECK" doc.md
    assert_success
}

@test "a command that never finishes is reported, not waited for forever" {
    doc '```console' '$ sleep 5' '```'
    FLE_TRANSCRIPT_TIMEOUT=1 run "$CHECK" doc.md
    assert_failure 1
    assert_output --partial 'timed out after 1s'
}

@test "transcript-shell: continuous: a cd stays in force from block to block" {
    doc '<!-- transcript-files: examples/hello -->' '<!-- transcript-shell: continuous -->' \
        '## One' '```console' '$ cd hello' '```' '```console' '$ ls -1' 'hello.c' '$ cd ..' '```' \
        '## Two' '```console' '$ pwd' '<dir>' '```'
    run "$CHECK" doc.md
    assert_success
    assert_output --partial 'doc.md: 3 blocks, 4 commands, 0 blocks differ'
    # The same document without the comment: the second block starts
    # in the scratch directory again, where there is no hello.c.
    doc '<!-- transcript-files: examples/hello -->' \
        '## One' '```console' '$ cd hello' '```' '```console' '$ ls -1' 'hello.c' '```'
    run "$CHECK" doc.md
    assert_failure 1
    assert_output --partial '  +hello'
}

@test "transcript-shell: continuous: a chapter that starts elsewhere is caught, even by --update" {
    doc '<!-- transcript-files: examples/hello -->' '<!-- transcript-shell: continuous -->' \
        '## One' '```console' '$ cd hello' '```' \
        '```sh' '## not a chapter: inside a fence' '```' \
        '## Two' '```console' '$ ls -1' 'hello.c' '```'
    run "$CHECK" doc.md
    assert_failure 1
    assert_output --partial 'doc.md:10: chapter "Two" does not start in the directory the document starts in (the shell is in <dir>/hello)'
    assert_output --partial '0 blocks differ, 1 chapter misplaced'
    refute_output --partial 'not a chapter'
    run "$CHECK" --update doc.md
    assert_failure 1
}

@test "an unknown transcript-shell mode is a usage error" {
    doc '<!-- transcript-shell: fresh -->' '```console' '$ true' '```'
    run "$CHECK" doc.md
    assert_failure 2
    assert_output --partial "transcript-shell: only 'continuous' is known"
}

@test "a named placeholder matches the same text everywhere in one command's output" {
    doc '```console' '$ echo base 0x1000; echo B = 0x1000' 'base <hex:B>' 'B = <hex:B>' \
        '$ echo base 0x2000' 'base <hex:B>' '```'
    run "$CHECK" doc.md
    assert_success
    doc '```console' '$ echo base 0x1000; echo B = 0x2000' 'base <hex:B>' 'B = <hex:B>' '```'
    run "$CHECK" doc.md
    assert_failure 1
    assert_output --partial '  -B = <hex:B>'
    assert_output --partial '  +B = 0x2000'
    doc '```console' '$ echo 0x1000 0x2000 pid 7 7' '<hex:a> <hex:b> pid <num:p> <num:p>' '```'
    run "$CHECK" doc.md
    assert_success
    doc '```console' '$ echo pid 7 8' 'pid <num:p> <num:p>' '```'
    run "$CHECK" doc.md
    assert_failure 1
}
