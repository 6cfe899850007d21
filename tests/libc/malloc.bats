# The allocator: a randomized stress test against a model, and aborts on
# double free and pointers malloc never returned.
load ../common
load libc

setup() { common_setup; }

@test "malloc: randomized stress against a model" {
    build_with_minilibc "$LIBC_DIR/malloc/stress.c" stress
    run ./stress 3000000
    assert_success
    assert_output --partial "ok: 3000000 steps"
}

@test "malloc: stress test agrees when built against musl" {
    # Guards the test itself: a model bug would fail here too.
    build_with_musl "$LIBC_DIR/malloc/stress.c" stress
    run ./stress 200000
    assert_success
}

bad_free() {
    build_with_minilibc "$LIBC_DIR/malloc/bad_free.c" bad_free
    run ./bad_free "$1"
    # 134 = 128 + SIGABRT
    assert_equal "$status" 134
    refute_output --partial "survived"
    assert_output --partial "$2"
}

@test "malloc: double free aborts" { bad_free double "minilibc: free(): double free detected: 0x"; }
@test "malloc: double free of a large block aborts" { bad_free double-large "minilibc: free(): invalid pointer"; }
@test "malloc: free of an interior pointer aborts" { bad_free interior "minilibc: free(): invalid pointer"; }
@test "malloc: free of an interior pointer of a large block aborts" { bad_free interior-large "minilibc: free(): invalid pointer"; }
@test "malloc: free of a stack address aborts" { bad_free stack "minilibc: free(): invalid pointer"; }
@test "malloc: free of static data aborts" { bad_free static "minilibc: free(): invalid pointer"; }
@test "malloc: free of a wild pointer aborts" { bad_free wild "minilibc: free(): invalid pointer: 0x12345678"; }
@test "malloc: realloc of a freed block aborts" { bad_free realloc-freed "minilibc: realloc(): double free detected: 0x"; }

@test "malloc: no misuse, no abort" {
    build_with_minilibc "$LIBC_DIR/malloc/bad_free.c" bad_free
    run ./bad_free none
    assert_success
    assert_output "survived none"
}
