/* getopt_long and getopt_long_only: "--name", "--name=value" and
 * "--name value" besides getopt's short options.  A name may be cut
 * short while it stays unambiguous ("--verb" for "--verbose").  Unless
 * optstring starts with '+' or '-', operands are skipped and the options
 * found after them are moved in front, so "prog file -v" works as
 * "prog -v file"; optind then points at the first operand. */
#include <getopt.h>
#include <string.h>
#include "getopt_impl.h"

/* Moves argv[from] down to argv[to], the words between up by one. */
static void move_down(char *const *argv, int to, int from)
{
	char **v = (char **)argv;
	char *w = v[from];
	for (int i = from; i > to; i--)
		v[i] = v[i - 1];
	v[to] = w;
}

/* The long option that name (up to '=' or the end) stands for: an exact
 * match, else the only one it abbreviates.  *n counts the candidates;
 * *end is where the name ends. */
static int find_long(const struct option *lo, const char *name, int *n, const char **end)
{
	int found = -1;
	*n = 0;
	*end = name + strcspn(name, "=");
	size_t len = *end - name;
	for (int i = 0; lo[i].name; i++) {
		if (strncmp(lo[i].name, name, len))
			continue;
		found = i;
		if (!lo[i].name[len]) {   /* exact */
			*n = 1;
			return i;
		}
		++*n;
	}
	return found;
}

/* -abc under getopt_long_only: a one-letter prefix of a long name that
 * is also a short option is ambiguous. */
static int also_short(const char *optstring, const char *name, size_t len)
{
	return len == 1 && strchr(optstring, name[0]);
}

static int long_error(char *const argv[], int colon, const char *what, const char *name,
                      int val, int code)
{
	optopt = val;
	if (colon && code == ':')
		return ':';
	if (!colon && opterr)
		__getopt_msg(argv[0], what, name, strlen(name));
	return '?';
}

static int take_long(int argc, char *const argv[], const struct option *o, const char *end,
                     int colon, int *idx, int i)
{
	optind++;
	if (*end == '=') {
		if (o->has_arg == no_argument)
			return long_error(argv, colon, ": option does not take an argument: ",
			                  o->name, o->val, '?');
		optarg = (char *)end + 1;
	} else if (o->has_arg == required_argument) {
		if (optind >= argc || !argv[optind])
			return long_error(argv, colon, ": option requires an argument: ", o->name,
			                  o->val, ':');
		optarg = argv[optind++];
	}
	if (idx)
		*idx = i;
	if (o->flag) {
		*o->flag = o->val;
		return 0;
	}
	return o->val;
}

static int one_option(int argc, char *const argv[], const char *optstring,
                      const struct option *lo, int *idx, int only)
{
	const char *w = argv[optind];
	optarg = NULL;
	int dashdash = w[1] == '-' && w[2];
	if (!lo || w[0] != '-' || !(dashdash || (only && w[1] && w[1] != '-')))
		return getopt(argc, argv, optstring);
	int colon = optstring[optstring[0] == '+' || optstring[0] == '-'] == ':';
	const char *name = w + 1 + dashdash, *end;
	int n, i = find_long(lo, name, &n, &end);
	if (n == 1 && only && !dashdash && also_short(optstring, name, end - name))
		n = 2;
	if (n == 1) {
		return take_long(argc, argv, &lo[i], end, colon, idx, i);
	}
	if (!dashdash)   /* -xyz under _only that is no long option */
		return getopt(argc, argv, optstring);
	optind++;
	return long_error(argv, colon, n ? ": option is ambiguous: " : ": unrecognized option: ",
	                  name, 0, '?');
}

hidden int __getopt_long_any(int argc, char *const *argv, const char *optstring,
                           const struct option *lo, int *idx, int only)
{
	__getopt_restart();
	if (optind >= argc || !argv[optind])
		return -1;
	int first = optind;
	if (optstring[0] != '+' && optstring[0] != '-') {
		while (!(argv[optind][0] == '-' && argv[optind][1]))
			if (++optind >= argc || !argv[optind])
				return optind = first, -1;
	}
	int start = optind;
	int r = one_option(argc, argv, optstring, lo, idx, only);
	if (start > first) {   /* move the option's words before the operands */
		int used = optind - start;
		for (int i = 0; i < used; i++)
			move_down(argv, first, optind - 1);
		optind = first + used;
	}
	return r;
}

int getopt_long(int argc, char *const *argv, const char *optstring,
                const struct option *lo, int *idx)
{
	return __getopt_long_any(argc, argv, optstring, lo, idx, 0);
}
