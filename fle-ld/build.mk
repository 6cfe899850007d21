# fle-ld, the static linker, one file per pass (see fle-ld/main.c), and
# fle-ar, the archiver (tools/fle-ar.c, built here so the fragments of
# tools/ and fle-ld/ never edit the same lines).
FLE_LD_SRCS := $(wildcard fle-ld/*.c)
FLE_LD_OBJS := $(FLE_LD_SRCS:%.c=$(B)/%.o)

# The allocator: mimalloc, a heap per thread (fle-ld/main.c says why);
# a sanitized build keeps the sanitizer's own.
FLE_LD_MALLOC := $(if $(findstring -fsanitize,$(CFLAGS)),,-lmimalloc)
$(B)/fle-ld/main.o: CFLAGS += $(if $(FLE_LD_MALLOC),-DFLE_LD_MIMALLOC)

$(BIN)/fle-ld: $(FLE_LD_OBJS) $(B)/libfle/libfle.a
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -pthread -o $@ $(FLE_LD_OBJS) $(LDLIBS_FLE) -ldw -lelf $(FLE_LD_MALLOC)

$(BIN)/fle-ar: $(B)/tools/fle-ar.o $(B)/libfle/libfle.a
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -o $@ $< $(LDLIBS_FLE)

# fle-ranlib is fle-ar under another name (fle-ar s).
$(BIN)/fle-ranlib: $(BIN)/fle-ar
	ln -f $< $@

ALL += $(BIN)/fle-ld $(BIN)/fle-ar $(BIN)/fle-ranlib
INSTALL_STEPS += install -m 755 $(BIN)/fle-ld $(BIN)/fle-ar $(DESTDIR)$(PREFIX)/bin/;
INSTALL_STEPS += ln -f $(DESTDIR)$(PREFIX)/bin/fle-ar $(DESTDIR)$(PREFIX)/bin/fle-ranlib;
# Installed programs name the installed fle-exec in their #! line.
INSTALL_STEPS += printf '%s\n' '$(PREFIX)/bin/fle-exec' > $(DESTDIR)$(PREFIX)/lib/fle/interp;
