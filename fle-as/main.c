// fle-as — the assembler wrapper.
//
//   fle-as foo.s -o foo.fle     assemble with GNU as, then convert
//   fle-as foo.S -o foo.fle     preprocess + assemble with gcc, convert
//   fle-as foo.o -o foo.fle     convert an ELF relocatable object
//
// Inputs are told apart by content: an ELF file is converted as it is,
// anything else is assembly source.  Options other than -o go to the
// assembler.
#include "fle-as.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void usage(int status) {
  fprintf(status ? stderr : stdout,
          "usage: fle-as [options] INPUT [-o OUTPUT]\n"
          "  INPUT is assembly (.s, or .S to preprocess) or an ELF relocatable object.\n"
          "  -o FILE   write the FLE object to FILE (default a.out)\n"
          "  other options are passed to the assembler\n");
  exit(status);
}

static bool ends_with(const char *s, const char *suffix) {
  size_t n = strlen(s), m = strlen(suffix);
  return n >= m && strcmp(s + n - m, suffix) == 0;
}

// Assembles src into a temporary ELF object and returns its path.
static char *assemble(const char *src, char **extra, int nextra) {
  char *obj = tmp_name(".o");
  char **argv = fle_xcalloc((size_t)nextra + 10, sizeof *argv);
  int n = 0;
  if (ends_with(src, ".S")) {
    argv[n++] = "gcc";
    argv[n++] = "-c";
  } else {
    argv[n++] = "as";
    argv[n++] = "--64";
  }
  for (int i = 0; i < nextra; i++)
    argv[n++] = extra[i];
  argv[n++] = "-o";
  argv[n++] = obj;
  argv[n++] = (char *)src;
  if (run_cmd(argv) != 0)
    fle_fatal("%s: assembly failed", src);
  free(argv);
  return obj;
}

int main(int argc, char **argv) {
  fle_tool = "fle-as";
  const char *out = "a.out", *in = NULL;
  char **extra = fle_xcalloc((size_t)argc, sizeof *extra);
  int nextra = 0;
  for (int i = 1; i < argc; i++) {
    if (!strcmp(argv[i], "--help"))
      usage(0);
    else if (!strcmp(argv[i], "--version"))
      printf("fle-as (FLE toolchain) FLE format %d\n", FLE_VERSION), exit(0);
    else if (!strcmp(argv[i], "-o") && i + 1 < argc)
      out = argv[++i];
    else if (argv[i][0] == '-' && argv[i][1])
      extra[nextra++] = argv[i];
    else if (in)
      fle_fatal("more than one input file (%s and %s)", in, argv[i]);
    else
      in = argv[i];
  }
  if (!in)
    usage(2);
  fle_check_not_output(in, out);
  if (access(in, R_OK) != 0)
    fle_fatal("cannot open %s: %m", in);
  char *obj = is_elf_file(in) ? NULL : assemble(in, extra, nextra);
  FleFile *f = elf_to_fle(obj ? obj : in, in);
  free(obj);
  free(extra);
  if (!f)
    return 1;
  int rc = fle_write(f, out);
  fle_free(f);
  if (rc != 0)
    fle_fatal("%s", fle_error());
  return 0;
}
