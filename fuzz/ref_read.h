// ref_read.h — the reference FLE reader (ref_read.c): jansson's tree
// walked into the model, for fuzz_json to hold libfle's reader against.
#ifndef REF_READ_H
#define REF_READ_H
#include "fle.h"

// As fle_read_mem: the model, or NULL with fle_error() saying why.
FleFile *ref_read_mem(const char *name, const char *buf, size_t len);
#endif
