#!/usr/bin/env bats
# Where minilibc's strtod/strtold differ from the musl the differential
# tests build with (1.2.3): a hexadecimal input whose subnormal result
# keeps 31 bits of the 8 hex digits musl gathers first, with nonzero
# digits after those, is misrounded by musl (its sticky digit lands on
# the rounding bit: 0x80000002.1p-1075 becomes 0x40000002 * 2^-1074).
# minilibc rounds correctly, as glibc does, so glibc is the reference.
load ../common
load libc

setup() { common_setup; }

@test "hex input with a 31-bit subnormal result is correctly rounded, as glibc" {
    cat > hex.c <<'SRC'
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
int main(void) {
    static const char *in[] = { "0x80000002.1p-1075", "0x80000002.8p-1075",
        "0x80000002.8000001p-1075", "0x80000003.1p-1075", "0xc8dfd706b0.a346b0821p-1094",
        "0x80000002.1p-16446", "0x80000002.8p-16446", "0x80000003.0001p-16446",
        "0xc8dfd706b0.a346b0821p-16454", "-0xfffffffe.fp-16446" };
    for (size_t i = 0; i < sizeof in / sizeof *in; i++) {
        double d = strtod(in[i], 0);
        long double x = strtold(in[i], 0);
        uint64_t db, m;
        uint16_t se;
        memcpy(&db, &d, 8);
        memcpy(&m, &x, 8);
        memcpy(&se, (char *)&x + 8, 2);
        printf("%s: double %016llx long double %04x %016llx\n", in[i],
               (unsigned long long)db, se, (unsigned long long)m);
    }
    return 0;
}
SRC
    build_with_minilibc hex.c mini
    run ./mini
    assert_success
    assert_line "0x80000002.1p-1075: double 0000000040000001 long double 3beb 8000000210000000"
    assert_line "0x80000002.1p-16446: double 0000000000000000 long double 0000 0000000040000001"
    gcc hex.c -o native
    diff <(./native) <(./mini)
}
