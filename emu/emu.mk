# emu: the Nintendo 64 machine for QEMU (-M n64), as out/emu/qemu-system-mips64.
#
# Source:   qemu, Debian source package, 7.2 line   (GPL-2.0: COPYING and
#           LICENSE in the tree)
# Patches:  emu/patches/000N-*.patch, the few lines QEMU's own files need:
#           the build hooks, the VR4300 CPU model, an exact CP0 Count rate
# Ours:     emu/hw/n64/ (the machine, one device a file, meson.build, Kconfig,
#           trace-events) and emu/include/hw/n64/ (GPL-2.0-or-later, as QEMU),
#           copied into the tree by emu/install-sources.sh; the PIF's CIC
#           check compiles tools/ipl3sum's checksum (symbolic links in
#           emu/hw/n64), so host tool and emulator share one implementation;
#           emu/plugins/vr4300-cost.c, the TCG plugin that models the
#           VR4300's cycles (docs/perf.md)
# Depends:  the host compiler, meson, ninja, glib, pixman, SDL2, libpng, zlib
# Outputs:  $(EMU_QEMU) = out/emu/qemu-system-mips64 (see docs/emu.md),
#           $(EMU_COST_PLUGIN) = out/emu/libvr4300-cost.so (docs/perf.md)
#
# The tree stays unpacked in out/build/qemu and the objects in
# out/build/qemu-obj: after an edit under emu/, `make emu` copies only the
# files that changed and ninja rebuilds only what they touch.  Without
# out/build/qemu-obj the binary comes from the cache when the inputs (this
# file, the patches, our sources, the flags, the compiler) match.

QEMU_VERSION_PREFIX := 7.2
QEMU_SRC := $(OUT)/build/qemu
QEMU_OBJ := $(OUT)/build/qemu-obj
QEMU_PATCHES := $(sort $(wildcard emu/patches/*.patch))
QEMU_PATCHED := $(QEMU_SRC)/.lin64-patched

# One target and one machine (configs/devices/mips64-softmmu/n64.mak, from
# patch 0001); every optional feature off except the SDL window (and its audio), PNG
# screendumps, and TCG plugins (the cost model).  No debug info: a smaller
# binary and a shorter build.
QEMU_CONFIGURE_FLAGS := --target-list=mips64-softmmu \
	--with-devices-mips64=n64 --without-default-devices \
	--without-default-features --enable-sdl --enable-png --audio-drv-list=sdl \
	--enable-plugins \
	--disable-docs --disable-tools --disable-guest-agent \
	--disable-debug-info --meson=meson

EMU_DIR := $(OUT)/emu
EMU_QEMU := $(EMU_DIR)/qemu-system-mips64
EMU_COST_PLUGIN := $(EMU_DIR)/libvr4300-cost.so
EMU_SOURCES := $(shell find -L emu/hw emu/include emu/plugins -type f 2>/dev/null | LC_ALL=C sort)
EMU_INPUTS := emu/emu.mk emu/install-sources.sh $(QEMU_PATCHES) $(EMU_SOURCES)
EMU_HOSTCC_VERSION = $(shell $(HOSTCC) -dumpfullversion 2>/dev/null)
EMU_KEY = $(call cache-key,$(EMU_INPUTS),\
	qemu-$(QEMU_VERSION_PREFIX) $(EMU_HOSTCC_VERSION) $(QEMU_CONFIGURE_FLAGS))

DEB_PACKAGES += meson ninja-build pkg-config python3 libglib2.0-dev \
	libpixman-1-dev libsdl2-dev libpng-dev zlib1g-dev

$(EMU_COST_PLUGIN): $(EMU_QEMU)
$(EMU_QEMU): $(EMU_INPUTS) | deps
	+tools/cache.sh qemu $(EMU_KEY) $(EMU_DIR) -- $(MAKE) --no-print-directory emu-build
	touch $@

.PHONY: emu emu-build
emu: $(EMU_QEMU)

# The uncached build, run by tools/cache.sh: configure once (again only if
# the flags change), then let ninja do what the changed files need.
emu-build: $(QEMU_PATCHED)
	emu/install-sources.sh emu $(QEMU_SRC)
	@if [ ! -f $(QEMU_OBJ)/build.ninja ] || \
	    [ "$$(cat $(QEMU_OBJ)/.lin64-flags 2>/dev/null)" != "$(QEMU_CONFIGURE_FLAGS)" ]; then \
		echo "emu: configuring QEMU in $(QEMU_OBJ)"; \
		rm -rf $(QEMU_OBJ) && mkdir -p $(QEMU_OBJ) && \
		(cd $(QEMU_OBJ) && $(abspath $(QEMU_SRC))/configure \
			$(QEMU_CONFIGURE_FLAGS) >configure.log 2>&1) || \
			{ tail -n 30 $(QEMU_OBJ)/configure.log; exit 1; }; \
		echo "$(QEMU_CONFIGURE_FLAGS)" >$(QEMU_OBJ)/.lin64-flags; \
	fi
	@echo "emu: building qemu-system-mips64 (a first build takes minutes)"
	ninja -C $(QEMU_OBJ) -j$(JOBS) --quiet qemu-system-mips64
	mkdir -p $(EMU_DIR)
	cp $(QEMU_OBJ)/qemu-system-mips64 $(EMU_QEMU)
	$(HOSTCC) -O2 -Wall -Wextra -Wno-unused-parameter -Werror -fPIC -shared \
		$$(pkg-config --cflags glib-2.0) -I$(QEMU_SRC)/include/qemu \
		emu/plugins/vr4300-cost.c -o $(EMU_COST_PLUGIN)

# Unpacked and patched again only when the patches change.
$(QEMU_PATCHED): $(QEMU_PATCHES) | deps
	tools/unpack.sh deb-src qemu $(QEMU_VERSION_PREFIX) $(QEMU_SRC) emu/patches >/dev/null
	touch $@
