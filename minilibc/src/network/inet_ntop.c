/* inet_ntop: an address as text.  IPv6 as RFC 5952 has it: lower-case
 * hex without leading zeros, a run of two or more zero groups written
 * "::" (which run: see below), and an IPv4-mapped address as
 * ::ffff:a.b.c.d.  NULL with ENOSPC when it does not fit in len bytes,
 * EAFNOSUPPORT for another family. */
#include <arpa/inet.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>

static const char mapped[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (char)0xff, (char)0xff};

static void ipv6(const unsigned char *a, char *p)
{
	int last = memcmp(a, mapped, 12) ? 8 : 6;   /* groups written in hex */
	/* The run to write as "::" is chosen as musl chooses it: by the
	 * length of its text with the colons around it (":0:0:" inside the
	 * address, "0:0:" at its start, ":0:0" at its end), the first of
	 * equal ones, if that text is longer than 3.  Unlike RFC 5952 this
	 * prefers an inner run to an equally long leading one. */
	int best = -1, bestlen = 0, bestscore = 3;
	for (int i = 0, j; i < last; i = j > i ? j : i + 1) {
		for (j = i; j < last && !a[2 * j] && !a[2 * j + 1]; j++)
			;
		int k = j - i, score = 2 * k + (i > 0 && j < 8) - (i == 0 && j == 8);
		if (k && score > bestscore)
			best = i, bestlen = k, bestscore = score;
	}
	char *start = p;
	for (int i = 0; i < last;) {
		if (i == best) {
			p += sprintf(p, "::");
			i += bestlen;
			continue;
		}
		if (p > start && p[-1] != ':')
			*p++ = ':';
		p += sprintf(p, "%x", a[2 * i] << 8 | a[2 * i + 1]);
		i++;
	}
	*p = 0;
	if (last == 6)
		sprintf(p, "%s%d.%d.%d.%d", p > start && p[-1] != ':' ? ":" : "", a[12], a[13],
		        a[14], a[15]);
}

const char *inet_ntop(int af, const void *restrict a0, char *restrict out, socklen_t len)
{
	const unsigned char *a = a0;
	char buf[INET6_ADDRSTRLEN + 8];
	if (af == AF_INET)
		snprintf(buf, sizeof buf, "%d.%d.%d.%d", a[0], a[1], a[2], a[3]);
	else if (af == AF_INET6)
		ipv6(a, buf);
	else {
		errno = EAFNOSUPPORT;
		return 0;
	}
	if (strlen(buf) >= len) {
		errno = ENOSPC;
		return 0;
	}
	return strcpy(out, buf);
}
