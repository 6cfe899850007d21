#!/usr/bin/env bats
# fle-cc keeps its temporaries in a private directory under $TMPDIR.  When
# SIGINT, SIGTERM or SIGHUP ends it, it stops the command it is running,
# removes the directory, and dies by the same signal (spec/FLE.md §7).
# A stand-in gcc writes its output into that directory and then waits to
# be interrupted.

load helpers

setup() {
    common_setup
    mkdir bin tmp
    cat > bin/gcc <<'SH'
#!/bin/sh
# Writes the file after -o, says so, then waits.
prev=
for a; do [ "$prev" = -o ] && echo partial > "$a"; prev=$a; done
echo $$ > "$BATS_TEST_TMPDIR/gcc.pid"
touch "$BATS_TEST_TMPDIR/started"
exec sleep 60
SH
    chmod +x bin/gcc
    echo 'int x;' > x.c
}

teardown() {
    [ ! -e gcc.pid ] || kill "$(cat gcc.pid)" 2>/dev/null || true
}

# interrupt SIG: starts fle-cc -c with the stand-in gcc, sends SIG once
# gcc has written its output, and sets status to fle-cc's exit status.
interrupt() {
    PATH="$PWD/bin:$PATH" TMPDIR="$PWD/tmp" \
        env --default-signal="$1" fle-cc -c x.c -o x.o > out 2>&1 3>&- &
    local pid=$! i
    for ((i = 0; i < 200; i++)); do
        [ -e started ] && break
        sleep 0.05
    done
    [ -e started ]
    [ -n "$(ls -A tmp)" ] # fle-cc's directory, holding gcc's output
    kill -s "$1" "$pid"
    status=0
    wait "$pid" || status=$?
}

@test "SIGTERM: the temporary directory is removed, fle-cc dies by SIGTERM" {
    interrupt TERM
    assert_equal "$status" $((128 + 15))
    only_files tmp
    [ ! -e x.o ]
    [ ! -s out ]
}

@test "SIGINT: the same" {
    interrupt INT
    assert_equal "$status" $((128 + 2))
    only_files tmp
    [ ! -e x.o ]
}

@test "SIGHUP: the same" {
    interrupt HUP
    assert_equal "$status" $((128 + 1))
    only_files tmp
}

@test "the running command is stopped and waited for, not left behind" {
    interrupt TERM
    ! kill -0 "$(cat gcc.pid)" 2>/dev/null
}
