/* regerror: the message for a regcomp/regexec result code, in musl's
 * words, copied into buf as far as it fits; returns the size needed. */
#include <regex.h>
#include <string.h>

size_t regerror(int code, const regex_t *restrict preg, char *restrict buf, size_t size)
{
	static const char *const messages[] = {
		[REG_OK] = "No error",
		[REG_NOMATCH] = "No match",
		[REG_BADPAT] = "Invalid regexp",
		[REG_ECOLLATE] = "Unknown collating element",
		[REG_ECTYPE] = "Unknown character class name",
		[REG_EESCAPE] = "Trailing backslash",
		[REG_ESUBREG] = "Invalid back reference",
		[REG_EBRACK] = "Missing ']'",
		[REG_EPAREN] = "Missing ')'",
		[REG_EBRACE] = "Missing '}'",
		[REG_BADBR] = "Invalid contents of {}",
		[REG_ERANGE] = "Invalid character range",
		[REG_ESPACE] = "Out of memory",
		[REG_BADRPT] = "Repetition not preceded by valid expression",
	};
	(void)preg;
	const char *msg = "Unknown error";
	if (code >= 0 && (size_t)code < sizeof messages / sizeof *messages)
		msg = messages[code];
	size_t len = strlen(msg);
	if (size) {
		size_t n = len < size - 1 ? len : size - 1;
		memcpy(buf, msg, n);
		buf[n] = 0;
	}
	return len + 1;
}
