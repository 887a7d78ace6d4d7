# tools: host programs the build runs, and their unit tests.
#
# Source:   ours (MIT)
# Depends:  HOSTCC, HOST_CFLAGS (tools/pkg.mk)
# Outputs:  $(MKROM)                       out/host/mkrom, the ROM builder
#           $(OUT)/tests/unit/test_toc     TOC format and parser (in UNIT_TESTS)
#           $(OUT)/tests/unit/test_mkrom   manifest, ELF, layout (in UNIT_TESTS)
#
# bootmenu/toc.c and bootmenu/crc32.c are built here for the host as well
# as in bootmenu/bootmenu.mk for the target: one format, one definition.

MKROM := $(OUT)/host/mkrom
MKROM_OBJDIR := $(OUT)/host/obj

# The library: everything but main().
MKROM_LIB_SRCS := tools/mkrom/manifest.c tools/mkrom/elf.c tools/mkrom/rom.c \
	tools/mkrom/util.c
TOC_SRCS := bootmenu/toc.c bootmenu/crc32.c
TOC_HDRS := bootmenu/toc.h bootmenu/crc32.h
MKROM_HDRS := tools/mkrom/mkrom.h $(TOC_HDRS)

TOC_OBJS := $(TOC_SRCS:%.c=$(MKROM_OBJDIR)/%.o)
MKROM_LIB_OBJS := $(MKROM_LIB_SRCS:%.c=$(MKROM_OBJDIR)/%.o) $(TOC_OBJS)
MKROM_OBJS := $(MKROM_OBJDIR)/tools/mkrom/mkrom.o $(MKROM_LIB_OBJS)

TOC_TEST := $(OUT)/tests/unit/test_toc
MKROM_TEST := $(OUT)/tests/unit/test_mkrom

# Every header is listed as a prerequisite: the set is small, and it saves
# generated dependency files for the host objects.
$(MKROM_OBJDIR)/%.o: %.c $(MKROM_HDRS)
	@mkdir -p $(@D)
	$(HOSTCC) $(HOST_CFLAGS) -c $< -o $@

$(MKROM): $(MKROM_OBJS)
	@mkdir -p $(@D)
	$(HOSTCC) $(HOST_CFLAGS) -o $@ $^

$(TOC_TEST): tests/unit/test_toc.c tests/unit/check.h $(TOC_OBJS)
	@mkdir -p $(@D)
	$(HOSTCC) $(HOST_CFLAGS) -o $@ tests/unit/test_toc.c $(TOC_OBJS)

$(MKROM_TEST): tests/unit/test_mkrom.c tests/unit/check.h $(MKROM_LIB_OBJS)
	@mkdir -p $(@D)
	$(HOSTCC) $(HOST_CFLAGS) -o $@ tests/unit/test_mkrom.c $(MKROM_LIB_OBJS)

UNIT_TESTS += $(TOC_TEST) $(MKROM_TEST)

# mkfont: bootmenu/font.txt -> C.
MKFONT := $(OUT)/host/mkfont
MKFONT_SRCS := tools/mkfont/font.c tools/mkfont/mkfont.c

$(MKFONT): $(MKFONT_SRCS) tools/mkfont/font.h
	@mkdir -p $(@D)
	$(HOSTCC) $(HOST_CFLAGS) -o $@ $(MKFONT_SRCS)
