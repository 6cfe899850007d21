/* getnameinfo: a socket address as a host name and a service name.  The
 * host's name comes from /etc/hosts (there is no DNS), else the numeric
 * address (EAI_NONAME with NI_NAMEREQD); an IPv6 scope id follows as
 * "%N".  The service's name comes from /etc/services (tcp, or udp with
 * NI_DGRAM), else the port number. */
#include <arpa/inet.h>
#include <stdio.h>
#include <string.h>
#include "lookup.h"

static int host_from_file(const uint8_t *a, int family, char *out, size_t len)
{
	FILE *f = fopen("/etc/hosts", "re");
	char line[512];
	int found = 0;
	if (!f)
		return 0;
	while (!found && fgets(line, sizeof line, f)) {
		char *save, *addr, *name, *hash = strchr(line, '#');
		struct address x;
		if (hash)
			*hash = 0;
		if (!(addr = strtok_r(line, " \t\n", &save)) || !(name = strtok_r(0, " \t\n", &save)))
			continue;
		if (__lookup_ipliteral(&x, addr, AF_UNSPEC) != 1 || x.family != family ||
		    memcmp(x.addr, a, family == AF_INET ? 4 : 16))
			continue;
		found = strlen(name) < len ? (strcpy(out, name), 1) : -1;
	}
	fclose(f);
	return found;
}

static int service_from_file(int port, int dgram, char *out, size_t len)
{
	FILE *f = fopen("/etc/services", "re");
	char line[256], want[16];
	int found = 0;
	if (!f)
		return 0;
	snprintf(want, sizeof want, "%d/%s", port, dgram ? "udp" : "tcp");
	while (!found && fgets(line, sizeof line, f)) {
		char *save, *name, *pp, *hash = strchr(line, '#');
		if (hash)
			*hash = 0;
		if (!(name = strtok_r(line, " \t\n", &save)) || !(pp = strtok_r(0, " \t\n", &save)) ||
		    strcmp(pp, want))
			continue;
		found = strlen(name) < len ? (strcpy(out, name), 1) : -1;
	}
	fclose(f);
	return found;
}

static int host_part(const struct sockaddr *sa, char *host, socklen_t hlen, int flags)
{
	const uint8_t *a = sa->sa_family == AF_INET
	                   ? (const uint8_t *)&((const struct sockaddr_in *)sa)->sin_addr
	                   : ((const struct sockaddr_in6 *)sa)->sin6_addr.s6_addr;
	char buf[INET6_ADDRSTRLEN + 16];
	int r = flags & NI_NUMERICHOST ? 0 : host_from_file(a, sa->sa_family, host, hlen);
	if (r)
		return r < 0 ? EAI_OVERFLOW : 0;
	if (flags & NI_NAMEREQD)
		return EAI_NONAME;
	inet_ntop(sa->sa_family, a, buf, sizeof buf);
	if (sa->sa_family == AF_INET6 && ((const struct sockaddr_in6 *)sa)->sin6_scope_id)
		sprintf(buf + strlen(buf), "%%%u", ((const struct sockaddr_in6 *)sa)->sin6_scope_id);
	if (strlen(buf) >= hlen)
		return EAI_OVERFLOW;
	strcpy(host, buf);
	return 0;
}

int getnameinfo(const struct sockaddr *restrict sa, socklen_t salen, char *restrict host,
                socklen_t hlen, char *restrict serv, socklen_t slen, int flags)
{
	if (sa->sa_family == AF_INET ? salen < sizeof(struct sockaddr_in)
	    : sa->sa_family != AF_INET6 || salen < sizeof(struct sockaddr_in6))
		return EAI_FAMILY;
	int r;
	if (host && hlen && (r = host_part(sa, host, hlen, flags)))
		return r;
	if (serv && slen) {
		int port = ntohs(((const struct sockaddr_in *)sa)->sin_port);   /* same place in both */
		r = flags & NI_NUMERICSERV ? 0 : service_from_file(port, flags & NI_DGRAM, serv, slen);
		if (r < 0)
			return EAI_OVERFLOW;
		if (!r && snprintf(serv, slen, "%d", port) >= (int)slen)
			return EAI_OVERFLOW;
	}
	return 0;
}
