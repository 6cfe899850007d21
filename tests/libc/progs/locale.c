/* setlocale, localeconv and nl_langinfo: the built-in C, POSIX and
 * C.UTF-8 locales, other UTF-8 locales, "" from LC_ALL, LC_* and LANG,
 * LC_ALL's composite names. */
#include <langinfo.h>
#include <limits.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const cat_names[] = { "CTYPE", "NUMERIC", "TIME", "COLLATE", "MONETARY",
					 "MESSAGES", "ALL" };

static void show_all(const char *what)
{
	printf("%s: all=%s codeset=%s", what, setlocale(LC_ALL, 0), nl_langinfo(CODESET));
	for (int c = 0; c < LC_ALL; c++)
		printf(" %s=%s", cat_names[c], setlocale(c, 0));
	printf("\n");
}

static void set(int cat, const char *name)
{
	char *r = setlocale(cat, name);
	printf("setlocale(%s, %s%s%s) = %s\n", cat_names[cat], name ? "\"" : "", name ? name : "NULL",
	       name ? "\"" : "", r ? r : "NULL");
	show_all("  now");
}

int main(void)
{
	show_all("start");
	/* Names of locales without UTF-8 ("de_DE"), and invalid names, are
	 * not compared: musl takes any name and behaves as C.UTF-8 under
	 * it, minilibc refuses them (tests/libc/locale.bats). */
	static const char *names[] = {
		"C", "POSIX", "C.UTF-8", "en_US.UTF-8", "de_DE.UTF-8", "C.utf8", "fr_FR.UTF-8@euro",
		"pt_BR.utf8", "exactly_twenty_t.UTF-8",
	};
	for (unsigned i = 0; i < sizeof names / sizeof *names; i++) {
		set(LC_ALL, names[i]);
		set(LC_CTYPE, names[i]);
		set(LC_TIME, names[i]);
	}
	/* LC_ALL's composite form (for one category, such a name is no
	 * locale minilibc can provide) */
	set(LC_ALL, "C;POSIX");
	set(LC_ALL, "de_DE.UTF-8;C;C.UTF-8;en_US.UTF-8;C;POSIX");
	set(LC_ALL, "C");
	set(LC_ALL, "");
	setenv("LANG", "pt_BR.UTF-8", 1);
	set(LC_ALL, "");
	setenv("LC_TIME", "en_GB.UTF-8", 1);
	setenv("LC_NUMERIC", "", 1);
	set(LC_ALL, "");
	set(LC_MESSAGES, "");
	setenv("LC_ALL", "C", 1);
	set(LC_ALL, "");
	set(LC_COLLATE, "");
	setenv("LC_ALL", "", 1);
	set(LC_MONETARY, "");
	char *saved = setlocale(LC_ALL, 0);
	char copy[200];
	snprintf(copy, sizeof copy, "%s", saved);
	set(LC_ALL, "C");
	set(LC_ALL, copy);
	printf("bad category: %s %s\n", setlocale(7, "C") ? "set" : "NULL",
	       setlocale(-1, 0) ? "set" : "NULL");

	set(LC_ALL, "C");
	struct lconv *lc = localeconv();
	printf("lconv [%s][%s][%s][%s][%s][%s][%s][%s][%s][%s]", lc->decimal_point,
	       lc->thousands_sep, lc->grouping, lc->int_curr_symbol, lc->currency_symbol,
	       lc->mon_decimal_point, lc->mon_thousands_sep, lc->mon_grouping, lc->positive_sign,
	       lc->negative_sign);
	printf(" %d %d %d %d %d %d %d %d %d %d %d %d %d %d\n", lc->int_frac_digits,
	       lc->frac_digits, lc->p_cs_precedes, lc->p_sep_by_space, lc->n_cs_precedes,
	       lc->n_sep_by_space, lc->p_sign_posn, lc->n_sign_posn, lc->int_p_cs_precedes,
	       lc->int_p_sep_by_space, lc->int_n_cs_precedes, lc->int_n_sep_by_space,
	       lc->int_p_sign_posn, lc->int_n_sign_posn);
	printf("CHAR_MAX %d same after setlocale: %d\n", CHAR_MAX,
	       (setlocale(LC_ALL, "C.UTF-8"), localeconv() == lc));

	static const int items[] = {
		CODESET, RADIXCHAR, THOUSEP, ABDAY_1, ABDAY_7, DAY_1, DAY_4, ABMON_1, ABMON_12,
		MON_1, MON_9, AM_STR, PM_STR, D_T_FMT, D_FMT, T_FMT, T_FMT_AMPM, ERA, ERA_D_FMT,
		ALT_DIGITS, ERA_D_T_FMT, ERA_T_FMT, CRNCYSTR, YESEXPR, NOEXPR, YESSTR, NOSTR,
		0, 1, 13, 15, 0x10002, 0x2002D, 0x20032, 0x30000, 0x40000, 0x50004, 0x60000,
		0xffff, 0x1ffff, 0x2ffff, 0x5ffff,
	};
	for (int pass = 0; pass < 2; pass++) {
		setlocale(LC_ALL, pass ? "xx_YY.UTF-8" : "C");
		printf("%s:", setlocale(LC_ALL, 0));
		for (unsigned i = 0; i < sizeof items / sizeof *items; i++)
			printf(" %#x=[%s]", items[i], nl_langinfo(items[i]));
		printf("\n");
	}
	return 0;
}
