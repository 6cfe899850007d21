/* The dlfcn functions' side of the interface with fle-exec: to a
 * dynamic program (one with shared libraries) fle-exec passes, in the
 * AT_FLE_DL auxv entry, a table of loader functions; minilibc keeps the
 * last error for dlerror and runs the constructors and destructors of
 * the modules dlopen loads and dlclose unloads. */
#ifndef _INTERNAL_DL_IMPL_H
#define _INTERNAL_DL_IMPL_H
#ifndef _GNU_SOURCE
#define _GNU_SOURCE   /* Dl_info */
#endif
#include <dlfcn.h>
#include "libc.h"

#define AT_FLE_DL 0x464d   /* "FM" */

/* What due() lists. */
#define FLE_DUE_INIT 1   /* after open: the modules it loaded, ctor order */
#define FLE_DUE_FINI 2   /* before close: the modules it will unload */
#define FLE_DUE_EXIT 3   /* at exit: with dlopened modules still loaded,
                          * every module, in glibc's _dl_fini order */

/* Each call is an ordinary C call; not reentrant, so minilibc makes
 * them one at a time, under __dl_lock.  Messages (*err) and due()'s
 * list stay valid until the next call. */
struct __fle_dl {
	unsigned long version;   /* 1 */
	void *(*open)(const char *file, int mode, const void *caller, const char **err);
	void *(*sym)(void *handle, const char *name, const void *caller, const char **err);
	int (*addr)(const void *addr, Dl_info *info);
	unsigned long (*due)(void *handle, int what, const struct __fle_module **list);
	int (*close)(void *handle, const char **err);
};

/* The table, or NULL in a static program (ldso/__dl_table.c). */
hidden const struct __fle_dl *__dl_table(void);
hidden extern volatile int __dl_lock;

/* dlerror's message (ldso/dlerror.c): __dl_seterr keeps a copy of msg
 * (NULL: none), which dlerror returns once.  Called under __dl_lock. */
hidden void __dl_seterr(const char *msg);

/* Constructors and destructors (ldso/__dl_ctors.c).  __dl_due asks due()
 * under the lock and runs the listed modules' constructors (init) or
 * destructors and atexit handlers (fini) without it, since they may
 * call dlopen themselves.  __dl_exit: exit()'s step for the modules
 * dlopen left loaded. */
hidden void __dl_due(const struct __fle_dl *t, void *handle, int what);
hidden int __dl_exit(void);
#endif
