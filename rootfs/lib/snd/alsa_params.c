/* SPDX-License-Identifier: MIT */
/*
 * alsa_params.c - the hardware parameters libsnd asks the kernel for:
 * the pure part of the ALSA back end, unit-tested on the host.
 */
#include <string.h>

#include "alsa_abi.h"

static void mask_only(struct alsa_mask *m, unsigned bit)
{
	memset(m, 0, sizeof(*m));
	m->bits[bit / 32] = 1u << (bit % 32);
}

static void interval_set(struct alsa_hw_params *p, int param,
			 unsigned min, unsigned max)
{
	struct alsa_interval *i = alsa_interval(p, param);

	i->min = min;
	i->max = max;
	i->flags = 0;
}

void alsa_params_request(struct alsa_hw_params *p, int rate, int max_buffer)
{
	/* Everything allowed, then narrowed: the kernel picks within. */
	memset(p, 0, sizeof(*p));
	memset(p->masks, 0xff, sizeof(p->masks));
	for (int i = 0; i < 12; i++)
		p->intervals[i].max = ~0u;
	p->rmask = ~0u;
	mask_only(&p->masks[ALSA_PARAM_ACCESS], ALSA_ACCESS_RW_INTERLEAVED);
	mask_only(&p->masks[ALSA_PARAM_FORMAT], ALSA_FORMAT_S16_NATIVE);
	mask_only(&p->masks[ALSA_PARAM_SUBFORMAT], ALSA_SUBFORMAT_STD);
	interval_set(p, ALSA_PARAM_CHANNELS, 2, 2);
	interval_set(p, ALSA_PARAM_RATE, rate, 48000);
	interval_set(p, ALSA_PARAM_BUFFER_SIZE, 1, max_buffer);
	interval_set(p, ALSA_PARAM_PERIOD_SIZE, max_buffer / 8, max_buffer / 2);
}
