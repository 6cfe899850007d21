/* A dense switch becomes a jump table in .rodata (R_X86_64_32S / PC32). */
int classify(int x) {
  switch (x) {
  case 0: return 10;
  case 1: return 21;
  case 2: return 32;
  case 3: return 43;
  case 4: return 54;
  case 5: return 65;
  case 6: return 76;
  case 7: return 87;
  default: return -1;
  }
}
const char *day(int d) {
  switch (d) {
  case 0: return "sun"; case 1: return "mon"; case 2: return "tue";
  case 3: return "wed"; case 4: return "thu"; case 5: return "fri";
  case 6: return "sat";
  }
  return "?";
}
