# lin64-launcher: the full-screen list of the programs on the cart.
#
# Source:   ours (MIT)
# Depends:  liblin64 (rootfs/lib/lib.mk), procinfo (rootfs/init)
# Outputs:  $(LAUNCHER_BIN) on the cart as /usr/bin/lin64-launcher,
#           its desktop build out/host/sdl/bin/lin64-launcher,
#           $(OUT)/tests/unit/test_apps (in UNIT_TESTS)

LAUNCHER_SRCS := rootfs/launcher/launcher.c rootfs/launcher/apps.c rootfs/init/procinfo.c
LAUNCHER_BIN := $(OUT)/target/bin/lin64-launcher
LAUNCHER_HOST := $(OUT)/host/sdl/bin/lin64-launcher

$(eval $(call lin64-program,lin64-launcher,$(LAUNCHER_SRCS)))
$(call lin64-target-objs,$(LAUNCHER_SRCS)) $(call lin64-host-objs,$(LAUNCHER_SRCS)): \
	LIN64_INCLUDES += -Irootfs/init

CARTFS_PROGRAMS += $(LAUNCHER_BIN):/usr/bin/lin64-launcher
CARTFS_DATA += rootfs/apps/shell.app:/usr/share/lin64/apps/shell.app

$(OUT)/tests/unit/test_apps: tests/unit/test_apps.c rootfs/launcher/apps.c \
		rootfs/launcher/apps.h tests/unit/check.h tests/unit/tmpdir.h
	@mkdir -p $(@D)
	$(HOSTCC) $(HOST_CFLAGS) -Irootfs/launcher -o $@ tests/unit/test_apps.c \
		rootfs/launcher/apps.c

UNIT_TESTS += $(OUT)/tests/unit/test_apps
