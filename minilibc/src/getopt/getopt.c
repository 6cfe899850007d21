/* getopt: POSIX short options.  Options may be clustered ("-ab"), an
 * argument may be attached ("-ofile") or the next word ("-o file"); "--"
 * ends the options, and so does the first word that is not one (no
 * reordering: that is getopt_long's).  A leading ':' in optstring asks
 * for ':' instead of '?' on a missing argument and for no messages; "::"
 * marks an optional argument, which must be attached. */
#include <unistd.h>
#include <string.h>
#include "getopt_impl.h"

/* A word that starts with '-' and is more than "-" and "--". */
static int next_word(int argc, char *const argv[], const char *optstring)
{
	const char *w;
	if (optind >= argc || !(w = argv[optind]))
		return -1;
	if (w[0] != '-') {
		if (optstring[0] != '-')
			return -1;
		optarg = argv[optind++];   /* '-' mode: operands come back as 1 */
		return 1;
	}
	if (!w[1])
		return -1;
	if (w[1] == '-' && !w[2]) {
		optind++;
		return -1;
	}
	return 0;
}

static int missing_argument(char *const argv[], const char *optstring, const char *opt)
{
	optopt = (unsigned char)*opt;
	if (optstring[0] == ':')
		return ':';
	if (opterr)
		__getopt_msg(argv[0], ": option requires an argument: ", opt, 1);
	return '?';
}

int getopt(int argc, char *const argv[], const char *optstring)
{
	int r = (__getopt_restart(), next_word(argc, argv, optstring));
	if (r)
		return r;
	if (!__optpos)
		__optpos = 1;
	const char *opt = argv[optind] + __optpos++;
	int c = (unsigned char)*opt;
	if (!argv[optind][__optpos]) {   /* the cluster is used up */
		optind++;
		__optpos = 0;
	}
	const char *spec = optstring + (optstring[0] == '-' || optstring[0] == '+');
	const char *at = c == ':' ? NULL : strchr(spec, c);
	if (!at) {
		optopt = c;
		if (spec[0] != ':' && opterr)
			__getopt_msg(argv[0], ": unrecognized option: ", opt, 1);
		return '?';
	}
	if (at[1] != ':')
		return c;
	optarg = NULL;
	if (at[2] == ':' && !__optpos)   /* optional, and nothing attached */
		return c;
	if (__optpos) {                  /* attached: the rest of the word */
		optarg = argv[optind++] + __optpos;
		__optpos = 0;
		return c;
	}
	if (optind >= argc) {   /* optind ends past argc, as in musl */
		optind++;
		return missing_argument(argv, spec, opt);
	}
	optarg = argv[optind++];
	return c;
}
