/* __wctype_classes: the classes wctype knows, in musl's order (so the
 * numbers wctype hands out are musl's too). */
#include "wctype_impl.h"

const struct wctype_class __wctype_classes[WCTYPE_COUNT] = {
	{ "alnum", iswalnum }, { "alpha", iswalpha }, { "blank", iswblank },
	{ "cntrl", iswcntrl }, { "digit", iswdigit }, { "graph", iswgraph },
	{ "lower", iswlower }, { "print", iswprint }, { "punct", iswpunct },
	{ "space", iswspace }, { "upper", iswupper }, { "xdigit", iswxdigit },
};
