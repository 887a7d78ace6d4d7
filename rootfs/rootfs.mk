# rootfs: the initramfs (/init only) and the cart filesystem (squashfs,
# read in place from the ROM through /dev/n64cart; /init hands over to its
# copy there, /sbin/lin64-init).
#
# Source:   ours (MIT): /init, rootfs/skel, the libraries in rootfs/lib
# Depends:  the toolchain (TARGET_CC), busybox (busybox/busybox.mk),
#           squashfs-tools, cpio
# Outputs:  out/rootfs/initramfs.cpio, out/rootfs/cartfs.squashfs
#
# Every component puts its files on the cart filesystem by adding
# "BUILT_FILE:/path/on/cart" words to CARTFS_PROGRAMS (mode 755) or
# CARTFS_DATA (mode 644), from any fragment the Makefile includes.

ROOTFS_OUT := $(OUT)/rootfs
INITRAMFS_CPIO := $(ROOTFS_OUT)/initramfs.cpio
CARTFS_IMAGE := $(ROOTFS_OUT)/cartfs.squashfs
INIT_BIN := $(ROOTFS_OUT)/init
INIT_SRCS := rootfs/init/init.c rootfs/init/procinfo.c
TARGET_CFLAGS := -Os -std=c11 -D_DEFAULT_SOURCE -Wall -Wextra -Werror

DEB_PACKAGES += squashfs-tools cpio

include rootfs/busybox/busybox.mk
include rootfs/lib/lib.mk
include rootfs/launcher/launcher.mk
include rootfs/term/term.mk

CARTFS_PROGRAMS += $(BUSYBOX_BIN):/bin/busybox $(INIT_BIN):/sbin/lin64-init
cartfs-source = $(firstword $(subst :, ,$(1)))
cartfs-path = $(ROOTFS_OUT)/cartfs$(lastword $(subst :, ,$(1)))

$(INIT_BIN): $(INIT_SRCS) rootfs/init/procinfo.h rootfs/include/lin64/mark.h $(TARGET_TOOLCHAIN)
	@mkdir -p $(@D)
	$(TARGET_CC) $(TARGET_CFLAGS) -Irootfs/include -s $(INIT_SRCS) -o $@

# newc cpio with fixed owners and times, so the same inputs give the same
# bytes.  No device nodes: /init mounts devtmpfs before it opens anything.
$(INITRAMFS_CPIO): $(INIT_BIN)
	rm -rf $(ROOTFS_OUT)/initramfs
	mkdir -p $(addprefix $(ROOTFS_OUT)/initramfs/,dev proc cart)
	cp $(INIT_BIN) $(ROOTFS_OUT)/initramfs/init
	find $(ROOTFS_OUT)/initramfs -exec touch -h -d @0 {} +
	cd $(ROOTFS_OUT)/initramfs && find . -mindepth 1 | LC_ALL=C sort | \
		cpio --quiet -o -H newc --owner=0:0 --reproducible >$(abspath $@)

ROOTFS_SKEL := $(shell find rootfs/skel -type f)

# The filesystem people see: BusyBox and its links, /etc, mount points,
# and what CARTFS_PROGRAMS and CARTFS_DATA name (expanded a second time,
# so that fragments included after this one count).  Fixed times and
# owners make the image reproducible.
.SECONDEXPANSION:
$(CARTFS_IMAGE): $$(foreach f,$$(CARTFS_PROGRAMS) $$(CARTFS_DATA),$$(call cartfs-source,$$(f))) \
		$(ROOTFS_SKEL) rootfs/rootfs.mk | deps
	rm -rf $(ROOTFS_OUT)/cartfs
	mkdir -p $(addprefix $(ROOTFS_OUT)/cartfs/,bin sbin usr/bin usr/sbin dev proc tmp run root mnt)
	cp -R rootfs/skel/. $(ROOTFS_OUT)/cartfs/
	$(foreach f,$(CARTFS_PROGRAMS),install -D -m 755 $(call cartfs-source,$(f)) $(call cartfs-path,$(f))$(newline))
	$(foreach f,$(CARTFS_DATA),install -D -m 644 $(call cartfs-source,$(f)) $(call cartfs-path,$(f))$(newline))
	while read -r link; do \
		[ "$$link" = /bin/busybox ] && continue; \
		ln -sf /bin/busybox $(ROOTFS_OUT)/cartfs$$link; \
	done <$(BUSYBOX_DIR)/busybox.links
	mksquashfs $(ROOTFS_OUT)/cartfs $@ -noappend -quiet -comp lz4 -b 16K \
		-all-root -mkfs-time 0 -all-time 0 >/dev/null
