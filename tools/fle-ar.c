// fle-ar.c — the FLE archiver: a bag of objects with a symbol index.
//
//   fle-ar rcs libNAME.a a.fle b.fle   create or update (r: insert,
//                                      replacing same-named members;
//                                      c: no "creating" note; s: index)
//   fle-ar t libNAME.a                 list members
//   fle-ar x libNAME.a [member...]     extract members (all by default)
//   fle-ar p libNAME.a [member...]     print members' text to stdout
//   fle-ar d libNAME.a member...       delete members
//   fle-ar s libNAME.a                 rebuild the index
//
// An FLE archive (spec §6) holds whole objects under their base names and
// an index from every global or weak symbol they define to the first
// member defining it, which is all a linker needs to pull members on
// demand.  The index is rebuilt on every write, so it is never stale.
// Inputs are recognised by content: only FLE objects become members.
// t, x and p also read a System V / GNU ar archive of FLE objects (what
// a makefile's `ar rc` made of fle-cc's objects); fle-ar writes only FLE
// archives, so r, d and s refuse one rather than change its format
// (fle-ranlib checks one and leaves it as it is).
//
// `x` writes each member to a file of the member's name in the current
// directory, so a name is only ever a plain file name: an archive with a
// member named "/etc/x", "../x", "a/b", "." or ".." is refused whole,
// before anything is extracted, and no such archive is ever written.
#include "fle.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void usage(FILE *out) {
  fprintf(out, "usage: fle-ar [-]{r,q,t,x,p,d,s}[cSsvuUD] ARCHIVE [MEMBER...]\n"
               "  r  insert members, replacing ones with the same name (q: the same)\n"
               "  t  list members\n"
               "  x  extract members (all when none is named)\n"
               "  p  print members (all when none is named) to standard output\n"
               "  d  delete members\n"
               "  s  write the symbol index (always done on write)\n"
               "  c  create the archive without a note\n"
               "  v  verbose\n"
               "  u, U, D, S  accepted: an FLE archive records no dates, owners\n"
               "     or modes, so it is always deterministic (D) and u replaces\n"
               "     every member named\n");
}

static const char *base_name(const char *path) {
  const char *s = strrchr(path, '/');
  return s ? s + 1 : path;
}

// A name x can write in the current directory and nowhere else.
static bool plain_name(const char *name) {
  return name[0] && !strchr(name, '/') && strcmp(name, ".") && strcmp(name, "..");
}

// Reports every member whose name is not plain; true if there was one.
static bool bad_member_names(const FleFile *ar, const char *path) {
  bool bad = false;
  for (size_t i = 0; i < ar->nmembers; i++)
    if (!plain_name(ar->members[i]->path)) {
      fle_errorf("%s: member name '%s' is not a plain file name", path,
                 ar->members[i]->path);
      bad = true;
    }
  return bad;
}

static int find_member(const FleFile *ar, const char *name) {
  for (size_t i = 0; i < ar->nmembers; i++)
    if (strcmp(ar->members[i]->path, name) == 0)
      return (int)i;
  return -1;
}

// The existing archive, or a new empty one when create is allowed;
// only one to be read (not written) may be a GNU ar archive.
static FleFile *open_archive(const char *path, bool create, bool quiet, bool writes) {
  if (access(path, F_OK) != 0 && errno == ENOENT) {
    if (!create)
      fle_fatal("%s: No such file or directory", path);
    if (!quiet)
      fprintf(stderr, "fle-ar: creating %s\n", path);
    return fle_new(FLE_AR, path);
  }
  FleFile *ar = writes ? fle_read(path) : fle_read_input(path);
  if (!ar)
    fle_fatal("%s", fle_error());
  if (ar->kind != FLE_AR)
    fle_fatal("%s: not an FLE archive", path);
  return ar;
}

static void insert_member(FleFile *ar, const char *path, bool verbose) {
  FleFile *obj = fle_read(path);
  if (!obj) {
    fle_errorf("%s", fle_error());
    return;
  }
  if (obj->kind != FLE_OBJ) {
    fle_errorf("%s: not an FLE object", path);
    fle_free(obj);
    return;
  }
  free(obj->path);
  obj->path = fle_xstrdup(base_name(path));
  int i = find_member(ar, obj->path);
  if (verbose)
    printf("%s - %s\n", i >= 0 ? "r" : "a", obj->path);
  if (i >= 0) {
    fle_free(ar->members[i]);
    ar->members[i] = obj;
  } else {
    fle_add_member(ar, obj);
  }
}

static void delete_member(FleFile *ar, const char *name, bool verbose) {
  int i = find_member(ar, name);
  if (i < 0) {
    fle_errorf("%s: no member named %s", ar->path, name);
    return;
  }
  if (verbose)
    printf("d - %s\n", name);
  fle_free(ar->members[i]);
  memmove(&ar->members[i], &ar->members[i + 1],
          (ar->nmembers - i - 1) * sizeof *ar->members);
  ar->nmembers--;
}

static void extract_member(FleFile *ar, size_t i, bool verbose) {
  FleFile *m = ar->members[i];
  if (verbose)
    printf("x - %s\n", m->path);
  // fle_write takes "-" for standard output; a member is a file.
  if (fle_write(m, strcmp(m->path, "-") ? m->path : "./-") != 0)
    fle_errorf("%s", fle_error());
}

// Nothing is extracted from an archive with an unsafe member name, and
// nothing at all when a chosen member would land on the archive itself.
static void extract(FleFile *ar, int n, char **names, bool verbose) {
  if (bad_member_names(ar, ar->path))
    fle_fatal("%s: nothing extracted", ar->path);
  bool *chosen = fle_xcalloc(ar->nmembers + 1, sizeof *chosen);
  for (size_t i = 0; i < ar->nmembers; i++)
    chosen[i] = n == 0;
  for (int j = 0; j < n; j++) {
    int i = find_member(ar, names[j]);
    if (i < 0)
      fle_errorf("%s: no member named %s", ar->path, names[j]);
    else
      chosen[i] = true;
  }
  for (size_t i = 0; i < ar->nmembers; i++)
    if (chosen[i])
      fle_check_not_output(ar->path, ar->members[i]->path);
  for (size_t i = 0; i < ar->nmembers; i++)
    if (chosen[i])
      extract_member(ar, i, verbose);
  free(chosen);
}

// GNU ar's p: each member's text in turn; v puts its name before it.
static void print_members(FleFile *ar, int n, char **names, bool verbose) {
  for (size_t i = 0; i < ar->nmembers; i++) {
    bool chosen = n == 0;
    for (int j = 0; j < n && !chosen; j++)
      chosen = strcmp(ar->members[i]->path, names[j]) == 0;
    if (!chosen)
      continue;
    size_t len;
    char *text = fle_dump(ar->members[i], &len);
    if (!text) {
      fle_errorf("%s", fle_error());
      continue;
    }
    if (verbose)
      printf("\n<%s>\n\n", ar->members[i]->path);
    fwrite(text, 1, len, stdout);
    free(text);
  }
  for (int j = 0; j < n; j++)
    if (find_member(ar, names[j]) < 0)
      fle_errorf("%s: no member named %s", ar->path, names[j]);
}

static void save(FleFile *ar, const char *path) {
  fle_check_errors(); // a failed input leaves the archive untouched
  if (bad_member_names(ar, path))
    fle_fatal("%s: not written", path);
  fle_build_index(ar);
  if (fle_write(ar, path) != 0)
    fle_fatal("%s", fle_error());
}

// Whether path holds a System V / GNU ar archive (what `ar rc` wrote).
static bool is_gnu_archive(const char *path) {
  const char *buf;
  size_t len;
  if (fle_map_file(path, &buf, &len) != 0)
    return false;
  bool gnu = fle_is_gnu_ar(buf, len);
  fle_unmap_file(buf, len);
  return gnu;
}

// fle-ranlib ARCHIVE...: what ranlib does, rewrite each archive's symbol
// index (fle-ar s).  A GNU ar archive of FLE objects is only checked and
// left as it is: its readers build its index (a makefile may run
// fle-ranlib after the system's ar).  The same program under a second name, so build
// systems that look for a ranlib beside the compiler (CMake finds
// fle-ranlib for fle-cc) find one; -D, -U and -t are accepted, as there is
// nothing else to update.
static int ranlib(int argc, char **argv) {
  fle_tool = "fle-ranlib";
  int n = 0;
  for (int i = 1; i < argc; i++) {
    if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
      printf("usage: fle-ranlib [-DUt] ARCHIVE...\n"
             "  rewrite each FLE archive's symbol index (fle-ar s); a GNU ar\n"
             "  archive of FLE objects is checked and left as it is\n");
      return 0;
    }
    if (!strcmp(argv[i], "--version")) {
      printf("fle-ranlib (FLE toolchain) FLE version %d\n", FLE_VERSION);
      return 0;
    }
    if (argv[i][0] == '-' && strspn(argv[i] + 1, "DUt") == strlen(argv[i] + 1))
      continue;
    if (argv[i][0] == '-')
      fle_fatal("unknown option '%s'", argv[i]);
    bool gnu = is_gnu_archive(argv[i]);
    FleFile *ar = open_archive(argv[i], false, true, !gnu);
    if (!gnu)
      save(ar, argv[i]);
    fle_free(ar);
    n++;
  }
  if (!n)
    fle_fatal("no archive given\n>>> usage: fle-ranlib [-DUt] ARCHIVE...");
  return 0;
}

int main(int argc, char **argv) {
  if (!strcmp(base_name(argv[0]), "fle-ranlib"))
    return ranlib(argc, argv);
  fle_tool = "fle-ar";
  if (argc >= 2 && (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h"))) {
    usage(stdout);
    return 0;
  }
  if (argc >= 2 && !strcmp(argv[1], "--version")) {
    printf("fle-ar (FLE toolchain) FLE version %d\n", FLE_VERSION);
    return 0;
  }
  if (argc < 3) {
    usage(stderr);
    return 1;
  }
  const char *ops = argv[1] + (argv[1][0] == '-');
  char op = 0;
  bool quiet = false, verbose = false;
  for (const char *p = ops; *p; p++) {
    if (strchr("rqtxpd", *p)) {
      if (op)
        fle_fatal("two operations given: '%c' and '%c'", op, *p);
      op = *p == 'q' ? 'r' : *p;
    } else if (*p == 'c') {
      quiet = true;
    } else if (*p == 'v') {
      verbose = true;
    } else if (*p == 's') {
      if (!op && !p[1] && p == ops)
        op = 's';
    } else if (!strchr("SuUD", *p)) {
      fle_fatal("unknown operation letter '%c'", *p);
    }
  }
  if (!op)
    fle_fatal("no operation given (one of r, q, t, x, p, d, s)");
  const char *path = argv[2];
  if (op == 'r')
    for (int i = 3; i < argc; i++)
      fle_check_not_output(argv[i], path);
  FleFile *ar = open_archive(path, op == 'r', quiet, strchr("rds", op) != NULL);
  switch (op) {
  case 'r':
    for (int i = 3; i < argc; i++)
      insert_member(ar, argv[i], verbose);
    save(ar, path);
    break;
  case 'd':
    for (int i = 3; i < argc; i++)
      delete_member(ar, argv[i], verbose);
    save(ar, path);
    break;
  case 's':
    save(ar, path);
    break;
  case 't':
    for (size_t i = 0; i < ar->nmembers; i++)
      printf("%s\n", ar->members[i]->path);
    break;
  case 'x':
    extract(ar, argc - 3, argv + 3, verbose);
    break;
  case 'p':
    print_members(ar, argc - 3, argv + 3, verbose);
    break;
  }
  fle_free(ar);
  fle_check_errors();
  return 0;
}
