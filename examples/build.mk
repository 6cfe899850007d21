# examples: `make examples` builds every example into build/examples/NAME/.
# Most examples are "every .c of the folder, linked with crt1 and
# minilibc by fle-cc"; EX_FLAGS_<name> adds options, and the three that
# build more than one file (weak, archive, plugins) have their own rules.
# examples/README.md says what each one shows and how to run it.

EX_OUT   := $(B)/examples
EX_CC    := $(BIN)/fle-cc
EX_TOOLS := $(BIN)/fle-cc $(BIN)/fle-as $(BIN)/fle-ld $(BIN)/fle-ar \
            $(BIN)/fle-exec $(B)/lib/fle/crt1.fle $(B)/lib/fle/libc.a
EX_PLAIN := exit42 hello args twofiles samename ctor minish forkbuf malloc selfmod pie

EX_FLAGS_exit42 := -nostdlib
EX_FLAGS_pie    := -fPIE -pie

define ex_plain
$(EX_OUT)/$(1)/$(1): $(wildcard examples/$(1)/*.c) $(EX_TOOLS)
	@mkdir -p $$(dir $$@)
	$(EX_CC) $(EX_FLAGS_$(1)) $(wildcard examples/$(1)/*.c) -o $$@
endef
$(foreach e,$(EX_PLAIN),$(eval $(call ex_plain,$(e))))

# weak: linked without and with the strong definition.
$(EX_OUT)/weak/greet-default: examples/weak/main.c examples/weak/default.c $(EX_TOOLS)
	@mkdir -p $(dir $@)
	$(EX_CC) examples/weak/main.c examples/weak/default.c -o $@
$(EX_OUT)/weak/greet-custom: examples/weak/main.c examples/weak/default.c examples/weak/custom.c $(EX_TOOLS)
	@mkdir -p $(dir $@)
	$(EX_CC) examples/weak/main.c examples/weak/default.c examples/weak/custom.c -o $@

# archive: libcalc.a from three objects, then a program linked against it.
$(EX_OUT)/archive/%.o: examples/archive/%.c $(EX_TOOLS)
	@mkdir -p $(dir $@)
	$(EX_CC) -c $< -o $@
$(EX_OUT)/archive/libcalc.a: $(EX_OUT)/archive/add.o $(EX_OUT)/archive/mul.o $(EX_OUT)/archive/neg.o
	rm -f $@ && $(BIN)/fle-ar rcs $@ $^
$(EX_OUT)/archive/calc: $(EX_OUT)/archive/main.o $(EX_OUT)/archive/libcalc.a
	$(EX_CC) $< -L$(EX_OUT)/archive -lcalc -o $@

# plugins: a host linked against libc.so and the plugins it dlopens;
# shout.so needs libtext.so, which it finds beside itself ($ORIGIN).
EX_SO := $(EX_CC) -shared -fPIC -shared-libc
EX_PLUGINS := $(addprefix $(EX_OUT)/plugins/,host hello.so shout.so nameless.so libtext.so)
$(EX_OUT)/plugins/libtext.so: examples/plugins/text.c $(EX_TOOLS) $(B)/lib/fle/libc.so
	@mkdir -p $(dir $@)
	$(EX_SO) $< -o $@
$(EX_OUT)/plugins/shout.so: examples/plugins/shout.c $(EX_OUT)/plugins/libtext.so
	$(EX_SO) $< -L$(EX_OUT)/plugins -ltext -Wl,-rpath,'$$ORIGIN' -o $@
$(EX_OUT)/plugins/%.so: examples/plugins/%.c $(EX_TOOLS) $(B)/lib/fle/libc.so
	@mkdir -p $(dir $@)
	$(EX_SO) $< -o $@
$(EX_OUT)/plugins/host: examples/plugins/host.c $(EX_TOOLS) $(B)/lib/fle/libc.so
	@mkdir -p $(dir $@)
	$(EX_CC) -shared-libc $< -o $@

EXAMPLES := $(foreach e,$(EX_PLAIN),$(EX_OUT)/$(e)/$(e)) \
            $(EX_OUT)/weak/greet-default $(EX_OUT)/weak/greet-custom \
            $(EX_OUT)/archive/calc \
            $(EX_PLUGINS)

examples: $(EXAMPLES)
