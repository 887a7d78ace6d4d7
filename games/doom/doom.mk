# doom: Chocolate Doom on Lin64, with Freedoom Phase 1.
#
# Source:   chocolate-doom, Debian source package, 3.0 line   (GPL-2.0+)
# Patches:  games/doom/patches/, applied in name order (format-patch):
#           0001 refuses a WAD whose directory lies outside the file
# Ours:     games/doom/*.c: the platform layer on libfb, libpad and libsnd
#           (video, input, timer, sound, system; no network), and
#           games/doom/sdl/: the little the engine asks of SDL   (MIT)
# Data:     freedoom, Debian binary package: freedoom1.wad   (BSD-3-Clause)
# Depends:  the toolchain (TARGET_CC), liblin64 (rootfs/lib/lib.mk: libfb,
#           libpad, libsnd), procinfo (rootfs/init), SDL2 (host)
# Outputs:  out/games/doom/doom (N64, static), out/games/doom/host/doom
#           (SDL2), on the cart as /usr/games/doom with the WAD and the
#           launcher entry (docs/cartfs.md)

DOOM_VERSION_PREFIX := 3.0
DOOM_OUT := $(OUT)/games/doom
DOOM_SRC := $(OUT)/build/chocolate-doom
DOOM_PATCHES := $(sort $(wildcard games/doom/patches/*.patch))
DOOM_UNPACKED := $(DOOM_SRC)/.lin64-unpacked
DOOM_BIN := $(DOOM_OUT)/doom
DOOM_HOST_BIN := $(DOOM_OUT)/host/doom
DOOM_WAD := /usr/share/games/doom/freedoom1.wad

DEB_PACKAGES += freedoom

# The engine: Doom's game code and the common files it needs.  The
# platform files upstream has for these jobs (i_video.c, i_sdlsound.c,
# net_*.c, ...) are not built; ours below take their place.
DOOM_ENGINE := d_event d_iwad d_loop d_mode deh_io deh_main deh_mapping \
	deh_str deh_text i_glob m_argv m_bbox m_cheat m_config m_controls \
	m_fixed m_misc sha1 tables v_diskicon v_video w_checksum w_file \
	w_file_stdc w_main w_merge w_wad z_zone
DOOM_ENGINE += $(addprefix doom/,am_map d_items d_main d_net deh_ammo \
	deh_bexstr deh_cheat deh_doom deh_frame deh_misc deh_ptr deh_sound \
	deh_thing deh_weapon doomdef doomstat dstrings f_finale f_wipe g_game \
	hu_lib hu_stuff info m_menu m_random p_ceilng p_doors p_enemy p_floor \
	p_inter p_lights p_map p_maputl p_mobj p_plats p_pspr p_saveg p_setup \
	p_sight p_spec p_switch p_telept p_tick p_user r_bsp r_data r_draw \
	r_main r_plane r_segs r_sky r_things s_sound sounds st_lib st_stuff \
	statdump wi_stuff)
DOOM_PLATFORM := i_main i_system i_video i_input i_timer i_sound i_stubs \
	console keymap palette memory
DOOM_PLATFORM_HDRS := $(wildcard games/doom/*.h games/doom/sdl/*.h) \
	rootfs/include/lin64/fb.h rootfs/include/lin64/pad.h rootfs/include/lin64/snd.h

DOOM_INCLUDES := -Igames/doom -Igames/doom/sdl -I$(DOOM_SRC)/src \
	-I$(DOOM_SRC)/src/doom -Irootfs/include -Irootfs/init
# Every console line starts with "doom: " (console.c): the printing
# functions are wrapped at link time, and the compiler must not turn a
# wrapped call into an unwrapped one (fprintf into fwrite).
DOOM_WRAP := $(foreach f,printf vprintf fprintf vfprintf puts putchar,-Wl,--wrap=$(f))
DOOM_COMMON_CFLAGS := -std=gnu11 -D_DEFAULT_SOURCE -fno-builtin-fprintf \
	-fno-builtin-printf -fno-builtin-puts -fno-builtin-putchar $(DOOM_INCLUDES)
# Upstream's code as it is (its own warnings are not ours to fix); ours
# with every warning an error.
DOOM_ENGINE_WARN := -w
DOOM_PLATFORM_WARN := -Wall -Wextra -Werror

# procinfo.c (rootfs/init) reads /proc/meminfo and /proc/self/status.
DOOM_TARGET_OBJS := $(patsubst %,$(DOOM_OUT)/obj/%.o,$(DOOM_ENGINE) $(addprefix lin64/,$(DOOM_PLATFORM))) \
	$(call lin64-target-objs,rootfs/init/procinfo.c)
DOOM_HOST_OBJS := $(patsubst %,$(DOOM_OUT)/host/obj/%.o,$(DOOM_ENGINE) $(addprefix lin64/,$(DOOM_PLATFORM))) \
	$(call lin64-host-objs,rootfs/init/procinfo.c)

$(DOOM_UNPACKED): games/doom/doom.mk $(DOOM_PATCHES) | deps
	tools/unpack.sh deb-src chocolate-doom $(DOOM_VERSION_PREFIX) $(DOOM_SRC) \
		games/doom/patches >/dev/null
	touch $@

# The engine's sources exist once the unpack has run (and are no
# intermediate files for make to delete after a build).
$(DOOM_SRC)/src/%.c: $(DOOM_UNPACKED) ;
.PRECIOUS: $(DOOM_SRC)/src/%.c

$(DOOM_OUT)/obj/%.o: $(DOOM_SRC)/src/%.c $(DOOM_PLATFORM_HDRS) $(TARGET_TOOLCHAIN)
	@mkdir -p $(@D)
	$(TARGET_CC) -Os $(DOOM_COMMON_CFLAGS) $(DOOM_ENGINE_WARN) -c $< -o $@

$(DOOM_OUT)/obj/lin64/%.o: games/doom/%.c $(DOOM_UNPACKED) $(DOOM_PLATFORM_HDRS) $(TARGET_TOOLCHAIN)
	@mkdir -p $(@D)
	$(TARGET_CC) -Os $(DOOM_COMMON_CFLAGS) $(DOOM_PLATFORM_WARN) -c $< -o $@

$(DOOM_BIN): $(DOOM_TARGET_OBJS) $(LIBLIN64) | $(RT_LIB)
	$(TARGET_CC) -s $(DOOM_WRAP) $^ -o $@

# The same program on a desktop, with SDL2: the tests' timedemos and
# development without an emulator.
$(DOOM_OUT)/host/obj/%.o: $(DOOM_SRC)/src/%.c $(DOOM_PLATFORM_HDRS)
	@mkdir -p $(@D)
	$(HOSTCC) -O2 -g $(DOOM_COMMON_CFLAGS) $(DOOM_ENGINE_WARN) -c $< -o $@

$(DOOM_OUT)/host/obj/lin64/%.o: games/doom/%.c $(DOOM_UNPACKED) $(DOOM_PLATFORM_HDRS)
	@mkdir -p $(@D)
	$(HOSTCC) -O2 -g $(DOOM_COMMON_CFLAGS) $(DOOM_PLATFORM_WARN) -c $< -o $@

$(DOOM_HOST_BIN): $(DOOM_HOST_OBJS) $(LIBLIN64_HOST) | deps
	$(HOSTCC) $(DOOM_WRAP) $^ $(SDL_LIBS) -o $@

$(DOOM_WAD): | deps
	@test -f $@

CARTFS_PROGRAMS += $(DOOM_BIN):/usr/games/doom
CARTFS_DATA += $(DOOM_WAD):/usr/share/games/doom/freedoom1.wad \
	games/doom/doom.app:/usr/share/lin64/apps/doom.app

# The host tests: the platform layer's pure parts, and every demo of the
# WAD played by the host build (tests/unit/doom-demos.sh).
$(OUT)/tests/unit/test_doom: tests/unit/test_doom.c games/doom/keymap.c games/doom/palette.c \
		games/doom/memory.c $(DOOM_SRC)/src/tables.c $(LIBLIN64_SRCS) $(DOOM_PLATFORM_HDRS)
	@mkdir -p $(@D)
	$(HOSTCC) $(HOST_CFLAGS) $(DOOM_INCLUDES) -Ibootmenu $(filter %.c,$^) -o $@

UNIT_TESTS += $(OUT)/tests/unit/test_doom tests/unit/doom-demos.sh tests/unit/doom-errors.sh
test unit-test: $(DOOM_HOST_BIN)

.PHONY: doom doom-host
doom: $(DOOM_BIN)
doom-host: $(DOOM_HOST_BIN)
