# Test programs built with the tools (not installed).
$(B)/tests/fle-roundtrip: $(B)/tests/unit/roundtrip.o $(B)/libfle/libfle.a
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -o $@ $< $(LDLIBS_FLE)

ALL += $(B)/tests/fle-roundtrip

$(B)/tests/no-xcomp: tests/unit/no-xcomp.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -o $@ $<

ALL += $(B)/tests/no-xcomp
