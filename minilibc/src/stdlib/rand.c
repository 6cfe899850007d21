/* rand: a 64-bit linear congruential generator returning its top 31
 * bits (the same constants as musl, so sequences match). */
#include <stdlib.h>
#include <stdint.h>
#include "libc.h"

hidden uint64_t __rand_seed;

int rand(void)
{
	__rand_seed = 6364136223846793005ULL * __rand_seed + 1;
	return __rand_seed >> 33;
}
