// setlevel.c — a definition of level for level.c.
int level = 3;
