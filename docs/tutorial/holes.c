// holes.c — a hole of each kind that chapter 8 of the tutorial takes
// apart.  Compile with -fno-pie to get the absolute ones.
extern int table[4];     // defined in table.c
static int hits;         // local: a reference to it names .bss instead
int *where = &table[2];  // a pointer kept in .data

int third(void) { hits++; return table[2]; }
int nth(long i) { return table[i]; }
long addr(void) { return (long)&table[1]; }
int first(void) { return third(); }
