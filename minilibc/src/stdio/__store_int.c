/* __store_int: writes a count or a scanned integer through a pointer of
 * the type a length modifier names; shared by printf's %n and scanf. */
#include <stddef.h>
#include <stdint.h>
#include "stdio_impl.h"

void __store_int(void *p, int len, unsigned long long v)
{
	switch (len) {
	case LEN_HH: *(signed char *)p = (signed char)v; break;
	case LEN_H: *(short *)p = (short)v; break;
	case LEN_L: *(long *)p = (long)v; break;
	case LEN_LL: *(long long *)p = (long long)v; break;
	case LEN_J: *(intmax_t *)p = (intmax_t)v; break;
	case LEN_Z: *(size_t *)p = (size_t)v; break;
	case LEN_T: *(ptrdiff_t *)p = (ptrdiff_t)v; break;
	default: *(int *)p = (int)v; break;
	}
}
