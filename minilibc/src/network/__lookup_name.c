/* __lookup_name: the addresses of a host, from the first source that
 * knows it: no host (the wildcard address with AI_PASSIVE, else
 * loopback), a numeric address, /etc/hosts.  There is no DNS resolver:
 * a name none of these knows is EAI_NONAME.  With AI_V4MAPPED an IPv6
 * lookup takes IPv4 addresses as ::ffff:a.b.c.d when there is no IPv6
 * one (with AI_ALL, always).  Mixed results are sorted by RFC 6724. */
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include "lookup.h"

static int from_null(struct address *buf, int family, int flags)
{
	int cnt = 0;
	if (family != AF_INET6) {
		buf[cnt] = (struct address){.family = AF_INET};
		if (!(flags & AI_PASSIVE))
			memcpy(buf[cnt].addr, "\x7f\0\0\x01", 4);
		cnt++;
	}
	if (family != AF_INET) {
		buf[cnt] = (struct address){.family = AF_INET6};
		if (!(flags & AI_PASSIVE))
			buf[cnt].addr[15] = 1;
		cnt++;
	}
	return cnt;
}

static int valid_hostname(const char *s)
{
	size_t n = strlen(s);
	if (!n || n > 254)
		return 0;
	for (; *s; s++)
		if (!(isalnum((unsigned char)*s) || *s == '.' || *s == '-' || (unsigned char)*s >= 0x80))
			return 0;
	return 1;
}

/* Whether name is one of the whitespace-separated words after the
 * address on this line. */
static int names(char *line, const char *name, char **first)
{
	char *save, *w = strtok_r(line, " \t\n", &save);
	int found = 0;
	*first = 0;
	if (!w)
		return 0;
	while ((w = strtok_r(0, " \t\n", &save))) {
		if (!*first)
			*first = w;
		found |= !strcmp(w, name);
	}
	return found;
}

static int from_hosts(struct address *buf, char *canon, const char *name, int family)
{
	FILE *f = fopen("/etc/hosts", "re");
	char line[512], copy[512];
	int cnt = 0, badfam = 0, have_canon = 0;
	if (!f)
		return errno == ENOENT || errno == ENOTDIR || errno == EACCES ? 0 : EAI_SYSTEM;
	while (cnt < MAXADDRS && fgets(line, sizeof line, f)) {
		char *hash = strchr(line, '#'), *first;
		if (hash)
			*hash = 0;
		strcpy(copy, line);
		if (!names(copy, name, &first))
			continue;
		line[strcspn(line, " \t\n")] = 0;   /* the address */
		int r = __lookup_ipliteral(buf + cnt, line, family);
		if (r == 0)
			continue;
		if (r > 0)
			cnt++;
		else
			badfam = r;
		if (!have_canon && valid_hostname(first)) {
			strcpy(canon, first);
			have_canon = 1;
		}
	}
	fclose(f);
	return cnt ? cnt : badfam;
}

/* AI_V4MAPPED: keep IPv6 results, or (none, or AI_ALL) map IPv4 ones. */
static int map_v4(struct address *buf, int cnt, int flags)
{
	int i = 0, j = 0;
	if (!(flags & AI_ALL)) {
		while (i < cnt && buf[i].family != AF_INET6)
			i++;
		if (i < cnt) {
			for (; i < cnt; i++)
				if (buf[i].family == AF_INET6)
					buf[j++] = buf[i];
			cnt = j;
		}
	}
	for (i = 0; i < cnt; i++) {
		if (buf[i].family != AF_INET)
			continue;
		memmove(buf[i].addr + 12, buf[i].addr, 4);
		memcpy(buf[i].addr, "\0\0\0\0\0\0\0\0\0\0\xff\xff", 12);
		buf[i].family = AF_INET6;
	}
	return cnt;
}

hidden int __lookup_name(struct address buf[MAXADDRS], char canon[256], const char *name,
                         int family, int flags)
{
	int cnt;
	*canon = 0;
	if (name) {
		size_t l = strnlen(name, 255);
		if (l - 1 >= 254)
			return EAI_NONAME;
		memcpy(canon, name, l + 1);
	}
	if (flags & AI_V4MAPPED) {   /* an IPv6 lookup that takes IPv4 too */
		if (family == AF_INET6)
			family = AF_UNSPEC;
		else
			flags &= ~AI_V4MAPPED;
	}
	if (!name)
		cnt = from_null(buf, family, flags);
	else if (!(cnt = __lookup_ipliteral(buf, name, family)) && !(flags & AI_NUMERICHOST))
		cnt = from_hosts(buf, canon, name, family);
	if (cnt <= 0)
		return cnt ? cnt : EAI_NONAME;
	if (flags & AI_V4MAPPED)
		cnt = map_v4(buf, cnt, flags);
	int i = 0;
	while (i < cnt && buf[i].family == AF_INET)
		i++;
	if (cnt > 1 && family != AF_INET && i < cnt)
		__sort_addresses(buf, cnt);
	return cnt;
}
