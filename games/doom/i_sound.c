/* SPDX-License-Identifier: MIT */
/*
 * i_sound.c - Doom's sound effects, mixed in software into libsnd.
 *
 * The effects are 8-bit samples at 11025 Hz (DMX lumps), so the mixer
 * runs at that rate: eight channels, each stepped in 16.16 fixed point
 * (a lump at another rate is resampled by its step), summed with its
 * left and right volume and clipped to 16 bits.  A lump is cached in the
 * zone while a channel plays it and left purgeable after.  Every tic the
 * engine calls I_UpdateSound(), which tops the device's short buffer up.
 *
 * There is no music: playing MUS through an OPL or MIDI synthesizer costs
 * more CPU than the VR4300 has to spare next to the renderer.
 */
#include <string.h>

#include <lin64/snd.h>

#include "doomtype.h"
#include "i_sound.h"
#include "m_argv.h"
#include "m_misc.h"
#include "w_wad.h"
#include "z_zone.h"

#define MIX_RATE	11025
#define MIX_CHANNELS	16	/* the engine uses snd_channels (8) of them */
#define MIX_BLOCK	256	/* frames mixed at a time */
#define DMX_HEADER	8	/* format, rate, length */
#define DMX_PAD		16	/* padding before and after the samples */

int snd_pitchshift = -1;
int snd_musicdevice = SNDDEVICE_NONE;

struct channel {
	const byte *samples;	/* unsigned 8-bit; NULL when idle */
	unsigned length;	/* in samples */
	unsigned pos, step;	/* 16.16 */
	int left, right;	/* 0-255 */
	int lump;
};

static struct snd snd;
static boolean sound_on;
static boolean sfx_prefix;
static struct channel channels[MIX_CHANNELS];

void I_InitSound(boolean use_sfx_prefix)
{
	sfx_prefix = use_sfx_prefix;
	if (M_ParmExists("-nosound") || M_ParmExists("-nosfx"))
		return;
	sound_on = snd_open(&snd, MIX_RATE) == 0;
}

void I_ShutdownSound(void)
{
	if (sound_on)
		snd_close(&snd);
	sound_on = false;
}

int I_GetSfxLumpNum(sfxinfo_t *sfx)
{
	char name[9];

	if (sfx->link)
		sfx = sfx->link;
	M_snprintf(name, sizeof(name), sfx_prefix ? "ds%s" : "%s", sfx->name);
	return W_GetNumForName(name);
}

static boolean valid_channel(int c)
{
	return sound_on && c >= 0 && c < MIX_CHANNELS;
}

/* Stop channel @c; its lump may be purged once no channel plays it. */
static void stop_channel(int c)
{
	int lump = channels[c].lump;

	if (!channels[c].samples)
		return;
	channels[c].samples = NULL;
	for (int i = 0; i < MIX_CHANNELS; i++)
		if (channels[i].samples && channels[i].lump == lump)
			return;
	W_ReleaseLumpNum(lump);
}

void I_UpdateSoundParams(int c, int vol, int sep)
{
	int left = (254 - sep) * vol / 127, right = sep * vol / 127;

	if (!valid_channel(c))
		return;
	channels[c].left = left < 0 ? 0 : left > 255 ? 255 : left;
	channels[c].right = right < 0 ? 0 : right > 255 ? 255 : right;
}

/* The lump's samples, or NULL when it is not a DMX sound. */
static const byte *dmx_samples(const byte *lump, int lump_len,
			       unsigned *length, unsigned *rate)
{
	unsigned len;

	if (lump_len < DMX_HEADER || lump[0] != 3 || lump[1] != 0)
		return NULL;
	*rate = lump[2] | lump[3] << 8;
	len = lump[4] | lump[5] << 8 | lump[6] << 16 | (unsigned)lump[7] << 24;
	if (len <= 2 * DMX_PAD || len > (unsigned)lump_len - DMX_HEADER ||
	    *rate == 0)
		return NULL;
	*length = len - 2 * DMX_PAD;
	return lump + DMX_HEADER + DMX_PAD;
}

int I_StartSound(sfxinfo_t *sfx, int c, int vol, int sep, int pitch)
{
	struct channel *ch = &channels[c];
	unsigned rate;
	const byte *lump;

	(void)pitch;	/* pitch shifting is off, as in Doom 1.9 */
	if (!valid_channel(c))
		return -1;
	stop_channel(c);
	lump = W_CacheLumpNum(sfx->lumpnum, PU_STATIC);
	ch->lump = sfx->lumpnum;
	ch->samples = dmx_samples(lump, W_LumpLength(sfx->lumpnum),
				  &ch->length, &rate);
	if (!ch->samples) {
		W_ReleaseLumpNum(sfx->lumpnum);
		return -1;
	}
	ch->pos = 0;
	ch->step = (rate << 16) / (unsigned)snd.rate;
	I_UpdateSoundParams(c, vol, sep);
	return c;
}

void I_StopSound(int c)
{
	if (valid_channel(c))
		stop_channel(c);
}

boolean I_SoundIsPlaying(int c)
{
	return valid_channel(c) && channels[c].samples != NULL;
}

/* Add channel @c's next @frames frames to @mix (stereo, 32-bit). */
static void mix_channel(int c, int32_t *mix, int frames)
{
	struct channel *ch = &channels[c];

	for (int i = 0; i < frames; i++) {
		unsigned at = ch->pos >> 16;
		int s;

		if (at >= ch->length) {
			stop_channel(c);
			return;
		}
		s = ch->samples[at] - 128;
		mix[2 * i] += s * ch->left;
		mix[2 * i + 1] += s * ch->right;
		ch->pos += ch->step;
	}
}

static int16_t clip16(int32_t v)
{
	return v > 32767 ? 32767 : v < -32768 ? -32768 : (int16_t)v;
}

void I_UpdateSound(void)
{
	static int32_t mix[2 * MIX_BLOCK];
	static int16_t out[2 * MIX_BLOCK];
	int space = sound_on ? snd_space(&snd) : 0;

	while (space > 0) {
		int frames = space < MIX_BLOCK ? space : MIX_BLOCK;

		memset(mix, 0, sizeof(mix));
		for (int c = 0; c < MIX_CHANNELS; c++)
			if (channels[c].samples)
				mix_channel(c, mix, frames);
		for (int i = 0; i < 2 * frames; i++)
			out[i] = clip16(mix[i]);
		if (snd_write(&snd, out, frames) < frames)
			return;
		space -= frames;
	}
}

void I_PrecacheSounds(sfxinfo_t *sounds, int num_sounds)
{
	/* Loaded when first played: the zone is too small to hold them all. */
	(void)sounds;
	(void)num_sounds;
}

void I_BindSoundVariables(void)
{
}

/* No music (see the top of this file): the engine's calls do nothing. */
void I_InitMusic(void)
{
}

void I_ShutdownMusic(void)
{
}

void I_SetMusicVolume(int volume)
{
	(void)volume;
}

void I_PauseSong(void)
{
}

void I_ResumeSong(void)
{
}

void *I_RegisterSong(void *data, int len)
{
	(void)data;
	(void)len;
	return NULL;
}

void I_UnRegisterSong(void *handle)
{
	(void)handle;
}

void I_PlaySong(void *handle, boolean looping)
{
	(void)handle;
	(void)looping;
}

void I_StopSong(void)
{
}

boolean I_MusicIsPlaying(void)
{
	return false;
}

void I_SetOPLDriverVer(opl_driver_ver_t ver)
{
	(void)ver;
}

void I_OPL_DevMessages(char *buf, size_t size)
{
	if (size)
		buf[0] = '\0';
}
