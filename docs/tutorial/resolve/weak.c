// weak.c — a weak definition of x.
__attribute__((weak)) int x = 3;
