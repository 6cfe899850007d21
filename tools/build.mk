# The inspection tools: fle-readfle, fle-nm, fle-objdump, thin programs on
# libfle that print what readelf, nm and objdump print for ELF.
# (tools/fle-ar.c is built by fle-ld/build.mk.)
TOOLS_COMMON := $(B)/tools/inspect.o
READFLE_OBJS := $(B)/tools/svg.o

$(BIN)/fle-readfle: $(B)/tools/fle-readfle.o $(READFLE_OBJS) $(TOOLS_COMMON) $(B)/libfle/libfle.a
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -o $@ $(filter %.o,$^) $(LDLIBS_FLE)

$(BIN)/fle-nm: $(B)/tools/fle-nm.o $(TOOLS_COMMON) $(B)/libfle/libfle.a
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -o $@ $(filter %.o,$^) $(LDLIBS_FLE)

$(BIN)/fle-objdump: $(B)/tools/fle-objdump.o $(TOOLS_COMMON) $(B)/libfle/libfle.a
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -o $@ $(filter %.o,$^) $(LDLIBS_FLE) -lcapstone

ALL += $(BIN)/fle-readfle $(BIN)/fle-nm $(BIN)/fle-objdump
INSTALL_STEPS += install -m 755 $(BIN)/fle-readfle $(BIN)/fle-nm $(BIN)/fle-objdump $(DESTDIR)$(PREFIX)/bin/;

# fle-objcopy's rules (the top Makefile includes only */build.mk).
include tools/objcopy.mk
