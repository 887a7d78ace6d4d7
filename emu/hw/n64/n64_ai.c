/*
 * Nintendo 64 Audio Interface (AI)
 *
 * The AI plays 16-bit big-endian stereo samples from RDRAM at
 * VI clock / (AI_DACRATE + 1) samples a second.  Its DMA has a two-entry
 * queue: writing AI_LENGTH queues the buffer at AI_DRAM_ADDR; a buffer
 * starts playing when the one before runs out (or, queued while DMA was
 * off, when AI_CONTROL turns it on: Linux's snd-n64 queues its first
 * buffer before it enables DMA), and the AI interrupt fires
 * as each buffer *starts*, telling software there is room to queue the
 * next (n64brew "Audio Interface").
 *
 * Registers, mirrored through the AI's 1 MiB:
 *   0x00 AI_DRAM_ADDR (W)  0x04 AI_LENGTH (R: bytes left to play)
 *   0x08 AI_CONTROL (W: bit 0 DMA enable)
 *   0x0C AI_STATUS (R: 31 full, 30 busy, 25 enabled, 0 full; W: ack)
 *   0x10 AI_DACRATE (W)    0x14 AI_BITRATE (W)
 *
 * Timing runs on the virtual clock, so what the guest sees (interrupts,
 * AI_LENGTH) is the same on every run under -icount.  The samples also go
 * to QEMU's audio back end (-audiodev) through a small queue; when the
 * host falls behind, the oldest samples are dropped, never the guest's
 * timing.
 *
 * Copyright (c) The Lin64 authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#include "qemu/osdep.h"
#include "qemu/log.h"
#include "qemu/module.h"
#include "qapi/error.h"
#include "hw/irq.h"
#include "hw/qdev-properties.h"
#include "hw/n64/n64.h"
#include "hw/n64/n64_ai.h"
#include "migration/vmstate.h"
#include "trace.h"

#define AI_DRAM_ADDR            0x00
#define AI_LENGTH               0x04
#define AI_CONTROL              0x08
#define AI_STATUS               0x0C
#define AI_DACRATE              0x10
#define AI_BITRATE              0x14

#define AI_STATUS_FULL          (1u << 31 | 1u << 0)
#define AI_STATUS_BUSY          (1u << 30)
#define AI_STATUS_ENABLED       (1u << 25)
#define AI_DRAM_ADDR_MASK       0xFFFFF8
#define AI_LENGTH_MASK          0x3FFF8
#define AI_DACRATE_MASK         0x3FFF
#define AI_BITRATE_MASK         0xF
#define AI_FRAME_BYTES          4       /* one stereo sample */
#define AI_NTSC_VI_CLOCK_HZ     48681812
#define AI_HOST_QUEUE           (64 * KiB)

static uint32_t ai_rate(N64AIState *s)
{
    return s->clock_hz / (s->dacrate + 1);
}

static int64_t ai_buffer_ns(N64AIState *s, uint32_t len)
{
    return muldiv64(len / AI_FRAME_BYTES, NANOSECONDS_PER_SECOND, ai_rate(s));
}

static void ai_update_irq(N64AIState *s)
{
    qemu_set_irq(s->irq, s->intr);
}

/* Hands the host as many queued samples as it takes now. */
static void ai_feed_host(void *opaque, int avail)
{
    N64AIState *s = N64_AI(opaque);

    while (avail > 0 && !fifo8_is_empty(&s->pcm)) {
        uint32_t n;
        /* fifo8_pop_buf() takes no more than the fifo holds. */
        const uint8_t *p = fifo8_pop_buf(&s->pcm,
                                         MIN((uint32_t)avail,
                                             fifo8_num_used(&s->pcm)), &n);

        n = AUD_write(s->voice, (void *)p, n);
        if (!n) {
            break;
        }
        avail -= n;
    }
}

/* Reopens the host voice when the guest picks another sample rate. */
static void ai_open_voice(N64AIState *s)
{
    struct audsettings as = {
        .freq = ai_rate(s),
        .nchannels = 2,
        .fmt = AUDIO_FORMAT_S16,
        .endianness = 1,        /* big-endian, as the AI reads RDRAM */
    };

    if (s->voice && s->voice_rate == as.freq) {
        return;
    }
    s->voice = AUD_open_out(&s->card, s->voice, "n64.ai", s, ai_feed_host,
                            &as);
    s->voice_rate = as.freq;
    if (s->voice) {
        AUD_set_active_out(s->voice, true);
    }
}

/* Copies a buffer's samples towards the host, dropping the oldest. */
static void ai_queue_samples(N64AIState *s, const N64AIBuffer *b)
{
    uint8_t chunk[1024];
    uint32_t done = 0;

    ai_open_voice(s);
    while (done < b->len) {
        uint32_t n = MIN(sizeof(chunk), b->len - done);
        uint32_t ignored;

        address_space_read(&s->dram_as, b->addr + done,
                           MEMTXATTRS_UNSPECIFIED, chunk, n);
        while (fifo8_num_free(&s->pcm) < n) {
            fifo8_pop_buf(&s->pcm, n - fifo8_num_free(&s->pcm), &ignored);
        }
        fifo8_push_all(&s->pcm, chunk, n);
        done += n;
    }
}

/* fifo[0] begins to play: interrupt, and time its end. */
static void ai_start_buffer(N64AIState *s)
{
    s->started_ns = qemu_clock_get_ns(QEMU_CLOCK_VIRTUAL);
    timer_mod(s->buffer_end, s->started_ns + ai_buffer_ns(s, s->fifo[0].len));
    trace_n64_ai_start(s->fifo[0].addr, s->fifo[0].len, ai_rate(s));
    ai_queue_samples(s, &s->fifo[0]);
    s->intr = true;
    ai_update_irq(s);
}

static void ai_buffer_end(void *opaque)
{
    N64AIState *s = N64_AI(opaque);

    s->fifo[0] = s->fifo[1];
    s->queued--;
    if (s->queued) {
        ai_start_buffer(s);
    }
}

static void ai_queue(N64AIState *s, uint32_t len)
{
    if (!len) {
        return;
    }
    if (s->queued == N64_AI_FIFO_DEPTH) {
        qemu_log_mask(LOG_GUEST_ERROR, "n64-ai: AI_LENGTH written with the "
                      "queue full; buffer dropped\n");
        return;
    }
    s->fifo[s->queued].addr = s->dram_addr;
    s->fifo[s->queued].len = len;
    if (s->queued++ == 0 && s->dma_enabled) {
        ai_start_buffer(s);
    }
}

static void ai_set_control(N64AIState *s, bool dma_enabled)
{
    bool was_enabled = s->dma_enabled;

    s->dma_enabled = dma_enabled;
    if (dma_enabled && !was_enabled && s->queued &&
        !timer_pending(s->buffer_end)) {
        ai_start_buffer(s);
    }
}

/* Bytes of the playing buffer not yet played. */
static uint32_t ai_length_left(N64AIState *s)
{
    int64_t played_ns = qemu_clock_get_ns(QEMU_CLOCK_VIRTUAL) - s->started_ns;
    uint64_t played;

    if (!s->queued) {
        return 0;
    }
    played = muldiv64(played_ns, ai_rate(s), NANOSECONDS_PER_SECOND) *
             AI_FRAME_BYTES;
    return played >= s->fifo[0].len ? 0
                                     : (s->fifo[0].len - played) & ~7u;
}

static uint64_t n64_ai_read(void *opaque, hwaddr offset, unsigned size)
{
    N64AIState *s = N64_AI(opaque);
    uint32_t val = 0;

    offset &= 0xFFFFC;
    switch (offset) {
    case AI_STATUS:
        val = (s->queued == N64_AI_FIFO_DEPTH ? AI_STATUS_FULL : 0) |
              (s->queued ? AI_STATUS_BUSY : 0) |
              (s->dma_enabled ? AI_STATUS_ENABLED : 0);
        break;
    default:
        /* The write-only registers read as AI_LENGTH. */
        val = ai_length_left(s);
        break;
    }
    trace_n64_ai_read(offset, val);
    return val;
}

static void n64_ai_write(void *opaque, hwaddr offset, uint64_t value,
                         unsigned size)
{
    N64AIState *s = N64_AI(opaque);

    offset &= 0xFFFFC;
    trace_n64_ai_write(offset, value);
    switch (offset) {
    case AI_DRAM_ADDR:
        s->dram_addr = value & AI_DRAM_ADDR_MASK;
        break;
    case AI_LENGTH:
        ai_queue(s, value & AI_LENGTH_MASK);
        break;
    case AI_CONTROL:
        ai_set_control(s, value & 1);
        break;
    case AI_STATUS:
        s->intr = false;
        ai_update_irq(s);
        break;
    case AI_DACRATE:
        s->dacrate = value & AI_DACRATE_MASK;
        break;
    case AI_BITRATE:
        s->bitrate = value & AI_BITRATE_MASK;
        break;
    default:
        qemu_log_mask(LOG_UNIMP, "n64-ai: write 0x%" PRIx64 " at offset 0x%"
                      HWADDR_PRIx "\n", value, offset);
        break;
    }
}

static const MemoryRegionOps n64_ai_ops = {
    .read = n64_ai_read,
    .write = n64_ai_write,
    .endianness = DEVICE_BIG_ENDIAN,
    .valid.min_access_size = 1,
    .valid.max_access_size = 8,
    .impl.min_access_size = 4,
    .impl.max_access_size = 4,
};

static void n64_ai_reset(DeviceState *dev)
{
    N64AIState *s = N64_AI(dev);

    timer_del(s->buffer_end);
    fifo8_reset(&s->pcm);
    s->dram_addr = 0;
    s->dacrate = 0;
    s->bitrate = 0;
    s->dma_enabled = false;
    s->queued = 0;
    s->intr = false;
    qemu_irq_lower(s->irq);
}

static void n64_ai_realize(DeviceState *dev, Error **errp)
{
    N64AIState *s = N64_AI(dev);

    if (!s->dram) {
        error_setg(errp, "n64-ai: the 'dram' link must be set");
        return;
    }
    address_space_init(&s->dram_as, s->dram, "n64.ai-dram");
    AUD_register_card("n64-ai", &s->card);
    fifo8_create(&s->pcm, AI_HOST_QUEUE);
    s->buffer_end = timer_new_ns(QEMU_CLOCK_VIRTUAL, ai_buffer_end, s);
}

static void n64_ai_init(Object *obj)
{
    N64AIState *s = N64_AI(obj);

    memory_region_init_io(&s->iomem, obj, &n64_ai_ops, s, "n64.ai",
                          N64_RCP_BLOCK_SIZE);
    sysbus_init_mmio(SYS_BUS_DEVICE(obj), &s->iomem);
    sysbus_init_irq(SYS_BUS_DEVICE(obj), &s->irq);
}

static Property n64_ai_properties[] = {
    DEFINE_AUDIO_PROPERTIES(N64AIState, card),
    DEFINE_PROP_LINK("dram", N64AIState, dram, TYPE_MEMORY_REGION,
                     MemoryRegion *),
    DEFINE_PROP_UINT32("clock-hz", N64AIState, clock_hz, AI_NTSC_VI_CLOCK_HZ),
    DEFINE_PROP_END_OF_LIST(),
};

static const VMStateDescription vmstate_n64_ai_buffer = {
    .name = "n64-ai-buffer",
    .version_id = 1,
    .minimum_version_id = 1,
    .fields = (VMStateField[]) {
        VMSTATE_UINT32(addr, N64AIBuffer),
        VMSTATE_UINT32(len, N64AIBuffer),
        VMSTATE_END_OF_LIST()
    }
};

static const VMStateDescription vmstate_n64_ai = {
    .name = TYPE_N64_AI,
    .version_id = 1,
    .minimum_version_id = 1,
    .fields = (VMStateField[]) {
        VMSTATE_UINT32(dram_addr, N64AIState),
        VMSTATE_UINT32(dacrate, N64AIState),
        VMSTATE_UINT32(bitrate, N64AIState),
        VMSTATE_BOOL(dma_enabled, N64AIState),
        VMSTATE_BOOL(intr, N64AIState),
        VMSTATE_UINT32(queued, N64AIState),
        VMSTATE_STRUCT_ARRAY(fifo, N64AIState, N64_AI_FIFO_DEPTH, 1,
                             vmstate_n64_ai_buffer, N64AIBuffer),
        VMSTATE_INT64(started_ns, N64AIState),
        VMSTATE_TIMER_PTR(buffer_end, N64AIState),
        VMSTATE_END_OF_LIST()
    }
};

static void n64_ai_class_init(ObjectClass *oc, void *data)
{
    DeviceClass *dc = DEVICE_CLASS(oc);

    dc->desc = "N64 Audio Interface";
    dc->realize = n64_ai_realize;
    dc->reset = n64_ai_reset;
    dc->vmsd = &vmstate_n64_ai;
    dc->user_creatable = false;
    device_class_set_props(dc, n64_ai_properties);
}

static const TypeInfo n64_ai_info = {
    .name = TYPE_N64_AI,
    .parent = TYPE_SYS_BUS_DEVICE,
    .instance_size = sizeof(N64AIState),
    .instance_init = n64_ai_init,
    .class_init = n64_ai_class_init,
};

static void n64_ai_register_types(void)
{
    type_register_static(&n64_ai_info);
}

type_init(n64_ai_register_types)
