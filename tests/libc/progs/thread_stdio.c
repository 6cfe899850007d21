/* stdio from several threads at once: every printf, fputs, fwrite,
 * puts and putc line must reach the file whole.  Threads write to
 * stdout (here a temporary file put on descriptor 1) and to a stream
 * with a tiny buffer, so lines cross buffer flushes; the file is then
 * read back and every line checked. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define THREADS 6
#define LINES 400

static FILE *out;

static void line(FILE *f, int id, int n)
{
	char payload[80];
	int len = (id * 7 + n * 13) % 60 + 1;
	memset(payload, 'a' + id, len);
	payload[len] = 0;
	switch (n % 5) {
	case 0:
		fprintf(f, "T%d L%d %s\n", id, n, payload);
		break;
	case 1: {
		char buf[128];
		snprintf(buf, sizeof buf, "T%d L%d %s\n", id, n, payload);
		fputs(buf, f);
		break;
	}
	case 2: {
		char buf[128];
		int k = snprintf(buf, sizeof buf, "T%d L%d %s\n", id, n, payload);
		fwrite(buf, 1, k, f);
		break;
	}
	case 3:
		if (f == stdout) {
			char buf[128];
			snprintf(buf, sizeof buf, "T%d L%d %s", id, n, payload);
			puts(buf);
			break;
		}
		/* fall through */
	default:
		flockfile(f);       /* a line of single bytes, held together */
		char buf[128];
		snprintf(buf, sizeof buf, "T%d L%d %s\n", id, n, payload);
		for (char *p = buf; *p; p++)
			putc_unlocked(*p, f);
		funlockfile(f);
	}
}

static void *writer(void *arg)
{
	int id = (int)(long)arg;
	for (int n = 0; n < LINES; n++) {
		line(out, id, n);
		line(stdout, id, n);
	}
	return 0;
}

/* Every line well formed, each (thread, line) exactly once. */
static void check(FILE *f, const char *what)
{
	static char seen[THREADS][LINES];
	char buf[256];
	int bad = 0, total = 0;

	memset(seen, 0, sizeof seen);
	rewind(f);
	while (fgets(buf, sizeof buf, f)) {
		int id, n, pos = 0;
		total++;
		if (sscanf(buf, "T%d L%d %n", &id, &n, &pos) != 2 || !pos
		    || id < 0 || id >= THREADS || n < 0 || n >= LINES || seen[id][n]) {
			bad++;
			continue;
		}
		seen[id][n] = 1;
		int len = (id * 7 + n * 13) % 60 + 1;
		for (int i = 0; i < len; i++)
			bad += buf[pos + i] != 'a' + id;
		bad += buf[pos + len] != '\n' || buf[pos + len + 1];
	}
	printf("%s: %d lines, %d bad\n", what, total, bad);
}

int main(void)
{
	pthread_t t[THREADS];
	static char small[16];
	FILE *capture = tmpfile();
	int saved = dup(1);

	out = tmpfile();
	setvbuf(out, small, _IOFBF, sizeof small);
	fflush(stdout);
	dup2(fileno(capture), 1);
	for (long i = 0; i < THREADS; i++)
		pthread_create(&t[i], 0, writer, (void *)i);
	for (int i = 0; i < THREADS; i++)
		pthread_join(t[i], 0);
	fflush(stdout);
	dup2(saved, 1);
	close(saved);
	check(out, "small-buffered stream");
	check(capture, "stdout");
	return 0;
}
