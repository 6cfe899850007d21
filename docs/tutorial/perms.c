// perms.c — three ways to break W^X; choose one with -DCASE=1, 2 or 3.
const char greeting[] = "hi";                         // .rodata: r--
unsigned char ret42[] = {0xb8, 0x2a, 0, 0, 0, 0xc3};  // .data: rw- (mov $42,%eax; ret)

void _start(void) {
#if CASE == 1
  ((char *)greeting)[0] = 'H';      // write into read-only data
#elif CASE == 2
  *(unsigned char *)_start = 0xc3;  // write into code
#else
  ((int (*)(void))ret42)();         // run data as code
#endif
}
