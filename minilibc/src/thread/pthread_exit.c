/* pthread_exit: end the calling thread with a result for pthread_join.
 * Returning from a thread's start function comes here too.
 *
 * Key destructors run first.  The last thread to leave ends the process
 * with exit(0), as if main had returned 0 (so atexit handlers and stdio
 * flushing still happen).  A joinable thread then just exits: the
 * kernel clears its tid and wakes the joiner, who frees the mapping.  A
 * detached thread must free its own mapping, stack included, so it
 * unmaps and exits in a few instructions that touch no memory, as musl
 * does, after telling the kernel not to clear a tid that will no longer
 * be ours, and blocking signals, since no handler could run without a
 * stack. */
#include <stdlib.h>
#include "pthread_impl.h"

hidden volatile int __threads_minus_1;
hidden void __thread_list_remove(struct __pthread *);

static void no_dtors(void) { }
weak_alias(no_dtors, __pthread_tsd_run_dtors);

static _Noreturn void unmap_and_exit(void *base, size_t size)
{
	unsigned long all = -1UL;

	__syscall(SYS_rt_sigprocmask, 0 /* SIG_BLOCK */, &all, 0, 8);
	__syscall(SYS_set_tid_address, 0);
	__asm__ __volatile__ ("syscall\n\t"
	                      "xor %%edi, %%edi\n\t"
	                      "mov $60, %%eax\n\t"      /* SYS_exit */
	                      "syscall"
	                      : : "a"(SYS_munmap), "D"(base), "S"(size)
	                      : "rcx", "r11", "memory");
	__builtin_unreachable();
}

_Noreturn void pthread_exit(void *result)
{
	struct __pthread *self = __pthread_self();

	self->result = result;
	__pthread_tsd_run_dtors();
	if (a_fetch_add(&__threads_minus_1, -1) == 0)
		exit(0);
	if (self->map_base)
		__thread_list_remove(self);
	if (a_swap(&self->detach_state, DT_EXITING) == DT_DETACHED && self->map_base)
		unmap_and_exit(self->map_base, self->map_size);
	for (;;)
		__syscall(SYS_exit, 0);
}
