/* getopt and getopt_long: option clusters, attached and separate
 * arguments, optional arguments, "--", errors with and without a leading
 * ':' (messages on stderr, sent to stdout here), long names cut short,
 * ambiguity, and getopt_long moving options in front of operands. */
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <getopt.h>

static int flag;
static const struct option longs[] = {
	{"verbose", no_argument, 0, 'v'},
	{"version", no_argument, 0, 'V'},
	{"output", required_argument, 0, 'o'},
	{"color", optional_argument, 0, 'c'},
	{"flag", no_argument, &flag, 42},
	{0, 0, 0, 0},
};

static int split(char *line, char **argv)
{
	int n = 0;
	for (char *w = strtok(line, " "); w && n < 30; w = strtok(0, " "))
		argv[n++] = w;
	argv[n] = 0;
	return n;
}

static void show(int c, int idx)
{
	printf("  %c%s optind=%d optopt=%d optarg=%s", c < 32 ? '0' : c, c == '?' ? "?" : "",
	       optind, c == '?' || c == ':' ? optopt : 0, optarg ? optarg : "(null)");
	if (idx >= 0)
		printf(" idx=%d flag=%d", idx, flag);
	printf("\n");
}

static void run(const char *opts, const char *cmd, int lng, int only)
{
	char line[256], *argv[32];
	strcpy(line, cmd);
	int argc = split(line, argv), c, idx;
	optind = 0;
	flag = 0;
	printf("%s [%s] %s\n", lng ? (only ? "long_only" : "long") : "getopt", opts, cmd);
	for (;;) {
		idx = -1;
		optarg = 0;
		c = !lng ? getopt(argc, argv, opts)
		  : only ? getopt_long_only(argc, argv, opts, longs, &idx)
		         : getopt_long(argc, argv, opts, longs, &idx);
		if (c == -1)
			break;
		show(c, lng ? idx : -1);
	}
	printf("  end optind=%d:", optind);
	for (int i = 0; i < argc; i++)
		printf(" %s", argv[i]);
	printf("\n");
}

int main(void)
{
	setvbuf(stdout, 0, _IONBF, 0);
	dup2(1, 2);
	static const char *cmds[] = {
		"p -a -b -c", "p -abc x", "p -ofile -o file2 rest", "p -o", "p -x -a",
		"p -- -a", "p - -a", "p a -b", "p -a -- -b", "p -ab: -:", "p -p -pval q",
		"p -o -a", "p -aob",
	};
	for (size_t i = 0; i < sizeof cmds / sizeof *cmds; i++) {
		run("abo:p::", cmds[i], 0, 0);
		run(":abo:p::", cmds[i], 0, 0);
	}
	run("-ab", "p x -a y", 0, 0);
	run("+ab", "p x -a y", 0, 0);
	opterr = 0;
	run("ab", "p -z", 0, 0);
	opterr = 1;
	static const char *longcmds[] = {
		"p --verbose --output=f --output g file", "p --verb", "p --ver",
		"p --color --color=red x", "p --flag -v", "p --nope -v", "p --verbose=1",
		"p --output", "p file1 -v file2 --output o file3", "p a b -- -v",
		"p -vo x y", "p --", "p x y z",
	};
	for (size_t i = 0; i < sizeof longcmds / sizeof *longcmds; i++) {
		run("vo:c::", longcmds[i], 1, 0);
		run(":vo:", longcmds[i], 1, 0);
	}
	run("+v", "p file -v", 1, 0);
	run("vo:", "p -verbose -output=z -v", 1, 1);
	run("vo:", "p -o x -col", 1, 1);
	return 0;
}
