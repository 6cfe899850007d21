/* The execl family: the variable arguments gathered into an argv array
 * on the stack (argc + 1 pointers), then the execv form called. */
#ifndef _INTERNAL_EXECL_IMPL_H
#define _INTERNAL_EXECL_IMPL_H
#include <stdarg.h>

/* How many arguments, arg0 included, come before the NULL that ends
 * them; ap (just after arg0) is left where it was. */
static inline int __execl_count(va_list *ap)
{
	va_list c;
	int n = 1;
	va_copy(c, *ap);
	while (va_arg(c, const char *))
		n++;
	va_end(c);
	return n;
}

/* argv[0..n]: arg0, the n - 1 arguments from ap, and the NULL. */
static inline void __execl_fill(char **argv, const char *arg0, va_list *ap, int n)
{
	argv[0] = (char *)arg0;
	for (int i = 1; i <= n; i++)
		argv[i] = va_arg(*ap, char *);
}
#endif
