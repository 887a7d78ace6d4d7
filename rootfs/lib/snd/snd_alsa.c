/* SPDX-License-Identifier: MIT */
/*
 * snd_alsa.c - libsnd on the N64: the kernel's snd-n64 PCM device
 * (/dev/snd/pcmC0D0p, or $LIN64_SND), driven with the PCM ioctls.
 *
 * The stream is native-endian 16-bit stereo (big-endian on the N64, the
 * only format snd-n64 plays), so samples go to write() unchanged.  The
 * buffer is kept short (BUFFER_SECONDS) so that a sound starts soon after
 * the program mixes it; the program refills it every frame.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <lin64/snd.h>

#include "alsa_params.h"

#define BUFFER_FRACTION	5	/* a fifth of a second queued at most */

struct snd_backend {
	int fd;
	int buffer_frames;
};

int snd_open(struct snd *snd, int rate)
{
	const char *path = getenv("LIN64_SND");
	struct snd_pcm_hw_params p;
	struct snd_backend *b;
	int fd;

	path = path ? path : "/dev/snd/pcmC0D0p";
	fd = open(path, O_WRONLY | O_NONBLOCK | O_CLOEXEC);
	if (fd < 0) {
		fprintf(stderr, "snd: %s: %s\n", path, strerror(errno));
		return -1;
	}
	alsa_params_request(&p, rate, rate / BUFFER_FRACTION);
	b = malloc(sizeof(*b));
	if (!b || ioctl(fd, SNDRV_PCM_IOCTL_HW_PARAMS, &p) < 0 ||
	    ioctl(fd, SNDRV_PCM_IOCTL_PREPARE) < 0) {
		fprintf(stderr, "snd: %s: no 16-bit stereo at %d Hz: %s\n",
			path, rate, strerror(errno));
		free(b);
		close(fd);
		return -1;
	}
	b->fd = fd;
	b->buffer_frames = (int)alsa_interval(&p, SNDRV_PCM_HW_PARAM_BUFFER_SIZE)->min;
	snd->rate = (int)alsa_interval(&p, SNDRV_PCM_HW_PARAM_RATE)->min;
	snd->backend = b;
	return 0;
}

int snd_space(struct snd *snd)
{
	struct snd_backend *b = snd->backend;
	snd_pcm_sframes_t delay;

	if (!b)
		return 0;
	/* Not running (not started yet, or it ran dry): all of it is free;
	 * snd_write() prepares the stream again if it has to. */
	if (ioctl(b->fd, SNDRV_PCM_IOCTL_DELAY, &delay) < 0 || delay < 0)
		return b->buffer_frames;
	return delay >= b->buffer_frames ? 0 : b->buffer_frames - (int)delay;
}

int snd_write(struct snd *snd, const int16_t *samples, int frames)
{
	struct snd_backend *b = snd->backend;
	ssize_t n;

	if (!b || frames <= 0)
		return 0;
	n = write(b->fd, samples, (size_t)frames * 4);
	if (n < 0 && errno == EPIPE) {
		/* An underrun stopped the stream; starting again is cheap. */
		ioctl(b->fd, SNDRV_PCM_IOCTL_PREPARE);
		n = write(b->fd, samples, (size_t)frames * 4);
	}
	return n < 0 ? 0 : (int)(n / 4);
}

void snd_close(struct snd *snd)
{
	struct snd_backend *b = snd->backend;

	if (!b)
		return;
	ioctl(b->fd, SNDRV_PCM_IOCTL_DROP);
	close(b->fd);
	free(b);
	snd->backend = NULL;
}
