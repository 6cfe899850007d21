#!/usr/bin/env bats
# Where minilibc's setlocale differs from musl's on purpose: a locale it
# cannot provide (not C, POSIX or a UTF-8 locale: "pt_BR", "de_DE@euro",
# invalid names) is refused with NULL and changes nothing, as POSIX asks
# and glibc does for a locale it does not have.  musl accepts any name and
# behaves as C.UTF-8 under it, so a program asking for a decimal comma
# cannot tell it did not get one (Lua's test suite asks exactly that).
load ../common
load libc

setup() { common_setup; }

@test "setlocale refuses locales it cannot provide, as glibc does" {
    cat > refuse.c <<'SRC'
#include <locale.h>
#include <stdio.h>
int main(void) {
    static const char *names[] = {"pt_BR", "ptb", "de_DE", "fr_FR@euro", "UTF-8", "a/b",
                                  ".hidden", "twenty_four_characters_x", "de_DE;C;C;C;C;C"};
    setlocale(LC_ALL, "C.UTF-8");
    for (unsigned i = 0; i < sizeof names / sizeof *names; i++) {
        const char *all = setlocale(LC_ALL, names[i]), *num = setlocale(LC_NUMERIC, names[i]);
        printf("%s: %s %s now %s %s\n", names[i], all ? all : "NULL", num ? num : "NULL",
               setlocale(LC_CTYPE, 0), localeconv()->decimal_point);
    }
    return 0;
}
SRC
    build_with_minilibc refuse.c mini
    run ./mini
    assert_success
    assert_line "pt_BR: NULL NULL now C.UTF-8 ."
    assert_line "de_DE;C;C;C;C;C: NULL NULL now C.UTF-8 ."
    [ "${#lines[@]}" -eq 9 ]
    [ "$(grep -c ': NULL NULL now C.UTF-8 \.$' <<< "$output")" -eq 9 ]
    # glibc says the same where these locales are not installed.
    if ! locale -a 2>/dev/null | grep -qiE '^(pt_BR|de_DE|fr_FR)'; then
        gcc refuse.c -o native
        diff <(./native) <(./mini)
    fi
}

@test "a UTF-8 locale by any name is accepted, and \"\" follows LANG" {
    cat > utf8.c <<'SRC'
#include <locale.h>
#include <langinfo.h>
#include <stdio.h>
int main(void) {
    const char *r = setlocale(LC_ALL, "");
    printf("%s %s\n", r ? r : "NULL", nl_langinfo(CODESET));
    return 0;
}
SRC
    build_with_minilibc utf8.c mini
    run env LANG=pt_BR.UTF-8 ./mini
    assert_output "pt_BR.UTF-8 UTF-8"
    run env LANG=pt_BR ./mini
    assert_output "NULL ASCII"
    run env -u LANG -u LC_ALL ./mini
    assert_output "C.UTF-8;C;C;C;C;C UTF-8"
}
