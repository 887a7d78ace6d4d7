# toolchain/rt: the runtime that replaces libgcc's integer helpers.
#
# Debian's libgcc.a for mips-linux-gnu is MIPS32r2 code (clz, 3-operand
# mul), which the VR4300 cannot run; the specs file links RT_LIB instead.
#
# Ours:     toolchain/rt/*.c, rt.h, internal.h
# Outputs:  $(RT_LIB) = out/toolchain/lib/liblin64rt.a
#           $(OUT)/tests/unit/test_rt, a host test (in UNIT_TESTS)

RT_SRCS := $(sort $(wildcard toolchain/rt/*.c))
RT_HDRS := toolchain/rt/rt.h toolchain/rt/internal.h
RT_OBJS := $(patsubst toolchain/rt/%.c,$(OUT)/toolchain/rt/%.o,$(RT_SRCS))
RT_LIB := $(OUT)/toolchain/lib/liblin64rt.a
RT_CFLAGS := $(VR4300_CFLAGS) -Os -ffreestanding -Wall -Wextra -Werror
RT_TEST := $(OUT)/tests/unit/test_rt
# The test runs each 32-bit bit function on all 2^32 inputs; link-time
# optimisation inlines the helpers into that loop, which takes the run from
# about 33 s to about 21.  =1: one job, the link is small.
RT_TEST_CFLAGS := -Itoolchain/rt -flto=1

# The cross compiler comes from `make deps`, which only the top Makefile
# defines (by way of tools/pkg.mk, which sets DEB_PACKAGES); without it,
# as in `make -f toolchain/rt/rt.mk`, the compiler must already be there.
RT_ORDER := $(if $(DEB_PACKAGES),deps)

$(OUT)/toolchain/rt/%.o: toolchain/rt/%.c $(RT_HDRS) toolchain/rt/rt.mk | $(RT_ORDER)
	@mkdir -p $(@D)
	$(CROSS)gcc $(RT_CFLAGS) -c -o $@ $<

$(RT_LIB): $(RT_OBJS)
	@mkdir -p $(@D)
	rm -f $@
	$(CROSS)ar rcs $@ $^

$(RT_TEST): tests/unit/test_rt.c tests/unit/check.h $(RT_SRCS) $(RT_HDRS) \
		toolchain/rt/rt.mk
	@mkdir -p $(@D)
	$(HOSTCC) $(HOST_CFLAGS) $(RT_TEST_CFLAGS) -o $@ tests/unit/test_rt.c $(RT_SRCS)

UNIT_TESTS += $(RT_TEST)
