/* The user and group databases: lookups by name and number, the _r forms
 * (with a buffer too small), and walking every entry. */
#include <stdio.h>
#include <string.h>
#include <errno.h>
#include <pwd.h>
#include <grp.h>

static void pw(const char *how, struct passwd *p)
{
	int e = errno;
	errno = 0;
	if (!p) {
		printf("%s: none errno=%d\n", how, e);
		return;
	}
	printf("%s: %s:%s:%u:%u:%s:%s:%s\n", how, p->pw_name, p->pw_passwd, p->pw_uid,
	       p->pw_gid, p->pw_gecos, p->pw_dir, p->pw_shell);
}

static void gr(const char *how, struct group *g)
{
	int e = errno;
	errno = 0;
	if (!g) {
		printf("%s: none errno=%d\n", how, e);
		return;
	}
	printf("%s: %s:%s:%u:", how, g->gr_name, g->gr_passwd, g->gr_gid);
	for (char **m = g->gr_mem; *m; m++)
		printf("%s%s", *m, m[1] ? "," : "");
	printf("\n");
}

int main(void)
{
	char buf[1024], tiny[8];
	struct passwd p, *pr;
	struct group g, *grr;
	errno = 0;
	pw("getpwnam root", getpwnam("root"));
	pw("getpwuid 0", getpwuid(0));
	pw("getpwnam nobody", getpwnam("nobody"));
	pw("getpwnam none", getpwnam("no-such-user"));
	pw("getpwuid 54321", getpwuid(54321));
	printf("getpwnam_r: %d\n", getpwnam_r("root", &p, buf, sizeof buf, &pr));
	pw("  result", pr);
	int r = getpwuid_r(0, &p, tiny, sizeof tiny, &pr);
	printf("getpwuid_r tiny: %d %p\n", r, (void *)pr);
	r = getpwnam_r("no-such", &p, buf, sizeof buf, &pr);
	printf("getpwnam_r none: %d %p\n", r, (void *)pr);
	errno = 0;
	gr("getgrnam root", getgrnam("root"));
	gr("getgrgid 0", getgrgid(0));
	gr("getgrnam none", getgrnam("no-such-group"));
	printf("getgrgid_r: %d\n", getgrgid_r(0, &g, buf + 1, sizeof buf - 1, &grr));
	gr("  result", grr);
	r = getgrnam_r("root", &g, tiny, sizeof tiny, &grr);
	printf("getgrnam_r tiny: %d %p\n", r, (void *)grr);
	int n = 0;
	struct passwd *e;
	while ((e = getpwent()))
		if (n++ < 3)
			pw("getpwent", e);
	setpwent();
	pw("after setpwent", getpwent());
	endpwent();
	printf("users: %d\n", n);
	n = 0;
	struct group *ge;
	while ((ge = getgrent()))
		if (n++ < 3)
			gr("getgrent", ge);
	endgrent();
	gr("after endgrent", getgrent());
	endgrent();
	printf("groups: %d\n", n);
	return 0;
}
