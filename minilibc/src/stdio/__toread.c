/* __toread: put a stream into reading mode, flushing pending output.
 * The EOF flag is sticky: once set, reads fail until clearerr/fseek. */
#include "stdio_impl.h"

hidden int __toread(FILE *f)
{
	f->orient |= f->orient - 1;   /* unoriented becomes byte-oriented */
	if (f->flags & F_NORD) {
		f->flags |= F_ERR;
		return EOF;
	}
	if (f->wpos != f->wbase && __fflush_one(f))
		return EOF;
	f->wbase = f->wpos = f->wend = 0;
	if (f->flags & F_EOF)
		return EOF;
	return 0;
}

hidden void __stdio_exit_needed(void);
hidden void __toread_needs_stdio_exit(void)
{
	__stdio_exit_needed();
}
