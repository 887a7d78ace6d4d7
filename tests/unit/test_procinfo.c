// SPDX-License-Identifier: MIT
/* The figures of the "lin64: ready" line, from /proc text. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../../rootfs/init/procinfo.h"
#include "check.h"

static const char meminfo[] =
	"MemTotal:           7936 kB\n"
	"MemFree:            5800 kB\n"
	"MemAvailable:       6120 kB\n"
	"Buffers:               0 kB\n";

static void test_meminfo(void)
{
	CHECK_EQ(meminfo_kb(meminfo, "MemAvailable"), 6120);
	CHECK_EQ(meminfo_kb(meminfo, "MemTotal"), 7936);
	CHECK_EQ(meminfo_kb(meminfo, "Buffers"), 0);
	/* A prefix of a key is not the key. */
	CHECK_EQ(meminfo_kb(meminfo, "Mem"), -1);
	CHECK_EQ(meminfo_kb(meminfo, "SwapTotal"), -1);
	CHECK_EQ(meminfo_kb("", "MemAvailable"), -1);
	CHECK_EQ(meminfo_kb("MemAvailable: lots\n", "MemAvailable"), -1);
	CHECK_EQ(meminfo_kb("MemAvailable: 12 MB\n", "MemAvailable"), -1);
	CHECK_EQ(meminfo_kb("MemAvailable: 12 kB", "MemAvailable"), 12);
}

static void test_uptime(void)
{
	CHECK_EQ(uptime_ms("1.52 0.80\n"), 1520);
	CHECK_EQ(uptime_ms("0.05 0.00\n"), 50);
	CHECK_EQ(uptime_ms("3600.00 1.00"), 3600000);
	CHECK_EQ(uptime_ms("7 0"), 7000);
	CHECK_EQ(uptime_ms("2.5"), 2500);
	CHECK_EQ(uptime_ms(""), -1);
	CHECK_EQ(uptime_ms("x1.00"), -1);
	CHECK_EQ(uptime_ms("1. 2"), -1);
}

static void test_ready_line(void)
{
	char dir[] = "/tmp/lin64-procinfo-XXXXXX";
	char mem[64], up[64], line[128] = "";
	FILE *f, *out;

	CHECK(mkdtemp(dir) != NULL);
	snprintf(mem, sizeof(mem), "%s/meminfo", dir);
	snprintf(up, sizeof(up), "%s/uptime", dir);
	f = fopen(mem, "w");
	fputs(meminfo, f);
	fclose(f);
	f = fopen(up, "w");
	fputs("1.25 0.50\n", f);
	fclose(f);

	out = tmpfile();
	print_ready_line(out, mem, up);
	rewind(out);
	CHECK(fgets(line, sizeof(line), out) != NULL);
	CHECK(strcmp(line, "lin64: ready mem_available_kb=6120 uptime_ms=1250\n") == 0);
	fclose(out);

	/* Unreadable files give -1, never garbage. */
	out = tmpfile();
	print_ready_line(out, "/nonexistent/meminfo", "/nonexistent/uptime");
	rewind(out);
	CHECK(fgets(line, sizeof(line), out) != NULL);
	CHECK(strcmp(line, "lin64: ready mem_available_kb=-1 uptime_ms=-1\n") == 0);
	fclose(out);

	unlink(mem);
	unlink(up);
	rmdir(dir);
}

int main(void)
{
	test_meminfo();
	test_uptime();
	test_ready_line();
	return check_summary();
}
