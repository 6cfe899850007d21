#!/usr/bin/env bats
# CMake with CC=fle-cc: it identifies a compiler by compiling a probe
# program and reading strings such as "INFO:compiler[GNU]" from the
# result, which are there only because FLE writes strings as 🔤 text
# (spec/FLE.md §3.1).  Then a project builds and runs.
load ../common
setup() {
    common_setup
    command -v cmake >/dev/null || skip "cmake is not installed (scripts/install-deps.sh installs it)"
    mkdir src
    printf 'cmake_minimum_required(VERSION 3.13)\nproject(demo C)\nadd_executable(demo main.c)\n' > src/CMakeLists.txt
    printf '#include <stdio.h>\nint main(void) { puts("built by cmake"); return 0; }\n' > src/main.c
}

@test "cmake identifies fle-cc as GNU from the strings of its probe" {
    CC=fle-cc run cmake -S src -B build
    assert_success
    assert_line "-- The C compiler identification is GNU $(gcc -dumpfullversion)"
    assert_line "-- Check for working C compiler: $ROOT/build/bin/fle-cc - skipped"
    # The probe is an FLE executable, its strings text lines.
    probe=$(echo build/CMakeFiles/*/CompilerIdC/a.out)
    run head -n 1 "$probe"
    assert_output "#!/usr/bin/env fle-exec"
    run grep -c '"🔤: INFO:compiler\[GNU\]␀"' "$probe"
    assert_output 1
}

@test "a CMake project builds with fle-cc and runs" {
    CC=fle-cc cmake -S src -B build >/dev/null
    run cmake --build build
    assert_success
    run ./build/demo
    assert_output "built by cmake"
}

@test "a CMake static library: CMake finds fle-ar and fle-ranlib beside fle-cc" {
    mkdir lib
    cat > lib/CMakeLists.txt <<'CM'
cmake_minimum_required(VERSION 3.13)
project(withlib C)
set(CMAKE_C_STANDARD 90)
add_library(sq STATIC sq.c)
add_executable(use use.c)
target_link_libraries(use sq)
enable_testing()
add_test(NAME use COMMAND use 7)
set_tests_properties(use PROPERTIES PASS_REGULAR_EXPRESSION "^49\n$")
CM
    printf 'int sq(int x) { return x * x; }\n' > lib/sq.c
    printf '#include <stdio.h>\n#include <stdlib.h>\nint sq(int);\nint main(int c, char **v) { printf("%%d\\n", sq(atoi(v[1]))); return 0; }\n' > lib/use.c
    CC=fle-cc cmake -S lib -B lbuild >/dev/null
    grep -q "^CMAKE_AR:FILEPATH=$ROOT/build/bin/fle-ar$" lbuild/CMakeCache.txt
    grep -q "^CMAKE_RANLIB:FILEPATH=$ROOT/build/bin/fle-ranlib$" lbuild/CMakeCache.txt
    cmake --build lbuild >/dev/null
    head -c 2 lbuild/libsq.a | grep -q '{'   # an FLE archive, not an ar one
    run ctest --test-dir lbuild
    assert_success
    assert_output --partial "100% tests passed, 0 tests failed out of 1"
}
