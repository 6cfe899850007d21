# Reliability: the sanitizer build of every tool and the libFuzzer targets.
#
#   make test-asan          every tool, libfle and the FLE build of minilibc
#                           built with -fsanitize=address,undefined into
#                           $(ASAN_ROOT)/build, then the whole test suite run
#                           against them (fuzz/test-asan says how)
#   make fuzz FUZZ_TIME=60  each libFuzzer target for FUZZ_TIME seconds
#   make fuzz-build         only build the targets (build/fuzz/fuzz_*)
#
# The fuzz targets (fuzz/fuzz_*.c) are built with clang, libFuzzer,
# ASan and UBSan from libfle's, fle-as's, fle-ld's and fle-exec's own
# sources, compiled again under build/fuzz/ so the normal build is
# untouched.  fuzz_ld links fle-ld's passes in process; its copy of
# libfle and fle-ld is compiled with fuzz/track.h forced in (allocations
# released between inputs, exit() returns to the harness).

FUZZ_CC      ?= clang
FUZZ_SAN     := -fsanitize=address,undefined -fno-sanitize-recover=all
FUZZ_CFLAGS  := -g -O1 -fno-omit-frame-pointer $(FUZZ_SAN) \
                -fsanitize=fuzzer-no-link -std=gnu11 -D_GNU_SOURCE \
                -Wall -Wextra -Wno-unused-parameter \
                -Ilibfle -Ifle-as -Ifle-ld -Ifle-exec -Ifuzz
FUZZ_LDFLAGS := -fsanitize=fuzzer $(FUZZ_SAN)
FUZZ_TIME    ?= 60
FZ           := $(B)/fuzz
FUZZ_TARGETS := fuzz_read fuzz_json fuzz_elf2fle fuzz_ld fuzz_validate

# Plain sanitized objects, and "tracked" ones for fuzz_ld.
$(FZ)/obj/%.o: %.c
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -MMD -MP -c $< -o $@

$(FZ)/track/%.o: %.c fuzz/track.h
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -include fuzz/track.h -MMD -MP -c $< -o $@

FUZZ_LIBFLE := $(patsubst %.c,$(FZ)/obj/%.o,$(wildcard libfle/*.c))
FUZZ_LD_OBJS := $(FZ)/obj/fuzz/fuzz_ld.o $(FZ)/obj/fuzz/track.o \
    $(patsubst %.c,$(FZ)/track/%.o,$(filter-out libfle/diag.c,$(wildcard libfle/*.c)) \
        $(filter-out fle-ld/main.c fle-ld/resolve.c,$(wildcard fle-ld/*.c)) \
        fuzz/ld_diag.c fuzz/ld_resolve.c)

$(FZ)/fuzz_read: $(FZ)/obj/fuzz/fuzz_read.o $(FUZZ_LIBFLE)
	$(FUZZ_CC) $(FUZZ_LDFLAGS) -o $@ $^ -ljansson -lelf

# fuzz_json holds libfle's reader against jansson's (fuzz/ref_read.c).
$(FZ)/fuzz_json: $(FZ)/obj/fuzz/fuzz_json.o $(FZ)/obj/fuzz/ref_read.o $(FUZZ_LIBFLE)
	$(FUZZ_CC) $(FUZZ_LDFLAGS) -o $@ $^ -ljansson -lelf

$(FZ)/fuzz_elf2fle: $(FZ)/obj/fuzz/fuzz_elf2fle.o $(FZ)/obj/fle-as/elf2fle.o $(FUZZ_LIBFLE)
	$(FUZZ_CC) $(FUZZ_LDFLAGS) -o $@ $^ -lelf -ljansson

$(FZ)/fuzz_validate: $(FZ)/obj/fuzz/fuzz_validate.o $(FZ)/obj/fle-exec/validate.o \
                     $(FZ)/obj/fle-exec/trace.o $(FZ)/obj/fle-exec/stack.o $(FUZZ_LIBFLE)
	$(FUZZ_CC) $(FUZZ_LDFLAGS) -o $@ $^ -ljansson -lelf

$(FZ)/fuzz_ld: $(FUZZ_LD_OBJS)
	$(FUZZ_CC) $(FUZZ_LDFLAGS) -o $@ $^ -ljansson -lpthread -ldw -lelf

.PHONY: fuzz fuzz-build fuzz-seeds test-asan
fuzz-build: $(addprefix $(FZ)/,$(FUZZ_TARGETS))

# Seed corpora from the test suite's own files (fuzz/mkseeds).
fuzz-seeds: all
	./fuzz/mkseeds $(FZ)/seeds

fuzz: fuzz-build fuzz-seeds
	@for t in $(FUZZ_TARGETS); do ./fuzz/run $(FZ) $$t $(FUZZ_TIME) || exit 1; done

# ------------------------------------------------------------ test-asan
# The sanitized build lives in $(ASAN_ROOT)/build, and $(ASAN_ROOT) holds
# links to every other top-level entry of the tree, so the tests — which
# find the tools at $ROOT/build/bin — run unchanged from $(ASAN_ROOT).
ASAN_ROOT   := $(B)/asan
ASAN_CFLAGS := -O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined \
               -fno-sanitize-recover=undefined

test-asan:
	./fuzz/test-asan $(ASAN_ROOT) "$(ASAN_CFLAGS)" \
	    "$(patsubst $(B)/%,build/%,$(filter-out $(BIN)/fle-exec,$(ALL)))"

# Only in the sanitized build (make B=.../build FLE_EXEC_MUSL=no): fle-exec
# as a dynamic PIE, since ASan cannot be linked statically; without
# arena.c, whose malloc would replace ASan's (fuzz/asan-arena.c).  Bound
# at load (-z now): the --trace fault handler (fault.c, chain.c) runs
# with the program's thread pointer, and a lazy binding of the sanitizer
# calls it makes would read the thread pointer (ld.so's _dl_fixup).
$(B)/fuzz/fle-exec-asan: $(filter-out %/arena.o,$(FLE_EXEC_OBJS)) $(B)/fuzz/asan-arena.o $(B)/libfle/libfle.a
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -Wl,-z,now -o $@ $(filter %.o,$^) $(LDLIBS_FLE)

