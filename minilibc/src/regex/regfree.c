/* regfree: release what regcomp allocated for a compiled pattern. */
#include "regex_impl.h"
#include <stdlib.h>

void regfree(regex_t *preg)
{
	RxProg *prog = preg->__opaque;
	if (!prog)
		return;
	free(prog->code);
	free(prog->sets);
	free(prog->order);
	free(prog);
	preg->__opaque = 0;
}
