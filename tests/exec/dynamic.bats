#!/usr/bin/env bats
# fle-exec as the dynamic loader: binding and relocation.  Each module
# is linked by GNU ld and converted (dynamic.bash); the ELF program run
# by glibc's ld.so is the reference the FLE one must match.
load ../common
load dynamic

setup() { dyn_setup; }

# libgreet: a function, a data word, and a function that reads the word.
greet_lib() {
    cat > greet.c <<'EOF'
#include "sys.h"
int counter = 41;
int greet(void) { put("greet\n"); return ++counter; }
int peek(void) { return counter; }
EOF
    so greet greet.c
}

@test "a call through JUMP_SLOT and data through GLOB_DAT (PIC program)" {
    greet_lib
    cat > main.c <<'EOF'
#include "sys.h"
extern int counter;
int greet(void);
void _start(void) {
  greet();
  counter += 100;
  put_num(counter); put("\n");
  sys_exit(greet() - 100);
}
EOF
    exe prog main.c -fPIC -pie -lgreet
    # The FLE program does what this test says it does.
    grep -q '"❓: R_X86_64_JUMP_SLOT(greet)"' fle/prog
    grep -q '"❓: R_X86_64_GLOB_DAT(counter)"' fle/prog
    grep -q '"📥: greet func 0x0"' fle/prog
    same_as_elf prog
    assert_output "$(printf 'greet\n142\ngreet')"
    assert_equal "$status" 43
}

@test "a copy relocation: the program's writes are the library's" {
    greet_lib
    cat > main.c <<'EOF'
#include "sys.h"
extern int counter;
int greet(void), peek(void);
void _start(void) {
  put_num(counter); put("\n");     /* the library's initial value, copied */
  counter = 7;
  greet();
  put_num(peek()); put(" "); put_num(counter); put("\n");
  sys_exit(0);
}
EOF
    exe prog main.c -lgreet
    grep -q '"❓: R_X86_64_COPY(counter)"' fle/prog
    grep -q '"❓: R_X86_64_GLOB_DAT(counter)"' fle/libgreet.so
    same_as_elf prog
    assert_output "$(printf '41\ngreet\n8 8')"
}

@test "R_X86_64_RELATIVE and R_X86_64_64 in a library" {
    cat > table.c <<'EOF'
#include "sys.h"
static const char one[] = "one\n", two[] = "two\n";
static const char *const names[] = {one, two};   /* RELATIVE */
int base = 5;
int *const base_at = &base;                       /* 64: base is preemptible */
void show(int i) { put(names[i]); put_num(*base_at); put("\n"); }
EOF
    so table table.c
    cat > main.c <<'EOF'
#include "sys.h"
void show(int);
void _start(void) { show(1); show(0); sys_exit(0); }
EOF
    exe prog main.c -ltable
    grep -q '"❓: R_X86_64_RELATIVE(B + 0x' fle/libtable.so
    grep -q '"❓: R_X86_64_64(base)"' fle/libtable.so
    same_as_elf prog
    assert_output "$(printf 'two\n5\none\n5')"
}

@test "interposition: the program's hook wins over the library's own call" {
    cat > hook.c <<'EOF'
#include "sys.h"
void hook(void) { put("library hook\n"); }
__attribute__((visibility("hidden"))) void quiet(void) { put("library quiet\n"); }
void run(void) { hook(); quiet(); }
EOF
    so hook hook.c
    cat > main.c <<'EOF'
#include "sys.h"
void run(void);
void hook(void) { put("program hook\n"); }
void quiet(void) { put("program quiet\n"); }
void _start(void) { run(); sys_exit(0); }
EOF
    exe prog main.c -lhook
    grep -q '"❓: R_X86_64_JUMP_SLOT(hook)"' fle/libhook.so
    same_as_elf prog
    # hook went through the library's PLT; the hidden quiet did not.
    assert_output "$(printf 'program hook\nlibrary quiet')"
}

@test "-Bsymbolic: the library's own calls stay inside it" {
    cat > hook.c <<'EOF'
#include "sys.h"
void hook(void) { put("library hook\n"); }
void run(void) { hook(); }
EOF
    so hook hook.c -Wl,-Bsymbolic
    cat > main.c <<'EOF'
#include "sys.h"
void run(void);
void hook(void) { put("program hook\n"); }
void _start(void) { run(); hook(); sys_exit(0); }
EOF
    exe prog main.c -lhook
    same_as_elf prog
    assert_output "$(printf 'library hook\nprogram hook')"
}

@test "an undefined weak function is 0; a defined one is found" {
    cat > weak.c <<'EOF'
#include "sys.h"
extern void maybe(void) __attribute__((weak));
extern void there(void) __attribute__((weak));
void probe(void) {
  put(maybe ? "maybe: found\n" : "maybe: null\n");
  if (there) there();
}
EOF
    cat > there.c <<'EOF'
#include "sys.h"
void there(void) { put("there: called\n"); }
EOF
    so there there.c
    so weak weak.c -lthere
    cat > main.c <<'EOF'
#include "sys.h"
void probe(void);
void _start(void) { probe(); sys_exit(0); }
EOF
    exe prog main.c -lweak
    grep -q '"📥: maybe none 0x0 weak"' fle/libweak.so
    same_as_elf prog
    assert_output "$(printf 'maybe: null\nthere: called')"
    run --separate-stderr env FLE_LIBRARY_PATH=fle "$FE" --trace fle/prog
    grep -Eqx 'fle-exec: bind maybe: 0 \(undefined weak\) -> GOT 0x[0-9a-f]+' <<<"$stderr"
    grep -Eqx 'fle-exec: bind there: libthere.so\+0x[0-9a-f]+ -> GOT 0x[0-9a-f]+' <<<"$stderr"
}

@test "function pointers compare equal across modules (canonical PLT)" {
    greet_lib
    cat > cmp.c <<'EOF'
int greet(void);
void *greet_here(void) { return (void *)greet; }
EOF
    so cmp cmp.c -lgreet
    cat > main.c <<'EOF'
#include "sys.h"
int greet(void);
void *greet_here(void);
int (*const in_data)(void) = greet;
void _start(void) {
  put(greet_here() == (void *)greet ? "equal\n" : "different\n");
  put(in_data == greet ? "equal\n" : "different\n");
  sys_exit(in_data() == 42 ? 0 : 1);
}
EOF
    exe prog main.c -lcmp -lgreet
    grep -q '"🏷️: greet@plt func 0x10"' fle/prog
    same_as_elf prog
    assert_output "$(printf 'equal\nequal\ngreet')"
}

@test "an undefined symbol: exit 127, every one named, before anything runs" {
    cat > bad.c <<'EOF'
#include "sys.h"
void frob(void), twiddle(void);
__attribute__((constructor)) static void hello(void) { put("constructor ran\n"); }
void use(void) { frob(); twiddle(); frob(); }
EOF
    so bad bad.c
    cat > main.c <<'EOF'
#include "sys.h"
void use(void);
void _start(void) { put("program ran\n"); use(); sys_exit(0); }
EOF
    exe prog main.c -lbad -Wl,--allow-shlib-undefined
    run -127 --separate-stderr env LD_LIBRARY_PATH=elf elf/prog          # ld.so's status
    assert_output ""
    run -127 --separate-stderr env FLE_LIBRARY_PATH=fle "$FE" fle/prog
    assert_output ""
    assert_equal "$(sort <<<"$stderr")" "$(printf '%s\n' \
        'fle-exec: error: undefined symbol: frob (needed by libbad.so)' \
        'fle-exec: error: undefined symbol: twiddle (needed by libbad.so)')"
}

@test "a .so given as the program is refused" {
    greet_lib
    run fle-exec fle/libgreet.so
    assert_failure 1
    assert_output "fle-exec: error: fle/libgreet.so: not an executable: it is a shared library (.so)"
}

@test "a needed file that is an executable, not a library: exit 127" {
    greet_lib
    cat > main.c <<'EOF'
#include "sys.h"
int greet(void);
void _start(void) { sys_exit(greet()); }
EOF
    exe prog main.c -lgreet
    cp fle/prog fle/libgreet.so
    run -127 env FLE_LIBRARY_PATH=fle fle-exec fle/prog
    assert_output "fle-exec: error: fle/libgreet.so: not a shared library: it is an executable (needed by fle/prog)"
}

@test "a relocation in a library's code is refused (no text relocations)" {
    greet_lib
    # Move the library's data segment's first relocation line into its
    # text segment, in place of 8 code bytes.
    python3 - fle/libgreet.so <<'EOF'
import json, sys
m = json.load(open(sys.argv[1]))
text = next(s for s in m["segments"] if s["flags"] == "r-x")
lines = text["lines"]
i = next(k for k, l in enumerate(lines) if l.startswith("🔢:") and len(l.split()) >= 9)
b = lines[i].split()[1:]
lines[i:i + 1] = ["❓: R_X86_64_RELATIVE(B + 0x10)"] + (["🔢: " + " ".join(b[8:])] if b[8:] else [])
json.dump(m, open(sys.argv[1], "w"), ensure_ascii=False, indent=1)
EOF
    cat > main.c <<'EOF'
#include "sys.h"
int greet(void);
void _start(void) { sys_exit(greet()); }
EOF
    exe prog main.c -lgreet
    run -127 env FLE_LIBRARY_PATH=fle fle-exec fle/prog
    assert_output --regexp "^fle-exec: error: fle/libgreet.so: segment text: relocation R_X86_64_RELATIVE at offset 0x[0-9a-f]+ is in an executable segment \(text relocations are not supported\)$"
}

@test "a library's init_array must lie in a segment; a COPY only in an executable" {
    greet_lib
    cat > main.c <<'EOF'
#include "sys.h"
int greet(void);
void _start(void) { sys_exit(greet()); }
EOF
    exe prog main.c -lgreet
    cp fle/libgreet.so good.so
    python3 - fle/libgreet.so <<'EOF'
import json, sys
m = json.load(open(sys.argv[1]))
m["init_array"] = {"addr": "0x7ff8", "size": "0x10"}
json.dump(m, open(sys.argv[1], "w"), ensure_ascii=False, indent=1)
EOF
    run -127 env FLE_LIBRARY_PATH=fle fle-exec fle/prog
    assert_output --regexp '^fle-exec: error: fle/libgreet.so:[0-9]+:[0-9]+: "init_array": 0x10 bytes at 0x7ff8 are not whole 8-byte words inside one segment$'
    cp good.so fle/libgreet.so
    python3 - fle/libgreet.so <<'EOF'
import json, sys
m = json.load(open(sys.argv[1]))
data = next(s for s in m["segments"] if s["flags"] == "rw-")
i = data["lines"].index("📤: counter object 0x4")
data["lines"][i + 1:i + 2] = ["❓: R_X86_64_COPY(counter)", "🕳️: 0x4"]
json.dump(m, open(sys.argv[1], "w"), ensure_ascii=False, indent=1)
EOF
    run -127 env FLE_LIBRARY_PATH=fle fle-exec fle/prog
    assert_output --regexp "^fle-exec: error: fle/libgreet.so: segment data: R_X86_64_COPY\(counter\) at offset 0x[0-9a-f]+: only an executable can hold one$"
}

@test "a copy relocation whose source runs past the library's segments: exit 127" {
    greet_lib
    cat > main.c <<'EOF'
#include "sys.h"
extern int counter;
void _start(void) { sys_exit(counter); }
EOF
    exe prog main.c -lgreet
    # Both sides claim 0x2000 bytes: the program's space is made that
    # large, the library's counter ends its data segment.
    python3 - fle/prog fle/libgreet.so <<'EOF'
import json, sys
head, body = open(sys.argv[1]).read().split("\n", 1)
m = json.loads(body)
data = next(s for s in m["segments"] if s["flags"] == "rw-")
i = data["lines"].index("📤: counter object 0x4")
data["lines"][i] = "📤: counter object 0x2000"
k = next(k for k in range(i, len(data["lines"])) if data["lines"][k].startswith("🕳️"))
grow = 0x2000 - int(data["lines"][k].split()[1], 16)
data["lines"][k] = "🕳️: 0x2000"
data["memsz"] = hex(int(data["memsz"], 16) + grow)
open(sys.argv[1], "w").write(head + "\n" + json.dumps(m, ensure_ascii=False, indent=1))
lib = open(sys.argv[2]).read().replace("📤: counter object 0x4", "📤: counter object 0x2000")
open(sys.argv[2], "w").write(lib)
EOF
    run -127 env FLE_LIBRARY_PATH=fle "$FE" fle/prog
    assert_output --regexp "^fle-exec: error: fle/libgreet.so: counter: its 0x2000 bytes at 0x[0-9a-f]+, to be copied for fle/prog, lie outside its segments$"
}

@test "a copy relocation fills a variable the program does not export" {
    greet_lib
    cat > main.c <<'EOF'
#include "sys.h"
extern int counter;
void _start(void) { put_num(counter); put("\n"); sys_exit(0); }
EOF
    exe prog main.c -lgreet
    python3 - fle/prog <<'EOF'
import json, sys
head, body = open(sys.argv[1]).read().split("\n", 1)
m = json.loads(body)
m["exports"] = [x for x in m["exports"] if x != "counter"]
open(sys.argv[1], "w").write(head + "\n" + json.dumps(m, ensure_ascii=False, indent=1))
EOF
    ! grep -q '^ *"counter"' fle/prog
    run env FLE_LIBRARY_PATH=fle "$FE" fle/prog
    assert_success
    assert_output 41
}

@test "two libraries define one name: the first in load order wins, for both" {
    printf '#include "sys.h"\nvoid who(void) { put("first\\n"); }\n' > first.c
    so first first.c
    printf '#include "sys.h"\nvoid who(void) { put("second\\n"); }\nvoid ask(void) { who(); }\n' > second.c
    so second second.c
    cat > main.c <<'EOF'
#include "sys.h"
void who(void), ask(void);
void _start(void) { who(); ask(); sys_exit(0); }
EOF
    exe prog main.c -lfirst -lsecond
    same_as_elf prog
    assert_output "$(printf 'first\nfirst')"
    exe prog main.c -lsecond -lfirst
    same_as_elf prog
    assert_output "$(printf 'second\nsecond')"
}

@test "a weak definition loaded first wins over a strong one loaded later" {
    printf '#include "sys.h"\n__attribute__((weak)) void who(void) { put("weak\\n"); }\n' > weak.c
    so weakdef weak.c
    printf '#include "sys.h"\nvoid who(void) { put("strong\\n"); }\n' > strong.c
    so strong strong.c
    cat > main.c <<'EOF'
#include "sys.h"
void who(void);
void _start(void) { who(); sys_exit(0); }
EOF
    exe prog main.c -lweakdef -lstrong
    grep -q '"📎: who func' fle/libweakdef.so
    same_as_elf prog
    assert_output weak
}
