/* fwide: a stream's orientation, set the first time it is asked for
 * (mode nonzero) or the stream is first read or written.  As in musl,
 * choosing wide also fixes the LC_CTYPE the stream's wide I/O uses, and
 * neither is ever undone (freopen keeps them too). */
#include <wchar.h>
#include "stdio_impl.h"
#include "locale_impl.h"

static int unlocked_fwide(FILE *f, int mode)
{
	if (mode) {
		if (!f->ctype_set) {
			f->ctype = __locale.cat[LC_CTYPE];
			f->ctype_set = 1;
		}
		if (!f->orient)
			f->orient = mode > 0 ? 1 : -1;
	}
	return f->orient;
}

int fwide(FILE *f, int mode)
{
	FLOCK(f);
	int r = unlocked_fwide(f, mode);
	FUNLOCK(f);
	return r;
}

hidden const char *__fwide_enter(FILE *f)
{
	const char *caller = __locale.cat[LC_CTYPE];

	if (f->orient <= 0)
		unlocked_fwide(f, 1);
	__locale.cat[LC_CTYPE] = f->ctype;
	return caller;
}

hidden void __fwide_leave(const char *caller)
{
	__locale.cat[LC_CTYPE] = caller;
}
