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

$(PAYLOAD_ROM): tests/roms/payload.manifest $(HELLO_ELF) $(BOOTMENU_ELF) $(IPL3_BIN) $(MKROM)
	$(MKROM) -o $@ --ipl3 $(IPL3_BIN) --build-id payload-test $< >/dev/null

TEST_ROMS += $(PAYLOAD_ROM)
