/* regexec's second pass: which path makes the match, and so where are
 * the subexpressions?
 *
 * A depth-first search over the program from a given start, with an
 * explicit stack (no recursion, however long the input): SPLIT pushes
 * the path not taken, and every register write pushes the old value so
 * that going back restores it.  The search does not stop at the first
 * match: it goes through every path and keeps the best, which is the
 * longest (when the end is not fixed by the first pass, that is with
 * back-references), and among equally long ones the one whose groups,
 * group 1 first, start earliest and then end latest - POSIX's rule that
 * each subexpression in turn is leftmost and then longest, applied to
 * the positions reported (for a group inside a loop, those of the last
 * iteration).
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
	int nregs, ncaps, found;
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
 * has not matched stands for the empty string, as in musl. */
static long backref(Search *b, int n, long pos)
{
	long so = b->regs[2 * n], eo = b->regs[2 * n + 1];
	const RxExec *e = b->e;
	if (so < 0 || eo < so)
		return pos;
	if (eo - so > e->len - pos || memcmp(e->s + so, e->s + pos, eo - so))
		return -1;
	return pos + (eo - so);
}

/* Is the match now in regs better than the best so far? */
static int better(const Search *b)
{
	const long *r = b->regs, *o = b->best;
	if (!b->found || r[1] != o[1])
		return !b->found || r[1] > o[1];
	for (int i = 2; i < b->ncaps; i += 2) {
		if (r[i] != o[i])
			return o[i] < 0 || (r[i] >= 0 && r[i] < o[i]);
		if (r[i + 1] != o[i + 1])
			return r[i + 1] > o[i + 1];
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
	case RX_BOL: case RX_EOL:
		return __regex_anchor_ok(e, in->op, *pos) ? pc + 1 : -1;
	case RX_SPLIT:
		return push(b, RESUME, in->y, *pos) ? in->x : -2;
	case RX_JMP:
		return in->x;
	case RX_SAVE:
		return set_reg(b, in->x, *pos) ? pc + 1 : -2;
	case RX_MARK:
		return set_reg(b, b->ncaps + in->x, *pos) ? pc + 1 : -2;
	case RX_RESET:
		for (int r = 2 * in->x; r < 2 * in->y + 2; r++)
			if (!set_reg(b, r, -1))
				return -2;
		return pc + 1;
	case RX_CHECK:
		return b->regs[b->ncaps + in->x] == *pos ? in->y : pc + 1;
	default:   /* RX_MATCH */
		if ((end < 0 || *pos == end) && better(b)) {
			memcpy(b->best, b->regs, b->ncaps * sizeof *b->best);
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
	Search b = {e, 0, out, 2 * (prog->nsub + 1) + prog->nloops, 2 * (prog->nsub + 1)};
	b.regs = malloc(b.nregs * sizeof *b.regs);
	if (!b.regs)
		return REG_ESPACE;
	for (int i = 0; i < b.nregs; i++)
		b.regs[i] = -1;
	int r = search(&b, start, end);
	free(b.regs);
	free(b.stack);
	if (b.found)
		return REG_OK;
	return r == REG_OK ? REG_NOMATCH : r;
}
