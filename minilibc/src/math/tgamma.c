/* tgamma: tgammal rounded once to double (see libm.h). */
#include "libm.h"

double tgamma(double x)
{
	return tgammal(x);
}
