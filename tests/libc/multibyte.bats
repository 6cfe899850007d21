#!/usr/bin/env bats
# Where minilibc's multibyte conversion differs from the musl the
# differential tests build with (1.2.3): mbsnrtowcs keeps a character its
# byte limit cuts short in the mbstate_t and moves past it, as POSIX 2024
# requires and musl does after 1.2.5; musl 1.2.3 drops the partial
# character and stops before it.  mbsrtowcs given no room (wn = 0) keeps
# a character begun in the state; musl 1.2.3 converts it anyway.  glibc
# behaves as POSIX asks in both, so it is the reference here.
load ../common
load libc

setup() { common_setup; }

@test "mbsnrtowcs keeps a character cut by its byte limit in the state, as glibc" {
    cat > cut.c <<'SRC'
#include <locale.h>
#include <stdio.h>
#include <wchar.h>
int main(void) {
    static const char text[] = "a\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80z";
    if (!setlocale(LC_CTYPE, "C.UTF-8"))
        return 1;
    for (size_t cut = 0; cut <= 11; cut++) {
        mbstate_t st = { 0 };
        wchar_t ws[16];
        const char *s = text;
        size_t a = mbsnrtowcs(ws, &s, cut, 16, &st);
        printf("cut %zu: %zd at %td init=%d", cut, (ssize_t)a, s - text, mbsinit(&st));
        size_t b = mbsnrtowcs(ws, &s, 20, 16, &st);
        printf(" then %zd src=%s", (ssize_t)b, s ? "set" : "NULL");
        for (size_t i = 0; i < b; i++)
            printf(" %#x", (unsigned)ws[i]);
        /* a fresh start in the middle of a character: its own state */
        s = text + cut;
        printf(" | own state %zd\n", (ssize_t)mbsnrtowcs(ws, &s, 20, 16, NULL));
    }
    return 0;
}
SRC
    build_with_minilibc cut.c mini
    run ./mini
    assert_success
    assert_line "cut 9: 3 at 9 init=0 then 2 src=NULL 0x1f600 0x7a | own state -1"
    gcc cut.c -o native
    diff <(./native) <(./mini)
}

@test "mbsrtowcs with no room keeps a character begun in the state, as glibc" {
    # musl 1.2.3 converts one character even with wn = 0 here.
    cat > room.c <<'SRC'
#include <locale.h>
#include <stdio.h>
#include <wchar.h>
int main(void) {
    if (!setlocale(LC_CTYPE, "C.UTF-8"))
        return 1;
    mbstate_t st = { 0 };
    wchar_t ws[4] = { 1, 1, 1, 1 };
    printf("head %zd", (ssize_t)mbrtowc(ws, "\xe2\x82", 2, &st));
    const char *s = "\xac!";
    size_t r = mbsrtowcs(ws, &s, 0, &st);
    printf(" wn=0: %zd init=%d moved=%d", (ssize_t)r, mbsinit(&st), s[0] != '\xac');
    r = mbsrtowcs(ws, &s, 4, &st);
    printf(" then %zd %#x %#x src=%s init=%d\n", (ssize_t)r, (unsigned)ws[0], (unsigned)ws[1],
           s ? "set" : "NULL", mbsinit(&st));
    return 0;
}
SRC
    build_with_minilibc room.c mini
    run ./mini
    assert_success
    assert_output "head -2 wn=0: 0 init=0 moved=0 then 2 0x20ac 0x21 src=NULL init=1"
    gcc room.c -o native
    diff <(./native) <(./mini)
}
