/* SPDX-License-Identifier: MIT */
/*
 * test_snd.c - what libsnd asks of the kernel's ALSA PCM device
 * (rootfs/lib/snd/alsa_params.c): interleaved native 16-bit stereo at the
 * program's rate or the nearest above, and a short buffer; every other
 * parameter left open for the kernel to choose.
 */
#include "alsa_params.h"
#include "check.h"

static unsigned mask_bits(const struct snd_mask *m)
{
	unsigned n = 0;

	for (unsigned i = 0; i < sizeof(m->bits) / sizeof(m->bits[0]); i++)
		n += (unsigned)__builtin_popcount(m->bits[i]);
	return n;
}

static void test_request(void)
{
	struct snd_pcm_hw_params p;
	const struct snd_mask *format;

	alsa_params_request(&p, 11025, 2205);
	format = &p.masks[SNDRV_PCM_HW_PARAM_FORMAT];
	CHECK_EQ(mask_bits(&p.masks[SNDRV_PCM_HW_PARAM_ACCESS]), 1);
	CHECK_EQ(p.masks[SNDRV_PCM_HW_PARAM_ACCESS].bits[0],
		 1u << SNDRV_PCM_ACCESS_RW_INTERLEAVED);
	CHECK_EQ(mask_bits(format), 1);
	/* The host's byte order: big-endian on the N64, as snd-n64 plays. */
#if __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
	CHECK_EQ(format->bits[0], 1u << SNDRV_PCM_FORMAT_S16_BE);
#else
	CHECK_EQ(format->bits[0], 1u << SNDRV_PCM_FORMAT_S16_LE);
#endif
	CHECK_EQ(p.masks[SNDRV_PCM_HW_PARAM_SUBFORMAT].bits[0], 1);
	CHECK_EQ(alsa_interval(&p, SNDRV_PCM_HW_PARAM_CHANNELS)->min, 2);
	CHECK_EQ(alsa_interval(&p, SNDRV_PCM_HW_PARAM_CHANNELS)->max, 2);
	CHECK_EQ(alsa_interval(&p, SNDRV_PCM_HW_PARAM_RATE)->min, 11025);
	CHECK_EQ(alsa_interval(&p, SNDRV_PCM_HW_PARAM_RATE)->max, 48000);
	CHECK_EQ(alsa_interval(&p, SNDRV_PCM_HW_PARAM_BUFFER_SIZE)->max, 2205);
	CHECK_EQ(alsa_interval(&p, SNDRV_PCM_HW_PARAM_PERIOD_SIZE)->min, 2205 / 8);
	CHECK_EQ(alsa_interval(&p, SNDRV_PCM_HW_PARAM_PERIOD_SIZE)->max, 2205 / 2);
	/* Untouched parameters stay open, and every one is to be refined. */
	CHECK_EQ(alsa_interval(&p, SNDRV_PCM_HW_PARAM_SAMPLE_BITS)->min, 0);
	CHECK_EQ(alsa_interval(&p, SNDRV_PCM_HW_PARAM_TICK_TIME)->max, ~0u);
	CHECK_EQ(alsa_interval(&p, SNDRV_PCM_HW_PARAM_RATE)->openmin, 0);
	CHECK_EQ(alsa_interval(&p, SNDRV_PCM_HW_PARAM_RATE)->empty, 0);
	CHECK_EQ(p.rmask, ~0u);
}

int main(void)
{
	test_request();
	return check_summary();
}
