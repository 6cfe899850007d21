/* rint: rintl, exact (an integral double is a double). */
#include <math.h>

double rint(double x)
{
	return rintl(x);
}
