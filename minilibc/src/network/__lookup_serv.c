/* __lookup_serv: a service, a port number or a name in /etc/services,
 * for the socket types asked for: SOCK_STREAM is TCP, SOCK_DGRAM UDP,
 * neither both (TCP first); another type takes no service. */
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "lookup.h"

static int add(struct service *buf, int cnt, unsigned long port, int proto)
{
	buf[cnt].port = (uint16_t)port;
	buf[cnt].proto = (unsigned char)proto;
	buf[cnt].socktype = proto == IPPROTO_TCP ? SOCK_STREAM : SOCK_DGRAM;
	return cnt + 1;
}

/* "name port/proto aliases...": the port if name is the service or one
 * of its aliases, for proto ("tcp" or "udp"); 0 otherwise. */
static long services_line(char *line, const char *name, const char **proto)
{
	char *hash = strchr(line, '#'), *w, *save;
	if (hash)
		*hash = 0;
	char *svc = strtok_r(line, " \t\n", &save), *pp = strtok_r(0, " \t\n", &save);
	if (!svc || !pp)
		return 0;
	int found = !strcmp(svc, name);
	while (!found && (w = strtok_r(0, " \t\n", &save)))
		found = !strcmp(w, name);
	char *slash, *end;
	unsigned long port = strtoul(pp, &end, 10);
	if (!found || end == pp || *end != '/' || port > 65535)
		return 0;
	slash = end + 1;
	*proto = slash;
	return (long)port + 1;   /* + 1: port 0 is a port too */
}

static int from_services(struct service *buf, const char *name, int proto)
{
	FILE *f = fopen("/etc/services", "re");
	char line[256];
	int cnt = 0;
	if (!f)
		return errno == ENOENT || errno == ENOTDIR || errno == EACCES ? EAI_SERVICE : EAI_SYSTEM;
	while (cnt < MAXSERVS && fgets(line, sizeof line, f)) {
		const char *p;
		long port = services_line(line, name, &p);
		if (!port--)
			continue;
		if (!strcmp(p, "udp") && proto != IPPROTO_TCP)
			cnt = add(buf, cnt, (unsigned long)port, IPPROTO_UDP);
		if (!strcmp(p, "tcp") && proto != IPPROTO_UDP)
			cnt = add(buf, cnt, (unsigned long)port, IPPROTO_TCP);
	}
	fclose(f);
	return cnt ? cnt : EAI_SERVICE;
}

hidden int __lookup_serv(struct service buf[MAXSERVS], const char *name, int proto,
                         int socktype, int flags)
{
	if (socktype == SOCK_STREAM || socktype == SOCK_DGRAM) {
		int want = socktype == SOCK_STREAM ? IPPROTO_TCP : IPPROTO_UDP;
		if (proto && proto != want)
			return EAI_SERVICE;
		proto = want;
	} else if (socktype) {   /* SOCK_RAW and others: no ports */
		if (name)
			return EAI_SERVICE;
		buf[0] = (struct service){0, (unsigned char)proto, (unsigned char)socktype};
		return 1;
	}
	char *end = "";
	unsigned long port = 0;
	if (name) {
		if (!*name)
			return EAI_SERVICE;
		port = strtoul(name, &end, 10);
	}
	if (!*end) {
		int cnt = 0;
		if (port > 65535)
			return EAI_SERVICE;
		if (proto != IPPROTO_UDP)
			cnt = add(buf, cnt, port, IPPROTO_TCP);
		if (proto != IPPROTO_TCP)
			cnt = add(buf, cnt, port, IPPROTO_UDP);
		return cnt;
	}
	if (flags & AI_NUMERICSERV)
		return EAI_NONAME;
	return from_services(buf, name, proto);
}
