/* The FILE structure and the internal stdio operations.
 *
 * One buffer serves both directions.  While reading, bytes in
 * [rpos, rend) are buffered input; while writing, [wbase, wpos) is
 * pending output and wend marks where the buffer ends.  A stream is in
 * at most one mode at a time: switching flushes or discards.  wend is
 * left at wbase when writing must go through __fwritex every time (for
 * unbuffered streams), and the putc fast path tests only wpos < wend.
 * UNGET bytes before the read buffer make room for ungetc.
 *
 * Threads: each public function that touches a stream holds the
 * stream's lock for the whole call (FLOCK/FUNLOCK), so a printf's or a
 * puts's bytes reach the buffer together; flockfile takes the same lock
 * across calls.  The lock word holds the owner's thread id (with
 * MAYBE_WAITERS when someone may sleep on it); an owner locking again
 * passes through, which lets locked functions call each other.  Before
 * the first pthread_create nothing is locked: FLOCK tests __threaded. */
#ifndef _INTERNAL_STDIO_IMPL_H
#define _INTERNAL_STDIO_IMPL_H
#include <stdio.h>
#include <wchar.h>
#include "libc.h"
#include "wfmt.h"

#define UNGET 8

#define F_NORD 1    /* opened without read permission */
#define F_NOWR 2    /* opened without write permission */
#define F_EOF 4
#define F_ERR 8
#define F_APP 16    /* O_APPEND: ftell must seek to the end first */
#define F_SVB 32    /* buffer came from setvbuf, not ours to free */
#define F_PERM 64   /* one of stdin/stdout/stderr: never freed */

struct __FILE {
	unsigned flags;
	int fd;
	int mode;                   /* _IOFBF, _IOLBF or _IONBF */
	unsigned char *buf;         /* buffer start, after the UNGET bytes */
	size_t buf_size;
	unsigned char *rpos, *rend;
	unsigned char *wbase, *wpos, *wend;
	/* The device: a file descriptor normally, memory for sprintf. */
	size_t (*write)(FILE *, const unsigned char *, size_t);
	size_t (*read)(FILE *, unsigned char *, size_t);
	off_t (*seek)(FILE *, off_t, int);
	int (*close)(FILE *);
	FILE *prev, *next;          /* list of fopen'd streams */
	void *cookie;               /* string-stream state */
	pid_t pipe_pid;             /* popen's child, for pclose */
	/* Orientation, as musl keeps it: set by fwide and by the first
	 * read or write (__toread/__towrite make it byte-oriented), but
	 * never enforced: byte and wide functions both work on either. */
	signed char orient;         /* <0 bytes, >0 wide, 0 not yet */
	unsigned char ctype_set;    /* ctype below has been chosen */
	const char *ctype;          /* the LC_CTYPE wide I/O converts in */
	volatile int lock;          /* owner's tid, 0 when free */
	int lockcount;              /* flockfile depth */
};

#define MAYBE_WAITERS 0x40000000
hidden extern volatile int __threaded;
hidden int __lockfile(FILE *);
hidden void __unlockfile(FILE *);
#define FLOCK(f) int __need_unlock = __threaded ? __lockfile(f) : 0
#define FUNLOCK(f) do { if (__need_unlock) __unlockfile(f); } while (0)
/* The open file list's lock (ofl.c). */
hidden void __ofl_lock(void);
hidden void __ofl_unlock(void);

hidden size_t __stdio_write(FILE *, const unsigned char *, size_t);
hidden size_t __stdio_read(FILE *, unsigned char *, size_t);
hidden off_t __stdio_seek(FILE *, off_t, int);
hidden int __stdio_close(FILE *);

hidden int __towrite(FILE *);
hidden int __toread(FILE *);
hidden size_t __fwritex(const unsigned char *, size_t, FILE *);
hidden int __overflow(FILE *, int);
hidden int __uflow(FILE *);
hidden int __fflush_one(FILE *);
hidden int __fmodeflags(const char *);
hidden FILE *__fdopen_flags(int fd, int oflags);
hidden void __ofl_add(FILE *);
hidden void __mem_stream_init(FILE *, void *cookie, size_t cookie_size, unsigned flags);
hidden void __ofl_remove(FILE *);
hidden extern FILE *__ofl_head;
hidden void __stdio_setup_buffer(FILE *);
hidden int __vfprintf_core(FILE *, const char *, __builtin_va_list);
hidden off_t __ftello(FILE *);
hidden int __fseeko(FILE *, off_t, int);

/* Wide I/O (fwide.c, fgetwc.c, fputwc.c): a stream converts in the
 * LC_CTYPE it had when first given a wide orientation (musl's
 * f->locale).  __fwide_enter orients f if nothing has, makes its LC_CTYPE
 * the current one and returns the caller's, for __fwide_leave. */
hidden const char *__fwide_enter(FILE *);
hidden void __fwide_leave(const char *);
hidden wint_t __fgetwc_unlocked(FILE *);
hidden wint_t __fputwc_unlocked(wchar_t, FILE *);

/* The wide printf and scanf run the byte engines on a format turned
 * into bytes (wfmt.h), handing them the wide functions they then call:
 * the engines name none of these themselves, so a program that uses
 * only the byte printf and scanf links none of them. */
struct __wide_out {
	wint_t (*putwc)(wchar_t, FILE *);
	wint_t (*btowc)(int);
	int (*mbtowc)(wchar_t *, const char *, size_t);
};
struct __wide_in {
	wint_t (*getwc)(FILE *);
	wint_t (*ungetwc)(wint_t, FILE *);
	int (*iswspace)(wint_t);
	int (*wctomb)(char *, wchar_t);
};
hidden int __vfwprintf_core(FILE *, const char *, __builtin_va_list, const struct __wide_out *);
hidden int __vfwscanf_core(FILE *, const char *, __builtin_va_list, const struct __wide_in *);

/* The three standard streams are defined in their own files so that a
 * program pays only for the ones it names. */
hidden extern FILE __stdin_FILE, __stdout_FILE, __stderr_FILE;

/* Fast paths used by getc/putc and the printf core. */
#define getc_unlocked(f) ((f)->rpos != (f)->rend ? *(f)->rpos++ : __uflow(f))
#define putc_unlocked(c, f) \
	(((unsigned char)(c) != '\n' || (f)->mode != _IOLBF) && (f)->wpos != (f)->wend \
	 ? *(f)->wpos++ = (unsigned char)(c) : __overflow((f), (unsigned char)(c)))
/* Length modifiers of printf and scanf conversions. */
enum { LEN_NONE, LEN_HH, LEN_H, LEN_L, LEN_LL, LEN_J, LEN_Z, LEN_T, LEN_BIGL };

/* Reads a C99 length modifier (hh h l ll j z t L) at *fmt, if any. */
static inline int __fmt_length(const char *restrict *fmt)
{
	const char *f = *fmt;
	int len = LEN_NONE;
	switch (*f) {
	case 'h': len = f[1] == 'h' ? (f++, LEN_HH) : LEN_H; f++; break;
	case 'l': len = f[1] == 'l' ? (f++, LEN_LL) : LEN_L; f++; break;
	case 'j': len = LEN_J; f++; break;
	case 'z': len = LEN_Z; f++; break;
	case 't': len = LEN_T; f++; break;
	case 'L': len = LEN_BIGL; f++; break;
	}
	*fmt = f;
	return len;
}

/* Stores v through p as the integer type length modifier len names
 * (printf's %n, scanf's integer conversions). */
hidden void __store_int(void *p, int len, unsigned long long v);

#endif
