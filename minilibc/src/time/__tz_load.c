/* __tz_load: find the zone TZ names and index it into __tz.
 *
 *   TZ unset            -> /etc/localtime
 *   TZ empty            -> UTC
 *   "EST5EDT,M3.2.0,.." -> a POSIX TZ string (a name followed by an
 *                          offset, or the name UTC or GMT)
 *   ":Europe/Berlin", "Europe/Berlin"
 *                       -> a TZif file under /usr/share/zoneinfo,
 *                          /share/zoneinfo or /etc/zoneinfo
 *   "/path", "./path"   -> that TZif file (in a setuid or otherwise
 *                          secure program, only /etc/localtime)
 *
 * A file that cannot be read or is not valid TZif gives UTC, as musl.
 * TZif files are mapped read-only and used in place (the 64-bit v2+
 * data when present); times after the last transition follow the
 * POSIX rule in the file's footer.  The TZ value is remembered, so
 * calling this on every conversion only costs a string comparison. */
#include <fcntl.h>
#include <string.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include "syscall.h"
#include "time_impl.h"

struct __tz __tz;

static const unsigned char *map_file(const char *path, size_t *size)
{
	struct stat st;
	const unsigned char *map = 0;
	long fd = __syscall(SYS_open, path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);

	if (fd < 0)
		return 0;
	if (!__syscall(SYS_fstat, fd, &st) && st.st_size > 0) {
		long m = __syscall(SYS_mmap, 0, st.st_size, PROT_READ, MAP_SHARED, fd, 0);
		if ((unsigned long)m < -4095UL) {
			map = (const unsigned char *)m;
			*size = st.st_size;
		}
	}
	__syscall(SYS_close, fd);
	return map;
}

/* Whether the kernel marked this program secure (setuid, setgid or
 * file capabilities): then TZ may not name arbitrary files. */
static int is_secure(void)
{
	for (unsigned long *a = __auxv; a && a[0]; a += 2)
		if (a[0] == 23)  /* AT_SECURE */
			return a[1] != 0;
	return 0;
}

/* A zone name: a path as given, or looked up in the zoneinfo trees. */
static const unsigned char *map_zone(const char *name, size_t *size)
{
	static const char *const dirs[] = { "/usr/share/zoneinfo/", "/share/zoneinfo/", "/etc/zoneinfo/" };
	char path[32 + NAME_MAX];
	size_t len = strlen(name);

	if (*name == '/' || *name == '.')
		return !is_secure() || !strcmp(name, "/etc/localtime") ? map_file(name, size) : 0;
	if (len > NAME_MAX || strchr(name, '.'))
		return 0;
	for (size_t i = 0; i < sizeof dirs / sizeof *dirs; i++) {
		size_t dlen = strlen(dirs[i]);
		memcpy(path, dirs[i], dlen);
		memcpy(path + dlen, name, len + 1);
		const unsigned char *map = map_file(path, size);
		if (map)
			return map;
	}
	return 0;
}

/* musl's test for a POSIX string rather than a file name: a name
 * followed by an offset, or the name UTC or GMT. */
static int is_posix_string(const char *s)
{
	char name[TZNAME_MAX + 1];
	const char *p = s;

	if (*s == ':')
		return 0;
	__tz_read_name(name, &p);
	if (p == s)
		return 0;
	return *p == '+' || *p == '-' || (*p >= '0' && *p <= '9') ||
	       !strcmp(name, "UTC") || !strcmp(name, "GMT");
}

static unsigned long be32(const unsigned char *p)
{
	return (unsigned long)p[0] << 24 | p[1] << 16 | p[2] << 8 | p[3];
}

/* Point __tz into the mapped TZif file; 0 if it is valid. */
static int index_tzif(struct __tz *z)
{
	const unsigned char *m = z->map, *hdr = m;
	size_t size = z->map_size, off = 44, tsize = 4;

	if (size < 44 || memcmp(m, "TZif", 4))
		return -1;
	/* Header counts at 20..40: isut, isstd, leap, time, type, char. */
#define COUNT(h, i) ((size_t)be32((h) + 20 + 4 * (i)))
#define BLOCK(h, ts) (COUNT(h, 3) * ((ts) + 1) + COUNT(h, 4) * 6 + COUNT(h, 5) + \
		      COUNT(h, 2) * ((ts) + 4) + COUNT(h, 1) + COUNT(h, 0))
	if (m[4] != 0 && m[4] != '1') {
		/* v2+: skip the 32-bit data to the second header */
		size_t v1 = BLOCK(m, 4);
		if (v1 > size - 44 || size - 44 - v1 < 44 || memcmp(m + 44 + v1, "TZif", 4))
			return -1;
		hdr = m + 44 + v1;
		off = 88 + v1;
		tsize = 8;
	}
	size_t block = BLOCK(hdr, tsize);
	if (block > size - off)
		return -1;
	z->time_size = tsize;
	z->ntrans = COUNT(hdr, 3);
	z->ntypes = COUNT(hdr, 4);
	z->abbrevs_len = COUNT(hdr, 5);
	z->trans = m + off;
	z->index = z->trans + z->ntrans * tsize;
	z->types = z->index + z->ntrans;
	z->abbrevs = (const char *)z->types + 6 * z->ntypes;
#undef BLOCK
#undef COUNT
	if (!z->ntypes || !z->abbrevs_len || z->abbrevs[z->abbrevs_len - 1])
		return -1;
	for (size_t i = 0; i < z->ntrans; i++)
		if (z->index[i] >= z->ntypes)
			return -1;
	for (size_t i = 0; i < z->ntypes; i++)
		if (z->types[6 * i + 5] >= z->abbrevs_len)
			return -1;
	/* The footer: "\n<POSIX TZ string>\n" after the data. */
	size_t end = off + block;
	z->has_footer = 0;
	if (m[size - 1] == '\n')
		for (size_t i = size - 1; i-- > end;)
			if (m[i] == '\n') {
				z->has_footer = 1;
				__tz_parse_posix((const char *)m + i + 1);
				break;
			}
	return 0;
}

/* Without a footer, the names come from the first standard and the
 * first DST type; no rule applies. */
static void names_from_types(struct __tz *z)
{
	tzname[0] = tzname[1] = 0;
	timezone = 0;
	daylight = 0;
	z->std_west = z->dst_west = 0;
	for (size_t i = 0; i < z->ntypes; i++) {
		const unsigned char *type = z->types + 6 * i;
		long west = -__tz_type_offset(type);
		if (!type[4] && !tzname[0]) {
			tzname[0] = (char *)z->abbrevs + type[5];
			timezone = z->std_west = west;
		}
		if (type[4] && !tzname[1]) {
			tzname[1] = (char *)z->abbrevs + type[5];
			z->dst_west = west;
			daylight = 1;
		}
	}
	if (!tzname[0])
		tzname[0] = tzname[1];
	if (!daylight) {
		tzname[1] = tzname[0];
		z->dst_west = z->std_west;
	}
	z->has_dst = daylight;
}

void __tz_load(void)
{
	struct __tz *z = &__tz;
	const char *s = getenv("TZ");

	if (!s)
		s = "/etc/localtime";
	if (!*s)
		s = __utc;
	if (z->loaded && !strcmp(s, z->tz_value))
		return;
	size_t len = strlen(s);
	if (len > PATH_MAX + 1) {
		s = __utc;
		len = 3;
	}
	memcpy(z->tz_value, s, len + 1);
	z->loaded = 1;
	if (z->map)
		__syscall(SYS_munmap, z->map, z->map_size);
	z->map = 0;
	memset(&z->start, 0, sizeof z->start);
	memset(&z->end, 0, sizeof z->end);

	if (!is_posix_string(s)) {
		z->map = map_zone(*s == ':' ? s + 1 : s, &z->map_size);
		if (z->map && index_tzif(z) < 0) {
			__syscall(SYS_munmap, z->map, z->map_size);
			z->map = 0;
		}
		if (z->map) {
			if (!z->has_footer)
				names_from_types(z);
			return;
		}
		s = __utc;
	}
	__tz_parse_posix(s);
}
