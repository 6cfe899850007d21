/* __init_tls: give the program its thread pointer and its TLS block.
 *
 * A static program's thread-local variables (__thread, C11
 * _Thread_local) live in one block per thread, found from the thread
 * pointer, the %fs base.  x86-64 uses TLS "variant II": the block lies
 * just below the thread pointer, and the thread pointer points at the
 * thread control block (TCB), whose first word is its own address, so
 * `mov %fs:0, %rax` gives code the thread pointer as an ordinary address:
 *
 *     block                          tp = block + round_up(memsz, align)
 *     | .tdata image | .tbss zeros |pad| self | ... TCB ...
 *
 * The linker compiled every access as tp + tpoff(x) (a negative
 * constant) or, through __tls_get_addr, as block + dtpoff(x).  The
 * template comes from the linker: fle-ld defines __tls_image,
 * __tls_filesz, __tls_memsz and __tls_align (spec/FLE.md §5.1) when the
 * program has TLS; the weak references are 0 otherwise.  An ELF program
 * linked by GNU ld (the native build) has a PT_TLS program header
 * instead, found through AT_PHDR as musl does.
 *
 * Neither the kernel nor fle-exec sets a thread pointer (fs base 0), so
 * every program gets one here, with or without TLS: the main thread's
 * descriptor (struct __pthread, pthread_impl.h), which is also where its
 * errno lives.  Small blocks come from a static buffer, larger ones from
 * mmap.  __copy_tls lays out a block and descriptor in given memory; the
 * main thread's comes from here, every other thread's from
 * pthread_create, which sizes its mapping by __tls.size.
 *
 * The descriptor also holds the stack protector's canary at tp + 0x28,
 * where gcc's -fstack-protector code reads it (%fs:0x28, as on glibc and
 * musl): 8 of the kernel's 16 AT_RANDOM bytes, with one byte zeroed (as
 * musl) so that a string copy cannot reproduce it.  New threads copy it. */
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <sys/syscall.h>
#include "libc.h"
#include "pthread_impl.h"
#include "syscall.h"

extern char __tls_image[] __attribute__((__weak__));
extern char __tls_filesz[] __attribute__((__weak__));
extern char __tls_memsz[] __attribute__((__weak__));
extern char __tls_align[] __attribute__((__weak__));

hidden struct __tls_layout __tls;

#define ARCH_SET_FS 0x1002
#define AT_PHDR 3
#define AT_PHNUM 5
#define AT_RANDOM 25
#define PT_PHDR 6
#define PT_TLS 7

typedef struct {
	const char *image;
	size_t filesz, memsz, align;
} Template;

typedef struct {               /* Elf64_Phdr */
	uint32_t type, flags;
	uint64_t offset, vaddr, paddr, filesz, memsz, align;
} Phdr;

static unsigned long aux(unsigned long type)
{
	for (unsigned long *a = __auxv; a && a[0]; a += 2)
		if (a[0] == type)
			return a[1];
	return 0;
}

/* The native (ELF) case: the PT_TLS header, relocated by the load base. */
static void find_pt_tls(Template *t)
{
	const Phdr *ph = (const Phdr *)aux(AT_PHDR);
	size_t n = aux(AT_PHNUM), base = 0;
	for (size_t i = 0; ph && i < n; i++)
		if (ph[i].type == PT_PHDR)
			base = (size_t)ph - ph[i].vaddr;
	for (size_t i = 0; ph && i < n; i++)
		if (ph[i].type == PT_TLS) {
			t->image = (const char *)(base + ph[i].vaddr);
			t->filesz = ph[i].filesz;
			t->memsz = ph[i].memsz;
			t->align = ph[i].align;
		}
}

static void *alloc_block(size_t size)
{
	static _Alignas(64) char builtin[768];
	if (size <= sizeof builtin)
		return builtin;
	long p = __syscall(SYS_mmap, 0, size, 3 /* PROT_READ|PROT_WRITE */,
	                   0x22 /* MAP_PRIVATE|MAP_ANONYMOUS */, -1, 0);
	if (p < 0 && p > -4096)
		__libc_fatal("cannot allocate the TLS block", 0);
	return (void *)p;
}

/* Without AT_RANDOM (never on Linux) the canary stays 0: still checked. */
static uintptr_t random_canary(void)
{
	const unsigned char *random = (const unsigned char *)aux(AT_RANDOM);
	uint64_t canary = 0;

	if (random)
		memcpy(&canary, random, sizeof canary);
	return canary & ~(uint64_t)0xff00;
}

/* The linker's tpoff(x) counted on exactly this distance from the block
 * start to tp: memsz rounded up to the template's alignment.  tp itself
 * is aligned to that, and to 16 for the descriptor. */
static void measure(const Template *t)
{
	size_t align = t->align ? t->align : 1;

	__tls.image = t->image;
	__tls.filesz = t->filesz;
	__tls.below = (t->memsz + align - 1) & -align;
	__tls.tp_align = align < 16 ? 16 : align;
	__tls.size = __tls.below + sizeof(struct __pthread) + __tls.tp_align;
}

/* Lay out a TLS block and a descriptor in mem (__tls.size bytes): the
 * block initialised from the template, the descriptor zero but for its
 * self pointer.  Returns the descriptor, which is the thread pointer. */
hidden struct __pthread *__copy_tls(char *mem)
{
	char *tp = (char *)(((uintptr_t)mem + __tls.below + __tls.tp_align - 1)
	                    & -__tls.tp_align);
	char *block = tp - __tls.below;
	struct __pthread *self = (struct __pthread *)tp;

	memcpy(block, __tls.image, __tls.filesz);
	memset(block + __tls.filesz, 0, __tls.below - __tls.filesz + sizeof *self);
	self->self = self;             /* %fs:0 is the thread pointer itself */
	return self;
}

hidden void __init_tls(void)
{
	Template t = {__tls_image, (size_t)__tls_filesz, (size_t)__tls_memsz,
	              (size_t)__tls_align};
	if (!t.memsz)
		find_pt_tls(&t);
	measure(&t);
	struct __pthread *self = __copy_tls(alloc_block(__tls.size));
	self->canary = random_canary();
	self->detach_state = DT_JOINABLE;
	if (__syscall(SYS_arch_prctl, ARCH_SET_FS, self) < 0)
		__libc_fatal("cannot set the thread pointer", 0);
	self->tid = __syscall(SYS_set_tid_address, &self->tid);
}
