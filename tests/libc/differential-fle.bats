# The same differential corpus, built through the FLE toolchain: fle-cc
# compiles to FLE, fle-ld links crt1.fle and minilibc's FLE libc.a, and
# the program runs through its #! line under fle-exec.  Output and exit
# status must match the musl-gcc -static build byte for byte.
load ../common
load libc

build_with_fle() {
    fle-cc -O2 -w "$1" -o "$2"
}

setup() { common_setup; LIBC_BUILD=build_with_fle; }

@test "libc differential through FLE: atexit" { libc_differential atexit; }
@test "libc differential through FLE: buffering" { libc_differential buffering; }
@test "libc differential through FLE: ctype" { libc_differential ctype; }
@test "libc differential through FLE: env" { libc_differential env; }
@test "libc differential through FLE: files" { libc_differential files; }
@test "libc differential through FLE: files_at" { libc_differential files_at; }
@test "libc differential through FLE: fnmatch" { libc_differential fnmatch; }
@test "libc differential through FLE: glob" { libc_differential glob; }
@test "libc differential through FLE: getopt" { libc_differential getopt; }
@test "libc differential through FLE: locale" { libc_differential locale; }
@test "libc differential through FLE: localtime" { libc_differential localtime; }
@test "libc differential through FLE: malloc_basic" { libc_differential malloc_basic; }
@test "libc differential through FLE: math" { libc_differential math; }
@test "libc differential through FLE: math_ld_edges" { libc_differential math_ld_edges; }
@test "libc differential through FLE: math_powl" { libc_differential math_powl; }
@test "libc differential through FLE: mktime" { libc_differential mktime; }
@test "libc differential through FLE: multibyte" { libc_differential multibyte; }
@test "libc differential through FLE: popen" { libc_differential popen; }
@test "libc differential through FLE: pwd" { libc_differential pwd; }
@test "libc differential through FLE: posix_more" { libc_differential posix_more; }
@test "libc differential through FLE: printf_float" { libc_differential printf_float; }
@test "libc differential through FLE: printf_long_double" { libc_differential printf_long_double; }
@test "libc differential through FLE: printf_int" { libc_differential printf_int; }
@test "libc differential through FLE: printf_positional" { libc_differential printf_positional; }
@test "libc differential through FLE: printf_random" { libc_differential printf_random; }
@test "libc differential through FLE: printf_misc" { libc_differential printf_misc; }
@test "libc differential through FLE: printf_wide" { libc_differential printf_wide; }
@test "libc differential through FLE: memstream" { libc_differential memstream; }
@test "libc differential through FLE: paths" { libc_differential paths; }
@test "libc differential through FLE: process" { libc_differential process; }
@test "libc differential through FLE: qsort" { libc_differential qsort; }
@test "libc differential through FLE: rand" { libc_differential rand; }
@test "libc differential through FLE: regex" { libc_differential regex; }
@test "libc differential through FLE: scanf" { libc_differential scanf; }
@test "libc differential through FLE: scanf_stream" { libc_differential scanf_stream; }
@test "libc differential through FLE: scanf_wide" { libc_differential scanf_wide; }
@test "libc differential through FLE: setjmp" { libc_differential setjmp; }
@test "libc differential through FLE: signal" { libc_differential signal; }
@test "libc differential through FLE: sockets" { libc_differential sockets; }
@test "libc differential through FLE: stdin" { libc_differential stdin; }
@test "libc differential through FLE: strftime" { libc_differential strftime; }
@test "libc differential through FLE: string" { libc_differential string; }
@test "libc differential through FLE: string_pages" { libc_differential string_pages; }
# The reader in fle-exec and minilibc both take the CPUID way where
# ARCH_GET_XCOMP_SUPP fails, as before Linux 5.16 (tests/unit/no-xcomp.c).
@test "libc differential through FLE: string_pages, as on a kernel before 5.16" {
    LIBC_RUN_WRAPPER="$ROOT/build/tests/no-xcomp" libc_differential string_pages
}
@test "libc differential through FLE: strptime" { libc_differential strptime; }
@test "libc differential through FLE: strtod" { libc_differential strtod; }
@test "libc differential through FLE: strtod_errno" { libc_differential strtod_errno; }
@test "libc differential through FLE: strtof" { libc_differential strtof; }
@test "libc differential through FLE: strtod_random" { libc_differential strtod_random; }
@test "libc differential through FLE: strtold" { libc_differential strtold; }
@test "libc differential through FLE: strtol" { libc_differential strtol; }
@test "libc differential through FLE: syslog" { libc_differential syslog; }
@test "libc differential through FLE: sysinfo" { libc_differential sysinfo; }
@test "libc differential through FLE: thread_basic" { libc_differential thread_basic; }
@test "libc differential through FLE: thread_exit" { libc_differential thread_exit; }
@test "libc differential through FLE: thread_guard" { libc_differential thread_guard; }
@test "libc differential through FLE: thread_local" { libc_differential thread_local; }
@test "libc differential through FLE: thread_main_exit" { libc_differential thread_main_exit; }
@test "libc differential through FLE: thread_malloc" { libc_differential thread_malloc; }
@test "libc differential through FLE: thread_signal" { libc_differential thread_signal; }
@test "libc differential through FLE: thread_stdio" { libc_differential thread_stdio; }
@test "libc differential through FLE: thread_wstdio" { libc_differential thread_wstdio; }
@test "libc differential through FLE: thread_sync" { libc_differential thread_sync; }
@test "libc differential through FLE: time" { libc_differential time; }
@test "libc differential through FLE: tzfile" { libc_differential tzfile; }
@test "libc differential through FLE: wcstring" { libc_differential wcstring; }
@test "libc differential through FLE: wctype" { libc_differential wctype; }
@test "libc differential through FLE: wcsftime" { libc_differential wcsftime; }
@test "libc differential through FLE: wprintf" { libc_differential wprintf; }
@test "libc differential through FLE: wscanf" { libc_differential wscanf; }
@test "libc differential through FLE: wstdio" { libc_differential wstdio; }
