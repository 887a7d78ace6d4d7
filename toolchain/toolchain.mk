# toolchain: the C library and compiler wrapper every Lin64 program uses.
#
# Source:   musl, Debian source package, 1.2.3 line   (MIT)
# Patches:  toolchain/musl-patches/ (the thread pointer without rdhwr)
# Ours:     toolchain/lin64.specs.in, toolchain/mips-lin64-gcc.in,
#           toolchain/rt (the runtime that replaces libgcc, see rt.mk)
#           the kernel's UAPI headers (linux/, asm/, sound/...) from
#           linux-libc-dev-mips-cross, for the ioctls of fbdev, evdev, ALSA
# Depends:  gcc-mips-linux-gnu, linux-libc-dev-mips-cross
# Outputs:  $(TARGET_CC) = out/toolchain/bin/mips-lin64-gcc
#           out/toolchain/sysroot/{include,lib}: musl, static only
#           out/toolchain/uapi/include: the UAPI headers, after musl's

MUSL_VERSION_PREFIX := 1.2.3
MUSL_CFLAGS := $(VR4300_CFLAGS) -Os -pipe
MUSL_SYSROOT := $(OUT)/toolchain/sysroot
MUSL_LIBC := $(MUSL_SYSROOT)/lib/libc.a
MUSL_PATCHES := $(sort $(wildcard toolchain/musl-patches/*.patch))
MUSL_KEY = $(call cache-key,toolchain/toolchain.mk toolchain/musl.mk $(MUSL_PATCHES),musl-$(MUSL_VERSION_PREFIX) $(CROSS_GCC_VERSION) $(MUSL_CFLAGS))

TARGET_CC := $(OUT)/toolchain/bin/mips-lin64-gcc
TARGET_SPECS := $(OUT)/toolchain/lib/lin64.specs
# Only the UAPI folders: /usr/mips-linux-gnu/include would also hold
# glibc's headers if libc6-dev-mips-cross were ever installed.
UAPI_HEADERS := $(OUT)/toolchain/uapi/include
UAPI_DIRS := linux asm asm-generic sound video mtd misc
# What a target program's rule depends on to be linked (expanded where
# it is used: RT_LIB comes from rt.mk, included after this file).
TARGET_TOOLCHAIN = $(TARGET_CC) $(TARGET_SPECS) $(MUSL_LIBC) $(RT_LIB) $(UAPI_HEADERS)

DEB_PACKAGES += gcc-mips-linux-gnu binutils-mips-linux-gnu linux-libc-dev-mips-cross

$(MUSL_LIBC): toolchain/toolchain.mk toolchain/musl.mk $(MUSL_PATCHES) | deps
	+tools/cache.sh musl $(MUSL_KEY) $(MUSL_SYSROOT) -- $(MAKE) -f toolchain/musl.mk \
		OUT=$(OUT) SYSROOT=$(abspath $(MUSL_SYSROOT)) CROSS=$(CROSS) \
		"MUSL_CFLAGS=$(MUSL_CFLAGS)" MUSL_VERSION_PREFIX=$(MUSL_VERSION_PREFIX) JOBS=$(JOBS)
	touch $@

$(TARGET_SPECS): toolchain/lin64.specs.in
	mkdir -p $(@D)
	sed -e 's|@SYSROOT@|$(abspath $(MUSL_SYSROOT))|g' -e 's|@RTLIB@|$(abspath $(RT_LIB))|g' \
		-e 's|@UAPI@|$(abspath $(UAPI_HEADERS))|g' $< >$@

$(UAPI_HEADERS): toolchain/toolchain.mk | deps
	rm -rf $@
	mkdir -p $@
	cp -R $(addprefix /usr/mips-linux-gnu/include/,$(UAPI_DIRS)) $@/

$(TARGET_CC): toolchain/mips-lin64-gcc.in
	mkdir -p $(@D)
	sed 's|@CROSS@|$(CROSS)|g; s|@VR4300_CFLAGS@|$(VR4300_CFLAGS)|g' $< >$@
	chmod +x $@

.PHONY: toolchain
toolchain: $(TARGET_TOOLCHAIN)
