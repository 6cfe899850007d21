/* getopt_long_only: getopt_long where "-name" is a long option too (when
 * it is not one, it is read as short options). */
#include <getopt.h>
#include "getopt_impl.h"

int getopt_long_only(int argc, char *const *argv, const char *optstring,
                     const struct option *lo, int *idx)
{
	return __getopt_long_any(argc, argv, optstring, lo, idx, 1);
}
