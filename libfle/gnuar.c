// gnuar.c — a System V / GNU ar archive of FLE objects, read into the
// same FLE_AR model as an FLE archive (spec §6).
//
// Real makefiles (Lua's, sbase's) archive what `fle-cc -c` made with the
// system's `ar rcu` and `ranlib`, not with fle-ar.  GNU ar stores any
// file as a member, so such a libNAME.a is a standard `!<arch>` archive
// whose members are FLE text.  libelf reads the ar format (member
// headers, GNU's "//" table of long names); this file only turns its
// members into FLE objects.  The symbol table GNU ar may have written
// ("/", which ranlib leaves empty since it cannot read FLE) is ignored:
// the index is built from the members' own defined symbols, as fle-ar s
// builds it, so it is never stale or missing.
//
// Every member must be an FLE object: an archive mixing in an ELF object
// is refused whole, naming the member ("libx.a(foo.o): not an FLE object
// (it looks like an ELF object; fle-as converts it)"), since a linker
// that skipped it could leave its symbols silently undefined.
//
// This is the only libfle file that needs libelf; fle-exec, which loads
// executables and never reads archives, is built without it.
#include "internal.h"

#include <libelf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

bool fle_is_gnu_ar(const char *buf, size_t len) {
  return len >= 8 && memcmp(buf, "!<arch>\n", 8) == 0;
}

// The armap ("/", "/SYM64/") and GNU's long-name table ("//") are the
// format's own members, not files that were archived.
static bool format_member(const char *name) {
  return !strcmp(name, "/") || !strcmp(name, "//") || !strcmp(name, "/SYM64/");
}

// "lib.a(m.o)": how a member is called in messages, as the linker does.
static char *member_label(const char *archive, const char *member) {
  size_t n = strlen(archive) + strlen(member) + 3;
  char *p = fle_xmalloc(n);
  snprintf(p, n, "%s(%s)", archive, member);
  return p;
}

// The member's bytes as an FLE object, or NULL with fle_error() set.
static FleFile *read_member(const char *label, const char *bytes, size_t len) {
  const char *what = fle_sniff(bytes, len);
  if (what)
    return fle_set_error("%s: not an FLE object (%s)", label, what), NULL;
  FleFile *obj = fle_read_mem(label, bytes, len);
  if (obj && obj->kind != FLE_OBJ) {
    fle_set_error("%s: not an FLE object (it is an FLE %s)", label,
                  obj->kind == FLE_EXE ? "executable" : "archive");
    fle_free(obj);
    return NULL;
  }
  return obj;
}

// The reader places a section's text (text_offset) in the member's
// bytes; in an archive file it is where the member begins plus that.
static void place_in_archive(FleFile *obj, size_t member_start) {
  for (size_t i = 0; i < obj->nsections; i++)
    if (obj->sections[i].text_offset)
      obj->sections[i].text_offset += member_start;
}

// Adds the member m of the archive buf, called name, to ar; 0, or -1
// with fle_error().
static int add_member(FleFile *ar, Elf *m, const char *name, const char *buf) {
  Elf_Arhdr *h = elf_getarhdr(m);
  if (!h || !h->ar_name)
    return fle_set_error("%s: bad ar member header: %s", name, elf_errmsg(-1));
  if (format_member(h->ar_name))
    return 0;
  // BSD ar keeps long names ("#1/LEN") in the member's data, which libelf
  // would hand over as part of the object.
  if (h->ar_rawname && strncmp(h->ar_rawname, "#1/", 3) == 0)
    return fle_set_error("%s: a BSD ar archive: only System V / GNU ar "
                         "archives of FLE objects are read", name);
  size_t len = 0;
  const char *bytes = elf_rawfile(m, &len);
  char *label = member_label(name, h->ar_name);
  FleFile *obj = read_member(label, bytes ? bytes : "", bytes ? len : 0);
  free(label);
  if (!obj)
    return -1;
  place_in_archive(obj, (size_t)(bytes - buf));
  free(obj->path);
  obj->path = fle_xstrdup(h->ar_name);
  fle_add_member(ar, obj);
  return 0;
}

// Where the member m ends in the archive, with the byte that pads an
// odd-sized member.
static size_t member_end(Elf *m) {
  Elf_Arhdr *h = elf_getarhdr(m);
  int64_t at = elf_getaroff(m);
  if (!h || at < 0)
    return 0;
  size_t size = (size_t)h->ar_size;
  return (size_t)at + 60 + size + (size & 1); // 60: an ar member header
}

// libelf ends the walk the same way at the archive's end and at a header
// it cannot read (elf_next gives ELF_C_NULL, elf_begin NULL), so a walk
// that stopped short of the last byte met a bad or truncated header.
static int check_walked_all(const char *name, size_t end, size_t len) {
  if (end >= len)
    return 0;
  return fle_set_error("%s: bad ar archive: no valid member header at offset %zu",
                       name, end);
}

FleFile *fle_read_gnu_ar(const char *name, const char *buf, size_t len) {
  elf_version(EV_CURRENT);
  // ELF_C_READ_MMAP: libelf only reads the image, never writes to it.
  Elf *e = elf_memory((char *)buf, len);
  if (!e || elf_kind(e) != ELF_K_AR) {
    if (e)
      elf_end(e);
    return fle_set_error("%s: bad ar archive: %s", name, elf_errmsg(-1)), NULL;
  }
  FleFile *ar = fle_new(FLE_AR, name);
  Elf_Cmd cmd = ELF_C_READ_MMAP;
  Elf *m;
  int rc = 0;
  size_t end = 8; // past "!<arch>\n"
  while (rc == 0 && (m = elf_begin(-1, cmd, e)) != NULL) {
    rc = add_member(ar, m, name, buf);
    end = member_end(m);
    cmd = elf_next(m);
    elf_end(m);
  }
  if (rc == 0)
    rc = check_walked_all(name, end, len);
  elf_end(e);
  if (rc) {
    fle_free(ar);
    return NULL;
  }
  fle_build_index(ar);
  return ar;
}

static FleFile *read_fle_or_gnu_ar(const char *name, const char *buf, size_t len) {
  if (fle_is_gnu_ar(buf, len))
    return fle_read_gnu_ar(name, buf, len);
  return fle_read_mem(name, buf, len);
}

FleFile *fle_read_input(const char *path) {
  return fle_read_path(path, NULL, read_fle_or_gnu_ar);
}

FleFile *fle_read_input_into(const char *path, FleReadBuf *rb) {
  return fle_read_path(path, rb, read_fle_or_gnu_ar);
}
