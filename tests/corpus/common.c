/* COMMON symbols (compiled with -fcommon in the corpus matrix). */
int common_a;
char common_buf[256];
double common_d;
int touch(void) { return common_a + common_buf[3] + (int)common_d; }
