# kernel: Linux 6.1 for the N64.
#
# Source:   Debian's linux-source-6.1 (binary package: a tarball in /usr/src)
# Licence:  GPL-2.0 (COPYING in the tree)
# Ours:     kernel-patches/000N-*.patch (git format-patch series, applied in
#           order) and kernel-patches/lin64.config (a fragment on top of
#           allnoconfig; the build fails if Kconfig drops a symbol from it)
# Depends:  gcc-mips-linux-gnu, the kernel's build tools
# Outputs:  out/kernel/vmlinux (loaded as is: the compressed image's
#           decompression heap does not fit in 8 MiB), System.map, .config

KERNEL_PACKAGE := linux-source-6.1
KERNEL_TARBALL := /usr/src/linux-source-6.1.tar.xz
KERNEL_PATCHES := $(sort $(wildcard kernel-patches/*.patch))
KERNEL_CONFIG := kernel-patches/lin64.config
KERNEL_DIR := $(OUT)/kernel
KERNEL_VMLINUX := $(KERNEL_DIR)/vmlinux
KERNEL_SRC := $(OUT)/build/linux
KERNEL_OBJ := $(OUT)/build/linux-obj
KERNEL_MAKE = $(MAKE) -C $(KERNEL_SRC) O=$(abspath $(KERNEL_OBJ)) \
	ARCH=mips CROSS_COMPILE=$(CROSS) KBUILD_BUILD_TIMESTAMP="1970-01-01 00:00 UTC" \
	KBUILD_BUILD_USER=lin64 KBUILD_BUILD_HOST=lin64
KERNEL_VERSION = $(shell dpkg-query -W -f='$${Version}' $(KERNEL_PACKAGE) 2>/dev/null)
KERNEL_KEY = $(call cache-key,$(KERNEL_PATCHES) $(KERNEL_CONFIG) kernel-patches/kernel.mk,\
	$(KERNEL_VERSION) $(CROSS_GCC_VERSION))

DEB_PACKAGES += $(KERNEL_PACKAGE) bc bison flex libelf-dev libssl-dev cpio rsync

$(KERNEL_VMLINUX): $(KERNEL_PATCHES) $(KERNEL_CONFIG) kernel-patches/kernel.mk | deps
	+tools/cache.sh kernel $(KERNEL_KEY) $(KERNEL_DIR) -- $(MAKE) --no-print-directory kernel-build
	touch $@

# The uncached build; tools/cache.sh runs it when the key has no entry.
.PHONY: kernel-build kernel-config kernel-menuconfig
kernel-build: kernel-config
	+$(KERNEL_MAKE) -s -j$(JOBS) vmlinux
	cp $(KERNEL_OBJ)/vmlinux $(KERNEL_OBJ)/System.map $(KERNEL_OBJ)/.config $(KERNEL_DIR)/

kernel-config:
	tools/unpack.sh tarball $(KERNEL_TARBALL) $(KERNEL_SRC) kernel-patches >/dev/null
	mkdir -p $(KERNEL_OBJ)
	$(KERNEL_MAKE) -s KCONFIG_ALLCONFIG=$(abspath $(KERNEL_CONFIG)) allnoconfig
	tools/check-config.sh $(KERNEL_CONFIG) $(KERNEL_OBJ)/.config

# Change the configuration interactively, then see what to put in the
# fragment: the symbols that now differ from it.
kernel-menuconfig: | deps
	test -f $(KERNEL_OBJ)/.config || $(MAKE) kernel-config
	cp $(KERNEL_OBJ)/.config $(KERNEL_OBJ)/.config.lin64
	$(KERNEL_MAKE) menuconfig
	$(KERNEL_SRC)/scripts/diffconfig $(KERNEL_OBJ)/.config.lin64 $(KERNEL_OBJ)/.config
	@echo "kernel: add the lines above to $(KERNEL_CONFIG) (as CONFIG_X=y or '# CONFIG_X is not set')"
