# -lm -lpthread -ldl -lrt: as with musl, they name empty archives beside
# libc.a (everything is in libc.a), so programs and makefiles that pass
# them link.  fle-cc searches that directory after the user's -L ones.
load ../common
load libc

setup() { common_setup; }

@test "libs: libm, libpthread, libdl and librt are empty FLE archives" {
    for l in m pthread dl rt; do
        f="$ROOT/build/lib/fle/lib$l.a"
        run fle-ar t "$f"
        assert_success
        assert_output ""
        run head -c 200 "$f"
        assert_output --partial '"type": ".ar"'
    done
}

@test "libs: a program using sqrt and floor links with -lm -lpthread -ldl -lrt" {
    cat > m.c <<'C'
#include <math.h>
#include <stdio.h>
int main(int argc, char **argv)
{
	printf("%.17g %g %g\n", sqrt(2.0 * argc), floor(-2.5), floor(7.9));
	return (int)sqrt(49.0);
}
C
    fle-cc -O2 m.c -lm -lpthread -ldl -lrt -o m.fle
    musl-gcc -static -O2 m.c -lm -lpthread -ldl -lrt -o m.musl
    run ./m.musl
    assert_equal "$status" 7
    expected="$output"
    run ./m.fle
    assert_equal "$status" 7
    assert_output "$expected"
}

@test "libs: a user -L directory is searched before minilibc's" {
    mkdir mylib
    printf 'int m_answer(void) { return 42; }\n' > mylib/a.c
    fle-cc -c mylib/a.c -o mylib/a.fle
    fle-ar rcs mylib/libm.a mylib/a.fle
    printf 'int m_answer(void);\nint main(void) { return m_answer(); }\n' > p.c
    fle-cc p.c -Lmylib -lm -o p
    run ./p
    assert_equal "$status" 42
    # Without -L the empty libm.a is found and m_answer stays undefined.
    run fle-cc p.c -lm -o q
    assert_failure
    assert_output --partial "m_answer"
}

@test "libs: an unknown -l library is still an error" {
    printf 'int main(void) { return 0; }\n' > p.c
    run fle-cc p.c -lnosuchlib -o p
    assert_failure
    assert_output --partial "unable to find library -lnosuchlib"
}
