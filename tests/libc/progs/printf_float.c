/* Floating conversions, exactly rounded: %f %e %g %a with flags, widths
 * and precisions over awkward values (ties, subnormals, huge, tiny). */
#include <stdio.h>
#include <math.h>
#include <float.h>

int main(void)
{
	double vals[] = { 0.0, -0.0, 1.0, -1.0, 0.1, 0.5, 1.5, 2.5, 3.5, 0.125, 0.375, 123.456,
		1e-300, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 1e21, 1e22, 1e23,
		9.999999e-5, 0.00001234, 123456789012345678.0, 1.0 / 3, 2.0 / 3, 1e100, -42.125,
		0.95, 0.05, 9.5, 99.5, 999.5, 0.0005, 2.5e-5, 1e15, 1e16, 1e17, 4503599627370496.5,
		3.14159265358979, 2.718281828459045, 6.02214076e23, 1.602176634e-19, 65536.0,
		0.9999999, 9.9999999, 1e-5, 1e-4, 123456.5, 1234567.5, INFINITY, -INFINITY, NAN };
	const char *flags[] = { "", "+", "-", " ", "#", "0", "#0", "+0" };
	const char *widths[] = { "", "14" };
	const char *precs[] = { "", ".0", ".1", ".2", ".3", ".6", ".10", ".17", ".25" };
	const char *convs = "fFeEgGaA";
	char fmt[64];

	for (unsigned v = 0; v < sizeof vals / sizeof *vals; v++)
		for (const char *c = convs; *c; c++)
			for (unsigned f = 0; f < sizeof flags / sizeof *flags; f++)
				for (unsigned w = 0; w < sizeof widths / sizeof *widths; w++) {
					for (unsigned p = 0; p < sizeof precs / sizeof *precs; p++) {
						snprintf(fmt, sizeof fmt, "[%%%s%s%s%c]", flags[f], widths[w], precs[p], *c);
						printf(fmt, vals[v]);
					}
					putchar('\n');
				}
	/* Long precisions and every power of ten and two. */
	for (int e = -320; e <= 308; e += 7) {
		double x = 1.0;
		char buf[64];
		snprintf(buf, sizeof buf, "1e%d", e);
		sscanf(buf, "%lf", &x);
		printf("%d: %.20e %.40g %a %.60f\n", e, x, x, x, x);
	}
	for (int e = -1074; e <= 1023; e += 13)
		printf("2^%d: %.17g %.3e %.0f\n", e, ldexp(1.0, e), ldexp(1.0, e), ldexp(1.0, e));
	printf("%.1000f\n", 5e-324);
	printf("%.70e\n", DBL_MAX);
	printf("%Lf %Le %Lg\n", 1.5L, 1.5L, 1.5L);
	printf("[%*.*f] [%-*.*e]\n", 12, 3, 3.14159, 12, 2, 3.14159);
	return 0;
}
