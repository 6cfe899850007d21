#!/usr/bin/env bats
# Where libraries are found, and what happens when one is not: each
# against glibc's loader on the same program (helpers.bash).
load helpers
bats_require_minimum_version 1.5.0

# Three copies of libwho.so that say where they are: in env/, in rp/
# (the program's run path) and next to nothing else.
three_libs() {
    for d in env rp; do
        mkdir -p gcc/$d fle/$d
        printf 'const char *who(void) { return "%s"; }\n' "$d" > who_$d.c
        in_both '"$CC" -shared -fPIC ../who_'$d'.c -o '$d'/libwho.so'
    done
    printf '#include <stdio.h>\nconst char *who(void);\nint main(void) { puts(who()); return 0; }\n' > main.c
    in_both '"$CC" ../main.c -Lrp -lwho -Wl,-rpath,\$ORIGIN/rp -o prog'
}

@test "dynamic: the library path comes before the run path" {
    three_libs
    (cd gcc && LD_LIBRARY_PATH=env ./prog) > want
    (cd fle && FLE_LIBRARY_PATH=env ./prog) > got
    diff -u want got
    assert_equal "$(cat got)" env
    (cd gcc && ./prog) > want
    (cd fle && ./prog) > got
    diff -u want got
    assert_equal "$(cat got)" rp
}

@test "dynamic: a missing library stops the program before it runs (127)" {
    printf 'int gone(void) { return 1; }\n' > gone.c
    printf '#include <stdio.h>\nint gone(void);\n__attribute__((constructor)) static void c(void) { puts("ran"); }\nint main(void) { return gone(); }\n' > main.c
    lib gone gone.c
    prog main.c -L. -lgone
    rm gcc/libgone.so fle/libgone.so
    run_in gcc LD_LIBRARY_PATH=. > want
    cd fle
    run -127 env FLE_LIBRARY_PATH=/nonexistent ./prog
    assert_equal "$status" 127
    assert_equal "$(tail -1 ../want)" "exit 127"
    refute_output --partial ran
    assert_line --index 0 "fle-exec: error: cannot find libgone.so (needed by ./prog)"
    assert_line ">>> tried /nonexistent/libgone.so"
}

@test "dynamic: a missing symbol stops the program before it runs (127)" {
    printf 'int has(void) { return 1; }\nint lost(void) { return 2; }\n' > v1.c
    printf 'int has(void) { return 1; }\n' > v2.c
    printf '#include <stdio.h>\nint lost(void);\n__attribute__((constructor)) static void c(void) { puts("ran"); }\nint main(void) { return lost(); }\n' > main.c
    lib v v1.c
    prog main.c -L. -lv
    lib v v2.c
    run_in gcc LD_LIBRARY_PATH=. > want
    cd fle
    run -127 env FLE_LIBRARY_PATH=. ./prog
    assert_equal "$status" 127
    assert_equal "$(tail -1 ../want)" "exit 127"
    refute_output --partial ran
    assert_output --partial "undefined symbol: lost"
}

@test "dynamic: a needed file that is an executable is refused (127)" {
    printf 'int f(void) { return 1; }\n' > f.c
    printf 'int f(void);\nint main(void) { return f(); }\n' > main.c
    lib f f.c
    prog main.c -L. -lf
    printf 'int main(void) { return 0; }\n' > other.c
    (cd fle && fle-cc ../other.c -o libf.so)
    cd fle
    run -127 env FLE_LIBRARY_PATH=. ./prog
    assert_equal "$status" 127
    assert_output --partial "libf.so"
    assert_output --partial "not a shared library"
}
