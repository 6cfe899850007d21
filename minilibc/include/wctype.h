/* Classes and case of wide characters.  As in musl they do not depend
 * on the locale; see minilibc/README.md for which ranges are exact. */
#ifndef _WCTYPE_H
#define _WCTYPE_H
#include <wchar.h>
typedef const int *wctrans_t;
/* wctype_t, the isw* classes, towlower, towupper, wctype and iswctype
 * are declared in <wchar.h>, as musl does. */
wctrans_t wctrans(const char *);
wint_t towctrans(wint_t, wctrans_t);
#endif
