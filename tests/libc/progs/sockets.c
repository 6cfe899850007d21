/* Sockets and addresses: inet_pton/ntop/aton, getaddrinfo and
 * getnameinfo over numbers, /etc/hosts and /etc/services, and real
 * traffic over socketpair, TCP and UDP on the loopback interface. */
#include <stdio.h>
#include <string.h>
#include <errno.h>
#include <unistd.h>
#include <arpa/inet.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <sys/un.h>

#define SHOW(call) do { errno = 0; long r_ = (long)(call); \
	printf("%-64s = %ld errno=%d\n", #call, r_, r_ < 0 ? errno : 0); } while (0)

static void text_forms(void)
{
	static const char *v4[] = {"1.2.3.4", "255.255.255.255", "0.0.0.0", "01.2.3.4", "1.2.3",
		"1.2.3.4.5", "256.1.1.1", "1.2.3.4 ", "", "1..2.3", "a.b.c.d", "1.2.3.04"};
	static const char *v6[] = {"::", "::1", "1::", "1:2:3:4:5:6:7:8", "1:0:0:0:0:0:0:8",
		"1:0:0:2:0:0:0:3", "0:0:1:0:0:1:0:0", "fe80::1:2", "::ffff:1.2.3.4", "::1.2.3.4",
		"1:2:3:4:5:6:1.2.3.4", "1:2:3:4:5:6:7:8:9", ":1", "1:", "1:::2", "1::2::3", "12345::",
		"ABCD:ef01::", "::ffff:1.2.3", "0:0:0:0:0:0:0:0", "2001:db8:0:0:1:0:0:1", "g::"};
	unsigned char a[16];
	char out[64];
	for (size_t i = 0; i < sizeof v4 / sizeof *v4; i++) {
		int r = inet_pton(AF_INET, v4[i], a);
		printf("pton4 [%s] %d %s\n", v4[i], r, r == 1 ? inet_ntop(AF_INET, a, out, sizeof out) : "");
		struct in_addr in;
		r = inet_aton(v4[i], &in);
		printf("aton  [%s] %d %s %08x\n", v4[i], r, r ? inet_ntoa(in) : "", inet_addr(v4[i]));
	}
	static const char *aton_only[] = {"0x7f.1", "127.1", "0177.0.0.1", "4294967295", "4294967296",
		"1.16777215", "1.16777216", "1.2.65535", "1.2.65536", "0x", "1.2.3.4.", " 1"};
	for (size_t i = 0; i < sizeof aton_only / sizeof *aton_only; i++) {
		struct in_addr in;
		int r = inet_aton(aton_only[i], &in);
		printf("aton  [%s] %d %s\n", aton_only[i], r, r ? inet_ntoa(in) : "");
	}
	for (size_t i = 0; i < sizeof v6 / sizeof *v6; i++) {
		int r = inet_pton(AF_INET6, v6[i], a);
		printf("pton6 [%s] %d %s\n", v6[i], r, r == 1 ? inet_ntop(AF_INET6, a, out, sizeof out) : "");
	}
	SHOW(inet_pton(12345, "1.2.3.4", a));
	SHOW(inet_ntop(AF_INET6, a, out, 3) == 0);
	printf("byte order %x %x %x %x\n", htons(0x1234), ntohs(0x1234), htonl(0x12345678),
	       ntohl(0x12345678));
}

static void show_ai(const char *host, const char *serv, int family, int socktype, int proto,
                    int flags)
{
	struct addrinfo h = {.ai_flags = flags, .ai_family = family, .ai_socktype = socktype,
	                     .ai_protocol = proto}, *res;
	int r = getaddrinfo(host, serv, &h, &res);
	printf("gai(%s, %s, fam %d, type %d, proto %d, flags %#x) = %d", host ? host : "NULL",
	       serv ? serv : "NULL", family, socktype, proto, flags, r);
	if (r) {
		printf(" %s\n", gai_strerror(r));
		return;
	}
	printf("\n");
	for (struct addrinfo *ai = res; ai; ai = ai->ai_next) {
		char buf[64];
		const void *a = ai->ai_family == AF_INET
		                ? (void *)&((struct sockaddr_in *)ai->ai_addr)->sin_addr
		                : (void *)&((struct sockaddr_in6 *)ai->ai_addr)->sin6_addr;
		printf("  fam %d type %d proto %d len %u %s port %d canon %s\n", ai->ai_family,
		       ai->ai_socktype, ai->ai_protocol, ai->ai_addrlen,
		       inet_ntop(ai->ai_family, a, buf, sizeof buf),
		       ntohs(((struct sockaddr_in *)ai->ai_addr)->sin_port),
		       ai->ai_canonname ? ai->ai_canonname : "(null)");
	}
	freeaddrinfo(res);
}

static void lookups(void)
{
	show_ai(0, "80", AF_UNSPEC, 0, 0, AI_PASSIVE);
	show_ai(0, "80", AF_INET, SOCK_STREAM, 0, 0);
	show_ai(0, "80", AF_INET6, SOCK_DGRAM, 0, AI_PASSIVE);
	show_ai("127.0.0.1", "http", AF_UNSPEC, 0, 0, 0);
	show_ai("127.0.0.1", "domain", AF_INET, SOCK_DGRAM, 0, 0);
	show_ai("127.1", "ssh", AF_INET, SOCK_STREAM, IPPROTO_TCP, 0);
	show_ai("::1", "22", AF_INET6, 0, 0, 0);
	show_ai("::1", "22", AF_INET, 0, 0, 0);
	show_ai("1.2.3.4", "22", AF_INET6, 0, 0, 0);
	show_ai("1.2.3.4", "22", AF_INET6, 0, 0, AI_V4MAPPED);
	show_ai("fe80::1%3", "9", AF_INET6, SOCK_STREAM, 0, 0);
	show_ai("fe80::1%eth99", "9", AF_INET6, SOCK_STREAM, 0, 0);
	show_ai("localhost", 0, AF_INET, SOCK_STREAM, 0, AI_CANONNAME);
	show_ai("localhost", "65535", AF_INET6, SOCK_STREAM, 0, 0);
	show_ai("localhost", "65536", AF_INET, 0, 0, 0);
	show_ai("localhost", "nosuchservice", AF_INET, 0, 0, 0);
	show_ai("localhost", "http", AF_INET, 0, 0, AI_NUMERICSERV);
	show_ai("localhost", "1", AF_INET, 0, 0, AI_NUMERICHOST);
	show_ai("127.0.0.1", "1", AF_INET, SOCK_STREAM, IPPROTO_UDP, 0);
	show_ai("127.0.0.1", "1", AF_INET, SOCK_RAW, 0, 0);
	show_ai("127.0.0.1", 0, AF_INET, SOCK_RAW, 7, 0);
	show_ai("127.0.0.1", "", AF_INET, 0, 0, 0);
	show_ai(0, 0, AF_INET, 0, 0, 0);
	show_ai("127.0.0.1", "1", 99, 0, 0, 0);
	show_ai("127.0.0.1", "1", AF_INET, 0, 0, 0x10000);
	show_ai("", "1", AF_INET, 0, 0, 0);
	for (int e = 0; e >= -13; e--)
		printf("gai_strerror(%d) = %s\n", e, gai_strerror(e));
}

static void names(const char *addr, int port, int flags)
{
	char host[64] = "-", serv[32] = "-";
	struct sockaddr_in6 s6 = {.sin6_family = AF_INET6, .sin6_port = htons(port)};
	struct sockaddr_in s4 = {.sin_family = AF_INET, .sin_port = htons(port)};
	int v6 = strchr(addr, ':') != 0, r;
	if (v6) {
		inet_pton(AF_INET6, addr, &s6.sin6_addr);
		r = getnameinfo((void *)&s6, sizeof s6, host, sizeof host, serv, sizeof serv, flags);
	} else {
		inet_pton(AF_INET, addr, &s4.sin_addr);
		r = getnameinfo((void *)&s4, sizeof s4, host, sizeof host, serv, sizeof serv, flags);
	}
	printf("gni(%s, %d, %#x) = %d %s %s\n", addr, port, flags, r, host, serv);
}

static void traffic(void)
{
	int sv[2];
	char buf[64] = "";
	SHOW(socketpair(AF_UNIX, SOCK_STREAM, 0, sv));
	SHOW(send(sv[0], "ping", 4, 0));
	SHOW(recv(sv[1], buf, sizeof buf, 0));
	printf("got [%s]\n", buf);
	struct iovec iov[2] = {{"ab", 2}, {"cde", 3}};
	SHOW(writev(sv[0], iov, 2));
	char x[2], y[8] = "";
	struct iovec in[2] = {{x, 2}, {y, 7}};
	SHOW(readv(sv[1], in, 2));
	printf("readv [%.2s] [%s]\n", x, y);
	/* pass a descriptor */
	int p[2];
	pipe(p);
	write(p[1], "through", 7);
	char cbuf[CMSG_SPACE(sizeof(int))];
	memset(cbuf, 0, sizeof cbuf);
	struct iovec one = {"!", 1};
	struct msghdr m = {.msg_iov = &one, .msg_iovlen = 1, .msg_control = cbuf,
	                   .msg_controllen = sizeof cbuf};
	struct cmsghdr *c = CMSG_FIRSTHDR(&m);
	c->cmsg_level = SOL_SOCKET, c->cmsg_type = SCM_RIGHTS, c->cmsg_len = CMSG_LEN(sizeof(int));
	memcpy(CMSG_DATA(c), &p[0], sizeof(int));
	SHOW(sendmsg(sv[0], &m, 0));
	char got;
	struct iovec gi = {&got, 1};
	char rbuf[CMSG_SPACE(sizeof(int))];
	struct msghdr rm = {.msg_iov = &gi, .msg_iovlen = 1, .msg_control = rbuf,
	                    .msg_controllen = sizeof rbuf};
	SHOW(recvmsg(sv[1], &rm, 0));
	struct cmsghdr *rc = CMSG_FIRSTHDR(&rm);
	int fd = -1;
	if (rc && rc->cmsg_type == SCM_RIGHTS)
		memcpy(&fd, CMSG_DATA(rc), sizeof fd);
	memset(buf, 0, sizeof buf);
	printf("passed fd reads %zd [%s] next %p\n", read(fd, buf, 7), buf, (void *)CMSG_NXTHDR(&rm, rc));
	SHOW(shutdown(sv[0], SHUT_WR));
	SHOW(recv(sv[1], buf, sizeof buf, 0));

	/* TCP on loopback */
	int ls = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0), one_ = 1, type;
	socklen_t len = sizeof type;
	SHOW(setsockopt(ls, SOL_SOCKET, SO_REUSEADDR, &one_, sizeof one_));
	SHOW(getsockopt(ls, SOL_SOCKET, SO_TYPE, &type, &len));
	printf("type %d len %u\n", type, len);
	struct sockaddr_in a = {.sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
	SHOW(bind(ls, (void *)&a, sizeof a));
	SHOW(listen(ls, 4));
	len = sizeof a;
	SHOW(getsockname(ls, (void *)&a, &len));
	printf("bound to an ephemeral port: %d\n", ntohs(a.sin_port) > 0);
	int cs = socket(AF_INET, SOCK_STREAM, IPPROTO_TCP);
	SHOW(connect(cs, (void *)&a, sizeof a));
	SHOW(setsockopt(cs, IPPROTO_TCP, TCP_NODELAY, &one_, sizeof one_));
	struct sockaddr_in peer;
	len = sizeof peer;
	int as = accept4(ls, (void *)&peer, &len, SOCK_CLOEXEC);
	printf("accepted %d family %d addr %s\n", as >= 0, peer.sin_family, inet_ntoa(peer.sin_addr));
	SHOW(send(cs, "over tcp", 8, MSG_NOSIGNAL));
	memset(buf, 0, sizeof buf);
	SHOW(recv(as, buf, sizeof buf, MSG_WAITALL & 0));
	printf("tcp [%s]\n", buf);
	len = sizeof peer;
	SHOW(getpeername(as, (void *)&peer, &len));
	close(cs), close(as), close(ls);

	/* UDP */
	int u1 = socket(AF_INET, SOCK_DGRAM, 0), u2 = socket(AF_INET, SOCK_DGRAM, 0);
	struct sockaddr_in ua = a, from;
	ua.sin_port = 0;
	bind(u1, (void *)&ua, sizeof ua);
	len = sizeof ua;
	getsockname(u1, (void *)&ua, &len);
	SHOW(sendto(u2, "datagram", 8, 0, (void *)&ua, sizeof ua));
	memset(buf, 0, sizeof buf);
	len = sizeof from;
	SHOW(recvfrom(u1, buf, sizeof buf, 0, (void *)&from, &len));
	printf("udp [%s] from %s len %u\n", buf, inet_ntoa(from.sin_addr), len);
	SHOW(socket(AF_INET, 12345, 0));
	SHOW(connect(99, (void *)&a, sizeof a));
	SHOW(listen(u1, 1));
}

int main(void)
{
	setvbuf(stdout, 0, _IONBF, 0);
	text_forms();
	lookups();
	names("127.0.0.1", 22, 0);
	names("127.0.0.1", 22, NI_NUMERICHOST | NI_NUMERICSERV);
	names("127.0.0.1", 53, NI_DGRAM);
	names("10.9.8.7", 65000, 0);
	names("10.9.8.7", 80, NI_NAMEREQD);
	names("::1", 80, 0);
	names("::ffff:10.0.0.1", 443, NI_NUMERICHOST);
	traffic();
	return 0;
}
