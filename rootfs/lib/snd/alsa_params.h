/* SPDX-License-Identifier: MIT */
/*
 * alsa_params.h - the hardware parameters libsnd asks the kernel's ALSA
 * PCM device for (no alsa-lib: the ioctls of <sound/asound.h> directly).
 */
#ifndef LIN64_ALSA_PARAMS_H
#define LIN64_ALSA_PARAMS_H

#include <sound/asound.h>

/*
 * Fill @p to ask for interleaved native-endian 16-bit stereo at @rate
 * frames a second (or the nearest above, up to 48000), a buffer of at
 * most @max_buffer frames, and periods of an eighth to a half of that.
 */
void alsa_params_request(struct snd_pcm_hw_params *p, int rate, int max_buffer);

/* One of @p's interval parameters (SNDRV_PCM_HW_PARAM_CHANNELS, ...). */
static inline struct snd_interval *alsa_interval(struct snd_pcm_hw_params *p,
						 int param)
{
	return &p->intervals[param - SNDRV_PCM_HW_PARAM_FIRST_INTERVAL];
}

#endif
