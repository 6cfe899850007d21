#!/usr/bin/env bats
# An output that exists and is not a regular file is written in place,
# never replaced and never removed: a character device (/dev/null,
# /dev/stdout), a FIFO; "-" is standard output (spec/FLE.md §7).

load helpers

setup() {
    common_setup
    fle_obj main.fle
    fle-ld -o prog main.fle
}

# /dev is the system's: the test mounts a tmpfs of its own over /dev in
# a private mount namespace and makes a null device and a stdout link
# there, so even a tool that replaced them would harm nothing.
@test "-o /dev/null and -o /dev/stdout write to the device and keep it" {
    command -v unshare >/dev/null || skip "unshare(1) needed"
    unshare -m true 2>/dev/null || skip "cannot make a mount namespace (needs root)"
    run unshare -m sh -c '
        mount -t tmpfs tmpfs /dev || exit 99
        mknod -m 666 /dev/null c 1 3 || exit 99
        ln -s /proc/self/fd/1 /dev/stdout
        fle-ld -o /dev/null main.fle; echo "link: $?"
        fle-ld -o /dev/null missing.fle 2>/dev/null; echo "failed link: $?"
        fle-as missing.s -o /dev/null 2>/dev/null; echo "failed fle-as: $?"
        stat -c "%F %t:%T" /dev/null
        fle-ld -o /dev/stdout main.fle > out; echo "to stdout: $?"
        cmp out prog && echo "same bytes"
        ls -A /dev'
    [ "$status" -ne 99 ] || skip "cannot mount a tmpfs over /dev and make a device here"
    assert_success
    assert_output "link: 0
failed link: 1
failed fle-as: 1
character special file 1:3
to stdout: 0
same bytes
null
stdout"
}

@test "a FIFO output gets the bytes and stays a FIFO" {
    mkfifo pipe
    timeout 20 cat pipe > got 3>&- &
    reader=$!
    run timeout 20 fle-ld -o pipe main.fle
    assert_success
    wait "$reader"
    [ -p pipe ]
    cmp got prog
}

@test "-o - is standard output, for fle-ld and fle-as" {
    fle-ld -o - main.fle > out
    cmp out prog
    printf '.globl _start\n_start: ret\n' > a.s
    fle-as a.s -o a.fle
    fle-as a.s -o - > out.fle
    cmp out.fle a.fle
    [ ! -e ./- ]
}

@test "a directory output is refused and stays a directory" {
    mkdir d
    run fle-ld -o d main.fle
    assert_failure 1
    assert_output "fle-ld: error: cannot write d: Is a directory"
    [ -d d ]
}
