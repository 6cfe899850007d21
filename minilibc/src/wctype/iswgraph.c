/* iswgraph: printable and not white space, as C defines it. */
#include <wctype.h>

int iswgraph(wint_t wc)
{
	return !iswspace(wc) && iswprint(wc);
}
