# busybox: the shell and the utilities on the cart filesystem.
#
# Source:   busybox, Debian source package, 1.35 line   (GPL-2.0)
# Config:   rootfs/busybox/busybox.config, a fragment on allnoconfig
# Depends:  the toolchain (TARGET_CC)
# Outputs:  out/rootfs/busybox/{busybox,busybox.links,.config}

BUSYBOX_VERSION_PREFIX := 1.35
BUSYBOX_CONFIG := rootfs/busybox/busybox.config
BUSYBOX_DIR := $(ROOTFS_OUT)/busybox
BUSYBOX_BIN := $(BUSYBOX_DIR)/busybox
BUSYBOX_SRC := $(OUT)/build/busybox
BUSYBOX_KEY = $(call cache-key,$(BUSYBOX_CONFIG) rootfs/busybox/busybox.mk $(MUSL_LIBC) $(RT_LIB),\
	busybox-$(BUSYBOX_VERSION_PREFIX) $(CROSS_GCC_VERSION))

$(BUSYBOX_BIN): $(BUSYBOX_CONFIG) rootfs/busybox/busybox.mk $(TARGET_TOOLCHAIN) | deps
	+tools/cache.sh busybox $(BUSYBOX_KEY) $(BUSYBOX_DIR) -- $(MAKE) --no-print-directory busybox-build
	touch $@

# The uncached build; tools/cache.sh runs it when the key has no entry.
# No build date in the banner: the same inputs give the same binary.
.PHONY: busybox-build
busybox-build: export KCONFIG_NOTIMESTAMP := 1
busybox-build:
	tools/unpack.sh deb-src busybox $(BUSYBOX_VERSION_PREFIX) $(BUSYBOX_SRC) >/dev/null
	$(MAKE) -C $(BUSYBOX_SRC) -s allnoconfig >/dev/null
	tools/merge-config.sh $(BUSYBOX_CONFIG) $(BUSYBOX_SRC)/.config
	yes '' | $(MAKE) -C $(BUSYBOX_SRC) -s oldconfig >/dev/null
	tools/check-config.sh $(BUSYBOX_CONFIG) $(BUSYBOX_SRC)/.config
	$(MAKE) -C $(BUSYBOX_SRC) -s -j$(JOBS) CC=$(abspath $(TARGET_CC)) \
		CROSS_COMPILE=$(CROSS) SKIP_STRIP=n busybox busybox.links
	cp $(BUSYBOX_SRC)/busybox $(BUSYBOX_SRC)/busybox.links $(BUSYBOX_SRC)/.config $(BUSYBOX_DIR)/
