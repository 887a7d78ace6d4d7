/* SPDX-License-Identifier: MIT */
/*
 * lin64/mark.h - markers for the VR4300 cost model (docs/perf.md).
 *
 * LIN64_MARK(n) is `ori $zero, $zero, n`: a no-op on the console, which
 * the cost model (emu/plugins/vr4300-cost.c) reports with the cycles up
 * to it, so a benchmark can measure from one marker to another.  n is a
 * constant from 0 to 65535; Lin64's own programs use 0x4c00 and up.
 */
#ifndef LIN64_MARK_H
#define LIN64_MARK_H

#define LIN64_MARK_INIT_READY	0x4c00	/* lin64-init, before its ready line */
#define LIN64_MARK_LAUNCHER_READY 0x4c01 /* the launcher's first frame drawn */

#if defined(__mips__)
#define LIN64_MARK(n) __asm__ volatile("ori $zero, $zero, %0" : : "i"(n))
#else
#define LIN64_MARK(n) ((void)0)	/* host builds of the same code */
#endif

#endif
