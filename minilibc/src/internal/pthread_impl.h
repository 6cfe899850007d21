/* The thread descriptor and the primitives threads are built from.
 *
 * Every thread, the main one included, has a descriptor at its thread
 * pointer (%fs base), directly above its TLS block (TLS variant II, see
 * env/__init_tls.c).  Its first word is its own address (%fs:0) and the
 * stack protector's canary sits at %fs:0x28, where gcc's code reads it;
 * those two offsets are ABI, the rest is ours.  A new thread's stack,
 * key values, TLS block and descriptor share one mapping:
 *
 *     map_base                                             map_base + map_size
 *     | guard page | stack ...  <- sp | tsd[] | TLS block | descriptor |
 *
 * Locks are futex words.  __threaded turns 1 when the first thread is
 * created; until then the library's internal locks (heap, stdio, atexit)
 * cost one load and no atomic instruction. */
#ifndef _INTERNAL_PTHREAD_IMPL_H
#define _INTERNAL_PTHREAD_IMPL_H
#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include "libc.h"
#include "syscall.h"

struct __pthread {
	struct __pthread *self;         /* %fs:0 */
	void *unused[4];
	uintptr_t canary;               /* %fs:0x28 */
	volatile int tid;               /* cleared by the kernel at exit */
	int errno_val;
	volatile int detach_state;      /* DT_* below */
	void *(*start)(void *);
	void *arg;
	void *result;
	void *map_base;                 /* 0 for the main thread */
	size_t map_size;
	void **tsd;                     /* key values; 0 until the first */
	struct __pthread *prev, *next;  /* every live thread but the main one */
};

_Static_assert(offsetof(struct __pthread, canary) == 0x28, "gcc reads the canary at %fs:0x28");

enum { DT_EXITING = 1, DT_JOINABLE, DT_DETACHED };

/* What __init_tls learned about the program's TLS template, for
 * __copy_tls and __tls_get_addr. */
struct __tls_layout {
	const char *image;
	size_t filesz;
	size_t below;                   /* block size: memsz rounded to align */
	size_t tp_align;
	size_t size;                    /* memory __copy_tls needs */
};
hidden extern struct __tls_layout __tls;
hidden struct __pthread *__copy_tls(char *mem);

hidden extern volatile int __threaded;
hidden extern volatile int __thread_list_lock;
hidden extern struct __pthread *__thread_list;
hidden void __lock(volatile int *);
hidden void __unlock(volatile int *);
hidden void __pthread_tsd_run_dtors(void);

/* The pthread_attr_t fields, as musl lays them out. */
#define _a_stacksize __u.__s[0]
#define _a_guardsize __u.__s[1]
#define _a_detach __u.__i[6]
/* pthread_mutex_t: type, futex word (0 free, 1 locked, 2 contended),
 * owner's tid and recursion depth (for the recursive and errorcheck
 * types); pthread_cond_t: sequence number, waiters, clock. */
#define _m_type __u.__i[0]
#define _m_lock __u.__vi[1]
#define _m_owner __u.__vi[2]
#define _m_count __u.__i[5]
#define _c_seq __u.__vi[0]
#define _c_waiters __u.__vi[1]
#define _c_clock __u.__i[2]
#define DEFAULT_STACK_SIZE 131072
#define FUTEX_WAIT 0
#define FUTEX_WAKE 1
#define FUTEX_WAIT_BITSET 9
#define FUTEX_PRIVATE 128
#define FUTEX_CLOCK_REALTIME 256

static inline struct __pthread *__pthread_self(void)
{
	struct __pthread *self;
	__asm__ ("mov %%fs:0, %0" : "=r"(self));
	return self;
}

static inline int a_cas(volatile int *p, int old, int new)
{
	__atomic_compare_exchange_n(p, &old, new, 0, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
	return old;
}

static inline int a_swap(volatile int *p, int v)
{
	return __atomic_exchange_n(p, v, __ATOMIC_SEQ_CST);
}

static inline int a_fetch_add(volatile int *p, int v)
{
	return __atomic_fetch_add(p, v, __ATOMIC_SEQ_CST);
}

/* Sleep while *addr == val (or until a wake, a signal, or at random). */
static inline void __futex_wait(volatile int *addr, int val)
{
	__syscall4(SYS_futex, (long)addr, FUTEX_WAIT | FUTEX_PRIVATE, val, 0);
}

static inline void __futex_wake(volatile int *addr, int n)
{
	__syscall3(SYS_futex, (long)addr, FUTEX_WAKE | FUTEX_PRIVATE, n);
}

/* A futex word lock: 0 free, 1 held, 2 held and maybe waited for
 * (Drepper's "mutex3"), so unlocking makes a system call only when
 * someone may sleep.  Mutexes and the internal locks share it. */
static inline void __futex_lock(volatile int *l)
{
	if (!a_cas(l, 0, 1))
		return;
	while (a_swap(l, 2))
		__futex_wait(l, 2);
}

static inline void __futex_unlock(volatile int *l)
{
	if (a_swap(l, 0) == 2)
		__futex_wake(l, 1);
}
#endif
