// fuzz_elf2fle.c — libFuzzer target: fle-as's ELF -> FLE converter on
// ELF relocatable objects.
//
// The input is written to a memfd and converted by elf_to_fle through
// its /proc/self/fd path, exactly as fle-as converts a file.  A
// conversion that succeeds must give FLE that libfle either refuses to
// write (fle-as then fails with the writer's message) or writes as text
// that reads back and is a fixed point: fle-as must never write an object
// the other tools refuse.
#include "fle-as.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

static int fd = -1;
static char path[64];

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  (void)argc, (void)argv;
  fle_tool = "fuzz-elf2fle";
  fd = memfd_create("fuzz.o", 0);
  if (fd < 0)
    abort();
  snprintf(path, sizeof path, "/proc/self/fd/%d", fd);
  return 0;
}

static void die(const char *what, const char *detail) {
  fprintf(stderr, "fuzz-elf2fle: %s%s%s\n", what, detail ? ": " : "", detail ? detail : "");
  abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (ftruncate(fd, 0) < 0 || pwrite(fd, data, size, 0) != (ssize_t)size)
    abort();
  FleFile *f = elf_to_fle(path, "fuzz.o");
  if (!f)
    return 0;
  size_t n1, n2;
  char *t1 = fle_dump(f, &n1);
  if (!t1) { // fle-as refuses it with the writer's message
    fle_free(f);
    return 0;
  }
  FleFile *g = fle_read_mem("fuzz.fle", t1, n1);
  if (!g)
    die("the reader refuses a converted object", fle_error());
  char *t2 = fle_dump(g, &n2);
  if (!t2 || n1 != n2 || memcmp(t1, t2, n1) != 0)
    die("a converted object's text is not a fixed point of read + write", NULL);
  free(t1);
  free(t2);
  fle_free(f);
  fle_free(g);
  return 0;
}
