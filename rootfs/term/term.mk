# lin64-term: a framebuffer terminal with an on-screen keyboard.
#
# Source:   ours (MIT)
# Depends:  liblin64 (rootfs/lib/lib.mk), procinfo (rootfs/init)
# Outputs:  $(TERM_BIN) on the cart as /usr/bin/lin64-term, its desktop
#           build out/host/sdl/bin/lin64-term, $(OSK_PLAN) (the presses
#           that type a text, for the emulator tests),
#           $(OUT)/tests/unit/test_term (in UNIT_TESTS)

TERM_SRCS := rootfs/term/term.c rootfs/term/vt.c rootfs/term/osk.c rootfs/init/procinfo.c
TERM_BIN := $(OUT)/target/bin/lin64-term
OSK_PLAN := $(OUT)/host/osk-plan

$(eval $(call lin64-program,lin64-term,$(TERM_SRCS)))
$(call lin64-target-objs,$(TERM_SRCS)) $(call lin64-host-objs,$(TERM_SRCS)): \
	LIN64_INCLUDES += -Irootfs/init

CARTFS_PROGRAMS += $(TERM_BIN):/usr/bin/lin64-term

$(OSK_PLAN): rootfs/term/osk-plan.c rootfs/term/osk.c rootfs/term/osk.h \
		rootfs/include/lin64/pad.h rootfs/lib/pad/pad_state.c
	@mkdir -p $(@D)
	$(HOSTCC) $(HOST_CFLAGS) -Irootfs/include -o $@ rootfs/term/osk-plan.c \
		rootfs/term/osk.c rootfs/lib/pad/pad_state.c

$(OUT)/tests/unit/test_term: tests/unit/test_term.c rootfs/term/vt.c rootfs/term/vt.h \
		rootfs/term/osk.c rootfs/term/osk.h rootfs/lib/pad/pad_state.c \
		rootfs/include/lin64/pad.h tests/unit/check.h
	@mkdir -p $(@D)
	$(HOSTCC) $(HOST_CFLAGS) -Irootfs/include -Irootfs/term -o $@ \
		tests/unit/test_term.c rootfs/term/vt.c rootfs/term/osk.c \
		rootfs/lib/pad/pad_state.c

UNIT_TESTS += $(OUT)/tests/unit/test_term
