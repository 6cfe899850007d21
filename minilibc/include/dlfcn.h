/* Dynamic loading: dlopen, dlsym, dlclose, dlerror, dladdr.  The values
 * are glibc's and musl's.  minilibc asks fle-exec, through the table it
 * passes to a dynamic program (src/internal/dl_impl.h); in a static
 * program every call fails with a message saying so. */
#ifndef _DLFCN_H
#define _DLFCN_H

#define RTLD_LAZY     1
#define RTLD_NOW      2
#define RTLD_NOLOAD   4
#define RTLD_NODELETE 0x1000
#define RTLD_GLOBAL   0x100
#define RTLD_LOCAL    0

#define RTLD_NEXT    ((void *)-1)
#define RTLD_DEFAULT ((void *)0)

void *dlopen(const char *, int);
void *dlsym(void *__restrict, const char *__restrict);
int dlclose(void *);
char *dlerror(void);

/* Dl_info and dladdr are extensions: where musl shows them, with
 * _GNU_SOURCE, _DEFAULT_SOURCE or _BSD_SOURCE, or when no strict
 * standard was asked for. */
#if defined(_GNU_SOURCE) || defined(_DEFAULT_SOURCE) || defined(_BSD_SOURCE) \
	|| (!defined(_POSIX_SOURCE) && !defined(_POSIX_C_SOURCE) \
	    && !defined(_XOPEN_SOURCE) && !defined(__STRICT_ANSI__))
typedef struct {
	const char *dli_fname;   /* the module's file */
	void *dli_fbase;         /* where it is loaded */
	const char *dli_sname;   /* the nearest symbol at or below the address */
	void *dli_saddr;         /* that symbol's address */
} Dl_info;
int dladdr(const void *, Dl_info *);
#endif

#endif
