/* __cpu_has_avx2: may the AVX2 versions of the string functions run?
 *
 * Three things must hold (Intel SDM vol. 1, 14.3 "Detection of Intel
 * AVX instructions"): CPUID.1:ECX.OSXSAVE[27] says the kernel has turned
 * on XSAVE and XGETBV; XCR0 bits 1 and 2 say it saves the SSE and the
 * upper YMM state across context switches; CPUID.(7,0):EBX.AVX2[5] says
 * the CPU has the instructions.  The answer is computed on the first
 * call and cached; it cannot change while the process runs.
 *
 * Each CPUID is a trap to the hypervisor on a virtual machine (1-15
 * microseconds, as long as a small program's whole run), so the kernel
 * is asked first where it can say: ARCH_GET_XCOMP_SUPP (Linux 5.16)
 * lists the state it saves for user space, and it offers YMM only where
 * the CPU has AVX and XCR0 enables it.  Without YMM there is no AVX2 and
 * no CPUID is needed; with it, one: the CPU has XSAVE, so its CPUID goes
 * up to leaf 0xD at least, and leaf 7 is there to ask.  A kernel that
 * does not know the call gets the full check.
 *
 * The override MINILIBC_NO_AVX2 is read straight from environ: getenv
 * would call strlen, which may be what is being resolved right now. */
#include <stdint.h>
#include <unistd.h>
#include <sys/syscall.h>
#include "cpu.h"
#include "syscall.h"

static void cpuid(uint32_t leaf, uint32_t sub, uint32_t r[4])
{
	__asm__ ("cpuid" : "=a"(r[0]), "=b"(r[1]), "=c"(r[2]), "=d"(r[3])
	         : "a"(leaf), "c"(sub));
}

static int avx2_disabled_by_environment(void)
{
	static const char name[] = "MINILIBC_NO_AVX2=";

	for (char **e = environ; e && *e; e++) {
		const char *s = *e;
		int i = 0;
		while (name[i] && s[i] == name[i])
			i++;
		if (!name[i])
			return s[i] && !(s[i] == '0' && !s[i + 1]);
	}
	return 0;
}

#define ARCH_GET_XCOMP_SUPP 0x1021
#define XFEATURE_YMM (1u << 2)

static int has_avx2_leaf7(void)
{
	uint32_t r[4];

	cpuid(7, 0, r);
	return r[1] >> 5 & 1;                 /* AVX2 */
}

static int detect(void)
{
	uint32_t r[4];
	uint64_t xfeatures = 0;

	if (avx2_disabled_by_environment())
		return 0;
	if (__syscall(SYS_arch_prctl, ARCH_GET_XCOMP_SUPP, &xfeatures) == 0)
		return (xfeatures & XFEATURE_YMM) && has_avx2_leaf7();
	cpuid(0, 0, r);
	if (r[0] < 7)
		return 0;
	cpuid(1, 0, r);
	if (!(r[2] & 1u << 27))              /* OSXSAVE */
		return 0;
	uint32_t lo, hi;
	__asm__ ("xgetbv" : "=a"(lo), "=d"(hi) : "c"(0));
	if ((lo & 6) != 6)                    /* XMM and YMM state enabled */
		return 0;
	return has_avx2_leaf7();
}

int __cpu_has_avx2(void)
{
	static int cached = -1;

	if (cached < 0)
		cached = detect();
	return cached;
}
