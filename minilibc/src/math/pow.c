/* pow: powl rounded once to double (see powl for the exactness of y e). */
#include "libm.h"

double pow(double x, double y)
{
	return powl(x, y);
}
