/* restrict in the headers: the keyword from C99 on; before, gcc's own
 * __restrict, which it takes in every mode (-std=c89 has no restrict). */
#ifndef _MINILIBC_BITS_RESTRICT_H
#define _MINILIBC_BITS_RESTRICT_H
#if defined(__STDC_VERSION__) && __STDC_VERSION__ >= 199901L
#define __restrict restrict
#endif
#endif
