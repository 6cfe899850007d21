/* Shared by putenv, setenv and unsetenv. */
#ifndef _INTERNAL_ENV_IMPL_H
#define _INTERNAL_ENV_IMPL_H
#include "libc.h"
/* Put "name=value" in environ (replacing an entry with the same name);
 * len is the length of the name.  Returns 0 or -1 (ENOMEM). */
hidden int __putenv(char *s, size_t len);
#endif
