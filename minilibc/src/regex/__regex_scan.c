/* regexec's first pass: where is the leftmost-longest match?
 *
 * Every path through the program is followed at once, one input byte at
 * a time (Thompson's construction): the state list for a position holds
 * each instruction that waits for a byte there, once, with the position
 * its path started at.  A path starting at position p joins the list
 * after all paths from earlier starts, so the list stays ordered by
 * start; when two paths reach one instruction, the earlier start wins -
 * from there on they could match the same, and the earlier is preferred.
 * Once some path has matched, no later start is tried; the pass ends when
 * no path that started at or before the match's start is alive, keeping
 * the longest match from the leftmost start.  The cost is at most the
 * program size times the input length, whatever the pattern.
 *
 * A back-reference cannot be decided here; it is taken as "any run of
 * bytes", so with back-references this pass only rules out a match, or
 * says where one cannot start before. */
#include "regex_impl.h"
#include <ctype.h>
#include <stdlib.h>

typedef struct {
	int pc;
	long start;
} Thread;

typedef struct {
	RxExec *e;
	Thread *list[2];
	int n[2];
	long *stamp;    /* stamp[pc] == pos+1: pc is already in that position's list */
	int *stack;
} Scan;

static int is_word(int c)
{
	return c == '_' || isalnum(c);
}

/* Does condition cond (RX_AT_) hold between s[pos-1] and s[pos]?  As in
 * musl, \b holds at both ends of the string and \B at neither. */
int __regex_assert(const RxExec *e, int cond, long pos)
{
	int nl = e->prog->cflags & REG_NEWLINE;
	int prev = pos > 0 ? (unsigned char)e->s[pos - 1] : 0, next = (unsigned char)e->s[pos];
	switch (cond) {
	case RX_AT_BOL:
		return (pos == 0 && !(e->eflags & REG_NOTBOL)) || (nl && prev == '\n');
	case RX_AT_EOL:
		return (!next && !(e->eflags & REG_NOTEOL)) || (nl && next == '\n');
	case RX_AT_BOW:
		return !is_word(prev) && is_word(next);
	case RX_AT_EOW:
		return is_word(prev) && !is_word(next);
	case RX_AT_WB:
		return pos == 0 || !next || is_word(prev) != is_word(next);
	default:   /* RX_AT_NWB */
		return pos != 0 && next && is_word(prev) == is_word(next);
	}
}

/* Add pc and everything reachable from it without input to list which
 * (for position pos), for a path that started at start. */
static void add(Scan *sc, int which, int pc, long start, long pos)
{
	const RxInst *code = sc->e->prog->code;
	int sp = 0;
#define PUSH(p) do { if (sc->stamp[p] != pos + 1) sc->stamp[p] = pos + 1, sc->stack[sp++] = (p); } while (0)
	PUSH(pc);
	while (sp > 0) {
		pc = sc->stack[--sp];
		const RxInst *in = &code[pc];
		switch (in->op) {
		case RX_BACKREF:
			PUSH(pc + 1);
			/* fall through: it also waits for a byte */
		case RX_CHAR: case RX_SET: case RX_MATCH:
			sc->list[which][sc->n[which]++] = (Thread){pc, start};
			break;
		case RX_ASSERT:
			if (__regex_assert(sc->e, in->x, pos))
				PUSH(pc + 1);
			break;
		case RX_SPLIT: PUSH(in->y); PUSH(in->x); break;
		case RX_JMP: PUSH(in->x); break;
		case RX_CHECK: PUSH(in->y); PUSH(pc + 1); break;
		default: PUSH(pc + 1); break;   /* SAVE, MARK, RESET */
		}
	}
#undef PUSH
}

/* Does the instruction at pc take byte c? */
static int takes(const RxProg *prog, int pc, int c)
{
	const RxInst *in = &prog->code[pc];
	if (in->op == RX_CHAR)
		return c == in->x;
	if (in->op == RX_SET)
		return __rx_in_set(prog->sets[in->x], c);
	return in->op == RX_BACKREF;
}

static void run(Scan *sc, long first, long *so, long *eo)
{
	RxExec *e = sc->e;
	int cur = 0;
	for (long pos = first;; pos++) {
		if (*so < 0)
			add(sc, cur, 0, pos, pos);
		int nxt = !cur;
		sc->n[nxt] = 0;
		for (int i = 0; i < sc->n[cur]; i++) {
			Thread t = sc->list[cur][i];
			if (*so >= 0 && t.start > *so)
				break;
			if (e->prog->code[t.pc].op == RX_MATCH) {
				if (*so < 0 || t.start < *so || pos > *eo)
					*so = t.start, *eo = pos;
			} else if (pos < e->len && takes(e->prog, t.pc, (unsigned char)e->s[pos])) {
				int to = e->prog->code[t.pc].op == RX_BACKREF ? t.pc : t.pc + 1;
				add(sc, nxt, to, t.start, pos + 1);
			}
		}
		if (pos >= e->len || (*so >= 0 && !sc->n[nxt]))
			return;
		cur = nxt;
	}
}

int __regex_scan(RxExec *e, long first, long *so, long *eo)
{
	int n = e->prog->ncode;
	Scan sc = {e, {malloc(n * sizeof(Thread)), malloc(n * sizeof(Thread))}, {0, 0},
	           calloc(n, sizeof(long)), malloc(n * sizeof(int))};
	int r = REG_ESPACE;
	if (sc.list[0] && sc.list[1] && sc.stamp && sc.stack) {
		*so = *eo = -1;
		run(&sc, first, so, eo);
		r = *so < 0 ? REG_NOMATCH : REG_OK;
	}
	free(sc.list[0]);
	free(sc.list[1]);
	free(sc.stamp);
	free(sc.stack);
	return r;
}
