# liblin64: libfb and libpad (and libsnd, rootfs/lib/snd), the libraries
# Lin64's programs share, and the rules that build a program twice: for
# the N64 (static, musl, fbdev/evdev) and for a desktop (SDL2).
#
# Source:   ours (MIT)
# Depends:  the toolchain (TARGET_CC), libsdl2-dev, the font (FONT_C)
# Outputs:  $(LIBLIN64)       out/target/liblin64.a
#           $(LIBLIN64_HOST)  out/host/sdl/liblin64.a
#
# $(call lin64-program,NAME,SOURCES) makes $(OUT)/target/bin/NAME and
# $(OUT)/host/sdl/bin/NAME from the same sources.

LIN64_TARGET_OBJDIR := $(OUT)/target/obj
LIN64_HOST_OBJDIR := $(OUT)/host/sdl/obj
LIN64_INCLUDES := -Irootfs/include -Ibootmenu
SDL_CFLAGS = $(shell sdl2-config --cflags)
SDL_LIBS = $(shell sdl2-config --libs)

include rootfs/lib/snd/snd.mk

LIBLIN64_SRCS := rootfs/lib/fb/fb_draw.c rootfs/lib/pad/pad_state.c $(FONT_C)
LIBLIN64_TARGET_SRCS := $(LIBLIN64_SRCS) rootfs/lib/fb/fb_fbdev.c rootfs/lib/pad/pad_evdev.c \
	$(LIBSND_TARGET_SRCS)
LIBLIN64_HOST_SRCS := $(LIBLIN64_SRCS) rootfs/lib/fb/fb_sdl.c rootfs/lib/pad/pad_sdl.c \
	$(LIBSND_HOST_SRCS)

LIBLIN64 := $(OUT)/target/liblin64.a
LIBLIN64_HOST := $(OUT)/host/sdl/liblin64.a

DEB_PACKAGES += libsdl2-dev

$(LIN64_TARGET_OBJDIR)/%.o: %.c $(TARGET_TOOLCHAIN)
	@mkdir -p $(@D)
	$(TARGET_CC) $(TARGET_CFLAGS) $(LIN64_INCLUDES) -MMD -MP -c $< -o $@

$(LIN64_HOST_OBJDIR)/%.o: %.c | deps
	@mkdir -p $(@D)
	$(HOSTCC) $(HOST_CFLAGS) $(SDL_CFLAGS) $(LIN64_INCLUDES) -MMD -MP -c $< -o $@

lin64-target-objs = $(patsubst %.c,$(LIN64_TARGET_OBJDIR)/%.o,$(1))
lin64-host-objs = $(patsubst %.c,$(LIN64_HOST_OBJDIR)/%.o,$(1))

$(LIBLIN64): $(call lin64-target-objs,$(LIBLIN64_TARGET_SRCS))
	rm -f $@
	$(CROSS)ar rcsD $@ $^

$(LIBLIN64_HOST): $(call lin64-host-objs,$(LIBLIN64_HOST_SRCS))
	rm -f $@
	ar rcsD $@ $^

define lin64-program
$(OUT)/target/bin/$(1): $(call lin64-target-objs,$(2)) $(LIBLIN64)
	@mkdir -p $$(@D)
	$(TARGET_CC) -s -o $$@ $$^

$(OUT)/host/sdl/bin/$(1): $(call lin64-host-objs,$(2)) $(LIBLIN64_HOST)
	@mkdir -p $$(@D)
	$(HOSTCC) -o $$@ $$^ $$(SDL_LIBS)
endef

-include $(shell find $(LIN64_TARGET_OBJDIR) $(LIN64_HOST_OBJDIR) -name '*.d' 2>/dev/null)

$(OUT)/tests/unit/test_lib: tests/unit/test_lib.c rootfs/lib/fb/fb_draw.c \
		rootfs/lib/pad/pad_state.c rootfs/include/lin64/fb.h \
		rootfs/include/lin64/pad.h tests/unit/check.h $(FONT_C)
	@mkdir -p $(@D)
	$(HOSTCC) $(HOST_CFLAGS) $(LIN64_INCLUDES) -o $@ tests/unit/test_lib.c \
		rootfs/lib/fb/fb_draw.c rootfs/lib/pad/pad_state.c $(FONT_C)

UNIT_TESTS += $(OUT)/tests/unit/test_lib
