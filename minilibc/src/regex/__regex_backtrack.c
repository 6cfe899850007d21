/* regexec's second pass: which path makes the match, and so where are
 * the subexpressions?
 *
 * A depth-first search over the program from a given start, with an
 * explicit stack (no recursion, however long the input): SPLIT pushes
 * the path not taken, and every register write pushes the old value so
 * that going back restores it.  The search does not stop at the first
 * match: it goes through every path and keeps the best.  That is the
 * longest (when the end is not fixed by the first pass, that is with
 * back-references); among equally long ones, the one that wins on the
 * first of regcomp's ranking rules (RxProg.order) where they differ:
 * elements in the order they open, outer before inner, each group
 * starting earliest and then ending latest, each repetition ending
 * latest - POSIX's "each subexpression leftmost and then longest, the
 * earlier first", as far as final positions can say it.  If one path
 * sets a group the other does not, the path found first (the one that
 * took the earlier alternative) stays.
 *
 * The number of paths can grow exponentially ("(a*)*"), so the search
 * counts its steps: past a limit that grows with the input (regexec sets
 * it) it stops and reports the best match found so far, or REG_ESPACE
 * when it has found none. */
#include "regex_impl.h"
#include <stdlib.h>
#include <string.h>

enum { RESUME, RESTORE };

typedef struct {
	int kind, n;    /* RESUME at pc n, or RESTORE register n */
	long val;       /* the position to resume at, or the register's old value */
} Entry;

typedef struct {
	RxExec *e;
	long *regs, *best;
	int nregs, ncaps, nkept, found;   /* all, groups', groups' and tags' */
	Entry *stack;
	long sp, cap;
} Search;

static int grow(void **p, long *cap, long need, size_t size)
{
	if (need <= *cap)
		return 1;
	long n = *cap ? 2 * *cap : 256;
	if (n < need)
		n = need;
	void *q = realloc(*p, n * size);
	if (!q)
		return 0;
	*p = q, *cap = n;
	return 1;
}

static int push(Search *b, int kind, int n, long val)
{
	if (!grow((void **)&b->stack, &b->cap, b->sp + 1, sizeof *b->stack))
		return 0;
	b->stack[b->sp++] = (Entry){kind, n, val};
	return 1;
}

/* Set register r to pos, undoably. */
static int set_reg(Search *b, int r, long pos)
{
	if (!push(b, RESTORE, r, b->regs[r]))
		return 0;
	b->regs[r] = pos;
	return 1;
}

/* Where group n's text recurs at pos, the position after it, or -1.
 * The text must recur exactly, even under REG_ICASE, and a group that
 * has not matched (or is still open) stands for the empty string. */
static long backref(Search *b, int n, long pos)
{
	long so = b->regs[2 * n], eo = b->regs[2 * n + 1];
	RxExec *e = b->e;
	if (so < 0 || eo < so)
		return pos;
	if (eo - so > e->len - pos)
		return -1;
	long i = 0;
	while (i < eo - so && e->s[so + i] == e->s[pos + i])
		i++;
	e->steps += i;   /* comparing is work too */
	return i == eo - so ? pos + i : -1;
}

/* Is the match now in regs better than the best so far? */
static int better(const Search *b)
{
	const long *r = b->regs, *o = b->best;
	if (!b->found || r[1] != o[1])
		return !b->found || r[1] > o[1];
	const RxProg *prog = b->e->prog;
	for (int i = 0; i < prog->norder; i++) {
		int reg = prog->order[i].reg;
		if (r[reg] == o[reg])
			continue;
		if (r[reg] < 0 || o[reg] < 0)   /* the path found first wins */
			return 0;
		return prog->order[i].larger ? r[reg] > o[reg] : r[reg] < o[reg];
	}
	return 0;
}

/* One instruction: the next pc, -1 when this path fails, -2 when out
 * of memory. */
static int step(Search *b, int pc, long *pos, long end)
{
	const RxExec *e = b->e;
	const RxInst *in = &e->prog->code[pc];
	long limit = end >= 0 ? end : e->len, to;
	switch (in->op) {
	case RX_CHAR:
		return *pos < limit && (unsigned char)e->s[*pos] == in->x ? (++*pos, pc + 1) : -1;
	case RX_SET:
		return *pos < limit && __rx_in_set(e->prog->sets[in->x], (unsigned char)e->s[*pos])
		       ? (++*pos, pc + 1) : -1;
	case RX_BACKREF:
		to = backref(b, in->x, *pos);
		return to >= 0 && to <= limit ? (*pos = to, pc + 1) : -1;
	case RX_ASSERT:
		return __regex_assert(e, in->x, *pos) ? pc + 1 : -1;
	case RX_SPLIT:
		return push(b, RESUME, in->y, *pos) ? in->x : -2;
	case RX_JMP:
		return in->x;
	case RX_SAVE:
		return set_reg(b, in->x, *pos) ? pc + 1 : -2;
	case RX_MARK:
		return set_reg(b, b->nkept + in->x, *pos) ? pc + 1 : -2;
	case RX_RESET: {
		long began = b->regs[b->nkept + 2 * in->x];
		for (int g = in->y; began != *pos && g <= in->z; g++)
			if (b->regs[2 * g] >= 0 && b->regs[2 * g] < began &&
			    (!set_reg(b, 2 * g, -1) || !set_reg(b, 2 * g + 1, -1)))
				return -2;
		return pc + 1;
	}
	case RX_CHECK: {
		const long *loop = b->regs + b->nkept + 2 * in->x;
		if (loop[0] != *pos)
			return pc + 1;
		return loop[1] == *pos ? in->y : -1;
	}
	default:   /* RX_MATCH */
		if ((end < 0 || *pos == end) && better(b)) {
			memcpy(b->best, b->regs, b->nkept * sizeof *b->best);
			b->found = 1;
		}
		return -1;
	}
}

/* Follow paths until none is left; REG_ESPACE if out of steps or memory. */
static int search(Search *b, long start, long end)
{
	int pc = 0;
	long pos = start;
	for (;;) {
		if (++b->e->steps > b->e->max_steps)
			return REG_ESPACE;
		pc = step(b, pc, &pos, end);
		if (pc == -2)
			return REG_ESPACE;
		while (pc < 0) {
			if (!b->sp)
				return REG_OK;
			Entry t = b->stack[--b->sp];
			if (t.kind == RESUME) {
				pc = t.n, pos = t.val;
				continue;
			}
			b->regs[t.n] = t.val;
		}
	}
}

int __regex_backtrack(RxExec *e, long start, long end, long *out)
{
	const RxProg *prog = e->prog;
	int ncaps = 2 * (prog->nsub + 1), nkept = ncaps + prog->ntags;
	Search b = {e, 0, 0, nkept + 2 * prog->nloops, ncaps, nkept};
	b.regs = malloc(b.nregs * sizeof *b.regs);
	b.best = malloc(nkept * sizeof *b.best);
	int r = REG_ESPACE;
	if (b.regs && b.best) {
		for (int i = 0; i < b.nregs; i++)
			b.regs[i] = -1;
		r = search(&b, start, end);
	}
	if (b.found)
		memcpy(out, b.best, ncaps * sizeof *out);
	free(b.regs);
	free(b.best);
	free(b.stack);
	if (b.found)
		return REG_OK;
	return r == REG_OK ? REG_NOMATCH : r;
}
