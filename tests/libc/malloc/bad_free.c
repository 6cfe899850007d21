/* Misuse the allocator in the way named by argv[1]; minilibc must abort
 * with a message rather than corrupt the heap or crash elsewhere. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv)
{
	const char *how = argc > 1 ? argv[1] : "";
	char *p = malloc(40), *big = malloc(1 << 20);
	int on_stack;

	if (!strcmp(how, "double"))
		free(p), free(p);
	else if (!strcmp(how, "double-large"))
		free(big), free(big);
	else if (!strcmp(how, "interior"))
		free(p + 16);
	else if (!strcmp(how, "interior-large"))
		free(big + 4096);
	else if (!strcmp(how, "stack"))
		free(&on_stack);
	else if (!strcmp(how, "static"))
		free((void *)"a string literal");
	else if (!strcmp(how, "realloc-freed"))
		free(p), p = realloc(p, 100);
	else if (!strcmp(how, "wild"))
		free((void *)0x12345678);
	printf("survived %s\n", how);
	return 0;
}
