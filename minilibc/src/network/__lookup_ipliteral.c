/* __lookup_ipliteral: a host that is an address already: IPv4 in any
 * form inet_aton takes, or IPv6 with an optional numeric "%scope".  An
 * address of the other family than the one asked for is EAI_NONAME, as
 * in musl 1.2.3 (later musl says EAI_NODATA). */
#include <arpa/inet.h>
#include <ctype.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include "lookup.h"

hidden int __lookup_ipliteral(struct address *buf, const char *name, int family)
{
	struct in_addr a4;
	if (inet_aton(name, &a4)) {
		if (family == AF_INET6)
			return EAI_NONAME;
		memset(buf, 0, sizeof *buf);
		memcpy(buf->addr, &a4, 4);
		buf->family = AF_INET;
		return 1;
	}
	char tmp[64];
	const char *pct = strchr(name, '%');
	if (pct && pct - name < (long)sizeof tmp) {
		memcpy(tmp, name, pct - name);
		tmp[pct - name] = 0;
		name = tmp;
	}
	uint8_t a6[16];
	if (inet_pton(AF_INET6, name, a6) <= 0)
		return 0;
	if (family == AF_INET)
		return EAI_NONAME;
	memset(buf, 0, sizeof *buf);
	memcpy(buf->addr, a6, 16);
	buf->family = AF_INET6;
	if (pct) {   /* only numeric scopes: there is no if_nametoindex */
		char *end;
		unsigned long long id = isdigit((unsigned char)pct[1]) ? strtoull(pct + 1, &end, 10) : 0;
		if (!isdigit((unsigned char)pct[1]) || *end || id > UINT_MAX)
			return EAI_NONAME;
		buf->scopeid = (unsigned)id;
	}
	return 1;
}
