/* vwscanf: vfwscanf from stdin. */
#include <stdio.h>
#include <wchar.h>

int vwscanf(const wchar_t *restrict fmt, va_list ap)
{
	return vfwscanf(stdin, fmt, ap);
}
