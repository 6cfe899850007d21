/* assert(): report "file:line: func: Assertion `expr' failed." and abort.
 * Deliberately without an include guard, as C requires. */
#undef assert
#ifdef NDEBUG
#define assert(x) ((void)0)
#else
#define assert(x) ((void)((x) || (__assert_fail(#x, __FILE__, __LINE__, __func__), 0)))
#endif
#ifndef _ASSERT_H
#define _ASSERT_H
#define static_assert _Static_assert
_Noreturn void __assert_fail(const char *, const char *, int, const char *);
#endif
