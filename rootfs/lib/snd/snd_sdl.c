/* SPDX-License-Identifier: MIT */
/*
 * snd_sdl.c - libsnd on a desktop: an SDL2 audio device fed through its
 * queue, holding at most as much as the N64 back end does.
 */
#include <stdio.h>
#include <stdlib.h>

#include <SDL.h>

#include <lin64/snd.h>

#define BUFFER_FRACTION	5	/* as snd_alsa.c: a fifth of a second */

struct snd_backend {
	SDL_AudioDeviceID dev;
};

int snd_open(struct snd *snd, int rate)
{
	SDL_AudioSpec want = { .freq = rate, .format = AUDIO_S16SYS,
			       .channels = 2, .samples = 512 };
	SDL_AudioSpec have;
	struct snd_backend *b;

	if (SDL_InitSubSystem(SDL_INIT_AUDIO) < 0) {
		fprintf(stderr, "snd: %s\n", SDL_GetError());
		return -1;
	}
	b = malloc(sizeof(*b));
	if (!b)
		return -1;
	b->dev = SDL_OpenAudioDevice(NULL, 0, &want, &have, 0);
	if (!b->dev) {
		fprintf(stderr, "snd: %s\n", SDL_GetError());
		free(b);
		return -1;
	}
	snd->rate = have.freq;
	snd->backend = b;
	SDL_PauseAudioDevice(b->dev, 0);
	return 0;
}

int snd_space(struct snd *snd)
{
	int queued;

	if (!snd->backend)
		return 0;
	queued = (int)(SDL_GetQueuedAudioSize(snd->backend->dev) / 4);
	return queued >= snd->rate / BUFFER_FRACTION ?
		0 : snd->rate / BUFFER_FRACTION - queued;
}

int snd_write(struct snd *snd, const int16_t *samples, int frames)
{
	if (!snd->backend || frames <= 0 ||
	    SDL_QueueAudio(snd->backend->dev, samples, (Uint32)frames * 4) < 0)
		return 0;
	return frames;
}

void snd_close(struct snd *snd)
{
	if (!snd->backend)
		return;
	SDL_CloseAudioDevice(snd->backend->dev);
	free(snd->backend);
	snd->backend = NULL;
}
