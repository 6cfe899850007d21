/* regcomp's back end: flatten the parse tree into instructions.
 *
 *   a|b|c     SPLIT L1,L2  L1: a  JMP end  L2: SPLIT L3,L4  L3: b  JMP end  L4: c  end:
 *   (a)       SAVE 2n  a  SAVE 2n+1
 *   a{2,4}    a a  SPLIT L1,end  L1: a  SPLIT L2,end  L2: a  end:
 *   a*        MARK 2k+1  top: SPLIT body,end  body: MARK 2k  a  CHECK k,end  JMP top
 *             end: SAVE t  (t: the register ranking matches by where a* ended)
 *   (b)*      as a*, with RESET k,1,1 after the body
 *
 * Every SPLIT names the path to try first: the left alternative, one
 * more iteration.  Loop k keeps where it was entered (register 2k+1)
 * and where the current iteration began (2k).  An iteration that matched
 * the empty string ends the loop, through CHECK, if it was the first;
 * after others it is a dead end, the path that left the loop before it
 * being the same match.  So "(a*)*" ends, and reports (0,0) on "b".
 * (a*)* is not repeated exactly, and its end is also recorded (SAVE t)
 * so that regexec can prefer the match where it ends latest.
 * The whole pattern is group 0: SAVE 0 ... SAVE 1 MATCH.  Jumps still
 * to be patched wait in a list threaded through their own fields. */
#include "regex_impl.h"
#include <stdlib.h>

static int emit(RxTree *t, int op, int x, int y)
{
	RxProg *prog = t->prog;
	if (t->err)
		return 0;
	if (prog->ncode >= RX_MAX_CODE) {
		t->err = REG_ESPACE;
		return 0;
	}
	if (prog->ncode == prog->capcode) {
		int cap = prog->capcode ? 2 * prog->capcode : 16;
		RxInst *code = realloc(prog->code, cap * sizeof *code);
		if (!code) {
			t->err = REG_ESPACE;
			return 0;
		}
		prog->code = code, prog->capcode = cap;
	}
	prog->code[prog->ncode] = (RxInst){op, x, y, 0};
	return prog->ncode++;
}

/* Point every jump in the list threaded through field y (or x) here. */
static void patch(RxTree *t, int list, int use_x)
{
	RxInst *code = t->prog->code;
	while (list >= 0 && !t->err) {
		int *field = use_x ? &code[list].x : &code[list].y;
		int next = *field;
		*field = t->prog->ncode;
		list = next;
	}
}

static void gen(RxTree *t, int n);

static void gen_alt(RxTree *t, int m)
{
	int jumps = -1;
	for (; t->nodes[m].next >= 0 && !t->err; m = t->nodes[m].next) {
		int split = emit(t, RX_SPLIT, t->prog->ncode + 1, -1);
		gen(t, m);
		jumps = emit(t, RX_JMP, jumps, 0);
		if (!t->err)
			t->prog->code[split].y = t->prog->ncode;
	}
	gen(t, m);
	patch(t, jumps, 1);
}

/* One iteration of loop k.  As POSIX says, a group inside the loop
 * that takes no part in the last iteration reports no match: RESET
 * unsets those the iteration did not reach (it leaves them be if the
 * iteration matched nothing, as musl does).  An optional iteration (past
 * the minimum count) that matches nothing after others is a dead end:
 * stopping before it gives the same match; its CHECK sees to that. */
static void gen_iteration(RxTree *t, const RxNode *n, int k, int optional)
{
	emit(t, RX_MARK, 2 * k, 0);
	gen(t, n->child);
	if (n->x <= n->y && emit(t, RX_RESET, k, n->x) && !t->err)
		t->prog->code[t->prog->ncode - 1].z = n->y;
	if (optional)
		emit(t, RX_CHECK, k, t->prog->ncode + 1);   /* a star loop retargets it */
}

/* Register 2k+1 (where the loop was entered) is set only when the loop
 * may end after an empty first iteration. */
static void gen_repeat(RxTree *t, const RxNode *n)
{
	int min = n->min, max = n->max, k = t->prog->nloops++;
	for (int i = 0; i < min; i++)
		gen_iteration(t, n, k, 0);
	if (min == max)
		return;
	if (max < 0) {
		if (min == 0)
			emit(t, RX_MARK, 2 * k + 1, 0);
		int top = emit(t, RX_SPLIT, t->prog->ncode + 1, -1);
		gen_iteration(t, n, k, 1);
		emit(t, RX_JMP, top, 0);
		if (!t->err)
			t->prog->code[top].y = t->prog->code[t->prog->ncode - 2].y = t->prog->ncode;
	} else {
		int exits = -1;
		for (int i = min; i < max && !t->err; i++) {
			exits = emit(t, RX_SPLIT, t->prog->ncode + 1, exits);
			if (i == 0)
				emit(t, RX_MARK, 2 * k + 1, 0);
			gen_iteration(t, n, k, 1);
		}
		patch(t, exits, 0);
	}
	emit(t, RX_SAVE, 2 * (t->prog->nsub + 1) + n->tag, 0);
}

static void gen(RxTree *t, int i)
{
	const RxNode *n = &t->nodes[i];
	if (t->err)
		return;
	switch (n->kind) {
	case N_EMPTY: break;
	case N_CHAR: emit(t, RX_CHAR, n->x, 0); break;
	case N_SET: emit(t, RX_SET, n->x, 0); break;
	case N_BACKREF: emit(t, RX_BACKREF, n->x, 0); break;
	case N_ASSERT: emit(t, RX_ASSERT, n->x, 0); break;
	case N_SEQ:
		for (int m = n->child; m >= 0; m = t->nodes[m].next)
			gen(t, m);
		break;
	case N_ALT: gen_alt(t, n->child); break;
	case N_GROUP:
		emit(t, RX_SAVE, 2 * n->x, 0);
		gen(t, n->child);
		emit(t, RX_SAVE, 2 * n->x + 1, 0);
		break;
	case N_REPEAT: gen_repeat(t, n); break;
	}
}

int __regex_emit(RxTree *t, int root)
{
	emit(t, RX_SAVE, 0, 0);
	gen(t, root);
	emit(t, RX_SAVE, 1, 0);
	emit(t, RX_MATCH, 0, 0);
	return t->err;
}
