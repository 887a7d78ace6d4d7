# games/pico: a PICO-8-compatible fantasy console and our demo carts.
#
# Source:   ours (MIT): games/pico/src, games/pico/carts
#           lua5.2, Debian source package, 5.2 line (MIT), patched by
#           games/pico/lua-patches: PICO-8's fixed-point numbers and dialect
# Depends:  the toolchain (TARGET_CC), libfb, libpad and libsnd (rootfs/lib);
#           for the desktop build and its tests, SDL2 (libsdl2-dev)
# Outputs:  out/target/bin/pico (the N64 program, /usr/games/pico on the cart),
#           out/host/sdl/bin/pico (the same on a desktop, SDL2),
#           out/tests/unit/test_pico_lua and test_pico (UNIT_TESTS),
#           out/tests/roms/pico-*.z64 (tests/system/pico-qemu.sh, make bench)

PICO_OUT := $(OUT)/pico
PICO_LUA_VERSION_PREFIX := 5.2
PICO_LUA_PATCHES := $(sort $(wildcard games/pico/lua-patches/*.patch))
PICO_LUA_DIR := $(PICO_OUT)/lua5.2
PICO_LUA_STAMP := $(PICO_LUA_DIR)/.patched
PICO_BIN := $(OUT)/target/bin/pico
PICO_HOST_BIN := $(OUT)/host/sdl/bin/pico

# The Lua core and the two libraries the runtime opens (base, coroutine);
# the others assume floating-point numbers (lua-patches/0001).
PICO_LUA_SRCS := lapi lcode lctype ldebug ldo ldump lfunc lgc llex lmem lobject \
	lopcodes lparser lstate lstring ltable ltm lundump lvm lzio lauxlib lbaselib \
	lcorolib lfix
# The machine (pico.h) without its platform: what the unit tests link.
PICO_CORE_SRCS := vm api gfx font p8 audio menu
PICO_HEADERS := $(wildcard games/pico/src/*.h)

DEB_PACKAGES += libsdl2-dev

# Debian's luaconf.h includes a header its build generates; ours names
# no multiarch directory because nothing is loaded from one.
$(PICO_LUA_STAMP): $(PICO_LUA_PATCHES) games/pico/pico.mk | deps
	tools/unpack.sh deb-src lua5.2 $(PICO_LUA_VERSION_PREFIX) $(PICO_LUA_DIR) \
		games/pico/lua-patches >/dev/null
	echo '#define DEB_HOST_MULTIARCH "lin64"' >$(PICO_LUA_DIR)/src/lua5.2-deb-multiarch.h
	touch $@

PICO_LUA_INCLUDE := -I$(PICO_LUA_DIR)/src

# $(call pico-lua-objs,BUILD), $(call pico-core-objs,BUILD): the Lua and
# the machine's objects of one build (host or target), each from the
# pattern rules below.
pico-lua-objs = $(addprefix $(PICO_OUT)/$(1)/lua/,$(addsuffix .o,$(PICO_LUA_SRCS)))
pico-core-objs = $(addprefix $(PICO_OUT)/$(1)/,$(addsuffix .o,$(PICO_CORE_SRCS)))

# Upstream Lua keeps its own warnings; our files are built with -Werror.
PICO_HOST_LUA_CFLAGS := -O2 -g -std=c99 -w
PICO_TARGET_LUA_CFLAGS := -Os -std=c99 -w -ffunction-sections -fdata-sections
PICO_TARGET_CFLAGS := $(TARGET_CFLAGS) -ffunction-sections -fdata-sections

$(PICO_OUT)/host/lua/%.o: $(PICO_LUA_STAMP)
	@mkdir -p $(@D)
	$(HOSTCC) $(PICO_HOST_LUA_CFLAGS) $(PICO_LUA_INCLUDE) -c $(PICO_LUA_DIR)/src/$*.c -o $@

$(PICO_OUT)/target/lua/%.o: $(PICO_LUA_STAMP) $(TARGET_TOOLCHAIN)
	@mkdir -p $(@D)
	$(TARGET_CC) $(PICO_TARGET_LUA_CFLAGS) $(PICO_LUA_INCLUDE) -c $(PICO_LUA_DIR)/src/$*.c -o $@

$(PICO_OUT)/host/%.o: games/pico/src/%.c $(PICO_HEADERS) $(PICO_LUA_STAMP)
	@mkdir -p $(@D)
	$(HOSTCC) $(HOST_CFLAGS) $(PICO_LUA_INCLUDE) -Irootfs/include -c $< -o $@

$(PICO_OUT)/target/%.o: games/pico/src/%.c $(PICO_HEADERS) $(PICO_LUA_STAMP) $(TARGET_TOOLCHAIN)
	@mkdir -p $(@D)
	$(TARGET_CC) $(PICO_TARGET_CFLAGS) $(PICO_LUA_INCLUDE) -Irootfs/include -c $< -o $@

PICO_HOST_OBJS := $(call pico-lua-objs,host) $(call pico-core-objs,host)
PICO_TARGET_OBJS := $(call pico-lua-objs,target) $(call pico-core-objs,target)

# The program: the machine and main.c on liblin64 (libfb, libpad and
# libsnd; rootfs/lib/lib.mk), for the N64 and for a desktop.
$(PICO_BIN): $(PICO_TARGET_OBJS) $(PICO_OUT)/target/main.o $(LIBLIN64)
	@mkdir -p $(@D)
	$(TARGET_CC) -s -Wl,--gc-sections -o $@ $^ -lm

$(PICO_HOST_BIN): $(PICO_HOST_OBJS) $(PICO_OUT)/host/main.o $(LIBLIN64_HOST)
	@mkdir -p $(@D)
	$(HOSTCC) -o $@ $^ $(SDL_LIBS) -lm

# The carts: each on the cart filesystem with a launcher entry
# (games/pico/NAME.app) and a boot-menu entry (bootmenu/lin64.manifest).
PICO_CARTS := platformer shooter particles puzzle
CARTFS_PROGRAMS += $(PICO_BIN):/usr/games/pico
CARTFS_DATA += $(foreach c,$(PICO_CARTS),games/pico/carts/$(c).p8:/usr/share/games/pico/$(c).p8 \
	games/pico/$(c).app:/usr/share/lin64/apps/pico-$(c).app)

# ---- tests: the dialect and numbers; the cart format, the API and a
# rendered scene against tests/ref/pico-scene.ppm; the desktop program
UNIT_TESTS += $(OUT)/tests/unit/test_pico_lua $(OUT)/tests/unit/test_pico \
	tests/unit/pico-host.sh
unit-test test: $(PICO_HOST_BIN)

$(OUT)/tests/unit/test_pico_lua: tests/unit/test_pico_lua.c tests/unit/pico_run.h $(PICO_HOST_OBJS)
	@mkdir -p $(@D)
	$(HOSTCC) $(HOST_CFLAGS) $(PICO_LUA_INCLUDE) -Igames/pico/src $< $(PICO_HOST_OBJS) -lm -o $@

$(OUT)/tests/unit/test_pico: tests/unit/test_pico.c tests/unit/pico_run.h $(PICO_HOST_OBJS) \
		tests/ref/pico-scene.ppm
	@mkdir -p $(@D)
	$(HOSTCC) $(HOST_CFLAGS) $(PICO_LUA_INCLUDE) -Igames/pico/src \
		-DPICO_SCENE_REF='"tests/ref/pico-scene.ppm"' $< $(PICO_HOST_OBJS) -lm -o $@

# ---- emulator tests: each demo cart with scripted input, and the error
# screen, each a ROM booting straight into pico (tests/roms/pico-*.manifest)
PICO_TEST_ROMS := $(foreach t,platformer shooter particles puzzle error,$(OUT)/tests/roms/pico-$(t).z64)
$(PICO_TEST_ROMS): $(KERNEL_VMLINUX) $(INITRAMFS_CPIO) $(CARTFS_IMAGE) | $(PICO_OUT)/roms.dir

$(PICO_OUT)/roms.dir:
	mkdir -p $(OUT)/tests/roms
	touch $@

bench: $(PICO_TEST_ROMS)
