/* pthread_create: start a thread running fn(arg).
 *
 * One anonymous mapping holds everything the thread owns (see the
 * picture in pthread_impl.h): a guard page that turns a stack overflow
 * into a fault, the stack, the key values, and the TLS block with the
 * descriptor above it, laid out by the same __copy_tls that set up the
 * main thread.  clone(2) shares the address space, files and signal
 * handlers, sets the new thread pointer, writes the thread's id into
 * its descriptor (CLONE_PARENT_SETTID, so it is there before we return)
 * and has the kernel clear it and wake a futex when the thread ends
 * (CLONE_CHILD_CLEARTID): that is what pthread_join waits for.
 *
 * The first call turns __threaded on, from which point the library's
 * internal locks (heap, stdio, atexit) are taken. */
#include <errno.h>
#include <sys/mman.h>
#include "pthread_impl.h"

#define PAGE 4096
#define CLONE_FLAGS (0x100 | 0x200 | 0x400 | 0x800 | 0x10000 | 0x40000 \
	| 0x80000 | 0x100000 | 0x200000)
	/* VM FS FILES SIGHAND THREAD SYSVSEM SETTLS PARENT_SETTID CHILD_CLEARTID */

hidden int __clone(int (*)(void *), void *, int, void *, volatile int *, void *,
                   volatile int *);
hidden extern volatile int __threads_minus_1;

static int start(void *p)
{
	struct __pthread *self = p;
	pthread_exit(self->start(self->arg));
}

static void list_add(struct __pthread *t)
{
	__lock(&__thread_list_lock);
	t->next = __thread_list;
	if (t->next)
		t->next->prev = t;
	__thread_list = t;
	__unlock(&__thread_list_lock);
}

hidden void __thread_list_remove(struct __pthread *t)
{
	__lock(&__thread_list_lock);
	if (t->prev)
		t->prev->next = t->next;
	else
		__thread_list = t->next;
	if (t->next)
		t->next->prev = t->prev;
	__unlock(&__thread_list_lock);
}

/* Carve the mapping: descriptor and TLS at the top, key values below
 * them, the stack below those down to the guard page. */
static struct __pthread *new_thread(size_t stack, char **sp)
{
	size_t tsd = PTHREAD_KEYS_MAX * sizeof(void *);
	size_t size = (PAGE + stack + tsd + 16 + __tls.size + PAGE - 1) & -PAGE;
	long map = __syscall(SYS_mmap, 0, size, PROT_READ | PROT_WRITE,
	                     MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (map < 0 && map > -4096)
		return 0;
	if (__syscall(SYS_mprotect, map, PAGE, PROT_NONE) < 0) {
		__syscall(SYS_munmap, map, size);
		return 0;
	}
	char *tls = (char *)map + size - __tls.size;
	struct __pthread *t = __copy_tls(tls);
	t->tsd = (void **)(((uintptr_t)tls - tsd) & -16);
	t->map_base = (void *)map;
	t->map_size = size;
	*sp = (char *)t->tsd;
	return t;
}

int pthread_create(pthread_t *restrict res, const pthread_attr_t *restrict attr,
                   void *(*fn)(void *), void *restrict arg)
{
	size_t stack = attr && attr->_a_stacksize ? attr->_a_stacksize : DEFAULT_STACK_SIZE;
	char *sp;
	struct __pthread *t = new_thread(stack, &sp);

	if (!t)
		return EAGAIN;
	t->canary = __pthread_self()->canary;
	t->start = fn;
	t->arg = arg;
	t->detach_state = attr && attr->_a_detach ? DT_DETACHED : DT_JOINABLE;
	__threaded = 1;
	a_fetch_add(&__threads_minus_1, 1);
	list_add(t);
	int tid = __clone(start, sp, CLONE_FLAGS, t, &t->tid, t, &t->tid);
	if (tid < 0) {
		__thread_list_remove(t);
		a_fetch_add(&__threads_minus_1, -1);
		__syscall(SYS_munmap, t->map_base, t->map_size);
		return EAGAIN;
	}
	*res = t;
	return 0;
}
