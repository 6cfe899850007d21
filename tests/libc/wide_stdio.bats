#!/usr/bin/env bats
# Where minilibc's wide-character stdio leaves musl 1.2.3 (the reference
# of the differential tests wstdio, wprintf and wscanf): a null %ls in
# the wide printf, where musl crashes, writes "(null)" as the byte
# printf does and as glibc does; glibc is the reference here.  With a
# precision below 6 glibc writes nothing; minilibc cuts "(null)" short,
# as its byte printf (and musl's) does for %.3s.
load ../common
load libc

setup() { common_setup; }

@test "the wide printf writes (null) for a null %ls, as glibc" {
    cat > nul.c <<'SRC'
#include <stdio.h>
#include <wchar.h>
int main(void) {
    wchar_t buf[32];
    int r = swprintf(buf, 32, L"[%ls|%8ls]", (wchar_t *)0, (wchar_t *)0);
    printf("%d %ls\n", r, buf);
    return 0;
}
SRC
    build_with_minilibc nul.c mini
    run ./mini
    assert_success
    assert_output "17 [(null)|  (null)]"
    gcc nul.c -o native
    diff <(./native) <(./mini)
}

@test "a null %.3ls in the wide printf is cut short as the byte printf's %.3s" {
    cat > cut.c <<'SRC'
#include <stdio.h>
#include <wchar.h>
int main(void) {
    wchar_t buf[16];
    char narrow[16];
    swprintf(buf, 16, L"[%.3ls]", (wchar_t *)0);
    snprintf(narrow, 16, "[%.3s]", (char *)0);
    printf("%ls %s\n", buf, narrow);
    return 0;
}
SRC
    build_with_minilibc cut.c mini
    run ./mini
    assert_success
    assert_output "[(nu] [(nu]"
}
