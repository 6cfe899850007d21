// party.c — a program that uses libgreet.so: calls greet, reads its counter.
#include <stdio.h>

void greet(const char *who);
extern int greetings;

int main(void) {
  greet("world");
  greet("FLE");
  printf("%d greetings\n", greetings);
  return 0;
}
