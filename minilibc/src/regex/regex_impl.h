/* regex internals: the compiled program regcomp builds and regexec runs.
 *
 * regcomp parses the pattern into a small tree (RxNode) and flattens it
 * into instructions (RxInst) for a virtual machine in the manner of Pike
 * and Thompson: CHAR, SET and BACKREF consume input; SPLIT and JMP choose
 * the path; SAVE records a submatch boundary; ASSERT tests an anchor;
 * MARK and CHECK stop a loop whose body matched nothing from looping
 * again; RESET forgets the groups of a loop's previous iteration.
 * regexec runs the program twice over: once as a set of states
 * (every path at once, no backtracking) to find the leftmost-longest
 * match, and then, only if submatches are wanted, as a backtracking
 * search confined to that match to choose the submatch positions. */
#ifndef _REGEX_IMPL_H
#define _REGEX_IMPL_H
#include <regex.h>
#include "libc.h"

#define RX_DUP_MAX 255        /* RE_DUP_MAX: the largest count in {m,n} */
#define RX_MAX_CODE 200000    /* instructions; more is REG_ESPACE */
#define RX_MAX_DEPTH 500      /* nested groups and repetitions */
#define RX_STEP_LIMIT 2000000 /* backtracking steps per regexec call, plus
                                 RX_STEPS_PER_BYTE for each input byte */
#define RX_STEPS_PER_BYTE 64

enum {
	RX_CHAR,     /* x: the byte */
	RX_SET,      /* x: index of a 256-bit set */
	RX_BACKREF,  /* x: the group whose text must recur */
	RX_ASSERT,   /* x: the RX_AT_ condition that must hold here */
	RX_SPLIT,    /* go to x, or else to y */
	RX_JMP,      /* go to x */
	RX_SAVE,     /* register x = position */
	RX_MARK,     /* loop register x = position (a loop or an iteration starts) */
	RX_CHECK,    /* loop x: after an empty first iteration go to y (leave
	                the loop); after another empty one, fail */
	RX_RESET,    /* if loop x's iteration moved on, groups y..z that it did
	                not reach (which start before it) are unset */
	RX_MATCH,
};

/* What RX_ASSERT tests: ^ $ \< \> \b \B.  A word is alphanumerics and
 * '_'. */
enum { RX_AT_BOL, RX_AT_EOL, RX_AT_BOW, RX_AT_EOW, RX_AT_WB, RX_AT_NWB };

typedef struct {
	int op, x, y, z;
} RxInst;

/* One rule for ranking matches of equal extent: register reg, the
 * smaller value wins (a group's start) or the larger (a group's or a
 * repetition's end).  Registers are laid out: 2n and 2n+1 for group n,
 * then one per recorded repetition, then two per loop. */
typedef struct {
	int reg, larger;
} RxRank;

typedef struct {
	RxInst *code;
	int ncode, capcode;
	unsigned char (*sets)[32];
	int nsets;
	int nsub;           /* groups; registers 2n and 2n+1 bound group n */
	int nloops;         /* loops; each has two registers for MARK/CHECK */
	int ntags;          /* repetitions whose end is recorded (see order) */
	RxRank *order;      /* how to rank two matches, outermost element first */
	int norder, caporder;
	int backrefs;       /* the pattern uses \1..\9 */
	int cflags;
} RxProg;

/* The parse tree.  A branch (SEQ) and an alternation (ALT) hold their
 * members in a list through `next`, so a long pattern makes a long list,
 * not a deep tree. */
enum { N_EMPTY, N_CHAR, N_SET, N_ASSERT, N_BACKREF, N_SEQ, N_ALT, N_GROUP, N_REPEAT };

typedef struct {
	int kind;
	int x, y;           /* CHAR byte, SET index, ASSERT condition, BACKREF/GROUP number;
	                       REPEAT: the groups inside, x..y (none if x > y) */
	int tag;            /* REPEAT: its end register's number, or -1 */
	int child;          /* SEQ/ALT: first member; GROUP/REPEAT: body */
	int next;           /* the following member of the list, or -1 */
	int min, max;       /* REPEAT counts; max -1 is unbounded */
} RxNode;

typedef struct {
	RxNode *nodes;
	int nnodes, cap;
	RxProg *prog;
	int err;
} RxTree;

static inline int __rx_in_set(const unsigned char *set, int c)
{
	return set[c >> 3] >> (c & 7) & 1;
}

/* regcomp's parts (__regex_bracket.c, __regex_emit.c). */
hidden int __regex_new_set(RxProg *prog);
hidden int __regex_bracket(RxProg *prog, const char **ps, int *set);
hidden int __regex_emit(RxTree *t, int root);

/* regexec's parts.  __regex_scan (__regex_scan.c) finds the
 * leftmost-longest match or says there is none; __regex_backtrack
 * (__regex_backtrack.c) fills the registers for a match from start,
 * ending exactly at end, or anywhere when end is -1. */
typedef struct {
	const RxProg *prog;
	const char *s;
	long len;
	int eflags;
	long steps, max_steps;
} RxExec;

hidden int __regex_assert(const RxExec *e, int cond, long pos);
hidden int __regex_scan(RxExec *e, long first, long *so, long *eo);
hidden int __regex_backtrack(RxExec *e, long start, long end, long *regs);
#endif
