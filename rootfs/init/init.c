// SPDX-License-Identifier: MIT
/*
 * init: the first process, in two steps.
 *
 * As /init, the only file of the initramfs, it mounts the kernel
 * filesystems, switches the root to the cart filesystem (squashfs on
 * /dev/n64cart, read in place from the ROM, never copied to RAM), deletes
 * the initramfs and executes its twin on the cart, /sbin/lin64-init.  The
 * initramfs then holds nothing, and the code of PID 1 is page cache the
 * kernel can drop and read back from the cart.
 *
 * As /sbin/lin64-init it says "lin64: ready ..." on the console and runs
 * the profile's program: the words after "--" on the kernel command line,
 * or a shell.  It stays PID 1 to reap orphans and to report how the
 * program ended.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mount.h>
#include <sys/reboot.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "lin64/mark.h"
#include "procinfo.h"

#define CART_DEVICE	"/dev/n64cart"
#define CART_INIT	"/sbin/lin64-init"
#define NEW_ROOT	"/cart"

static void fail(const char *what, const char *path)
{
	fprintf(stderr, "lin64: error %s %s: %s\n", what, path,
		strerror(errno));
}

static int mount_fs(const char *type, const char *target, unsigned long flags,
		    const char *data)
{
	mkdir(target, 0755);
	if (mount(type, target, type, flags, data) == 0 || errno == EBUSY)
		return 0;
	fail("mount", target);
	return -1;
}

/* stdio on /dev/console: the initramfs has no device nodes of its own. */
static void open_console(void)
{
	int fd = open("/dev/console", O_RDWR | O_NOCTTY);

	if (fd < 0)
		return;
	dup2(fd, 0);
	dup2(fd, 1);
	dup2(fd, 2);
	if (fd > 2)
		close(fd);
	setvbuf(stdout, NULL, _IOLBF, 0);
}

/* The initramfs holds this file and empty folders only. */
static void free_initramfs(void)
{
	static const char *const dirs[] = { "/dev", "/proc", NEW_ROOT };
	unsigned i;

	unlink("/init");
	for (i = 0; i < sizeof(dirs) / sizeof(dirs[0]); i++)
		rmdir(dirs[i]);
}

static int switch_to_cart(void)
{
	static const char *const moved[] = { "/dev", "/proc" };
	char target[64];
	unsigned i;

	mkdir(NEW_ROOT, 0755);
	if (mount(CART_DEVICE, NEW_ROOT, "squashfs", MS_RDONLY, NULL)) {
		fail("mount", CART_DEVICE);
		return -1;
	}
	for (i = 0; i < sizeof(moved) / sizeof(moved[0]); i++) {
		snprintf(target, sizeof(target), NEW_ROOT "%s", moved[i]);
		if (mount(moved[i], target, NULL, MS_MOVE, NULL))
			fail("move", moved[i]);
	}
	if (chdir(NEW_ROOT))
		return -1;
	free_initramfs();
	if (mount(".", "/", NULL, MS_MOVE, NULL) || chroot(".") || chdir("/")) {
		fail("switch to", NEW_ROOT);
		return -1;
	}
	return 0;
}

static void mount_runtime_fs(void)
{
	mount_fs("tmpfs", "/tmp", MS_NOSUID | MS_NODEV, "mode=1777,size=512k");
	mount_fs("tmpfs", "/run", MS_NOSUID | MS_NODEV, "mode=755,size=64k");
	mount_fs("devpts", "/dev/pts", MS_NOSUID | MS_NOEXEC, "mode=620");
}

static pid_t start(char **argv)
{
	pid_t pid = fork();

	if (pid == 0) {
		/* A session of its own with the console as its terminal,
		 * so that a shell gets job control and ^C. */
		setsid();
		ioctl(STDIN_FILENO, TIOCSCTTY, 0);
		execv(argv[0], argv);
		fail("exec", argv[0]);
		_exit(127);
	}
	if (pid < 0)
		fail("fork", argv[0]);
	return pid;
}

/* Wait for the program, reaping every orphan that is handed to us. */
static int supervise(pid_t program)
{
	int status;
	pid_t pid;

	for (;;) {
		pid = wait(&status);
		if (pid == program)
			return status;
		if (pid < 0 && errno != EINTR)
			return -1;
	}
}

static void report_exit(const char *name, int status)
{
	if (status < 0)
		printf("lin64: exit %s status=unknown\n", name);
	else if (WIFSIGNALED(status))
		printf("lin64: exit %s signal=%d\n", name, WTERMSIG(status));
	else
		printf("lin64: exit %s status=%d\n", name, WEXITSTATUS(status));
}

/* Step one: returns only when the cart filesystem cannot be used. */
static void start_from_initramfs(char **argv)
{
	mount_fs("devtmpfs", "/dev", MS_NOSUID, "mode=0755");
	open_console();
	mount_fs("proc", "/proc", MS_NOSUID | MS_NODEV | MS_NOEXEC, NULL);

	if (switch_to_cart()) {
		fputs("lin64: error no cart filesystem, staying in the initramfs\n",
		      stderr);
		return;
	}
	mount_runtime_fs();
	argv[0] = CART_INIT;
	execv(CART_INIT, argv);
	fail("exec", CART_INIT);
}

int main(int argc, char **argv)
{
	static char *shell[] = { "/bin/sh", NULL };
	char **program = argc > 1 ? argv + 1 : shell;
	pid_t pid;

	if (strcmp(argv[0], CART_INIT))
		start_from_initramfs(argv);

	setenv("PATH", "/bin:/sbin:/usr/bin:/usr/sbin", 1);
	LIN64_MARK(LIN64_MARK_INIT_READY);
	print_ready_line(stdout, "/proc/meminfo", "/proc/uptime");

	pid = start(program);
	if (pid > 0)
		report_exit(program[0], supervise(pid));

	sync();
	reboot(RB_HALT_SYSTEM);
	return 0;
}
