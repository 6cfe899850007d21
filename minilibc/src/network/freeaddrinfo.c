/* freeaddrinfo: a getaddrinfo list, which is one allocation. */
#include <stdlib.h>
#include <netdb.h>

void freeaddrinfo(struct addrinfo *ai)
{
	free(ai);
}
