# tests/roms: bare-metal programs and the ROMs the system tests boot.
#
# Source:   ours (MIT); they reuse the boot menu's start-up and console code.
# Outputs:  out/tests/roms/*.elf, out/tests/roms/*.z64

ROMS_OUT := $(OUT)/tests/roms
HELLO_ELF := $(ROMS_OUT)/hello.elf
PAYLOAD_ROM := $(ROMS_OUT)/payload.z64
# What a payload links from the menu: start-up, console, PI, caches, mem*.
PAYLOAD_RUNTIME := $(addprefix $(BOOTMENU_OUT)/,crt0.o console.o fmt.o pi.o cache.o string.o)

$(ROMS_OUT)/%.o: tests/roms/%.c | deps
	@mkdir -p $(@D)
	$(CROSS)gcc $(BOOTMENU_CFLAGS) -Ibootmenu -c $< -o $@

$(HELLO_ELF): $(ROMS_OUT)/hello.o $(PAYLOAD_RUNTIME) $(RT_LIB) bootmenu/stage.ld
	$(CROSS)gcc $(VR4300_CFLAGS) -nostdlib -static -T bootmenu/stage.ld \
		-Wl,-n -Wl,--gc-sections -Wl,--build-id=none $(filter %.o,$^) $(RT_LIB) -o $@

MENU_ROM := $(ROMS_OUT)/menu.z64
INPUT_ROM := $(ROMS_OUT)/input.z64

# Each test ROM is built from its manifest; its build id is its name.
$(ROMS_OUT)/%.z64: tests/roms/%.manifest $(BOOTMENU_ELF) $(IPL3_BIN) $(MKROM)
	@mkdir -p $(@D)
	$(MKROM) -o $@ --ipl3 $(IPL3_BIN) --build-id $*-test $< >/dev/null

$(PAYLOAD_ROM) $(MENU_ROM): $(HELLO_ELF)
$(INPUT_ROM): $(KERNEL_VMLINUX) $(INITRAMFS_CPIO) $(CARTFS_IMAGE)

TEST_ROMS += $(PAYLOAD_ROM) $(MENU_ROM) $(INPUT_ROM)

# Linux straight into Doom's timedemo, and into Doom without its WAD
# (games/doom/).
DOOM_TIMEDEMO_ROM := $(ROMS_OUT)/doom-timedemo.z64
DOOM_NOWAD_ROM := $(ROMS_OUT)/doom-nowad.z64
$(DOOM_TIMEDEMO_ROM) $(DOOM_NOWAD_ROM): $(KERNEL_VMLINUX) $(INITRAMFS_CPIO) $(CARTFS_IMAGE)
TEST_ROMS += $(DOOM_TIMEDEMO_ROM) $(DOOM_NOWAD_ROM)
include tests/roms/devices.mk

# Boot codes for the strict PIF's tests (tests/system/boot-strict-qemu.sh),
# each in a ROM whose stage is never reached.
BOOT_TEST_OUT := $(ROMS_OUT)/boot
BOOT_TEST_ROMS := $(BOOT_TEST_OUT)/rdram-gate.z64 $(BOOT_TEST_OUT)/never-ends.z64
# lin64.z64's parts behind another boot code, as `make IPL3=` builds it.
FOREIGN_IPL3_ROM := $(BOOT_TEST_OUT)/foreign-ipl3.z64

$(BOOT_TEST_OUT)/%.bin: tests/roms/boot/%.S | deps
	@mkdir -p $(@D)
	$(CROSS)gcc $(VR4300_CFLAGS) -Ibootmenu -c $< -o $(@:.bin=.o)
	$(CROSS)ld -Ttext=0xa4000040 -e 0xa4000040 --build-id=none $(@:.bin=.o) -o $(@:.bin=.elf)
	$(CROSS)objcopy -O binary -j .text $(@:.bin=.elf) $@

$(BOOT_TEST_OUT)/%.z64: $(BOOT_TEST_OUT)/%.bin tests/roms/payload.manifest \
		$(BOOTMENU_ELF) $(HELLO_ELF) $(MKROM)
	$(MKROM) -o $@ --ipl3 $< --build-id $*-test tests/roms/payload.manifest >/dev/null

$(FOREIGN_IPL3_ROM): $(BOOT_TEST_OUT)/foreign.bin $(ROM_MANIFEST) $(BOOTMENU_ELF) \
		$(KERNEL_VMLINUX) $(INITRAMFS_CPIO) $(CARTFS_IMAGE) $(MKROM)
	$(MKROM) -o $@ --ipl3 $< --build-id foreign-ipl3-test $(ROM_MANIFEST) >/dev/null

TEST_ROMS += $(BOOT_TEST_ROMS) $(FOREIGN_IPL3_ROM)

# The cost model's micro-benchmarks (tests/system/perf-qemu.sh).
PERF_ELF := $(ROMS_OUT)/perf/perf.elf
PERF_ROM := $(ROMS_OUT)/perf.z64

$(ROMS_OUT)/perf/%.o: tests/roms/perf/%.S | deps
	@mkdir -p $(@D)
	$(CROSS)gcc $(VR4300_CFLAGS) -c $< -o $@

$(PERF_ELF): $(ROMS_OUT)/perf/main.o $(ROMS_OUT)/perf/bench.o $(PAYLOAD_RUNTIME) \
		$(RT_LIB) bootmenu/stage.ld
	$(CROSS)gcc $(VR4300_CFLAGS) -nostdlib -static -T bootmenu/stage.ld \
		-Wl,-n -Wl,--gc-sections -Wl,--build-id=none $(filter %.o,$^) $(RT_LIB) -o $@

$(PERF_ROM): $(PERF_ELF)
TEST_ROMS += $(PERF_ROM)
