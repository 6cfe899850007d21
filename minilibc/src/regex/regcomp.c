/* regcomp: compile a POSIX regular expression, basic or extended.
 *
 * A recursive-descent parser over the grammar
 *     regex  = branch { '|' branch }        ('\|' in a BRE, as in musl)
 *     branch = { piece }
 *     piece  = atom { '*' | '+' | '?' | '{m,n}' }   (BRE: '*', '\{m,n\}', '\+', '\?')
 *     atom   = char | '\'char | '.' | '[...]' | '^' | '$' | '(' regex ')' | '\1'..'\9'
 * builds a tree (regex_impl.h), which __regex_emit flattens into the
 * program regexec runs.  Where POSIX leaves a choice open, this takes
 * musl's: in a BRE, '^' is an anchor only at the start of a branch, '$'
 * only at its end, and '*' there is an ordinary character; in an ERE a
 * repetition with nothing before it is REG_BADRPT, and a ')' with no '('
 * is an ordinary character; empty branches and groups match the empty
 * string; back-references exist only in BREs (in an ERE "\1" is "1");
 * and musl's escapes (see escape()) are understood in both. */
#include "regex_impl.h"
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
	RxTree *t;
	const char *s;              /* the next pattern byte */
	const char *branch_start;   /* where the current branch began */
	int ere, depth, max_backref;
} Parser;

static int new_node(Parser *p, int kind, int x)
{
	RxTree *t = p->t;
	if (t->nnodes == t->cap) {
		int cap = t->cap ? 2 * t->cap : 64;
		RxNode *nodes = realloc(t->nodes, cap * sizeof *nodes);
		if (!nodes) {
			t->err = REG_ESPACE;
			return -1;
		}
		t->nodes = nodes, t->cap = cap;
	}
	t->nodes[t->nnodes] = (RxNode){kind, x, 0, -1, -1, -1, 0, 0};
	return t->nnodes++;
}

static int fail(Parser *p, int err)
{
	p->t->err = err;
	return -1;
}

/* Append member m to the list of node list (SEQ or ALT); *last is the
 * list's last member so far, -1 when empty. */
static void append(Parser *p, int list, int *last, int m)
{
	if (*last < 0)
		p->t->nodes[list].child = m;
	else
		p->t->nodes[*last].next = m;
	*last = m;
}

/* A literal byte; with REG_ICASE a letter is the set of its two cases. */
static int literal(Parser *p, int c)
{
	if (!(p->t->prog->cflags & REG_ICASE) || !isalpha(c))
		return new_node(p, N_CHAR, c);
	int set = __regex_new_set(p->t->prog);
	if (set < 0)
		return fail(p, REG_ESPACE);
	unsigned char *bits = p->t->prog->sets[set];
	bits[tolower(c) >> 3] |= 1 << (tolower(c) & 7);
	bits[toupper(c) >> 3] |= 1 << (toupper(c) & 7);
	return new_node(p, N_SET, set);
}

/* The list after a '[' at *list (p->s, or a built-in one for \w and
 * the like); *list moves past its ']'. */
static int bracket(Parser *p, const char **list)
{
	int set, err = __regex_bracket(p->t->prog, list, &set);
	return err ? fail(p, err) : new_node(p, N_SET, set);
}

/* '.': any byte but NUL, and but '\n' with REG_NEWLINE. */
static int any(Parser *p)
{
	int set = __regex_new_set(p->t->prog);
	if (set < 0)
		return fail(p, REG_ESPACE);
	unsigned char *bits = p->t->prog->sets[set];
	memset(bits, 0xff, 32);
	bits[0] &= ~1;
	if (p->t->prog->cflags & REG_NEWLINE)
		bits['\n' >> 3] &= ~(1 << ('\n' & 7));
	return new_node(p, N_SET, set);
}

/* Add a ranking rule at index at of prog->order.  A repetition's rule
 * goes in front of the rules of what it repeats, which were added as
 * that was parsed. */
static int rank(Parser *p, int at, int reg, int larger)
{
	RxProg *prog = p->t->prog;
	if (prog->norder == prog->caporder) {
		int cap = prog->caporder ? 2 * prog->caporder : 16;
		RxRank *order = realloc(prog->order, cap * sizeof *order);
		if (!order)
			return fail(p, REG_ESPACE);
		prog->order = order, prog->caporder = cap;
	}
	memmove(prog->order + at + 1, prog->order + at, (prog->norder - at) * sizeof *prog->order);
	prog->order[at] = (RxRank){reg, larger};
	prog->norder++;
	return 0;
}

static int parse_alt(Parser *p);

/* After '(' or '\(': the group's contents and its closing parenthesis. */
static int group(Parser *p)
{
	if (++p->depth > RX_MAX_DEPTH)
		return fail(p, REG_ESPACE);
	int n = ++p->t->prog->nsub;
	if (rank(p, p->t->prog->norder, 2 * n, 0) || rank(p, p->t->prog->norder, 2 * n + 1, 1))
		return -1;
	int g = new_node(p, N_GROUP, n), body = parse_alt(p);
	if (g < 0 || body < 0)
		return -1;
	p->t->nodes[g].child = body;
	if (p->ere && *p->s == ')')
		p->s++;
	else if (!p->ere && p->s[0] == '\\' && p->s[1] == ')')
		p->s += 2;
	else
		return fail(p, REG_EPAREN);
	p->depth--;
	return g;
}

static int hex_digit(int c)
{
	if (isdigit(c))
		return c - '0';
	c |= 32;
	return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/* After "\x": up to two hex digits, or up to eight in braces, for the
 * byte of that value (none, if it is 0 or past 255), matched as it is
 * even under REG_ICASE - musl's extension. */
static int hex(Parser *p)
{
	int braces = *p->s == '{', v = 0, d;
	p->s += braces;
	for (int i = 0; i < (braces ? 8 : 2) && v < 0x110000 && (d = hex_digit(*p->s)) >= 0; i++, p->s++)
		v = 16 * v + d;
	if (braces && *p->s++ != '}')
		return fail(p, REG_EBRACE);
	return new_node(p, N_CHAR, v);
}

/* The escape '\c' (p->s is at c): musl's \t \n \r \f \a \e, the
 * classes \w \W \s \S \d \D, the word anchors \b \B \< \>, and \xHH
 * are extensions; in a BRE \1 to \9 refer back; anything else is the
 * character itself. */
static int escape(Parser *p)
{
	static const char simple[] = "t\tn\nr\rf\fa\ae\033";
	static const char *const classes[] = {
		"w[:alnum:]_]", "W^[:alnum:]_]", "s[:space:]]", "S^[:space:]]",
		"d[:digit:]]", "D^[:digit:]]",
	};
	int c = (unsigned char)*p->s++;
	if (!c)
		return fail(p, REG_EESCAPE);
	for (const char *q = simple; *q; q += 2)
		if (*q == c)
			return literal(p, (unsigned char)q[1]);
	for (size_t i = 0; i < sizeof classes / sizeof *classes; i++)
		if (classes[i][0] == c) {
			const char *list = classes[i] + 1;
			return bracket(p, &list);
		}
	switch (c) {
	case 'b': return new_node(p, N_ASSERT, RX_AT_WB);
	case 'B': return new_node(p, N_ASSERT, RX_AT_NWB);
	case '<': return new_node(p, N_ASSERT, RX_AT_BOW);
	case '>': return new_node(p, N_ASSERT, RX_AT_EOW);
	case 'x': return hex(p);
	}
	if (!p->ere && (c == '{' || c == '+' || c == '?'))
		return fail(p, REG_BADRPT);
	if (!p->ere && c >= '1' && c <= '9') {
		p->t->prog->backrefs = 1;
		if (c - '0' > p->max_backref)
			p->max_backref = c - '0';
		return new_node(p, N_BACKREF, c - '0');
	}
	return literal(p, c);
}

static int atom(Parser *p)
{
	const char *s = p->s;
	int c = (unsigned char)*s;
	p->s++;
	switch (c) {
	case '(':
		if (p->ere)
			return group(p);
		break;
	case '\\':
		if (!p->ere && s[1] == '(') {
			p->s++;
			return group(p);
		}
		return escape(p);
	case '[':
		return bracket(p, &p->s);
	case '.':
		return any(p);
	case '^':
		if (p->ere || s == p->branch_start)
			return new_node(p, N_ASSERT, RX_AT_BOL);
		break;
	case '$':
		if (p->ere || !s[1] || (s[1] == '\\' && (s[2] == ')' || s[2] == '|')))
			return new_node(p, N_ASSERT, RX_AT_EOL);
		break;
	case '*': case '+': case '?': case '{':
		if (p->ere)
			return fail(p, REG_BADRPT);
		break;
	}
	return literal(p, c);
}

/* A count in {m,n}: -1 when there are no digits; it stops growing once
 * past RX_DUP_MAX, which the caller then rejects. */
static int count(Parser *p)
{
	int n = -1;
	if (!isdigit((unsigned char)*p->s))
		return n;
	for (n = 0; isdigit((unsigned char)*p->s) && n <= RX_DUP_MAX; p->s++)
		n = 10 * n + (*p->s - '0');
	return n;
}

/* After '{' (or '\{'): "m}", "m,}" or "m,n}" (BRE: '\}'). */
static int interval(Parser *p, int *min, int *max)
{
	*min = count(p);
	*max = *min;
	if (*p->s == ',') {
		p->s++;
		*max = count(p);
	}
	if ((*max < *min && *max >= 0) || *max > RX_DUP_MAX || *min > RX_DUP_MAX || *min < 0)
		return REG_BADBR;
	if (!p->ere && *p->s++ != '\\')
		return REG_BADBR;
	if (*p->s++ != '}')
		return REG_BADBR;
	return REG_OK;
}

/* Is p->s at a repetition operator?  Then step over it (and its counts)
 * and say which. */
static int repetition(Parser *p, int *min, int *max)
{
	const char *s = p->s;
	int c = *s;
	if (!p->ere) {
		/* "^*" starting a BRE branch: the '*' is an ordinary character */
		if (c == '*' && s == p->branch_start + 1 && s[-1] == '^')
			return 0;
		if (c == '\\' && (s[1] == '{' || s[1] == '+' || s[1] == '?'))
			c = *++s;
		else if (c != '*')
			return 0;
	} else if (c != '*' && c != '+' && c != '?' && c != '{') {
		return 0;
	}
	p->s = s + 1;
	*min = c == '+';
	*max = c == '?' ? 1 : -1;
	if (c == '{' && (p->t->err = interval(p, min, max)))
		return -1;
	return 1;
}

/* An atom and the repetitions that follow it ("a**" and "(a+)+" are
 * allowed, as in musl; a count of {0} leaves nothing, and "^*" or "$?"
 * in an ERE is just the anchor). */
static int piece(Parser *p)
{
	int first_group = p->t->prog->nsub + 1, first_rule = p->t->prog->norder;
	int n = atom(p), min, max, r, nesting = 0;
	while (n >= 0 && (r = repetition(p, &min, &max))) {
		if (r < 0)
			return -1;
		if (++nesting > RX_MAX_DEPTH)
			return fail(p, REG_ESPACE);
		if (max == 0) {
			n = new_node(p, N_EMPTY, 0);
			continue;
		}
		if (p->t->nodes[n].kind == N_ASSERT)
			continue;   /* musl: a repeated anchor is still required */
		int rep = new_node(p, N_REPEAT, 0);
		if (rep < 0)
			return -1;
		p->t->nodes[rep].child = n;
		p->t->nodes[rep].min = min;
		p->t->nodes[rep].max = max;
		p->t->nodes[rep].x = first_group;
		p->t->nodes[rep].y = p->t->prog->nsub;
		if (min != max) {   /* its end is recorded: register number fixed later */
			int tag = p->t->nodes[rep].tag = p->t->prog->ntags++;
			if (rank(p, first_rule, -1 - tag, 1))
				return -1;
		}
		n = rep;
	}
	return n;
}

/* Does the current branch end here? */
static int branch_end(Parser *p)
{
	const char *s = p->s;
	if (!*s)
		return 1;
	if (p->ere)
		return *s == '|' || (*s == ')' && p->depth > 0);
	return s[0] == '\\' && (s[1] == '|' || s[1] == ')');
}

static int parse_branch(Parser *p)
{
	int seq = new_node(p, N_SEQ, 0), last = -1;
	p->branch_start = p->s;
	while (seq >= 0 && !branch_end(p)) {
		int n = piece(p);
		if (n < 0)
			return -1;
		append(p, seq, &last, n);
	}
	return seq;
}

static int parse_alt(Parser *p)
{
	int alt = new_node(p, N_ALT, 0), last = -1;
	for (;;) {
		int seq = parse_branch(p);
		if (alt < 0 || seq < 0)
			return -1;
		append(p, alt, &last, seq);
		if (p->ere && *p->s == '|')
			p->s++;
		else if (!p->ere && p->s[0] == '\\' && p->s[1] == '|')
			p->s += 2;
		else
			return alt;
	}
}

static int parse(Parser *p)
{
	int root = parse_alt(p);
	if (root < 0)
		return p->t->err;
	if (*p->s)   /* only a BRE's '\)' with no '\(' stops the top level early */
		return REG_EPAREN;
	if (p->max_backref > p->t->prog->nsub)
		return REG_ESUBREG;
	RxProg *prog = p->t->prog;
	for (int i = 0; i < prog->norder; i++)
		if (prog->order[i].reg < 0)
			prog->order[i].reg = 2 * (prog->nsub + 1) - 1 - prog->order[i].reg;
	return __regex_emit(p->t, root);
}

int regcomp(regex_t *restrict preg, const char *restrict pattern, int cflags)
{
	RxProg *prog = calloc(1, sizeof *prog);
	if (!prog)
		return REG_ESPACE;
	prog->cflags = cflags;
	RxTree tree = {0, 0, 0, prog, REG_OK};
	Parser p = {&tree, pattern, pattern, cflags & REG_EXTENDED, 0, 0};
	int err = parse(&p);
	free(tree.nodes);
	if (err) {
		preg->__opaque = prog;
		regfree(preg);
		return err;
	}
	preg->re_nsub = prog->nsub;
	preg->__opaque = prog;
	return REG_OK;
}
