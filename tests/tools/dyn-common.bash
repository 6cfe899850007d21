# Dynamic modules for the tools' tests (readfle-dyn, nm-dyn, objdump-dyn,
# svg-dyn): libgreet.so and prog, each twice, from the same C.
#
#   make_gcc_modules   gcc -shared -fPIC: libc.so (a stub defining puts),
#                      libgreet.so and prog, into ./gcc/
#   make_fle_modules   libgreet.fle and prog.fle: the same modules in FLE,
#                      as spec/FLE.md §8 writes them, laid out as fle-ld
#                      lays out (one page per segment, a 16-byte PLT entry
#                      per import, no PLT0), code assembled by hand from
#                      gcc's with the displacements of this layout
#
# What corresponds: needed, soname, runpath, the exports and imports with
# their types, binds and sizes, the init/fini arrays' sizes, and the
# kinds and number of dynamic relocations of each kind.  Addresses differ
# (GNU ld adds PLT0, .dynamic and the rest).

GREET_C='int puts(const char *);
int counter = 7;
void greet(void) { puts("hi"); counter++; }
void (*hooks[])(void) = { greet };
static void init(void) __attribute__((constructor));
static void init(void) { counter++; }
static void fini(void) __attribute__((destructor));
static void fini(void) { counter = 0; }'

# Non-PIC: counter by copy relocation, greet's address taken in code, so
# its PLT entry is its address everywhere (a canonical PLT entry).
PROG_C='extern int counter;
void greet(void);
void (*gp)(void) = greet;
void *addr(void) { return (void *)greet; }
int main(void) { greet(); counter++; gp(); return counter; }
void _start(void) { main(); for (;;); }'

make_gcc_modules() {
    mkdir -p gcc
    echo 'int puts(const char *s) { return 0; }' > gcc/c.c
    echo "$GREET_C" > gcc/greet.c
    echo "$PROG_C" > gcc/prog.c
    local cc=(gcc -O1 -nostdlib -fno-asynchronous-unwind-tables)
    "${cc[@]}" -shared -fPIC -Wl,-soname,libc.so gcc/c.c -o gcc/libc.so
    "${cc[@]}" -shared -fPIC -Wl,-soname,libgreet.so -Wl,-rpath,'$ORIGIN/../lib' \
        gcc/greet.c -Lgcc -lc -o gcc/libgreet.so
    "${cc[@]}" -fno-pic -no-pie -Wl,-rpath,'$ORIGIN' gcc/prog.c -Lgcc -lgreet -o gcc/prog
}

make_fle_modules() {
    # text 0x1000: puts@plt (jmp *0x3018), greet, init, fini; rodata 0x2000:
    # "hi"; data 0x3000: .init_array, .fini_array, .got, .got.plt, .data.
    cat > libgreet.fle <<'FLE'
{
  "type": ".so",
  "version": 3,
  "soname": "libgreet.so",
  "needed": ["libc.so"],
  "runpath": ["$ORIGIN/../lib"],
  "init_array": { "addr": "0x3000", "size": "0x8" },
  "fini_array": { "addr": "0x3008", "size": "0x8" },
  "exports": ["greet", "hooks", "counter"],
  "sections": [
    { "name": ".plt", "addr": "0x1000", "size": "0x10", "align": "0x10", "flags": "AX" },
    { "name": ".text", "addr": "0x1010", "size": "0x38", "flags": "AX" },
    { "name": ".rodata", "addr": "0x2000", "size": "0x3", "flags": "A" },
    { "name": ".init_array", "addr": "0x3000", "size": "0x8", "align": "0x8", "flags": "WA" },
    { "name": ".fini_array", "addr": "0x3008", "size": "0x8", "align": "0x8", "flags": "WA" },
    { "name": ".got", "addr": "0x3010", "size": "0x8", "align": "0x8", "flags": "WA" },
    { "name": ".got.plt", "addr": "0x3018", "size": "0x8", "align": "0x8", "flags": "WA" },
    { "name": ".data", "addr": "0x3020", "size": "0x10", "align": "0x8", "flags": "WA" }
  ],
  "segments": [
    {
      "name": "text",
      "vaddr": "0x1000",
      "memsz": "0x48",
      "flags": "r-x",
      "align": "0x1000",
      "lines": [
        "🏷️: puts@plt func 0x10",
        "🔢: ff 25 12 20 00 00 66 0f 1f 44 00 00 0f 1f 40 00",
        "📤: greet func 0x1f",
        "🔢: 48 83 ec 08 48 8d 3d e5 0f 00 00 e8 e0 ff ff ff",
        "🔢: 48 8b 05 e9 1f 00 00 83 00 01 48 83 c4 08 c3",
        "🏷️: init func 0xb",
        "🔢: 48 8b 05 da 1f 00 00 83 00 01 c3",
        "🏷️: fini func 0xe",
        "🔢: 48 8b 05 cf 1f 00 00 c7 00 00 00 00 00 c3"
      ]
    },
    {
      "name": "rodata",
      "vaddr": "0x2000",
      "memsz": "0x3",
      "flags": "r--",
      "align": "0x1000",
      "lines": [
        "🔤: hi␀"
      ]
    },
    {
      "name": "data",
      "vaddr": "0x3000",
      "memsz": "0x30",
      "flags": "rw-",
      "align": "0x1000",
      "lines": [
        "❓: R_X86_64_RELATIVE(B + 0x102f)",
        "❓: R_X86_64_RELATIVE(B + 0x103a)",
        "❓: R_X86_64_GLOB_DAT(counter)",
        "❓: R_X86_64_JUMP_SLOT(puts)",
        "📤: counter object 0x4",
        "🔢: 07 00 00 00 00 00 00 00",
        "📤: hooks object 0x8",
        "❓: R_X86_64_64(greet)"
      ]
    }
  ],
  "symbols": [
    "📥: puts func 0x0"
  ]
}
FLE
    # text 0x401000: greet@plt (jmp *0x404000), addr, main, _start;
    # data 0x404000: .got.plt, .data (gp: the canonical entry), .bss.
    cat > prog.fle <<'FLE'
#!/usr/bin/env fle-exec
{
  "type": ".exe",
  "version": 3,
  "entry": "0x401037",
  "pie": false,
  "needed": ["libgreet.so"],
  "runpath": ["$ORIGIN"],
  "exports": ["greet", "counter"],
  "sections": [
    { "name": ".plt", "addr": "0x401000", "size": "0x10", "align": "0x10", "flags": "AX" },
    { "name": ".text", "addr": "0x401010", "size": "0x32", "flags": "AX" },
    { "name": ".got.plt", "addr": "0x404000", "size": "0x8", "align": "0x8", "flags": "WA" },
    { "name": ".data", "addr": "0x404008", "size": "0x8", "align": "0x8", "flags": "WA" },
    { "name": ".bss", "addr": "0x404010", "size": "0x4", "align": "0x4", "flags": "WA" }
  ],
  "segments": [
    {
      "name": "text",
      "vaddr": "0x401000",
      "memsz": "0x42",
      "flags": "r-x",
      "align": "0x1000",
      "lines": [
        "🏷️: greet@plt func 0x10",
        "🔢: ff 25 fa 2f 00 00 66 0f 1f 44 00 00 0f 1f 40 00",
        "📤: addr func 0x6",
        "🔢: b8 00 10 40 00 c3",
        "📤: main func 0x21",
        "🔢: 48 83 ec 08 e8 e1 ff ff ff 83 05 ea 2f 00 00 01",
        "🔢: ff 15 dc 2f 00 00 8b 05 de 2f 00 00 48 83 c4 08",
        "🔢: c3",
        "📤: _start func 0xb",
        "🔢: 48 83 ec 08 e8 d6 ff ff ff eb fe"
      ]
    },
    {
      "name": "data",
      "vaddr": "0x404000",
      "memsz": "0x14",
      "flags": "rw-",
      "align": "0x1000",
      "lines": [
        "❓: R_X86_64_JUMP_SLOT(greet)",
        "📤: gp object 0x8",
        "🔢: 00 10 40 00 00 00 00 00",
        "📤: counter object 0x4",
        "❓: R_X86_64_COPY(counter)",
        "🕳️: 0x4"
      ]
    }
  ],
  "symbols": [
    "📥: greet func 0x0"
  ]
}
FLE
}
