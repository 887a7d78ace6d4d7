/* SPDX-License-Identifier: MIT */
/*
 * i_timer.c - Doom's clock: 35 tics a second from CLOCK_MONOTONIC.
 */
#include <time.h>

#include "i_timer.h"
#include "platform.h"

static unsigned start_ms;

unsigned platform_now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (unsigned)ts.tv_sec * 1000u + (unsigned)(ts.tv_nsec / 1000000);
}

void I_InitTimer(void)
{
	start_ms = platform_now_ms();
}

int I_GetTimeMS(void)
{
	return (int)(platform_now_ms() - start_ms);
}

/* Tics since start; 64-bit so that ms * 35 never wraps. */
int I_GetTime(void)
{
	return (int)((unsigned long long)I_GetTimeMS() * TICRATE / 1000);
}

void I_Sleep(int ms)
{
	struct timespec ts = { ms / 1000, (ms % 1000) * 1000000L };

	nanosleep(&ts, NULL);
}

void I_WaitVBL(int count)
{
	I_Sleep(count * 1000 / 70);
}
