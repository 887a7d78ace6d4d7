# libsnd: sound out for Lin64 programs (rootfs/include/lin64/snd.h).
#
# Source:   ours (MIT)
# Depends:  nothing on the N64 (the kernel's snd-n64 PCM device through
#           raw ALSA ioctls); SDL2 on the host
# Outputs:  none of its own: programs compile these sources in
#
# A program that plays sound adds $(LIBSND_TARGET_SRCS) to its N64 build
# and $(LIBSND_HOST_SRCS) (with SDL2) to its host build.

LIBSND_TARGET_SRCS := rootfs/lib/snd/snd_alsa.c rootfs/lib/snd/alsa_params.c
LIBSND_HOST_SRCS := rootfs/lib/snd/snd_sdl.c
LIBSND_HEADERS := rootfs/include/lin64/snd.h rootfs/lib/snd/alsa_abi.h

# The ALSA structures and requests, checked against the kernel's own
# header on the host (tests/unit/test_snd.c).
$(OUT)/tests/unit/test_snd: tests/unit/test_snd.c rootfs/lib/snd/alsa_params.c $(LIBSND_HEADERS)
	@mkdir -p $(@D)
	$(HOSTCC) $(HOST_CFLAGS) -Irootfs/lib/snd tests/unit/test_snd.c \
		rootfs/lib/snd/alsa_params.c -o $@

UNIT_TESTS += $(OUT)/tests/unit/test_snd
