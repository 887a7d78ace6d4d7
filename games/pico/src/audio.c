/* SPDX-License-Identifier: MIT */
/*
 * audio.c - PICO-8's sound chip in software: four channels, each playing
 * one sfx's notes with its waveform, volume and effect, and the music
 * player that starts a pattern's sfx together and moves on when the
 * pattern's first non-looping channel ends.
 */
#include <math.h>
#include <string.h>

#include "audio.h"
#include "pico.h"

#define AMPLITUDE	6000	/* one channel at volume 7: four stay < 32767 */
#define BLOCK		32	/* samples between updates of pitch and volume */

struct note {
	int pitch, wave, volume, effect;
};

static struct note note_at(const uint8_t *mem, int sfx, int i)
{
	const uint8_t *b = mem + PICO_SFX + sfx * 68 + i * 2;
	unsigned v = b[0] | b[1] << 8;
	struct note n = { (int)(v & 63), (int)(v >> 6 & 7), (int)(v >> 9 & 7),
			  (int)(v >> 12 & 7) };

	return n;
}

static const uint8_t *sfx_header(const uint8_t *mem, int sfx)
{
	return mem + PICO_SFX + sfx * 68 + 64;	/* mode, speed, loop start, end */
}

static int note_samples(const uint8_t *mem, int sfx)
{
	int speed = sfx_header(mem, sfx)[1];

	return (speed ? speed : 1) * AUDIO_TICK;
}

/* An sfx with loop end 0 and a loop start is that many notes long. */
static int sfx_length(const uint8_t *mem, int sfx)
{
	const uint8_t *h = sfx_header(mem, sfx);

	return h[3] == 0 && h[2] > 0 && h[2] < 32 ? h[2] : 32;
}

static int sfx_loops(const uint8_t *mem, int sfx)
{
	const uint8_t *h = sfx_header(mem, sfx);

	return h[3] > h[2];
}

void audio_reset(struct pico_audio *a)
{
	int i;

	memset(a, 0, sizeof(*a));
	for (i = 0; i < 65; i++)	/* pitch 33 is A, 440 Hz */
		a->step[i] = (uint32_t)(440.0 * pow(2.0, (i - 33) / 12.0) *
					4294967296.0 / AUDIO_RATE);
	for (i = 0; i < 4; i++) {
		a->ch[i].sfx = -1;
		a->ch[i].noise = 0xace1u + (unsigned)i;
	}
	a->pattern = -1;
}

static void start(struct pico_audio *a, const uint8_t *mem, int ch, int n,
		  int offset, int length, int music)
{
	struct pico_channel *c = &a->ch[ch];
	int end = sfx_length(mem, n);

	c->sfx = n;
	c->note = offset < 0 ? 0 : offset > 31 ? 31 : offset;
	c->last = c->note + length < end ? c->note + length : end;
	c->sample = 0;
	c->looping = sfx_loops(mem, n);
	c->music = music;
	c->prev_pitch = note_at(mem, n, c->note).pitch << 8;
	c->prev_volume = 0;
}

void audio_sfx(struct pico_audio *a, const uint8_t *mem, int n, int channel,
	       int offset, int length)
{
	int i;

	if (n == -1 || n == -2) {	/* stop, or end the loop */
		for (i = 0; i < 4; i++)
			if (channel < 0 || channel == i) {
				if (n == -1)
					a->ch[i].sfx = -1;
				else
					a->ch[i].looping = 0;
			}
		return;
	}
	if (n < 0 || n > 63)
		return;
	if (channel == -2) {		/* stop n wherever it plays */
		for (i = 0; i < 4; i++)
			if (a->ch[i].sfx == n)
				a->ch[i].sfx = -1;
		return;
	}
	if (channel < 0 || channel > 3) {	/* an idle channel, music's last */
		channel = 3;
		for (i = 3; i >= 0; i--)
			if (a->ch[i].sfx < 0 && !(a->music_mask >> i & 1 && a->pattern >= 0))
				channel = i;
		for (i = 0; i < 4 && a->ch[channel].sfx >= 0; i++)
			if (a->ch[i].sfx < 0)
				channel = i;
	}
	start(a, mem, channel, n, offset, length > 0 ? length : 32, 0);
}

/* How long a pattern lasts: its first non-looping sfx, else its first. */
static int pattern_samples(const uint8_t *mem, const uint8_t *pat)
{
	int i, first = -1;

	for (i = 0; i < 4; i++) {
		int n = pat[i] & 63;

		if (pat[i] & 0x40)
			continue;
		if (first < 0)
			first = n;
		if (!sfx_loops(mem, n))
			return sfx_length(mem, n) * note_samples(mem, n);
	}
	return first < 0 ? 0 : 32 * note_samples(mem, first);
}

static void play_pattern(struct pico_audio *a, const uint8_t *mem, int n)
{
	const uint8_t *pat = mem + PICO_MUSIC + n * 4;
	int i;

	a->pattern = n;
	a->pattern_left = pattern_samples(mem, pat);
	if (a->pattern_left == 0) {	/* an empty pattern ends the song */
		a->pattern = -1;
		return;
	}
	for (i = 0; i < 4; i++) {
		if (!(a->music_mask >> i & 1))
			continue;
		if (a->ch[i].sfx >= 0 && !a->ch[i].music)
			continue;	/* an sfx the cart played wins */
		if (pat[i] & 0x40)
			a->ch[i].sfx = -1;
		else
			start(a, mem, i, pat[i] & 63, 0, 32, 1);
	}
}

static void stop_music(struct pico_audio *a)
{
	int i;

	for (i = 0; i < 4; i++)
		if (a->ch[i].music)
			a->ch[i].sfx = -1;
	a->pattern = -1;
	a->fade_total = 0;
}

void audio_music(struct pico_audio *a, const uint8_t *mem, int n, int fade_ms,
		 int mask)
{
	if (n < 0) {
		if (fade_ms > 0 && a->pattern >= 0) {
			a->fade_total = a->fade_left = fade_ms * (AUDIO_RATE / 1000);
			return;
		}
		stop_music(a);
		return;
	}
	stop_music(a);
	a->music_mask = mask ? mask & 15 : 15;
	play_pattern(a, mem, n & 63);
}

/* After a pattern: the stop flag ends the song, the loop-end flag goes
 * back to the last loop start, else the next pattern. */
static void next_pattern(struct pico_audio *a, const uint8_t *mem)
{
	const uint8_t *pat = mem + PICO_MUSIC + a->pattern * 4;
	int n = a->pattern + 1;

	if (pat[2] & 0x80 || a->pattern == 63) {
		stop_music(a);
		return;
	}
	if (pat[1] & 0x80)
		for (n = a->pattern; n > 0 && !(mem[PICO_MUSIC + n * 4] & 0x80); n--)
			;
	play_pattern(a, mem, n);
}

/* A waveform at phase @u (0-65535 a cycle), -32768..32767. */
static int wave(struct pico_channel *c, int w, unsigned u)
{
	int tri = u < 32768 ? (int)u * 2 - 32768 : 98303 - (int)u * 2;

	switch (w) {
	case 0:		/* triangle */
		return tri;
	case 1:		/* tilted saw: a slow rise, a quick fall */
		return u < 57344 ? (int)(u * 65535u / 57344) - 32768
				 : 32767 - (int)((u - 57344) * 8);
	case 2:		/* saw */
		return (int)u - 32768;
	case 3:		/* square */
		return u < 32768 ? 24000 : -24000;
	case 4:		/* pulse, a third */
		return u < 21845 ? 24000 : -24000;
	case 5: {	/* organ: the triangle and its octave */
		unsigned v = (u * 2) & 0xffff;
		int tri2 = v < 32768 ? (int)v * 2 - 32768 : 98303 - (int)v * 2;
		return (tri + tri2) / 2;
	}
	case 6:		/* noise, new values at the note's rate */
		if ((u & 0x3fff) < 0x800) {
			unsigned bit = (c->noise ^ c->noise >> 2 ^ c->noise >> 3 ^ c->noise >> 5) & 1;
			c->noise = c->noise >> 1 | bit << 15;
		}
		return (int)(c->noise & 0xffff) - 32768;
	default: {	/* phaser: the triangle against a slightly detuned one */
		unsigned v = (u + (c->phase >> 20)) & 0xffff;
		int tri2 = v < 32768 ? (int)v * 2 - 32768 : 98303 - (int)v * 2;
		return (tri + tri2) / 2;
	}
	}
}

/* The pitch (1/256 semitones) and volume (0-7 in 1/256) at this point of
 * the note, after its effect. */
static void effect(const struct pico_channel *c, const uint8_t *mem,
		   struct note n, int len, int *pitch, int *volume)
{
	int pos = c->sample * 256 / len;	/* 0-255 through the note */
	int p = n.pitch << 8, v = n.volume << 8;

	switch (n.effect) {
	case 1:		/* slide from the previous note */
		p = c->prev_pitch + (p - c->prev_pitch) * pos / 256;
		v = c->prev_volume + (v - c->prev_volume) * pos / 256;
		break;
	case 2: {	/* vibrato: a quarter tone, about 8 Hz */
		int t = c->sample % 2756 * 512 / 2756;
		p += (t < 256 ? t - 128 : 384 - t) / 2;
		break;
	}
	case 3:		/* drop */
		p = p * (256 - pos) / 256;
		break;
	case 4:		/* fade in */
		v = v * pos / 256;
		break;
	case 5:		/* fade out */
		v = v * (256 - pos) / 256;
		break;
	case 6:		/* arpeggio over the group of four notes */
	case 7: {
		int step = (n.effect == 6 ? 4 : 8) * AUDIO_TICK;
		int k = (c->sample / step) & 3;
		p = note_at(mem, c->sfx, (c->note & ~3) + k).pitch << 8;
		break;
	}
	}
	*pitch = p;
	*volume = v;
}

/* The note is over: the next one, the loop, or the end. */
static void next_note(struct pico_channel *c, const uint8_t *mem, int pitch,
		      int volume)
{
	const uint8_t *h = sfx_header(mem, c->sfx);

	c->prev_pitch = pitch;
	c->prev_volume = volume;
	c->sample = 0;
	c->note++;
	if (c->looping && c->note >= h[3])
		c->note = h[2];
	else if (c->note >= c->last)
		c->sfx = -1;
}

/* The phase step of a pitch in 1/256 semitones: between the table's
 * whole pitches a straight line, close enough to the curve and no pow()
 * in the mixing loop. */
static uint32_t pitch_step(const struct pico_audio *a, int pitch)
{
	int whole = pitch >> 8, frac = pitch & 255;

	if (whole < 0)
		return a->step[0];
	if (whole >= 64)
		return a->step[64];
	return a->step[whole] + (uint32_t)(((uint64_t)(a->step[whole + 1] - a->step[whole]) * (uint32_t)frac) >> 8);
}

/* Mix one channel's next @count samples into @acc. */
static void mix_channel(const struct pico_audio *a, struct pico_channel *c,
			const uint8_t *mem, int *acc, int count, int gain)
{
	int i = 0;

	while (i < count && c->sfx >= 0) {
		int len = note_samples(mem, c->sfx), pitch, volume, k, run, amp;
		struct note n = note_at(mem, c->sfx, c->note);
		uint32_t step;

		effect(c, mem, n, len, &pitch, &volume);
		step = pitch_step(a, pitch);
		amp = volume * gain / 256 * AMPLITUDE / (7 * 256);
		run = BLOCK < count - i ? BLOCK : count - i;
		if (run > len - c->sample)
			run = len - c->sample;
		for (k = 0; k < run; k++) {
			c->phase += step;
			acc[i + k] += wave(c, n.wave, c->phase >> 16) * amp / 32768;
		}
		i += run;
		c->sample += run;
		if (c->sample >= len)
			next_note(c, mem, pitch, volume);
	}
}

void audio_mix(struct pico_audio *a, const uint8_t *mem, int16_t *out,
	       int frames)
{
	int acc[BLOCK];

	while (frames > 0) {
		int count = frames < BLOCK ? frames : BLOCK, i;
		int fade = a->fade_total ? 256 * a->fade_left / a->fade_total : 256;

		memset(acc, 0, sizeof(acc));
		for (i = 0; i < 4; i++)
			mix_channel(a, &a->ch[i], mem, acc, count,
				    a->ch[i].music ? fade : 256);
		for (i = 0; i < count; i++) {
			int v = acc[i] < -32768 ? -32768 : acc[i] > 32767 ? 32767 : acc[i];
			out[2 * i] = out[2 * i + 1] = (int16_t)v;
		}
		out += 2 * count;
		frames -= count;
		if (a->pattern >= 0) {
			a->pattern_left -= count;
			if (a->pattern_left <= 0)
				next_pattern(a, mem);
		}
		if (a->fade_total && (a->fade_left -= count) <= 0)
			stop_music(a);
	}
}
