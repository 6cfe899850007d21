/* The long double hyperbolic functions, expm1l, log1pl and log10l at
 * their edges.  sinhl, coshl and expm1l next to where they overflow:
 * finite just below ln(2 LDBL_MAX) = 11357.2166 (sinh, cosh) and
 * ln(LDBL_MAX) = 11356.5234 (expm1), infinite with the overflow flag just
 * above; printed to 13 digits, so the last bits, where two libraries may
 * round differently within their ulp bounds, do not matter.  Then the
 * special values, with exact results (as bits) and their flags: zeros,
 * infinities, NaN, the ends of the domains, and tiny arguments, whose
 * results round to themselves without raising underflow.  The x87 status
 * word gives the flags (no <fenv.h> needed). */
#include <math.h>
#include <stdio.h>
#include <string.h>

static long double (*volatile fn)(long double);

/* The x87 exception flags: invalid, divide by zero, overflow, underflow. */
static unsigned flags(void)
{
	unsigned short sw;
	__asm__ volatile ("fnstsw %0" : "=m"(sw));
	return sw & 0x1d;
}

static void show(const char *name, long double (*f)(long double), long double x)
{
	volatile long double arg = x;
	fn = f;
	__asm__ volatile ("fnclex");
	long double r = fn(arg);
	int oe = flags() >> 3 & 1;
	printf("%s(%.10Lf) = %.12Le finite %d overflow %d\n", name, x, r, isfinite(r), oe);
}

static void put_ld(long double v)
{
	unsigned char b[10];
	memcpy(b, &v, 10);
	for (int i = 9; i >= 0; i--)
		printf("%02x", b[i]);
}

static void special(const char *name, long double (*f)(long double), long double x)
{
	volatile long double arg = x;
	fn = f;
	__asm__ volatile ("fnclex");
	long double r = fn(arg);
	unsigned fl = flags();
	printf("%s(", name);
	put_ld(x);
	printf(") = ");
	if (isnan(r))
		printf("nan");
	else
		put_ld(r);
	printf(" flags %x\n", fl);
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

	static const struct {
		const char *name;
		long double (*f)(long double);
	} fns[] = {
		{ "sinhl", sinhl }, { "coshl", coshl }, { "tanhl", tanhl }, { "asinhl", asinhl },
		{ "acoshl", acoshl }, { "atanhl", atanhl }, { "expm1l", expm1l },
		{ "log1pl", log1pl }, { "log10l", log10l },
	};
	static const long double all[] = {
		0.0L, -0.0L, INFINITY, -INFINITY, NAN, 0x1p-16382L, -0x1p-16382L, 0x1p-16445L,
		-0x1p-16445L, 0x1p-40L, -0x1p-70L,
	};
	for (unsigned i = 0; i < sizeof fns / sizeof *fns; i++)
		for (unsigned j = 0; j < sizeof all / sizeof *all; j++)
			special(fns[i].name, fns[i].f, all[j]);
	special("tanhl", tanhl, 50);
	special("acoshl", acoshl, 1);
	special("acoshl", acoshl, 0.5L);
	special("atanhl", atanhl, 1);
	special("atanhl", atanhl, -1);
	special("expm1l", expm1l, -50);
	special("log1pl", log1pl, -1);
	special("log1pl", log1pl, -2);
	special("log10l", log10l, 1);
	special("log10l", log10l, 10);
	special("log10l", log10l, -1);
	return 0;
}
