// one.c — a global definition of x.
int x = 1;
