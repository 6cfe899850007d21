/* ftrylockfile: flockfile if no other thread holds the stream, else
 * nonzero at once. */
#include <stdio.h>
#include "stdio_impl.h"
#include "pthread_impl.h"

int ftrylockfile(FILE *f)
{
	int tid = __pthread_self()->tid;

	if ((f->lock & ~MAYBE_WAITERS) == tid) {
		if (f->lockcount == 0x7fffffff)
			return -1;
		f->lockcount++;
		return 0;
	}
	if (a_cas(&f->lock, 0, tid))
		return -1;
	f->lockcount = 1;
	return 0;
}
