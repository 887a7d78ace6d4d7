/* SPDX-License-Identifier: MIT */
/*
 * platform.h - what the parts of Lin64's platform layer for Chocolate
 * Doom (games/doom/i_*.c) tell each other.  The engine sees only its own
 * i_*.h interfaces.
 */
#ifndef LIN64_DOOM_PLATFORM_H
#define LIN64_DOOM_PLATFORM_H

/* Show @msg on the screen (opening it if need be), for errors that end
 * the program: a console has no terminal to read them on. */
void video_show_error(const char *msg);

/* Read the controllers and post their events (called every tic). */
void input_init(void);
void input_poll(void);
void input_close(void);

/* A monotonic clock in milliseconds. */
unsigned platform_now_ms(void);

#endif
