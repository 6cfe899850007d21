// fle-as.h — what fle-as and fle-cc share: the ELF -> FLE converter and
// running the GNU tools they wrap.
#ifndef FLE_AS_H
#define FLE_AS_H
#include "fle.h"

// Converts the ELF relocatable object at path; `name` is used in
// messages and as the object's name.  NULL after reporting an error.
FleFile *elf_to_fle(const char *path, const char *name);

// Runs argv (searching PATH); returns its exit status, or 128+signal.
int run_cmd(char *const argv[]);
// A fresh private directory for temporary files, removed at exit and
// when SIGINT, SIGTERM or SIGHUP ends the tool.
const char *tmp_dir(void);
// "<tmp_dir>/<n><suffix>", a new name each call.
char *tmp_name(const char *suffix);
// True if the file starts with the ELF magic.
bool is_elf_file(const char *path);
#endif
