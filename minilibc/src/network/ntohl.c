/* ntohl: between host (little-endian) and network (big-endian) order. */
#include <netinet/in.h>

uint32_t ntohl(uint32_t v)
{
	return __builtin_bswap32(v);
}
