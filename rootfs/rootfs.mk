# rootfs: the initramfs (/init only) and the cart filesystem (squashfs,
# read in place from the ROM through /dev/n64cart; /init hands over to its
# copy there, /sbin/lin64-init).
#
# Source:   busybox, Debian source package, 1.35 line   (GPL-2.0)
#           /init and rootfs/skel are ours (MIT)
# Config:   rootfs/busybox/busybox.config, a fragment on allnoconfig
# Depends:  the toolchain (TARGET_CC), squashfs-tools, cpio
# Outputs:  out/rootfs/initramfs.cpio, out/rootfs/cartfs.squashfs

ROOTFS_OUT := $(OUT)/rootfs
INITRAMFS_CPIO := $(ROOTFS_OUT)/initramfs.cpio
CARTFS_IMAGE := $(ROOTFS_OUT)/cartfs.squashfs
INIT_BIN := $(ROOTFS_OUT)/init
INIT_SRCS := rootfs/init/init.c rootfs/init/procinfo.c
TARGET_CFLAGS := -Os -std=c11 -D_DEFAULT_SOURCE -Wall -Wextra -Werror

BUSYBOX_VERSION_PREFIX := 1.35
BUSYBOX_CONFIG := rootfs/busybox/busybox.config
BUSYBOX_DIR := $(ROOTFS_OUT)/busybox
BUSYBOX_BIN := $(BUSYBOX_DIR)/busybox
BUSYBOX_SRC := $(OUT)/build/busybox
BUSYBOX_KEY = $(call cache-key,$(BUSYBOX_CONFIG) rootfs/rootfs.mk $(MUSL_LIBC) $(RT_LIB),\
	busybox-$(BUSYBOX_VERSION_PREFIX) $(CROSS_GCC_VERSION))

DEB_PACKAGES += squashfs-tools cpio

$(INIT_BIN): $(INIT_SRCS) rootfs/init/procinfo.h rootfs/include/lin64/mark.h $(TARGET_TOOLCHAIN)
	@mkdir -p $(@D)
	$(TARGET_CC) $(TARGET_CFLAGS) -Irootfs/include -s $(INIT_SRCS) -o $@

# newc cpio with fixed owners and times, so the same inputs give the same
# bytes.  No device nodes: /init mounts devtmpfs before it opens anything.
$(INITRAMFS_CPIO): $(INIT_BIN)
	rm -rf $(ROOTFS_OUT)/initramfs
	mkdir -p $(addprefix $(ROOTFS_OUT)/initramfs/,dev proc sys cart)
	cp $(INIT_BIN) $(ROOTFS_OUT)/initramfs/init
	find $(ROOTFS_OUT)/initramfs -exec touch -h -d @0 {} +
	cd $(ROOTFS_OUT)/initramfs && find . -mindepth 1 | LC_ALL=C sort | \
		cpio --quiet -o -H newc --owner=0:0 --reproducible >$(abspath $@)

$(BUSYBOX_BIN): $(BUSYBOX_CONFIG) rootfs/rootfs.mk $(TARGET_TOOLCHAIN) | deps
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

ROOTFS_SKEL := $(shell find rootfs/skel -type f)

# The filesystem people see: BusyBox and its links, /etc, mount points.
# Fixed times and owners make the image reproducible.
$(CARTFS_IMAGE): $(BUSYBOX_BIN) $(INIT_BIN) $(ROOTFS_SKEL) rootfs/rootfs.mk | deps
	rm -rf $(ROOTFS_OUT)/cartfs
	mkdir -p $(addprefix $(ROOTFS_OUT)/cartfs/,bin sbin usr/bin usr/sbin dev proc sys tmp run root mnt)
	cp -R rootfs/skel/. $(ROOTFS_OUT)/cartfs/
	cp $(BUSYBOX_BIN) $(ROOTFS_OUT)/cartfs/bin/busybox
	cp $(INIT_BIN) $(ROOTFS_OUT)/cartfs/sbin/lin64-init
	while read -r link; do \
		[ "$$link" = /bin/busybox ] && continue; \
		ln -sf /bin/busybox $(ROOTFS_OUT)/cartfs$$link; \
	done <$(BUSYBOX_DIR)/busybox.links
	mksquashfs $(ROOTFS_OUT)/cartfs $@ -noappend -quiet -comp lz4 -b 16K \
		-all-root -mkfs-time 0 -all-time 0 >/dev/null
