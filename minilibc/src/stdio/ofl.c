/* The open file list: every stream fopen/fdopen made, for fflush(NULL)
 * and exit. */
#include "stdio_impl.h"

hidden FILE *__ofl_head;

hidden void __ofl_add(FILE *f)
{
	f->prev = 0;
	f->next = __ofl_head;
	if (__ofl_head)
		__ofl_head->prev = f;
	__ofl_head = f;
}

hidden void __ofl_remove(FILE *f)
{
	if (f->prev)
		f->prev->next = f->next;
	else
		__ofl_head = f->next;
	if (f->next)
		f->next->prev = f->prev;
}
