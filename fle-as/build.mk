# fle-as (assembler wrapper / ELF converter) and fle-cc (gcc driver).
FLE_AS_COMMON := $(B)/fle-as/elf2fle.o $(B)/fle-as/run.o

$(BIN)/fle-as: $(B)/fle-as/main.o $(FLE_AS_COMMON) $(B)/libfle/libfle.a
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -o $@ $(filter %.o,$^) $(LDLIBS_FLE) -lelf

$(BIN)/fle-cc: $(B)/fle-as/fle-cc.o $(FLE_AS_COMMON) $(B)/libfle/libfle.a
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -o $@ $(filter %.o,$^) $(LDLIBS_FLE) -lelf

$(B)/fle-as/fle-cc.o: CFLAGS += -DFLE_GCC_INCLUDE='"$(shell $(CC) -print-file-name=include)"'

ALL += $(BIN)/fle-as $(BIN)/fle-cc
INSTALL_STEPS += install -m 755 $(BIN)/fle-as $(BIN)/fle-cc $(DESTDIR)$(PREFIX)/bin/;
