/* __towrite: put a stream into writing mode.  A stream's buffering is
 * decided here, on first write, when not set by setvbuf: terminals are
 * line buffered and everything else fully buffered - which is why output
 * written before fork() to a pipe appears twice. */
#include <sys/ioctl.h>
#include "stdio_impl.h"
#include "syscall.h"

hidden int __towrite(FILE *f)
{
	f->orient |= f->orient - 1;   /* unoriented becomes byte-oriented */
	if (f->flags & F_NOWR) {
		f->flags |= F_ERR;
		return EOF;
	}
	if (f->rpos != f->rend)
		__fflush_one(f);            /* give unread input back to the fd */
	f->rpos = f->rend = 0;
	if (f->mode < 0) {
		unsigned char termios[60];
		f->mode = __syscall(SYS_ioctl, f->fd, TCGETS, termios) == 0 ? _IOLBF : _IOFBF;
	}
	f->wbase = f->wpos = f->buf;
	f->wend = f->mode == _IONBF ? f->buf : f->buf + f->buf_size;
	return 0;
}

/* Any program that writes through stdio must flush at exit: referring to
 * __stdio_exit_needed here links the real __stdio_exit in place of the
 * weak dummy in exit.c. */
hidden void __stdio_exit_needed(void);
hidden void __towrite_needs_stdio_exit(void)
{
	__stdio_exit_needed();
}
