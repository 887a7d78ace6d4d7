/* SPDX-License-Identifier: MIT */
/*
 * alsa_abi.h - the part of the kernel's ALSA PCM interface libsnd uses.
 *
 * Lin64 has no alsa-lib and its toolchain no kernel headers, so the few
 * structures and ioctls of <sound/asound.h> that playing a stream needs
 * are written out here (names prefixed, so a test can include both and
 * compare them: tests/unit/test_snd.c).
 */
#ifndef LIN64_ALSA_ABI_H
#define LIN64_ALSA_ABI_H

#include <stdint.h>
#include <sys/ioctl.h>

/* Parameter numbers: three masks, then twelve intervals. */
enum {
	ALSA_PARAM_ACCESS = 0,
	ALSA_PARAM_FORMAT = 1,
	ALSA_PARAM_SUBFORMAT = 2,
	ALSA_PARAM_FIRST_INTERVAL = 8,
	ALSA_PARAM_CHANNELS = 10,
	ALSA_PARAM_RATE = 11,
	ALSA_PARAM_PERIOD_SIZE = 13,
	ALSA_PARAM_BUFFER_SIZE = 17,
};

#define ALSA_ACCESS_RW_INTERLEAVED	3
#define ALSA_FORMAT_S16_LE		2
#define ALSA_FORMAT_S16_BE		3
#define ALSA_SUBFORMAT_STD		0

struct alsa_mask {
	uint32_t bits[8];
};

struct alsa_interval {
	unsigned int min, max;
	unsigned int flags;	/* openmin, openmax, integer, empty: 0 = closed range */
};

struct alsa_hw_params {
	unsigned int flags;
	struct alsa_mask masks[3];
	struct alsa_mask mres[5];
	struct alsa_interval intervals[12];
	struct alsa_interval ires[9];
	unsigned int rmask;	/* which parameters to refine */
	unsigned int cmask;	/* which ones changed (out) */
	unsigned int info;
	unsigned int msbits;
	unsigned int rate_num;
	unsigned int rate_den;
	unsigned long fifo_size;
	unsigned char reserved[64];
};

#define ALSA_IOCTL_HW_PARAMS	_IOWR('A', 0x11, struct alsa_hw_params)
#define ALSA_IOCTL_DELAY	_IOR('A', 0x21, long)
#define ALSA_IOCTL_PREPARE	_IO('A', 0x40)
#define ALSA_IOCTL_DROP		_IO('A', 0x43)

/* The sample format of the host's byte order. */
#if __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
#define ALSA_FORMAT_S16_NATIVE	ALSA_FORMAT_S16_BE
#else
#define ALSA_FORMAT_S16_NATIVE	ALSA_FORMAT_S16_LE
#endif

/*
 * Fill @p to ask for interleaved native 16-bit stereo at @rate frames a
 * second (or the nearest above, up to 48000), a buffer of at most
 * @max_buffer frames, and periods of an eighth to a half of that.
 */
void alsa_params_request(struct alsa_hw_params *p, int rate, int max_buffer);

static inline struct alsa_interval *alsa_interval(struct alsa_hw_params *p,
						  int param)
{
	return &p->intervals[param - ALSA_PARAM_FIRST_INTERVAL];
}

#endif
