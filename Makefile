# Lin64 top-level Makefile.  It only wires the components together: each
# folder declares its own sources, inputs and outputs in its *.mk fragment,
# and the shared download/unpack/cache machinery lives in tools/pkg.mk.
#
#   make            the ROM, out/lin64.z64
#   make run        boot it on -M n64 in a window with sound
#   make debug      the same, halted, with the gdbstub for gdb-multiarch
#   make test       build everything and run every test
#   make bench      print the figures (name: value unit)
#   make deps       install what is missing from Debian's archive
#   make clean      remove out/ (the download and build cache stays)
#
#   make IPL3=FILE  put FILE's boot code at ROM 0x40 instead of ours: a raw
#                   boot code of up to 4032 bytes, or a .z64 whose boot
#                   code is taken (docs/boot.md, "Bring your own")

OUT := out
ROM := $(OUT)/lin64.z64

.DEFAULT_GOAL := all
.DELETE_ON_ERROR:
.SUFFIXES:

include tools/pkg.mk
include tools/tools.mk
include toolchain/toolchain.mk
include toolchain/rt/rt.mk
include kernel-patches/kernel.mk
include bootmenu/bootmenu.mk
include rootfs/rootfs.mk
include games/doom/doom.mk
include games/pico/pico.mk
include emu/emu.mk
include tests/tests.mk
include tests/fuzz/fuzz.mk

# The boot code at ROM 0x40: ours unless IPL3= names another.  The stamp
# rebuilds the ROM when the choice changes.
ROM_IPL3 := $(or $(IPL3),$(IPL3_BIN))
ROM_IPL3_STAMP := $(OUT)/ipl3.choice
$(shell mkdir -p $(OUT); [ "$$(cat $(ROM_IPL3_STAMP) 2>/dev/null)" = "$(ROM_IPL3)" ] || \
	echo "$(ROM_IPL3)" >$(ROM_IPL3_STAMP))

# Everything bootmenu/lin64.manifest names.
ROM_PARTS := $(ROM_IPL3) $(ROM_IPL3_STAMP) $(BOOTMENU_ELF) $(KERNEL_VMLINUX) $(INITRAMFS_CPIO) $(CARTFS_IMAGE)
BUILD_ID = $(shell git describe --always --dirty 2>/dev/null || echo unknown)

.PHONY: all run debug clean

all: $(ROM)

$(ROM): $(MKROM) $(ROM_MANIFEST) $(ROM_PARTS) | deps
	$(MKROM) -o $@ --ipl3 $(ROM_IPL3) --build-id "$(BUILD_ID)" $(ROM_MANIFEST)

run: $(ROM) $(EMU_QEMU) | deps
	tools/run-rom.sh $(ROM)

debug: $(ROM) $(EMU_QEMU) | deps
	tools/deps.sh gdb-multiarch
	tools/run-rom.sh --debug $(ROM)

clean:
	rm -rf $(OUT)
