# minilibc: the C library FLE programs run on.  One source tree, built
# here natively (an ELF static archive for testing with gdb/valgrind);
# the FLE build reuses MINILIBC_SRCS and MINILIBC_CFLAGS with fle-cc.
#
#   MINILIBC_SRCS     every library source (.c and .S), relative to the root
#   MINILIBC_CFLAGS   compile flags for library sources (and crt)
#   MINILIBC_PROG_CFLAGS  flags for compiling programs against minilibc
#   MINILIBC_HEADERS  public headers, installed to $(B)/lib/fle/include

MINILIBC_SRCS := $(sort $(wildcard minilibc/src/*/*.c minilibc/src/*/*.S))
MINILIBC_HEADERS := $(sort $(wildcard minilibc/include/*.h minilibc/include/*/*.h))
MINILIBC_GCC_INCLUDE := $(shell $(CC) -print-file-name=include)

# -ffreestanding/-fno-builtin: we are the C library, so gcc must not
# assume one; -fno-tree-loop-distribute-patterns stops gcc turning the
# loops inside memcpy/memset into calls to memcpy/memset.  No stack
# protector and no TLS in the library: the canary lives at %fs:0x28, and
# the thread pointer only exists once __init_tls has run.  -fno-pie: objects are linked statically at a fixed
# address.  -fno-omit-frame-pointer -mno-omit-leaf-frame-pointer: every
# library function, leaves too, keeps %rbp as a frame pointer (the flags
# Fedora and Ubuntu now build their libraries with), so `fle-exec
# --trace`'s fault report can walk out of the library — from abort(), a
# bad free() or strlen(NULL) to the program's call — without .eh_frame.
MINILIBC_PROG_CFLAGS := -nostdinc -isystem minilibc/include \
	-isystem $(MINILIBC_GCC_INCLUDE) -fno-stack-protector -fno-pie
MINILIBC_CFLAGS := -std=gnu11 -O2 -g -fno-omit-frame-pointer \
	-mno-omit-leaf-frame-pointer -ffreestanding -fno-builtin \
	-fno-tree-loop-distribute-patterns -fno-stack-protector -fno-pie \
	-fno-asynchronous-unwind-tables -nostdinc -isystem minilibc/include \
	-isystem $(MINILIBC_GCC_INCLUDE) -Iminilibc/src/internal \
	-Wall -Wno-parentheses -Wno-unused-function

MINILIBC_NATIVE_OBJS := $(patsubst minilibc/src/%,$(B)/minilibc/native/%.o,\
	$(basename $(MINILIBC_SRCS)))

# -MMD leaves out headers reached through -isystem, which ours are: so
# every object also depends on every public header, as the FLE build's do.
$(B)/minilibc/native/%.o: minilibc/src/%.c $(MINILIBC_HEADERS)
	@mkdir -p $(dir $@)
	$(CC) $(MINILIBC_CFLAGS) -MMD -MP -c $< -o $@

$(B)/minilibc/native/%.o: minilibc/src/%.S
	@mkdir -p $(dir $@)
	$(CC) $(MINILIBC_CFLAGS) -MMD -MP -c $< -o $@

$(B)/lib/native/libminilibc.a: $(MINILIBC_NATIVE_OBJS)
	@mkdir -p $(dir $@)
	@echo "  AR      $@"
	@rm -f $@ && ar rcs $@ $^

# The build tree mirrors the install layout: headers go to lib/fle/include.
MINILIBC_INSTALLED_HEADERS := $(patsubst minilibc/include/%,$(B)/lib/fle/include/%,$(MINILIBC_HEADERS))
$(B)/lib/fle/include/%.h: minilibc/include/%.h
	@mkdir -p $(dir $@)
	cp $< $@

ALL += $(B)/lib/native/libminilibc.a $(MINILIBC_INSTALLED_HEADERS)
