/* SPDX-License-Identifier: MIT */
/*
 * lin64/snd.h - libsnd: sound out for Lin64 programs.
 *
 * On the N64 it is the kernel's snd-n64 ALSA device (/dev/snd/pcmC0D0p),
 * driven with the PCM ioctls directly (no alsa-lib); on a desktop it is
 * SDL2 audio.  Samples are signed 16-bit, stereo interleaved, in the
 * host's byte order; the library swaps where the device wants it.
 *
 * Programs mix in software and feed whole blocks when snd_space() says
 * there is room, so they never block on the device.
 */
#ifndef LIN64_SND_H
#define LIN64_SND_H

#include <stdint.h>

struct snd_backend;

struct snd {
	int rate;		/* frames a second the device runs at */
	struct snd_backend *backend;
};

/*
 * Open the audio device at @rate frames a second (or the nearest it
 * has).  Returns 0, or -1 after printing why on stderr: a program then
 * goes on silently.
 */
int snd_open(struct snd *snd, int rate);

/* Frames that snd_write() takes now without blocking. */
int snd_space(struct snd *snd);

/* Queue @frames stereo frames; returns how many were taken. */
int snd_write(struct snd *snd, const int16_t *samples, int frames);

void snd_close(struct snd *snd);

#endif
