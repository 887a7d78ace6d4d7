# tests: every test `make test` runs, fastest first.
#
#   1. host unit tests (UNIT_TESTS, from each component's fragment)
#   2. the VR4300 instruction check over every target binary and the kernel
#   3. system tests: the ROM booted on the emulators (mupen64plus, and the
#      QEMU machine through tests/harness/n64qemu.py)
# Each prints "N passed, N failed"; tests/run-tests.sh adds them up.

DEB_PACKAGES += mupen64plus-ui-console mupen64plus-rsp-hle mupen64plus-data \
	mupen64plus-input-sdl mupen64plus-audio-sdl mupen64plus-video-glide64mk2 bc

UNIT_TESTS += $(OUT)/tests/unit/test_procinfo $(OUT)/tests/unit/test_bootmenu
SYSTEM_TESTS := tests/system/vr4300-check.sh tests/system/boot-mupen64plus.sh \
	tests/system/bad-toc-mupen64plus.sh tests/system/payload-mupen64plus.sh \
	tests/system/boot-qemu.sh tests/system/menu-qemu.sh \
	tests/system/menu-input-qemu.sh tests/system/input-qemu.sh
SYSTEM_TESTS += tests/system/devices-qemu.sh tests/system/tv-qemu.sh \
	tests/system/boot-strict-qemu.sh tests/system/perf-qemu.sh \
	tests/system/bad-toc-qemu.sh tests/system/userspace-qemu.sh \
	tests/system/doom-qemu.sh
TEST_ROMS :=

include tests/roms/roms.mk

SYSTEM_TESTS += tests/system/pico-qemu.sh
TEST_ROMS += $(PICO_TEST_ROMS)

$(OUT)/tests/unit/test_procinfo: tests/unit/test_procinfo.c rootfs/init/procinfo.c rootfs/init/procinfo.h
	@mkdir -p $(@D)
	$(HOSTCC) $(HOST_CFLAGS) tests/unit/test_procinfo.c rootfs/init/procinfo.c -o $@

# The boot menu's hardware-free parts, built for the host.
BOOTMENU_HOST_SRCS := bootmenu/menu.c bootmenu/draw.c bootmenu/choice.c bootmenu/fmt.c \
	bootmenu/toc.c bootmenu/crc32.c tools/mkfont/font.c $(FONT_C)

$(OUT)/tests/unit/test_bootmenu: tests/unit/test_bootmenu.c $(BOOTMENU_HOST_SRCS) \
		$(wildcard bootmenu/*.h) tools/mkfont/font.h
	@mkdir -p $(@D)
	$(HOSTCC) $(HOST_CFLAGS) -Ibootmenu tests/unit/test_bootmenu.c \
		$(BOOTMENU_HOST_SRCS) -o $@

.PHONY: test unit-test bench
unit-test: $(UNIT_TESTS)
	tests/run-tests.sh $(UNIT_TESTS)

test: $(UNIT_TESTS) $(ROM) $(TEST_ROMS) $(EMU_QEMU) $(EMU_COST_PLUGIN) $(OSK_PLAN) | deps
	tests/run-tests.sh $(UNIT_TESTS) $(SYSTEM_TESTS)

bench: $(ROM) $(DOOM_TIMEDEMO_ROM) $(EMU_QEMU) $(EMU_COST_PLUGIN) | deps
	tests/bench.sh
