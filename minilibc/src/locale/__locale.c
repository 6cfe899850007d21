/* __locale: the global locale's category names (locale_impl.h).  In a
 * file of its own, so that code which only reads LC_CTYPE (wcrtomb,
 * mbrtowc, printf's %ls) does not link setlocale's name handling and
 * malloc with it. */
#include "locale_impl.h"

struct __locale __locale;
