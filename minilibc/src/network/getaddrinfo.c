/* getaddrinfo: every (address, service) pair for a host and a service,
 * as one list: the host's addresses (best first, see __lookup_name) each
 * with every socket type the service has (TCP, then UDP).  Every entry
 * carries the canonical name, as in musl.  freeaddrinfo frees the list,
 * which is one allocation. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "lookup.h"

struct aibuf {
	struct addrinfo ai;
	union { struct sockaddr_in sin; struct sockaddr_in6 sin6; } sa;
};

/* AI_ADDRCONFIG: a family counts as configured when a UDP socket of
 * that family can connect to its loopback address. */
static int configured(int af)
{
	struct sockaddr_in lo4 = {.sin_family = AF_INET, .sin_port = 65535,
	                          .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
	struct sockaddr_in6 lo6 = {.sin6_family = AF_INET6, .sin6_port = 65535,
	                           .sin6_addr = IN6ADDR_LOOPBACK_INIT};
	int fd = socket(af, SOCK_DGRAM | SOCK_CLOEXEC, IPPROTO_UDP), r = -1;
	if (fd >= 0) {
		r = af == AF_INET ? connect(fd, (void *)&lo4, sizeof lo4)
		                  : connect(fd, (void *)&lo6, sizeof lo6);
		close(fd);
	}
	return r == 0;
}

static int check_hints(const struct addrinfo *h)
{
	const int known = AI_PASSIVE | AI_CANONNAME | AI_NUMERICHOST | AI_V4MAPPED | AI_ALL |
	                  AI_ADDRCONFIG | AI_NUMERICSERV;
	if ((h->ai_flags & known) != h->ai_flags)
		return EAI_BADFLAGS;
	if (h->ai_family != AF_UNSPEC && h->ai_family != AF_INET && h->ai_family != AF_INET6)
		return EAI_FAMILY;
	return 0;
}

int getaddrinfo(const char *restrict host, const char *restrict serv,
                const struct addrinfo *restrict hint, struct addrinfo **restrict res)
{
	struct service ports[MAXSERVS];
	struct address addrs[MAXADDRS];
	char canon[256];
	struct addrinfo h = hint ? *hint : (struct addrinfo){0};
	int r;
	if (!host && !serv)
		return EAI_NONAME;
	if ((r = check_hints(&h)))
		return r;
	if (h.ai_flags & AI_ADDRCONFIG) {
		static const int af[2] = {AF_INET, AF_INET6};
		for (int i = 0; i < 2; i++) {
			if (h.ai_family == af[1 - i] || configured(af[i]))
				continue;
			if (h.ai_family == af[i])
				return EAI_NONAME;   /* (later musl: EAI_NODATA) */
			h.ai_family = af[1 - i];
		}
	}
	int nserv = __lookup_serv(ports, serv, h.ai_protocol, h.ai_socktype, h.ai_flags);
	if (nserv < 0)
		return nserv;
	int naddr = __lookup_name(addrs, canon, host, h.ai_family, h.ai_flags);
	if (naddr < 0)
		return naddr;
	size_t n = (size_t)nserv * naddr, clen = strlen(canon);
	struct aibuf *out = calloc(1, n * sizeof *out + clen + 1);
	if (!out)
		return EAI_MEMORY;
	char *cname = clen ? memcpy(out + n, canon, clen + 1) : 0;
	for (size_t k = 0, i = 0; i < (size_t)naddr; i++)
		for (int j = 0; j < nserv; j++, k++) {
			struct aibuf *o = &out[k];
			int v4 = addrs[i].family == AF_INET;
			o->ai = (struct addrinfo){.ai_family = addrs[i].family,
			        .ai_socktype = ports[j].socktype, .ai_protocol = ports[j].proto,
			        .ai_addrlen = v4 ? sizeof o->sa.sin : sizeof o->sa.sin6,
			        .ai_addr = (struct sockaddr *)&o->sa, .ai_canonname = cname};
			if (k)
				out[k - 1].ai.ai_next = &o->ai;
			if (v4) {
				o->sa.sin.sin_family = AF_INET;
				o->sa.sin.sin_port = htons(ports[j].port);
				memcpy(&o->sa.sin.sin_addr, addrs[i].addr, 4);
			} else {
				o->sa.sin6.sin6_family = AF_INET6;
				o->sa.sin6.sin6_port = htons(ports[j].port);
				o->sa.sin6.sin6_scope_id = addrs[i].scopeid;
				memcpy(&o->sa.sin6.sin6_addr, addrs[i].addr, 16);
			}
		}
	*res = &out->ai;
	return 0;
}
