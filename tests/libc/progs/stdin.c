/* Reading standard input: getchar, fgets, getline, fread, ungetc, EOF. */
#include <stdio.h>
#include <stdlib.h>

int main(void)
{
	char buf[16];
	int c = getchar();
	printf("first char %c\n", c);
	ungetc('F', stdin);
	printf("fgets small [%s]\n", fgets(buf, sizeof buf, stdin));
	char *line = NULL;
	size_t cap = 0;
	ssize_t n;
	while ((n = getline(&line, &cap, stdin)) >= 0)
		printf("getline %zd [%s]\n", n, line);
	free(line);
	printf("eof %d getchar %d\n", feof(stdin), getchar());
	clearerr(stdin);
	printf("fread at eof %zu\n", fread(buf, 1, 4, stdin));
	return 0;
}
