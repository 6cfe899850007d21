/* regexec: match a compiled pattern against a string.
 *
 * The first pass (__regex_scan) finds the leftmost-longest match in time
 * proportional to the input; only when the caller wants submatches of a
 * pattern that has groups does the backtracking pass (__regex_backtrack)
 * choose them within that match.  Patterns with back-references are not
 * regular: for them each start position, leftmost first, is searched by
 * backtracking alone, the first pass only skipping starts that cannot
 * match. */
#include "regex_impl.h"
#include <stdlib.h>
#include <string.h>

/* Backtracking from each start in turn: the leftmost-longest match. */
static int search_starts(RxExec *e, long first, long *regs)
{
	for (long start = first; start <= e->len; start++) {
		int r = __regex_backtrack(e, start, -1, regs);
		if (r != REG_NOMATCH)
			return r;
	}
	return REG_NOMATCH;
}

static int match(RxExec *e, int subs, long *regs)
{
	long so, eo;
	int r = __regex_scan(e, 0, &so, &eo);
	if (r)
		return r;
	if (e->prog->backrefs)
		return search_starts(e, so, regs);
	if (subs && e->prog->nsub)
		return __regex_backtrack(e, so, eo, regs);
	regs[0] = so, regs[1] = eo;
	return REG_OK;
}

int regexec(const regex_t *restrict preg, const char *restrict s, size_t nmatch,
            regmatch_t *restrict pmatch, int eflags)
{
	const RxProg *prog = preg->__opaque;
	long len = strlen(s);
	RxExec e = {prog, s, len, eflags, 0, RX_STEP_LIMIT + RX_STEPS_PER_BYTE * len};
	if (prog->cflags & REG_NOSUB)
		nmatch = 0;
	int ncaps = 2 * (prog->nsub + 1);
	long *regs = malloc(ncaps * sizeof *regs);
	if (!regs)
		return REG_ESPACE;
	for (int i = 0; i < ncaps; i++)
		regs[i] = -1;
	int r = match(&e, nmatch > 1, regs);
	for (size_t i = 0; r == REG_OK && i < nmatch; i++) {
		int set = (int)i <= prog->nsub && regs[2 * i] >= 0 && regs[2 * i + 1] >= 0;
		pmatch[i].rm_so = set ? regs[2 * i] : -1;
		pmatch[i].rm_eo = set ? regs[2 * i + 1] : -1;
	}
	free(regs);
	return r;
}
