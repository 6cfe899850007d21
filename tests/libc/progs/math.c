/* The math subset: rounding functions, fmod, sqrt, ldexp/frexp/modf. */
#include <stdio.h>
#include <math.h>

int main(void)
{
	double v[] = { 0.0, -0.0, 0.5, -0.5, 1.5, -1.5, 2.5, 0.49999999999999994, 1e300, -1e-300,
		4503599627370495.5, 123.456, -123.456, 1e16 + 1, INFINITY, -INFINITY, 7.0, 5e-324 };
	for (unsigned i = 0; i < sizeof v / sizeof *v; i++) {
		double x = v[i], ip;
		int e;
		double fr = frexp(x, &e);
		double mf = modf(x, &ip);
		printf("%a: floor %a ceil %a trunc %a round %a fabs %a sqrt %a\n", x, floor(x), ceil(x),
		       trunc(x), round(x), fabs(x), sqrt(fabs(x)));
		printf("   fmod3 %a fmod-.7 %a frexp %a %d modf %a %a ldexp %a %a %a\n", fmod(x, 3.0),
		       fmod(x, -0.7), fr, isfinite(x) ? e : 0, mf, ip, ldexp(x, 10), ldexp(x, -1070), ldexp(x, 2000));
		printf("   copysign %a fmin %a fmax %a isnan %d isinf %d signbit %d\n", copysign(3.0, x),
		       fmin(x, 1.0), fmax(x, 1.0), isnan(x), isinf(x) != 0, signbit(x) != 0);
	}
	printf("fmod(1e300, 1e-300) = %a\n", fmod(1e300, 1e-300));
	printf("sqrt(2) = %.17g\n", sqrt(2));
	return 0;
}
