/* nl_langinfo: the C locale's strings (every locale here has them).
 * An item is category << 16 | index.  CODESET says "UTF-8" unless
 * LC_CTYPE is C ("ASCII"); (category << 16 | 0xffff) names the
 * category's locale; anything unknown is "", as in musl. */
#include <langinfo.h>
#include <locale.h>
#include <string.h>
#include "locale_impl.h"

/* Items of a category in index order, each followed by its NUL. */
static const char c_time[] =
	"Sun\0Mon\0Tue\0Wed\0Thu\0Fri\0Sat\0"
	"Sunday\0Monday\0Tuesday\0Wednesday\0Thursday\0Friday\0Saturday\0"
	"Jan\0Feb\0Mar\0Apr\0May\0Jun\0Jul\0Aug\0Sep\0Oct\0Nov\0Dec\0"
	"January\0February\0March\0April\0May\0June\0July\0"
	"August\0September\0October\0November\0December\0"
	"AM\0PM\0"
	"%a %b %e %T %Y\0"      /* D_T_FMT */
	"%m/%d/%y\0"            /* D_FMT */
	"%H:%M:%S\0"            /* T_FMT */
	"%I:%M:%S %p\0"         /* T_FMT_AMPM */
	"\0"                    /* ERA */
	"\0"                    /* (ERA_YEAR) */
	"%m/%d/%y\0"            /* ERA_D_FMT */
	"0123456789\0"          /* ALT_DIGITS */
	"%a %b %e %T %Y\0"      /* ERA_D_T_FMT */
	"%H:%M:%S";             /* ERA_T_FMT */
static const char c_numeric[] = ".\0";
static const char c_messages[] = "^[yY]\0^[nN]\0yes\0no";

char *nl_langinfo(nl_item item)
{
	int cat = item >> 16, idx = item & 0xffff, count;
	const char *s;

	if (item == CODESET)
		return __locale.cat[LC_CTYPE] ? "UTF-8" : "ASCII";
	if (idx == 0xffff && cat >= 0 && cat < LC_ALL)
		return (char *)(__locale.cat[cat] ? __locale.cat[cat] : "C");
	switch (cat) {
	case LC_NUMERIC: s = c_numeric; count = 2; break;
	case LC_TIME: s = c_time; count = 50; break;
	case LC_MESSAGES: s = c_messages; count = 4; break;
	default: return "";
	}
	if (idx >= count)
		return "";
	for (; idx; idx--)
		s += strlen(s) + 1;
	return (char *)s;
}
