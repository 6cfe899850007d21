# Differential tests: each program in progs/ is built against musl and
# against minilibc; stdout and exit status must match byte for byte.
load ../common
load libc

setup() { common_setup; }

@test "libc differential: atexit" { libc_differential atexit; }
@test "libc differential: buffering" { libc_differential buffering; }
@test "libc differential: ctype" { libc_differential ctype; }
@test "libc differential: env" { libc_differential env; }
@test "libc differential: files" { libc_differential files; }
@test "libc differential: files_at" { libc_differential files_at; }
@test "libc differential: fnmatch" { libc_differential fnmatch; }
@test "libc differential: glob" { libc_differential glob; }
@test "libc differential: getopt" { libc_differential getopt; }
@test "libc differential: locale" { libc_differential locale; }
@test "libc differential: localtime" { libc_differential localtime; }
@test "libc differential: malloc_basic" { libc_differential malloc_basic; }
@test "libc differential: math" { libc_differential math; }
@test "libc differential: math_ld_edges" { libc_differential math_ld_edges; }
@test "libc differential: math_powl" { libc_differential math_powl; }
@test "libc differential: mktime" { libc_differential mktime; }
@test "libc differential: multibyte" { libc_differential multibyte; }
@test "libc differential: popen" { libc_differential popen; }
@test "libc differential: pwd" { libc_differential pwd; }
@test "libc differential: posix_more" { libc_differential posix_more; }
@test "libc differential: printf_float" { libc_differential printf_float; }
@test "libc differential: printf_long_double" { libc_differential printf_long_double; }
@test "libc differential: printf_int" { libc_differential printf_int; }
@test "libc differential: printf_positional" { libc_differential printf_positional; }
@test "libc differential: printf_random" { libc_differential printf_random; }
@test "libc differential: printf_misc" { libc_differential printf_misc; }
@test "libc differential: printf_wide" { libc_differential printf_wide; }
@test "libc differential: memstream" { libc_differential memstream; }
@test "libc differential: paths" { libc_differential paths; }
@test "libc differential: process" { libc_differential process; }
@test "libc differential: qsort" { libc_differential qsort; }
@test "libc differential: rand" { libc_differential rand; }
@test "libc differential: regex" { libc_differential regex; }
@test "libc differential: scanf" { libc_differential scanf; }
@test "libc differential: scanf_stream" { libc_differential scanf_stream; }
@test "libc differential: scanf_wide" { libc_differential scanf_wide; }
@test "libc differential: setjmp" { libc_differential setjmp; }
@test "libc differential: signal" { libc_differential signal; }
@test "libc differential: sockets" { libc_differential sockets; }
@test "libc differential: stdin" { libc_differential stdin; }
@test "libc differential: strftime" { libc_differential strftime; }
@test "libc differential: string" { libc_differential string; }
@test "libc differential: string_pages" { libc_differential string_pages; }
# minilibc asks the kernel whether AVX2 may run (ARCH_GET_XCOMP_SUPP)
# before it asks the CPU; before Linux 5.16 the call fails, and the CPUID
# way decides (tests/unit/no-xcomp.c).
@test "libc differential: string_pages, as on a kernel before 5.16" {
    LIBC_RUN_WRAPPER="$ROOT/build/tests/no-xcomp" libc_differential string_pages
}
@test "libc differential: strptime" { libc_differential strptime; }
@test "libc differential: strtod" { libc_differential strtod; }
@test "libc differential: strtod_errno" { libc_differential strtod_errno; }
@test "libc differential: strtof" { libc_differential strtof; }
@test "libc differential: strtod_random" { libc_differential strtod_random; }
@test "libc differential: strtold" { libc_differential strtold; }
@test "libc differential: strtol" { libc_differential strtol; }
@test "libc differential: syslog" { libc_differential syslog; }
@test "libc differential: sysinfo" { libc_differential sysinfo; }
@test "libc differential: thread_basic" { libc_differential thread_basic; }
@test "libc differential: thread_exit" { libc_differential thread_exit; }
@test "libc differential: thread_guard" { libc_differential thread_guard; }
@test "libc differential: thread_local" { libc_differential thread_local; }
@test "libc differential: thread_main_exit" { libc_differential thread_main_exit; }
@test "libc differential: thread_malloc" { libc_differential thread_malloc; }
@test "libc differential: thread_signal" { libc_differential thread_signal; }
@test "libc differential: thread_stdio" { libc_differential thread_stdio; }
@test "libc differential: thread_wstdio" { libc_differential thread_wstdio; }
@test "libc differential: thread_sync" { libc_differential thread_sync; }
@test "libc differential: time" { libc_differential time; }
@test "libc differential: tzfile" { libc_differential tzfile; }
@test "libc differential: wcstring" { libc_differential wcstring; }
@test "libc differential: wctype" { libc_differential wctype; }
@test "libc differential: wcsftime" { libc_differential wcsftime; }
@test "libc differential: wprintf" { libc_differential wprintf; }
@test "libc differential: wscanf" { libc_differential wscanf; }
@test "libc differential: wstdio" { libc_differential wstdio; }
