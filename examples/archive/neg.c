// neg.c — nobody calls neg(): the linker leaves this member out.
int neg(int a) { return -a; }
