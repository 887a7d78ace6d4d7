/* SPDX-License-Identifier: MIT */
/*
 * alsa_params.c - the pure part of libsnd's ALSA back end, unit-tested on
 * the host (tests/unit/test_snd.c).
 */
#include <string.h>

#include "alsa_params.h"

/* Samples in the host's byte order (asound.h names that only in the
 * kernel): big-endian on the N64, the one format snd-n64 plays. */
#if __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
#define FORMAT_S16_NATIVE	SNDRV_PCM_FORMAT_S16_BE
#else
#define FORMAT_S16_NATIVE	SNDRV_PCM_FORMAT_S16_LE
#endif

static void mask_only(struct snd_mask *m, unsigned bit)
{
	memset(m, 0, sizeof(*m));
	m->bits[bit / 32] = 1u << (bit % 32);
}

static void interval_set(struct snd_pcm_hw_params *p, int param,
			 unsigned min, unsigned max)
{
	struct snd_interval *i = alsa_interval(p, param);

	memset(i, 0, sizeof(*i));	/* a closed range of reals */
	i->min = min;
	i->max = max;
}

void alsa_params_request(struct snd_pcm_hw_params *p, int rate, int max_buffer)
{
	/* Everything allowed, then narrowed: the kernel picks within. */
	memset(p, 0, sizeof(*p));
	memset(p->masks, 0xff, sizeof(p->masks));
	for (int i = SNDRV_PCM_HW_PARAM_FIRST_INTERVAL;
	     i <= SNDRV_PCM_HW_PARAM_LAST_INTERVAL; i++)
		alsa_interval(p, i)->max = ~0u;
	p->rmask = ~0u;
	mask_only(&p->masks[SNDRV_PCM_HW_PARAM_ACCESS],
		  SNDRV_PCM_ACCESS_RW_INTERLEAVED);
	mask_only(&p->masks[SNDRV_PCM_HW_PARAM_FORMAT],
		  (unsigned)FORMAT_S16_NATIVE);
	mask_only(&p->masks[SNDRV_PCM_HW_PARAM_SUBFORMAT],
		  SNDRV_PCM_SUBFORMAT_STD);
	interval_set(p, SNDRV_PCM_HW_PARAM_CHANNELS, 2, 2);
	interval_set(p, SNDRV_PCM_HW_PARAM_RATE, rate, 48000);
	interval_set(p, SNDRV_PCM_HW_PARAM_BUFFER_SIZE, 1, max_buffer);
	interval_set(p, SNDRV_PCM_HW_PARAM_PERIOD_SIZE, max_buffer / 8,
		     max_buffer / 2);
}
