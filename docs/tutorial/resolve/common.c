// common.c — a tentative definition: COMMON when compiled with -fcommon.
int x;
