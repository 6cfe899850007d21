/* TZ naming a TZif file by path: a copy of a zoneinfo file, its 32-bit
 * (v1) part alone, the 64-bit part without its POSIX footer, a version 3
 * file whose footer uses v3's hours below 0 and beyond 24, and files
 * that are not TZif at all (which mean UTC).  The files are written to
 * the current directory.  Times after the last transition (2037) are
 * shown only for files with a footer: without one, musl evaluates an
 * empty rule there and we keep the last type. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static unsigned char data[1 << 16];

static unsigned be32(const unsigned char *p)
{
	return (unsigned)p[0] << 24 | p[1] << 16 | p[2] << 8 | p[3];
}

static size_t block(const unsigned char *h, size_t time_size)
{
	return be32(h + 32) * (time_size + 1) + be32(h + 36) * 6 + be32(h + 40) +
	       be32(h + 28) * (time_size + 4) + be32(h + 24) + be32(h + 20);
}

static void put(const char *name, const void *p, size_t n)
{
	FILE *f = fopen(name, "wb");
	fwrite(p, 1, n, f);
	fclose(f);
}

static void zone(const char *tz, int late)
{
	static const long long stamps[] = {
		-2000000000, -1000000000, 0, 1000000000, 1234567890, 1711846799, 1711846800,
		1729990799, 1729990800, 2000000000, 2100000000,
		/* after the last transition */
		2200000000LL, 2203635599LL, 2203635600LL, 2216239199LL, 2216239200LL,
		4000000000LL, 32503680000LL,
	};
	setenv("TZ", tz, 1);
	tzset();
	/* printed as int: for a file without footer musl computes timezone
	 * in unsigned arithmetic (east of UTC it comes out as 2^32 - x) */
	printf("TZ=%s: %s/%s %d %d\n", tz, tzname[0], tzname[1], (int)timezone, daylight);
	for (unsigned i = 0; i < sizeof stamps / sizeof *stamps - (late ? 0 : 7); i++) {
		time_t t = stamps[i];
		struct tm *tm = localtime(&t);
		char buf[64];
		strftime(buf, sizeof buf, "%Y-%m-%d %H:%M:%S %z %Z", tm);
		printf("  %lld %s isdst %d\n", (long long)t, buf, tm->tm_isdst);
	}
}

int main(void)
{
	FILE *f = fopen("/usr/share/zoneinfo/Europe/Berlin", "rb");
	if (!f)
		return 1;
	size_t n = fread(data, 1, sizeof data, f);
	fclose(f);
	put("berlin", data, n);
	size_t v1 = 44 + block(data, 4);
	unsigned char copy[sizeof data];
	memcpy(copy, data, v1);
	copy[4] = '1';
	put("berlin-v1", copy, v1);
	size_t v2_end = v1 + 44 + block(data + v1, 8);
	put("berlin-nofooter", data, v2_end);
	static const char footer[] = "\nCET-1CEST,M3.5.0/-1,M10.5.0/27\n";
	memcpy(copy, data, v2_end);
	memcpy(copy + v2_end, footer, sizeof footer - 1);
	copy[4] = copy[v1 + 4] = '3';
	put("berlin-v3", copy, v2_end + sizeof footer - 1);
	put("not-tzif", "hello, world\n", 13);
	put("empty", "", 0);
	put("short", "TZif2\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0", 20);
	char cwd_path[300];
	snprintf(cwd_path, sizeof cwd_path, "%s/berlin", getenv("PWD") ? getenv("PWD") : ".");

	static const char *zones[] = { "./berlin", ":./berlin", "./berlin-v3", "./berlin-v1",
				       "./berlin-nofooter", "./not-tzif", "./empty", "./short",
				       "./missing", "berlin", ".", "/", "/usr/share/zoneinfo",
				       "Europe" };
	for (unsigned i = 0; i < sizeof zones / sizeof *zones; i++)
		zone(zones[i], !strstr(zones[i], "-v1") && !strstr(zones[i], "nofooter"));
	return 0;
}
