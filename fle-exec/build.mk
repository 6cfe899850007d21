# fle-exec: the FLE loader.
#
# fle-exec must stay out of the way of the programs it loads (they link
# at 0x400000 and up) and must start fast (bench/exec).  So it is a
# static PIE: no dynamic loader to run, and the kernel places it at a
# random high address, far from 0x400000.  Built wholly against musl
# when musl-gcc is installed — a static glibc costs about twice a static
# musl at start-up — with the reading half of libfle compiled again for
# musl (build/fle-exec/libfle; the writer, which needs jansson, is not
# part of the loader, nor is gnuar.c, the GNU ar reader, which needs
# libelf).  Without musl-gcc: gcc -static-pie on glibc.

FLE_EXEC_SRCS := main.c validate.c map.c stack.c procmm.c trace.c fault.c chain.c arena.c jit.c \
                 search.c dynamic.c rt.c rtbuild.c dl.c
FLE_EXEC_OBJS := $(FLE_EXEC_SRCS:%.c=$(B)/fle-exec/%.o) $(B)/fle-exec/enter.o \
                 $(B)/fle-exec/resolve.o
MUSL_LIB      ?= /usr/lib/x86_64-linux-musl
FLE_EXEC_MUSL ?= $(if $(and $(shell command -v musl-gcc),$(wildcard $(MUSL_LIB)/rcrt1.o)),yes,no)

ifeq ($(FLE_EXEC_MUSL),yes)
EXEC_CC     := musl-gcc
EXEC_CFLAGS := $(filter-out -Ilibfle,$(CFLAGS)) -fPIE -Ilibfle -D_GNU_SOURCE -DFLE_SINGLE_THREAD
EXEC_LIBFLE := $(patsubst libfle/%.c,$(B)/fle-exec/libfle/%.o,\
                 $(filter-out libfle/write.c libfle/line_write.c libfle/gnuar.c,\
                   $(wildcard libfle/*.c)))
EXEC_LINK   := $(CC) -static-pie -nostdlib -nostartfiles
EXEC_START  := $(MUSL_LIB)/rcrt1.o $(MUSL_LIB)/crti.o \
               $(shell $(CC) -print-file-name=crtbeginS.o)
EXEC_END    := $(MUSL_LIB)/libc.a $(shell $(CC) -print-libgcc-file-name) \
               $(shell $(CC) -print-file-name=crtendS.o) $(MUSL_LIB)/crtn.o

$(B)/fle-exec/libfle/%.o: libfle/%.c
	@mkdir -p $(dir $@)
	$(EXEC_CC) $(EXEC_CFLAGS) -MMD -MP -c $< -o $@

$(B)/fle-exec/fle-exec.full: $(FLE_EXEC_OBJS) $(EXEC_LIBFLE)
	@mkdir -p $(dir $@)
	$(EXEC_LINK) -o $@ $(EXEC_START) $(FLE_EXEC_OBJS) $(EXEC_LIBFLE) $(EXEC_END)
else
EXEC_CC     := $(CC)
EXEC_CFLAGS := $(CFLAGS) -fPIE -D_GNU_SOURCE

$(B)/fle-exec/fle-exec.full: $(FLE_EXEC_OBJS) $(B)/libfle/libfle.a
	@mkdir -p $(dir $@)
	$(CC) -static-pie -o $@ $(FLE_EXEC_OBJS) $(B)/libfle/libfle.a
endif

# The installed loader keeps only the two symbols of gdb's JIT interface
# (jit.c): under gdb, "break main" must find the program's main, not the
# loader's.  build/fle-exec/fle-exec.full is the loader with everything.
$(BIN)/fle-exec: $(B)/fle-exec/fle-exec.full
	@mkdir -p $(dir $@)
	strip -K __jit_debug_register_code -K __jit_debug_descriptor -o $@ $<

$(B)/fle-exec/%.o: fle-exec/%.c
	@mkdir -p $(dir $@)
	$(EXEC_CC) $(EXEC_CFLAGS) -MMD -MP -c $< -o $@

$(B)/fle-exec/%.o: fle-exec/%.S
	@mkdir -p $(dir $@)
	$(EXEC_CC) -c $< -o $@

# The fault handler runs with the program's thread pointer: no canary.
$(B)/fle-exec/fault.o $(B)/fle-exec/chain.o: EXEC_CFLAGS += -fno-stack-protector
# The lazy resolver runs between a caller and the function it calls: no
# canary either, no vector register (rt.h), and no sanitizer even in
# make test-asan's build (its runtime reads the loader's thread pointer).
$(B)/fle-exec/rt.o: EXEC_CFLAGS += -fno-stack-protector -mgeneral-regs-only -fno-sanitize=all
# dlopen's entries switch to the loader's thread pointer first thing.
$(B)/fle-exec/dl.o: EXEC_CFLAGS += -fno-stack-protector

ALL += $(BIN)/fle-exec
INSTALL_STEPS += install -m 755 $(BIN)/fle-exec $(DESTDIR)$(PREFIX)/bin/;
