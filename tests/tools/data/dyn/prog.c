// A program needing libgreet.so, compiled without -fPIC (copy relocation,
// canonical PLT entry); prog.fle is the same program in FLE.
extern int counter;
void greet(void);
void (*gp)(void) = greet;
void *addr(void) { return (void *)greet; }
int main(void) { greet(); counter++; gp(); return counter; }
void _start(void) { main(); for (;;); }
