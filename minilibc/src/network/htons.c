/* htons: between host (little-endian) and network (big-endian) order. */
#include <netinet/in.h>

uint16_t htons(uint16_t v)
{
	return __builtin_bswap16(v);
}
