/* SPDX-License-Identifier: MIT */
/*
 * test_snd.c - libsnd's ALSA structures and requests (rootfs/lib/snd/)
 * against the kernel's own <sound/asound.h> on the host, and the
 * parameters it asks for.  The N64 build cannot include that header (the
 * toolchain has no kernel headers), so this is where a mistake in the
 * copy of the interface shows.
 */
#include <stddef.h>
#include <sound/asound.h>

#include "alsa_abi.h"
#include "check.h"

#define SAME_OFFSET(field) \
	CHECK_EQ(offsetof(struct alsa_hw_params, field), \
		 offsetof(struct snd_pcm_hw_params, field))

static void test_layout(void)
{
	CHECK_EQ(sizeof(struct alsa_hw_params), sizeof(struct snd_pcm_hw_params));
	SAME_OFFSET(masks);
	SAME_OFFSET(mres);
	SAME_OFFSET(intervals);
	SAME_OFFSET(ires);
	SAME_OFFSET(rmask);
	SAME_OFFSET(cmask);
	SAME_OFFSET(rate_num);
	SAME_OFFSET(fifo_size);
	SAME_OFFSET(reserved);
	CHECK_EQ(sizeof(struct alsa_interval), sizeof(struct snd_interval));
	CHECK_EQ(sizeof(struct alsa_mask), sizeof(struct snd_mask));
}

static void test_numbers(void)
{
	CHECK_EQ(ALSA_IOCTL_HW_PARAMS, SNDRV_PCM_IOCTL_HW_PARAMS);
	CHECK_EQ(ALSA_IOCTL_DELAY, SNDRV_PCM_IOCTL_DELAY);
	CHECK_EQ(ALSA_IOCTL_PREPARE, SNDRV_PCM_IOCTL_PREPARE);
	CHECK_EQ(ALSA_IOCTL_DROP, SNDRV_PCM_IOCTL_DROP);
	CHECK_EQ(ALSA_PARAM_ACCESS, SNDRV_PCM_HW_PARAM_ACCESS);
	CHECK_EQ(ALSA_PARAM_FORMAT, SNDRV_PCM_HW_PARAM_FORMAT);
	CHECK_EQ(ALSA_PARAM_SUBFORMAT, SNDRV_PCM_HW_PARAM_SUBFORMAT);
	CHECK_EQ(ALSA_PARAM_FIRST_INTERVAL, SNDRV_PCM_HW_PARAM_FIRST_INTERVAL);
	CHECK_EQ(ALSA_PARAM_CHANNELS, SNDRV_PCM_HW_PARAM_CHANNELS);
	CHECK_EQ(ALSA_PARAM_RATE, SNDRV_PCM_HW_PARAM_RATE);
	CHECK_EQ(ALSA_PARAM_PERIOD_SIZE, SNDRV_PCM_HW_PARAM_PERIOD_SIZE);
	CHECK_EQ(ALSA_PARAM_BUFFER_SIZE, SNDRV_PCM_HW_PARAM_BUFFER_SIZE);
	CHECK_EQ(ALSA_ACCESS_RW_INTERLEAVED, SNDRV_PCM_ACCESS_RW_INTERLEAVED);
	CHECK_EQ(ALSA_FORMAT_S16_LE, SNDRV_PCM_FORMAT_S16_LE);
	CHECK_EQ(ALSA_FORMAT_S16_BE, SNDRV_PCM_FORMAT_S16_BE);
}

static void test_request(void)
{
	struct alsa_hw_params p;

	alsa_params_request(&p, 11025, 2205);
	CHECK_EQ(p.masks[ALSA_PARAM_ACCESS].bits[0], 1u << ALSA_ACCESS_RW_INTERLEAVED);
	CHECK_EQ(p.masks[ALSA_PARAM_FORMAT].bits[0], 1u << ALSA_FORMAT_S16_NATIVE);
	CHECK_EQ(p.masks[ALSA_PARAM_FORMAT].bits[1], 0);
	CHECK_EQ(p.masks[ALSA_PARAM_SUBFORMAT].bits[0], 1);
	CHECK_EQ(alsa_interval(&p, ALSA_PARAM_CHANNELS)->min, 2);
	CHECK_EQ(alsa_interval(&p, ALSA_PARAM_CHANNELS)->max, 2);
	CHECK_EQ(alsa_interval(&p, ALSA_PARAM_RATE)->min, 11025);
	CHECK_EQ(alsa_interval(&p, ALSA_PARAM_RATE)->max, 48000);
	CHECK_EQ(alsa_interval(&p, ALSA_PARAM_BUFFER_SIZE)->max, 2205);
	CHECK_EQ(alsa_interval(&p, ALSA_PARAM_PERIOD_SIZE)->min, 2205 / 8);
	CHECK_EQ(alsa_interval(&p, ALSA_PARAM_PERIOD_SIZE)->max, 2205 / 2);
	/* Untouched parameters stay open for the kernel to choose. */
	CHECK_EQ(p.intervals[0].min, 0);
	CHECK_EQ(p.intervals[0].max, ~0u);
	CHECK_EQ(p.rmask, ~0u);
}

int main(void)
{
	test_layout();
	test_numbers();
	test_request();
	return check_summary();
}
