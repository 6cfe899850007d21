/* srand: seed rand(); srand(1) gives the same sequence as no seeding. */
#include <stdlib.h>
#include <stdint.h>
#include "libc.h"

hidden extern uint64_t __rand_seed;

void srand(unsigned s)
{
	__rand_seed = s - 1;
}
