/* inet_pton: "a.b.c.d" (each part 0-255 in decimal, without leading
 * zeros) or an IPv6 address (hex groups, one "::" for a run of zero
 * groups, an IPv4 address as the last 32 bits) into network-order
 * bytes.  1 on success, 0 for malformed text, -1 (EAFNOSUPPORT) for
 * another family. */
#include <arpa/inet.h>
#include <ctype.h>
#include <errno.h>
#include <string.h>

static int ipv4(const char *s, unsigned char *a)
{
	for (int i = 0; i < 4; i++) {
		int v = 0, j = 0;
		for (; j < 3 && isdigit((unsigned char)s[j]); j++)
			v = 10 * v + s[j] - '0';
		if (!j || (j > 1 && s[0] == '0') || v > 255)
			return 0;
		a[i] = (unsigned char)v;
		if (i == 3)
			return !s[j];
		if (s[j] != '.')
			return 0;
		s += j + 1;
	}
	return 0;
}

static int hexval(int c)
{
	return isdigit(c) ? c - '0' : isxdigit(c) ? (c | 32) - 'a' + 10 : -1;
}

static int ipv6(const char *s, unsigned char *a)
{
	unsigned short g[8];
	int n = 0, gap = -1;
	if (s[0] == ':' && s[1] != ':')
		return 0;
	if (s[0] == ':')
		s++;   /* "::" at the start: the gap is marked below */
	for (;;) {
		if (*s == ':') {   /* the "::" */
			if (gap >= 0)
				return 0;
			gap = n;
			if (!*++s)
				break;
		}
		if (n == 8)
			return 0;
		int v = 0, j = 0, d;
		for (; j < 4 && (d = hexval((unsigned char)s[j])) >= 0; j++)
			v = 16 * v + d;
		if (!j)
			return 0;
		if (s[j] == '.' && n <= 6) {   /* the last 32 bits as IPv4 */
			unsigned char v4[4];
			if (!ipv4(s, v4))
				return 0;
			g[n++] = v4[0] << 8 | v4[1];
			g[n++] = v4[2] << 8 | v4[3];
			break;
		}
		g[n++] = (unsigned short)v;
		s += j;
		if (!*s)
			break;
		if (*s++ != ':' || (!*s))
			return 0;
	}
	if (gap < 0 ? n != 8 : n == 8)
		return 0;
	int fill = 8 - n;
	for (int i = 0, k = 0; i < 8; i++) {
		unsigned short v = gap >= 0 && i >= gap && i < gap + fill ? 0 : g[k++];
		a[2 * i] = v >> 8;
		a[2 * i + 1] = v & 0xff;
	}
	return 1;
}

int inet_pton(int af, const char *restrict s, void *restrict a)
{
	if (af == AF_INET)
		return ipv4(s, a);
	if (af == AF_INET6) {
		unsigned char b[16];
		if (!ipv6(s, b))
			return 0;
		memcpy(a, b, 16);
		return 1;
	}
	errno = EAFNOSUPPORT;
	return -1;
}
