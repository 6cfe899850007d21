/* Prints the stack protector canary, %fs:0x28. */
#include <stdio.h>
int main(void)
{
	unsigned long c;
	__asm__ volatile ("mov %%fs:0x28, %0" : "=r"(c));
	printf("%016lx\n", c);
	return 0;
}
