/*
 * Nintendo 64 PIF: the boot ROM, the CIC check and the boot watchdog
 *
 * On the console the VR4300 starts at its reset vector 0xBFC00000, in the
 * PIF's boot ROM.  That code (IPL1 and IPL2) sets up domain 1 of the PI
 * from the first word of the cartridge, copies the cartridge's first 4 KiB
 * (header and IPL3) to SP DMEM, checks IPL3 against the CIC and jumps to
 * it at 0xA4000040 with
 *     s3 = ROM type (0 cartridge), s4 = TV type (0 PAL, 1 NTSC, 2 MPAL),
 *     s5 = reset type (0 cold), s6 = CIC seed (0x3F for a 6102),
 *     s7 = version (0), sp = 0xA4001FF0, Status = 0x34000000.
 * IPL3 then initialises RDRAM, stores its size at 0x80000318 and, within
 * 5 seconds, sets the boot-termination bit in PIF RAM, or the PIF halts
 * the console.
 *
 * The model does the copying and the PI set-up itself at reset and puts
 * in the boot ROM the few instructions that load those registers and
 * jump to IPL3.  Two ways to boot:
 *   high level (default)  RDRAM works at once and its size is at 0x318,
 *                         as emulators' high-level boots leave it;
 *   strict (pif=strict)   as a console: the IPL2 checksum of ROM
 *                         0x40-0xFFF must match the CIC's (cic=none skips
 *                         only that check), RDRAM answers once IPL3 has
 *                         set up the RI, nothing is stored at 0x318, and
 *                         IPL3 has 5 s to end the boot.
 * A strict boot that fails says why on stderr and powers the machine off,
 * where a console would sit with a black screen.
 *
 * Copyright (c) The Lin64 authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#include "qemu/osdep.h"
#include "qemu/bswap.h"
#include "qemu/error-report.h"
#include "qemu/module.h"
#include "qapi/error.h"
#include "exec/address-spaces.h"
#include "hw/irq.h"
#include "hw/qdev-properties.h"
#include "hw/n64/n64.h"
#include "hw/n64/n64_pif.h"
#include "hw/n64/ipl3sum.h"
#include "migration/vmstate.h"
#include "sysemu/runstate.h"
#include "trace.h"

/* What IPL2 copies to DMEM: header and IPL3 */
#define N64_BOOT_COPY_SIZE      0x1000
/* PI_BSD_DOM1_LAT; PWD, PGS and RLS follow */
#define N64_PI_BSD_DOM1_LAT     (N64_PI_BASE + 0x14)
#define PIF_BOOT_TIMEOUT_NS     (5 * NANOSECONDS_PER_SECOND)
#define PIF_DEFAULT_CIC         6102

enum {
    BOOT_ROM_TYPE = 0,      /* cartridge */
    BOOT_RESET_TYPE = 0,    /* cold */
    BOOT_VERSION = 0,
};

/* The few MIPS instructions the stub needs. */
#define REG_T0      8
#define REG_S3      19
#define REG_S4      20
#define REG_S5      21
#define REG_S6      22
#define REG_S7      23
#define REG_SP      29
#define CP0_STATUS  12

#define LUI(rt, imm)        (0x3C000000 | (rt) << 16 | ((imm) & 0xFFFF))
#define ORI(rt, rs, imm)    (0x34000000 | (rs) << 21 | (rt) << 16 | \
                             ((imm) & 0xFFFF))
#define MTC0(rt, rd)        (0x40800000 | (rt) << 16 | (rd) << 11)
#define JR(rs)              (0x00000008 | (rs) << 21)
#define NOP                 0x00000000

static uint8_t pif_seed(N64PIFState *s)
{
    const struct ipl3sum_cic *cic = ipl3sum_find_cic(s->cic ?: PIF_DEFAULT_CIC);

    return cic->seed;
}

/* Writes the stub that loads IPL3's registers and jumps to it. */
static void pif_write_stub(N64PIFState *s)
{
    const uint32_t stub[] = {
        LUI(REG_T0, N64_BOOT_STATUS >> 16),
        ORI(REG_T0, REG_T0, N64_BOOT_STATUS),
        MTC0(REG_T0, CP0_STATUS),
        ORI(REG_S3, 0, BOOT_ROM_TYPE),
        ORI(REG_S4, 0, s->tv),
        ORI(REG_S5, 0, BOOT_RESET_TYPE),
        ORI(REG_S6, 0, pif_seed(s)),
        ORI(REG_S7, 0, BOOT_VERSION),
        LUI(REG_SP, N64_BOOT_STACK >> 16),
        ORI(REG_SP, REG_SP, N64_BOOT_STACK),
        LUI(REG_T0, N64_IPL3_ENTRY >> 16),
        ORI(REG_T0, REG_T0, N64_IPL3_ENTRY),
        JR(REG_T0),
        NOP,
    };
    uint8_t *p = memory_region_get_ram_ptr(&s->rom);
    int i;

    memset(p, 0, N64_PIF_ROM_SIZE);
    for (i = 0; i < ARRAY_SIZE(stub); i++) {
        stl_be_p(p + 4 * i, stub[i]);
    }
}

static void pif_halt(const char *why)
{
    error_report("n64-pif: %s: the console halts", why);
    qemu_system_shutdown_request(SHUTDOWN_CAUSE_GUEST_PANIC);
}

/* IPL2's check of IPL3 against the CIC: false when the PIF would halt. */
static bool pif_check_cic(N64PIFState *s, const uint8_t *ipl3)
{
    const struct ipl3sum_cic *cic;
    g_autofree char *why = NULL;
    uint64_t sum;

    if (!s->cic) {
        return true;
    }
    cic = ipl3sum_find_cic(s->cic);
    sum = ipl3sum_checksum(ipl3 + IPL3SUM_ROM_OFFSET, cic->seed);
    trace_n64_pif_checksum(cic->number, sum, cic->checksum);
    if (sum == cic->checksum) {
        return true;
    }
    why = g_strdup_printf("the boot code's checksum 0x%012" PRIx64 " is not "
                          "CIC %s's 0x%012" PRIx64, sum, cic->name,
                          cic->checksum);
    pif_halt(why);
    return false;
}

static void pif_watchdog_expired(void *opaque)
{
    pif_halt("the boot code did not end the boot (bit 3 of PIF RAM byte "
             "0x3F) within 5 seconds");
}

static void pif_boot_done(void *opaque, int n, int level)
{
    N64PIFState *s = N64_PIF(opaque);

    if (level && !s->booted) {
        s->booted = true;
        timer_del(s->watchdog);
        trace_n64_pif_boot_done(qemu_clock_get_ns(QEMU_CLOCK_VIRTUAL));
    }
}

void n64_pif_boot(N64PIFState *s)
{
    AddressSpace *as = &address_space_memory;
    MemTxAttrs attrs = MEMTXATTRS_UNSPECIFIED;
    uint8_t ipl3[N64_BOOT_COPY_SIZE];
    uint32_t pi_config;

    /* The cartridge through the PI, as IPL2 reads it. */
    address_space_read(as, N64_CART_ROM_BASE, attrs, ipl3, sizeof(ipl3));
    if (s->strict && !pif_check_cic(s, ipl3)) {
        return;
    }
    pi_config = ldl_be_p(ipl3);
    address_space_stl_be(as, N64_PI_BSD_DOM1_LAT, pi_config & 0xFF,
                         attrs, NULL);
    address_space_stl_be(as, N64_PI_BSD_DOM1_LAT + 4, (pi_config >> 8) & 0xFF,
                         attrs, NULL);
    address_space_stl_be(as, N64_PI_BSD_DOM1_LAT + 8, (pi_config >> 16) & 0xF,
                         attrs, NULL);
    address_space_stl_be(as, N64_PI_BSD_DOM1_LAT + 12, (pi_config >> 20) & 0x3,
                         attrs, NULL);
    address_space_write(as, N64_SP_MEM_BASE, attrs, ipl3, sizeof(ipl3));
    if (s->strict) {
        timer_mod(s->watchdog, qemu_clock_get_ns(QEMU_CLOCK_VIRTUAL) +
                  PIF_BOOT_TIMEOUT_NS);
    } else {
        address_space_stl_be(as, N64_RDRAM_BASE + N64_BOOT_MEM_SIZE,
                             s->ram_size, attrs, NULL);
    }
    trace_n64_pif_boot(s->strict, pi_config, s->tv, s->ram_size);
}

static void n64_pif_reset(DeviceState *dev)
{
    N64PIFState *s = N64_PIF(dev);

    s->booted = false;
    timer_del(s->watchdog);
}

static void n64_pif_realize(DeviceState *dev, Error **errp)
{
    ERRP_GUARD();
    N64PIFState *s = N64_PIF(dev);

    if (s->cic && !ipl3sum_find_cic(s->cic)) {
        error_setg(errp, "n64-pif: unknown CIC %u: use 6101, 6102, 6103, "
                   "6105, 6106 (or their 71xx numbers), or none", s->cic);
        return;
    }
    if (s->tv > N64_TV_MPAL) {
        error_setg(errp, "n64-pif: TV type %u: use 0 (PAL), 1 (NTSC) or "
                   "2 (MPAL)", s->tv);
        return;
    }
    memory_region_init_rom(&s->rom, OBJECT(s), "n64.pif-rom",
                           N64_PIF_ROM_SIZE, errp);
    if (*errp) {
        return;
    }
    pif_write_stub(s);
    sysbus_init_mmio(SYS_BUS_DEVICE(s), &s->rom);
    s->watchdog = timer_new_ns(QEMU_CLOCK_VIRTUAL, pif_watchdog_expired, s);
}

static void n64_pif_init(Object *obj)
{
    qdev_init_gpio_in_named(DEVICE(obj), pif_boot_done, N64_PIF_BOOT_DONE, 1);
}

static Property n64_pif_properties[] = {
    DEFINE_PROP_BOOL("strict", N64PIFState, strict, false),
    DEFINE_PROP_UINT32("cic", N64PIFState, cic, PIF_DEFAULT_CIC),
    DEFINE_PROP_UINT8("tv", N64PIFState, tv, N64_TV_NTSC),
    DEFINE_PROP_UINT64("ram-size", N64PIFState, ram_size, 8 * MiB),
    DEFINE_PROP_END_OF_LIST(),
};

static const VMStateDescription vmstate_n64_pif = {
    .name = TYPE_N64_PIF,
    .version_id = 1,
    .minimum_version_id = 1,
    .fields = (VMStateField[]) {
        VMSTATE_BOOL(booted, N64PIFState),
        VMSTATE_TIMER_PTR(watchdog, N64PIFState),
        VMSTATE_END_OF_LIST()
    }
};

static void n64_pif_class_init(ObjectClass *oc, void *data)
{
    DeviceClass *dc = DEVICE_CLASS(oc);

    dc->desc = "N64 PIF boot ROM, CIC check and boot watchdog";
    dc->realize = n64_pif_realize;
    dc->reset = n64_pif_reset;
    dc->vmsd = &vmstate_n64_pif;
    dc->user_creatable = false;
    device_class_set_props(dc, n64_pif_properties);
}

static const TypeInfo n64_pif_info = {
    .name = TYPE_N64_PIF,
    .parent = TYPE_SYS_BUS_DEVICE,
    .instance_size = sizeof(N64PIFState),
    .instance_init = n64_pif_init,
    .class_init = n64_pif_class_init,
};

static void n64_pif_register_types(void)
{
    type_register_static(&n64_pif_info);
}

type_init(n64_pif_register_types)
