/*
 * Nintendo 64 Audio Interface (AI)
 *
 * Copyright (c) The Lin64 authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#ifndef HW_N64_AI_H
#define HW_N64_AI_H

#include "audio/audio.h"
#include "exec/memory.h"
#include "hw/sysbus.h"
#include "qemu/fifo8.h"
#include "qemu/timer.h"
#include "qom/object.h"

#define TYPE_N64_AI "n64-ai"
OBJECT_DECLARE_SIMPLE_TYPE(N64AIState, N64_AI)

#define N64_AI_FIFO_DEPTH 2

typedef struct N64AIBuffer {
    uint32_t addr;
    uint32_t len;
} N64AIBuffer;

struct N64AIState {
    SysBusDevice parent_obj;

    MemoryRegion iomem;
    MemoryRegion *dram;                 /* link: RDRAM, for AI DMA */
    AddressSpace dram_as;
    qemu_irq irq;                       /* to the MI */
    QEMUTimer *buffer_end;              /* the playing buffer runs out */
    QEMUSoundCard card;
    SWVoiceOut *voice;
    Fifo8 pcm;                          /* samples on their way to the host */
    uint32_t clock_hz;                  /* property: the VI clock */

    uint32_t dram_addr;                 /* AI_DRAM_ADDR, for the next write */
    uint32_t dacrate;                   /* AI_DACRATE */
    uint32_t bitrate;                   /* AI_BITRATE */
    bool dma_enabled;                   /* AI_CONTROL bit 0 */
    bool intr;
    uint32_t queued;                    /* buffers in fifo[], 0 to 2 */
    N64AIBuffer fifo[N64_AI_FIFO_DEPTH];    /* [0] plays */
    int64_t started_ns;                 /* when fifo[0] began to play */
    uint32_t voice_rate;                /* the host voice's sample rate */
};

#endif /* HW_N64_AI_H */
