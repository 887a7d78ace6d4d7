/* SPDX-License-Identifier: MIT */
/*
 * audio.h - PICO-8's sound: sfx and music from the cart's data in mem[],
 * four channels synthesized in software.
 *
 * An sfx (mem 0x3200 + 68 n) is 32 notes of 16 bits (pitch 0-63 with 33
 * = A 440 Hz, waveform 0-7, volume 0-7, effect 0-7), then its editor
 * mode, speed (one note lasts speed * 183 samples at 22050 Hz) and loop
 * start and end.  A music pattern (mem 0x3100 + 4 n) names an sfx for
 * each channel (bit 6: none), with the loop-start, loop-end and stop
 * flags in bit 7 of bytes 0, 1 and 2.
 */
#ifndef PICO_AUDIO_H
#define PICO_AUDIO_H

#include <stdint.h>

#define AUDIO_RATE	22050
#define AUDIO_TICK	183	/* samples per unit of sfx speed */

struct pico_channel {
	int sfx;		/* playing, or -1 */
	int note;		/* 0-31 */
	int last;		/* the note after the last one to play */
	int sample;		/* samples into the note */
	int looping;		/* follows the sfx's loop; sfx(-2) clears it */
	int music;		/* started by the music player */
	uint32_t phase;		/* of the oscillator, 1 << 24 a cycle */
	uint32_t noise;		/* the noise generator's state */
	int prev_pitch;		/* for slides, in 1/256 semitones */
	int prev_volume;
};

struct pico_audio {
	struct pico_channel ch[4];
	int pattern;		/* the music pattern playing, or -1 */
	int music_mask;		/* the channels music may use */
	int pattern_left;	/* samples until the next pattern */
	int fade_total, fade_left;	/* music fade-out, in samples */
	uint32_t step[65];	/* phase step of each whole pitch, and one above */
};

void audio_reset(struct pico_audio *a);

/* sfx(n, channel, offset, length): n -1 stops, -2 ends the loop;
 * channel -1 picks a free one, -2 stops n wherever it plays. */
void audio_sfx(struct pico_audio *a, const uint8_t *mem, int n, int channel,
	       int offset, int length);

/* music(n, fade_ms, mask): n -1 stops (after fading, if fade_ms). */
void audio_music(struct pico_audio *a, const uint8_t *mem, int n, int fade_ms,
		 int mask);

/* Mix @frames stereo frames of signed 16-bit samples at AUDIO_RATE. */
void audio_mix(struct pico_audio *a, const uint8_t *mem, int16_t *out,
	       int frames);

#endif
