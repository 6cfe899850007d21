// jit.c — gdb sees the program: its symbols and debug information are
// handed over through gdb's JIT interface, with no step by the user.
//
// gdb debugging "fle-exec ./prog" knows fle-exec's own symbols only; the
// program is mapped by fle-exec, not by the kernel or ld.so, so gdb does
// not know it is there.  gdb's JIT interface (gdb manual, "JIT
// Compilation Interface") lets a process describe code it made: gdb puts
// a breakpoint on __jit_debug_register_code, and when it is called reads
// __jit_debug_descriptor, whose newest entry points at an ELF image of
// the code's symbols and DWARF, already at their run-time addresses.
//
// That image is the program's ELF twin, made by fle-objcopy (at the base
// this run loaded a PIE at), written into a memfd and mapped read-only;
// it stays mapped for the program's life, since gdb may read it again.
// Without a debugger nothing of this runs: gdb's breakpoint is an int3 at
// __jit_debug_register_code's first byte, and that byte is all fle-exec
// looks at.  spec/abi.md §8 says what a debugger finds.
#include "fle-exec.h"

#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

// gdb's names and layout (gdb/jit.h); gdb finds them in fle-exec's
// symbol table, so they are global, and the only state of their kind.
enum { JIT_NOACTION, JIT_REGISTER_FN, JIT_UNREGISTER_FN };

struct jit_code_entry {
  struct jit_code_entry *next_entry, *prev_entry;
  const char *symfile_addr;
  uint64_t symfile_size;
};

struct jit_descriptor {
  uint32_t version;
  uint32_t action_flag;
  struct jit_code_entry *relevant_entry, *first_entry;
};

struct jit_descriptor __jit_debug_descriptor = {1, JIT_NOACTION, NULL, NULL};

__attribute__((noinline, used)) void __jit_debug_register_code(void) {
  __asm__ volatile("" ::: "memory");
}

// A debugger waits at __jit_debug_register_code: its first byte is then
// gdb's breakpoint, int3.
bool jit_debugger_present(void) {
  return *(volatile const unsigned char *)(void *)__jit_debug_register_code == 0xcc;
}

// fle-objcopy's ELF twin of path in a memfd, or -1; a PIE (pie) is
// exported at base.  The fault report (fault.c) reads its DWARF too.
int twin_make(const char *path, bool pie, uint64_t base) {
  int fd = memfd_create("fle-exec-jit", MFD_CLOEXEC);
  if (fd < 0)
    return -1;
  char tool[4096], base_opt[32];
  snprintf(tool, sizeof tool, "%s/fle-objcopy", fle_self_dir());
  snprintf(base_opt, sizeof base_opt, "--base=0x%llx", (unsigned long long)base);
  pid_t pid = fork();
  if (pid == 0) {
    dup2(fd, 1);
    if (pie)
      execl(tool, tool, base_opt, path, "-", (char *)NULL);
    else
      execl(tool, tool, path, "-", (char *)NULL);
    _exit(127);
  }
  int st = 0;
  if (pid < 0 || waitpid(pid, &st, 0) < 0 || !WIFEXITED(st) || WEXITSTATUS(st) != 0) {
    close(fd);
    return -1;
  }
  return fd;
}

// Registers the program with the debugger.  Best effort: a debugger
// that gets nothing still debugs fle-exec itself.
void jit_register(const char *path, const Image *im) {
  int fd = twin_make(path, im->base != 0, im->base);
  struct stat st;
  if (fd < 0 || fstat(fd, &st) < 0 || st.st_size == 0) {
    note("gdb: the program's symbols could not be made (fle-objcopy)");
    if (fd >= 0)
      close(fd);
    return;
  }
  void *image = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
  close(fd);
  struct jit_code_entry *e = mmap(NULL, sizeof *e, PROT_READ | PROT_WRITE,
                                  MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (image == MAP_FAILED || e == MAP_FAILED)
    return;
  *e = (struct jit_code_entry){NULL, NULL, image, (uint64_t)st.st_size};
  __jit_debug_descriptor.first_entry = e;
  __jit_debug_descriptor.relevant_entry = e;
  __jit_debug_descriptor.action_flag = JIT_REGISTER_FN;
  __jit_debug_register_code();
  __jit_debug_descriptor.action_flag = JIT_NOACTION;
}
