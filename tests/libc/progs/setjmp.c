/* setjmp/longjmp: values, nesting, callee-saved registers survive. */
#include <stdio.h>
#include <setjmp.h>

static jmp_buf env, env2;
static int depth;

static void deep(int n)
{
	if (n == 0)
		longjmp(env, 42);
	deep(n - 1);
}

static void zero(void)
{
	longjmp(env2, 0);
}

int main(void)
{
	volatile int count = 0;
	register long keep1 = 1111, keep2 = 2222;
	int r = setjmp(env);

	printf("setjmp returned %d count %d\n", r, count);
	if (count++ < 3)
		deep(100 + count);
	if ((r = setjmp(env2)) == 0)
		zero();
	printf("longjmp(0) gives %d\n", r);
	for (int i = 0; i < 1000; i++) {
		jmp_buf b;
		if (!setjmp(b)) {
			depth++;
			longjmp(b, i + 1);
		}
	}
	printf("depth %d keep %ld %ld\n", depth, keep1, keep2);
	return 0;
}
