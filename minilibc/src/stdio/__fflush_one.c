/* __fflush_one: write out pending output, or give unread buffered input
 * back to the descriptor (by seeking back), leaving the stream in
 * neither mode.  Returns 0 or EOF. */
#include "stdio_impl.h"

hidden int __fflush_one(FILE *f)
{
	if (f->wpos != f->wbase) {
		size_t n = f->wpos - f->wbase;
		if (f->write(f, f->wbase, n) != n) {
			f->wpos = f->wbase;
			return EOF;
		}
	}
	f->wbase = f->wpos = f->wend = 0;
	if (f->rpos != f->rend && f->seek)
		f->seek(f, f->rpos - f->rend, SEEK_CUR);
	f->rpos = f->rend = 0;
	return 0;
}
