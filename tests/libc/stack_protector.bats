# The stack protector: programs built with -fstack-protector-strong find a
# random canary at %fs:0x28 (from AT_RANDOM, set up with the TCB) and a
# smashed stack ends in __stack_chk_fail: a message on stderr and SIGABRT.
# Built natively against minilibc, through FLE, and with musl-gcc -static
# for reference (musl dies by SIGSEGV without a message).
load ../common
load libc

setup() { common_setup; }

SSP="$ROOT/tests/libc/ssp"

build_all() {   # build_all NAME [flags...]: NAME.mini NAME.fle NAME.musl
    local name="$1"; shift
    "$LIBC_DIR/mlcc" "$@" "$SSP/$name.c" -o "$name.mini"
    fle-cc -O2 "$@" "$SSP/$name.c" -o "$name.fle"
    musl-gcc -static -O2 "$@" "$SSP/$name.c" -o "$name.musl"
}

@test "stack protector: an intact stack runs normally, as with musl" {
    build_all smash -fstack-protector-strong
    for v in mini fle musl; do
        run ./smash.$v
        assert_success
        assert_output "copied 4: AAA
copied 8: AAA
survived"
    done
}

@test "stack protector: a smashed stack aborts with a message (musl: a signal too)" {
    build_all smash -fstack-protector-strong
    for v in mini fle; do
        st=0
        ./smash.$v x > out.$v 2> err.$v || st=$?
        [ "$st" -eq 134 ]     # 128 + SIGABRT
        run cat err.$v
        assert_output "minilibc: stack smashing detected"
        run cat out.$v
        assert_output "copied 4: AAA"
    done
    # The reference also never returns from the smashed function and
    # dies by a signal (SIGSEGV there), with the same stdout.
    st=0
    ./smash.musl x > out.musl 2>/dev/null || st=$?
    [ "$st" -gt 128 ]
    cmp out.musl out.mini
}

@test "stack protector: programs built without it do not use it" {
    build_all smash -fno-stack-protector
    run nm smash.mini
    refute_output --partial __stack_chk_fail
    run fle-nm smash.fle
    refute_output --partial __stack_chk_fail
    for v in mini fle; do
        run ./smash.$v
        assert_success
        assert_output --partial "survived"
    done
}

@test "stack protector: the canary is random per run, nonzero, with a zero byte" {
    build_all canary
    for v in mini fle musl; do
        a="$(./canary.$v)"; b="$(./canary.$v)"; c="$(./canary.$v)"
        [ "${#a}" -eq 16 ]
        [ "$a" != "$b" ] && [ "$b" != "$c" ] && [ "$a" != "$c" ]
        [ "$a" != 0000000000000000 ]
        # Byte 1 (bits 8-15) is zero, as musl makes it.
        [ "${a:12:2}" = 00 ] && [ "${b:12:2}" = 00 ]
    done
}

@test "stack protector: a second thread has the canary and is checked too" {
    build_all thread_smash -fstack-protector-strong
    for v in mini fle musl; do
        run ./thread_smash.$v
        assert_success
        assert_output "copied 4: AAA
copied 8: AAA
survived"
    done
    for v in mini fle; do
        st=0
        ./thread_smash.$v x > out.$v 2> err.$v || st=$?
        [ "$st" -eq 134 ]
        run cat err.$v
        assert_output "minilibc: stack smashing detected"
        run cat out.$v
        assert_output "copied 4: AAA"
    done
}
