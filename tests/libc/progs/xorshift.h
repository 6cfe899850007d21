/* xorshift.h — the one pseudo-random generator of the test programs:
 * Marsaglia's xorshift64 (shifts 13, 7, 17), from a fixed seed so every
 * build and every C library sees the same sequence.  A program defines
 * XORSHIFT_SEED, includes this, and calls next(). */
#include <stdint.h>

static uint64_t xorshift_state = XORSHIFT_SEED;

static uint64_t next(void)
{
	xorshift_state ^= xorshift_state << 13;
	xorshift_state ^= xorshift_state >> 7;
	xorshift_state ^= xorshift_state << 17;
	return xorshift_state;
}
