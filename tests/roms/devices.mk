# tests/roms/devices.mk: the device test ROM of -M n64 (tests/roms/dev/),
# run by tests/system/devices-qemu.sh.
#
# Source:   ours (MIT); it links the boot menu's start-up, console, PI,
#           cache and joybus code.
# Outputs:  out/tests/roms/dev/devices.elf, out/tests/roms/dev/devices.z64

DEVICES_ELF := $(ROMS_OUT)/dev/devices.elf
DEVICES_ROM := $(ROMS_OUT)/dev/devices.z64
DEVICES_OBJS := $(addprefix $(ROMS_OUT)/dev/,main.o check.o exc.o cpu.o \
	vi.o pi.o joybus.o eeprom.o ai.o tlb.o fpu.o)

$(ROMS_OUT)/dev/%.o: tests/roms/dev/%.S | deps
	@mkdir -p $(@D)
	$(CROSS)gcc $(VR4300_CFLAGS) -MMD -MP -c $< -o $@

$(DEVICES_ELF): $(DEVICES_OBJS) $(PAYLOAD_RUNTIME) \
		$(addprefix $(BOOTMENU_OUT)/,joybus.o eeprom.o) $(RT_LIB) bootmenu/stage.ld
	$(CROSS)gcc $(VR4300_CFLAGS) -nostdlib -static -T bootmenu/stage.ld \
		-Wl,-n -Wl,--gc-sections -Wl,--build-id=none $(filter %.o,$^) $(RT_LIB) -o $@

# Built by roms.mk's manifest rule, from tests/roms/dev/devices.manifest.
$(DEVICES_ROM): $(DEVICES_ELF)

TEST_ROMS += $(DEVICES_ROM)

-include $(DEVICES_OBJS:.o=.d)
