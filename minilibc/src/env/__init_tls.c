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
 * every program gets one here, with or without TLS.  Small blocks come
 * from a static buffer, larger ones from mmap.  minilibc itself is
 * single-threaded and never reads %fs: __tls_get_addr uses __tls_block.
 *
 * The TCB also holds the stack protector's canary at tp + 0x28, where
 * gcc's -fstack-protector code reads it (%fs:0x28, as on glibc and musl):
 * 8 of the kernel's 16 AT_RANDOM bytes, with one byte zeroed (as musl) so
 * that a string copy cannot reproduce it. */
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <sys/syscall.h>
#include "libc.h"
#include "syscall.h"

extern char __tls_image[] __attribute__((__weak__));
extern char __tls_filesz[] __attribute__((__weak__));
extern char __tls_memsz[] __attribute__((__weak__));
extern char __tls_align[] __attribute__((__weak__));

char *__tls_block;

#define TCB_SIZE 64            /* self pointer, then room (%fs:0x28 canary) */
#define ARCH_SET_FS 0x1002
#define AT_PHDR 3
#define AT_PHNUM 5
#define AT_RANDOM 25
#define CANARY_OFFSET 0x28
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
	static _Alignas(64) char builtin[512];
	if (size <= sizeof builtin)
		return builtin;
	long p = __syscall(SYS_mmap, 0, size, 3 /* PROT_READ|PROT_WRITE */,
	                   0x22 /* MAP_PRIVATE|MAP_ANONYMOUS */, -1, 0);
	if (p < 0 && p > -4096)
		__libc_fatal("cannot allocate the TLS block", 0);
	return (void *)p;
}

/* Without AT_RANDOM (never on Linux) the canary stays 0: still checked. */
static void set_canary(char *tp)
{
	const unsigned char *random = (const unsigned char *)aux(AT_RANDOM);
	uint64_t canary = 0;

	if (random)
		memcpy(&canary, random, sizeof canary);
	canary &= ~(uint64_t)0xff00;
	memcpy(tp + CANARY_OFFSET, &canary, sizeof canary);
}

hidden void __init_tls(void)
{
	Template t = {__tls_image, (size_t)__tls_filesz, (size_t)__tls_memsz,
	              (size_t)__tls_align};
	if (!t.memsz)
		find_pt_tls(&t);
	if (!t.align)
		t.align = 1;
	/* The linker's tpoff(x) counted on exactly this distance from the
	 * block start to tp: memsz rounded up to the template's alignment.
	 * tp itself is aligned to that, and to 16 for the TCB. */
	size_t below = (t.memsz + t.align - 1) & -t.align;
	size_t tp_align = t.align < 16 ? 16 : t.align;
	char *mem = alloc_block(below + TCB_SIZE + tp_align);
	char *tp = (char *)(((uintptr_t)mem + below + tp_align - 1) & -tp_align);
	__tls_block = tp - below;
	memcpy(__tls_block, t.image, t.filesz);
	memset(__tls_block + t.filesz, 0, below - t.filesz + TCB_SIZE);
	*(char **)tp = tp;             /* %fs:0 is the thread pointer itself */
	set_canary(tp);
	if (__syscall(SYS_arch_prctl, ARCH_SET_FS, tp) < 0)
		__libc_fatal("cannot set the thread pointer", 0);
}
