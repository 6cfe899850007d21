/* getopt's public state (optarg, optind, opterr, optopt), its position
 * inside a cluster of options, and its one kind of message:
 * "prog: WHAT OPT" on stderr, as musl words them. */
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include "getopt_impl.h"

char *optarg;
int optind = 1, opterr = 1, optopt;
hidden int __optpos;

hidden void __getopt_msg(const char *prog, const char *what, const char *opt, size_t len)
{
	fputs(prog, stderr);
	fputs(what, stderr);
	fwrite(opt, 1, len, stderr);
	putc('\n', stderr);
}

hidden void __getopt_restart(void)
{
	if (!optind) {
		optind = 1;
		__optpos = 0;
	}
}
