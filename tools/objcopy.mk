# fle-objcopy: an FLE executable -> an ELF executable (libelf writes it).
$(BIN)/fle-objcopy: $(B)/tools/fle-objcopy.o $(TOOLS_COMMON) $(B)/libfle/libfle.a
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -o $@ $(filter %.o,$^) $(LDLIBS_FLE) -lelf

ALL += $(BIN)/fle-objcopy
INSTALL_STEPS += install -m 755 $(BIN)/fle-objcopy $(DESTDIR)$(PREFIX)/bin/;
