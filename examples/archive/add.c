// add.c — one member of libcalc.a.
int add(int a, int b) { return a + b; }
