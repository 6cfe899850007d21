// two.c — another global definition of x.
int x = 2;
