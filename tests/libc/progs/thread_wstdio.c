/* Wide stdio from several threads at once: every fwprintf, fputws and
 * fputwc line must reach the file whole, in a UTF-8 locale so that
 * characters take several bytes.  Threads write to a stream with a tiny
 * buffer, so lines cross buffer flushes; the file is then read back with
 * fgetws and every line checked. */
#include <locale.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <wchar.h>

#define THREADS 6
#define LINES 300

static FILE *out;
static const wchar_t letters[THREADS] = { L'a', L'\u00e9', L'\u03bb', L'\u20ac', L'\u4e2d', L'z' };

static void line(int id, int n)
{
	wchar_t payload[64];
	int len = (id * 7 + n * 13) % 50 + 1;
	wmemset(payload, letters[id], len);
	payload[len] = 0;
	switch (n % 3) {
	case 0:
		fwprintf(out, L"T%d L%d %ls\n", id, n, payload);
		break;
	case 1: {
		wchar_t buf[96];
		swprintf(buf, 96, L"T%d L%d %ls\n", id, n, payload);
		fputws(buf, out);
		break;
	}
	default: {
		wchar_t buf[96];
		swprintf(buf, 96, L"T%d L%d %ls\n", id, n, payload);
		flockfile(out);     /* a line of single characters, held together */
		for (wchar_t *p = buf; *p; p++)
			fputwc(*p, out);
		funlockfile(out);
	}
	}
}

static void *writer(void *arg)
{
	for (int n = 0; n < LINES; n++)
		line((int)(long)arg, n);
	return 0;
}

int main(void)
{
	static char small[16];
	static char seen[THREADS][LINES];
	pthread_t t[THREADS];
	wchar_t buf[128];
	int bad = 0, total = 0;

	if (!setlocale(LC_CTYPE, "C.UTF-8"))
		return 1;
	out = tmpfile();
	setvbuf(out, small, _IOFBF, sizeof small);
	fwide(out, 1);
	for (long i = 0; i < THREADS; i++)
		pthread_create(&t[i], 0, writer, (void *)i);
	for (int i = 0; i < THREADS; i++)
		pthread_join(t[i], 0);
	rewind(out);
	while (fgetws(buf, 128, out)) {
		int id, n, pos = 0;
		total++;
		if (swscanf(buf, L"T%d L%d %n", &id, &n, &pos) != 2 || !pos
		    || id < 0 || id >= THREADS || n < 0 || n >= LINES || seen[id][n]) {
			bad++;
			continue;
		}
		seen[id][n] = 1;
		int len = (id * 7 + n * 13) % 50 + 1;
		for (int i = 0; i < len; i++)
			bad += buf[pos + i] != letters[id];
		bad += buf[pos + len] != L'\n' || buf[pos + len + 1];
	}
	printf("%d lines, %d bad\n", total, bad);
	return 0;
}
