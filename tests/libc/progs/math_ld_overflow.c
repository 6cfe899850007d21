/* sinhl, coshl and expm1l next to where they overflow: finite just below
 * ln(2 LDBL_MAX) = 11357.2166 (sinh, cosh) and ln(LDBL_MAX) = 11356.5234
 * (expm1), infinite with the overflow flag just above.  The x87 status
 * word gives the flag (no <fenv.h> needed); results are printed to 13
 * digits, so the last bits, where two libraries may round differently
 * within their ulp bounds, do not matter. */
#include <math.h>
#include <stdio.h>

static long double (*volatile fn)(long double);

static int overflowed(void)
{
	unsigned short sw;
	__asm__ volatile ("fnstsw %0" : "=m"(sw));
	return sw >> 3 & 1;                     /* OE */
}

static void show(const char *name, long double (*f)(long double), long double x)
{
	volatile long double arg = x;
	fn = f;
	__asm__ volatile ("fnclex");
	long double r = fn(arg);
	int oe = overflowed();
	printf("%s(%.10Lf) = %.12Le finite %d overflow %d\n", name, x, r, isfinite(r), oe);
}

int main(void)
{
	static const long double hyp[] = {
		11356.6L, 11357.0L, 11357.2165L, 11357.21655L, 11357.21656L, 11357.2166L, 11400.0L,
	};
	static const long double em1[] = {
		11356.0L, 11356.5L, 11356.5234L, 11356.52339L, 11356.52341L, 11356.5235L, 11400.0L,
	};
	for (unsigned i = 0; i < sizeof hyp / sizeof *hyp; i++) {
		show("sinhl", sinhl, hyp[i]);
		show("sinhl", sinhl, -hyp[i]);
		show("coshl", coshl, hyp[i]);
		show("coshl", coshl, -hyp[i]);
	}
	for (unsigned i = 0; i < sizeof em1 / sizeof *em1; i++)
		show("expm1l", expm1l, em1[i]);
	return 0;
}
