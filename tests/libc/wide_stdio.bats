#!/usr/bin/env bats
# Where minilibc's wide-character stdio leaves musl 1.2.3 (the reference
# of the differential tests wstdio, wprintf and wscanf): a null %ls in
# the wide printf, where musl crashes, writes "(null)" as the byte
# printf does and as glibc does; glibc is the reference here.
load ../common
load libc

setup() { common_setup; }

@test "the wide printf writes (null) for a null %ls, as glibc" {
    cat > nul.c <<'SRC'
#include <stdio.h>
#include <wchar.h>
int main(void) {
    wchar_t buf[32];
    int r = swprintf(buf, 32, L"[%ls|%8ls|%.3ls]", (wchar_t *)0, (wchar_t *)0, (wchar_t *)0);
    printf("%d %ls\n", r, buf);
    return 0;
}
SRC
    build_with_minilibc nul.c mini
    run ./mini
    assert_success
    assert_output "21 [(null)|  (null)|(nu]"
    gcc nul.c -o native
    diff <(./native) <(./mini)
}
