/* The open file list: every stream fopen/fdopen made, for fflush(NULL)
 * and exit, under its own lock (taken once there are threads). */
#include "stdio_impl.h"
#include "pthread_impl.h"

hidden FILE *__ofl_head;
static volatile int lock;

hidden void __ofl_lock(void)
{
	__lock(&lock);
}

hidden void __ofl_unlock(void)
{
	__unlock(&lock);
}

hidden void __ofl_add(FILE *f)
{
	__ofl_lock();
	f->prev = 0;
	f->next = __ofl_head;
	if (__ofl_head)
		__ofl_head->prev = f;
	__ofl_head = f;
	__ofl_unlock();
}

hidden void __ofl_remove(FILE *f)
{
	__ofl_lock();
	if (f->prev)
		f->prev->next = f->next;
	else
		__ofl_head = f->next;
	if (f->next)
		f->next->prev = f->prev;
	__ofl_unlock();
}
