# libsnd: sound out for Lin64 programs (rootfs/include/lin64/snd.h).
#
# Source:   ours (MIT)
# Depends:  the kernel's UAPI headers (<sound/asound.h>: the snd-n64 PCM
#           device through raw ALSA ioctls); SDL2 on the host
# Outputs:  none of its own: rootfs/lib/lib.mk puts these sources in
#           liblin64 (the N64 ones) and its desktop build (the SDL2 one)

LIBSND_TARGET_SRCS := rootfs/lib/snd/snd_alsa.c rootfs/lib/snd/alsa_params.c
LIBSND_HOST_SRCS := rootfs/lib/snd/snd_sdl.c
LIBSND_HEADERS := rootfs/include/lin64/snd.h rootfs/lib/snd/alsa_params.h

# The parameters asked of the ALSA device (tests/unit/test_snd.c).
$(OUT)/tests/unit/test_snd: tests/unit/test_snd.c rootfs/lib/snd/alsa_params.c $(LIBSND_HEADERS)
	@mkdir -p $(@D)
	$(HOSTCC) $(HOST_CFLAGS) -Irootfs/lib/snd tests/unit/test_snd.c \
		rootfs/lib/snd/alsa_params.c -o $@

UNIT_TESTS += $(OUT)/tests/unit/test_snd
