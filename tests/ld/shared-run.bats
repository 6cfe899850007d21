#!/usr/bin/env bats
# Programs linked against shared libraries by fle-ld, run by fle-exec
# as the dynamic loader, against the same programs built with gcc
# -shared and run with LD_LIBRARY_PATH: output and exit status equal.
load ../common
setup() {
    common_setup
    cat > greet.c <<'EOF'
#include <stdio.h>
int counter = 5;
static int helper(void) { return 1; }
__attribute__((visibility("hidden"))) int hidden_fn(void) { return 2; }
void hook(void) { puts("library hook"); }
int greet(const char *who) {
  counter++;
  printf("hello %s (%d)\n", who, counter + helper() + hidden_fn());
  hook();
  return counter;
}
int get(void) { return counter; }
int (*fp)(const char *) = greet;
EOF
}

# both LIBFLAGS MAINFLAGS : libgreet.so and prog, by fle-cc and by gcc
# (native/), then the two runs compared.
both() {
    fle-cc -shared -fPIC $1 greet.c -o libgreet.so
    fle-cc $2 main.c -L. -lgreet -o prog
    mkdir -p native
    gcc -shared -fPIC $1 greet.c -o native/libgreet.so
    gcc $2 main.c -Lnative -lgreet -o native/prog
    run env LD_LIBRARY_PATH=native ./native/prog
    want_output=$output want_status=$status
    run env FLE_LIBRARY_PATH=. ./prog
    assert_equal "$output" "$want_output"
    assert_equal "$status" "$want_status"
}

write_main() {
    cat > main.c <<'EOF'
#include <stdio.h>
extern int counter;
extern int (*fp)(const char *);
int greet(const char *);
int get(void);
int (*mine)(const char *) = greet;
int main(void) {
  greet("world");
  counter += 10;
  printf("%d %d %d %d\n", counter, get(), mine == greet, fp == greet);
  return fp("again");
}
EOF
}

@test "non-PIC executable: PLT calls, a copied variable, &greet equal everywhere" {
    write_main
    both "" "-fno-pie -no-pie"
    [ "$output" = $'hello world (9)\nlibrary hook\n16 16 1 1\nhello again (20)\nlibrary hook' ]
}

@test "PIE: GOT loads, dynamic 64, the library sees the executable's writes" {
    write_main
    both "" "-fPIE -pie"
}

@test "the executable's hook interposes on the library's; -Bsymbolic defeats it" {
    write_main
    printf 'void hook(void) { puts("executable hook"); }\n' >> main.c
    both "" "-fno-pie -no-pie"
    assert_line "executable hook"
    both "-Wl,-Bsymbolic" "-fno-pie -no-pie"
    assert_line "library hook"
}

@test "an undefined weak function is null in the library" {
    cat > greet.c <<'EOF'
extern int maybe(void) __attribute__((weak));
int greet(const char *who) { return maybe ? maybe() : 40 + (who[0] == 'w'); }
EOF
    printf 'int greet(const char *);\nint main(void) { return greet("w"); }\n' > main.c
    both "" ""
    assert_equal "$status" 41
}
