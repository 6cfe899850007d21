// hello.c — defines hello().
#include <stdio.h>

void hello(void) { printf("hello\n"); }
