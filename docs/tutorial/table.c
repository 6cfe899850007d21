// table.c — the array holes.c refers to.
int table[4] = {10, 20, 30, 40};
