# tools: host programs the build runs, and their unit tests.
#
# Source:   ours (MIT)
# Depends:  HOSTCC, HOST_CFLAGS (tools/pkg.mk)
# Outputs:  $(MKROM)                       out/host/mkrom, the ROM builder
#           $(OUT)/tests/unit/test_toc     TOC format and parser (in UNIT_TESTS)
#           $(OUT)/tests/unit/test_mkrom   manifest, ELF, layout (in UNIT_TESTS)
#           $(IPL3SUM)                     out/host/ipl3sum, which CIC a boot code passes
#           $(IPL3SEARCH)                  out/host/ipl3search, the collision search
#           $(OUT)/tests/unit/test_ipl3sum the PIF checksum and the search (in UNIT_TESTS)
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
# The boot-code checksum (PIF/CIC) and its collision search: mkrom uses
# the checksum to say which CIC the boot code passes.
IPL3SUM_LIB_SRCS := tools/ipl3sum/ipl3sum.c tools/ipl3sum/search.c
IPL3SUM_HDRS := tools/ipl3sum/ipl3sum.h tools/ipl3sum/rounds.h
MKROM_HDRS := tools/mkrom/mkrom.h tools/cli.h $(TOC_HDRS) $(IPL3SUM_HDRS)
# Option parsing the command-line tools share.
CLI_OBJ := $(MKROM_OBJDIR)/tools/cli.o

TOC_OBJS := $(TOC_SRCS:%.c=$(MKROM_OBJDIR)/%.o)
IPL3SUM_LIB_OBJS := $(IPL3SUM_LIB_SRCS:%.c=$(MKROM_OBJDIR)/%.o)
MKROM_LIB_OBJS := $(MKROM_LIB_SRCS:%.c=$(MKROM_OBJDIR)/%.o) $(TOC_OBJS) \
	$(IPL3SUM_LIB_OBJS)
MKROM_OBJS := $(MKROM_OBJDIR)/tools/mkrom/mkrom.o $(CLI_OBJ) $(MKROM_LIB_OBJS)

TOC_TEST := $(OUT)/tests/unit/test_toc
MKROM_TEST := $(OUT)/tests/unit/test_mkrom

IPL3SUM := $(OUT)/host/ipl3sum
IPL3SEARCH := $(OUT)/host/ipl3search
IPL3SUM_TEST := $(OUT)/tests/unit/test_ipl3sum

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

$(MKROM_TEST): tests/unit/test_mkrom.c tests/unit/check.h tests/unit/tmpdir.h $(MKROM_LIB_OBJS)
	@mkdir -p $(@D)
	$(HOSTCC) $(HOST_CFLAGS) -o $@ tests/unit/test_mkrom.c $(MKROM_LIB_OBJS)

$(IPL3SUM): $(MKROM_OBJDIR)/tools/ipl3sum/main.o $(IPL3SUM_LIB_OBJS)
	@mkdir -p $(@D)
	$(HOSTCC) $(HOST_CFLAGS) -o $@ $^

$(IPL3SEARCH): $(MKROM_OBJDIR)/tools/ipl3sum/ipl3search.o $(CLI_OBJ) $(IPL3SUM_LIB_OBJS)
	@mkdir -p $(@D)
	$(HOSTCC) $(HOST_CFLAGS) -o $@ $^

# The test also runs both programs on malformed input: it is told where.
$(IPL3SUM_TEST): tests/unit/test_ipl3sum.c tests/unit/check.h tests/unit/tmpdir.h $(IPL3SUM_HDRS) \
		$(IPL3SUM_LIB_OBJS) $(IPL3SUM) $(IPL3SEARCH)
	@mkdir -p $(@D)
	$(HOSTCC) $(HOST_CFLAGS) -DIPL3SUM_BIN='"$(abspath $(IPL3SUM))"' \
		-DIPL3SEARCH_BIN='"$(abspath $(IPL3SEARCH))"' \
		-o $@ tests/unit/test_ipl3sum.c $(IPL3SUM_LIB_OBJS)

UNIT_TESTS += $(TOC_TEST) $(MKROM_TEST) $(IPL3SUM_TEST)

# tools/ipl3sum/bench.sh (the search rate, for `make bench`) runs it.
bench: $(IPL3SEARCH)

# mkfont: bootmenu/font.txt -> C.
MKFONT := $(OUT)/host/mkfont
MKFONT_SRCS := tools/mkfont/font.c tools/mkfont/mkfont.c

$(MKFONT): $(MKFONT_SRCS) tools/mkfont/font.h
	@mkdir -p $(@D)
	$(HOSTCC) $(HOST_CFLAGS) -o $@ $(MKFONT_SRCS)
