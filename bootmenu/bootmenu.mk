# bootmenu: the boot code at ROM 0x40 and the bare-metal boot stage.
#
# Source:   ours (MIT)
# Depends:  gcc-mips-linux-gnu, the runtime (RT_LIB)
# Outputs:  out/bootmenu/ipl3.bin      flat boot code for ROM 0x40-0xFFF
#           out/bootmenu/bootmenu.elf  the stage, linked at 0x80000400
#           bootmenu/lin64.manifest    what goes into the ROM (mkrom input)

BOOTMENU_OUT := $(OUT)/bootmenu
IPL3_BIN := $(BOOTMENU_OUT)/ipl3.bin
BOOTMENU_ELF := $(BOOTMENU_OUT)/bootmenu.elf
ROM_MANIFEST := bootmenu/lin64.manifest

BOOTMENU_SRCS := bootmenu/main.c bootmenu/boot.c bootmenu/console.c \
	bootmenu/pi.c bootmenu/cache.c bootmenu/string.c bootmenu/toc.c \
	bootmenu/crc32.c bootmenu/vi.c bootmenu/pad.c bootmenu/draw.c \
	bootmenu/menu.c bootmenu/ui.c bootmenu/joybus.c bootmenu/eeprom.c \
	bootmenu/choice.c bootmenu/fmt.c
FONT_C := $(BOOTMENU_OUT)/font8x8.c
BOOTMENU_OBJS := $(BOOTMENU_SRCS:bootmenu/%.c=$(BOOTMENU_OUT)/%.o) \
	$(BOOTMENU_OUT)/font8x8.o $(BOOTMENU_OUT)/crt0.o \
	$(BOOTMENU_OUT)/trampoline.o
BOOTMENU_CFLAGS := $(VR4300_CFLAGS) -Os -std=c11 -ffreestanding \
	-ffunction-sections -fdata-sections -Wall -Wextra -Werror -MMD -MP

$(BOOTMENU_OUT)/%.o: bootmenu/%.c | deps
	@mkdir -p $(@D)
	$(CROSS)gcc $(BOOTMENU_CFLAGS) -c $< -o $@

# The font is drawn in bootmenu/font.txt; mkfont makes it C.
$(FONT_C): bootmenu/font.txt $(MKFONT)
	@mkdir -p $(@D)
	$(MKFONT) $< $@

$(BOOTMENU_OUT)/font8x8.o: $(FONT_C) bootmenu/font8x8.h | deps
	$(CROSS)gcc $(BOOTMENU_CFLAGS) -Ibootmenu -c $< -o $@

$(BOOTMENU_OUT)/%.o: bootmenu/%.S | deps
	@mkdir -p $(@D)
	$(CROSS)gcc $(VR4300_CFLAGS) -MMD -MP -c $< -o $@

$(BOOTMENU_ELF): $(BOOTMENU_OBJS) $(RT_LIB) bootmenu/stage.ld
	$(CROSS)gcc $(VR4300_CFLAGS) -nostdlib -static -T bootmenu/stage.ld \
		-Wl,-n -Wl,--gc-sections -Wl,--build-id=none $(BOOTMENU_OBJS) $(RT_LIB) -o $@

# The boot code runs from SP DMEM, where the PIF copied it.
$(IPL3_BIN): $(BOOTMENU_OUT)/ipl3.o
	$(CROSS)ld -Ttext=0xa4000040 -e ipl3 --build-id=none $< -o $(@:.bin=.elf)
	$(CROSS)objcopy -O binary -j .text $(@:.bin=.elf) $@

-include $(BOOTMENU_OBJS:.o=.d)
