/*
 * Nintendo 64 high-level boot: what the PIF leaves before IPL3 runs
 *
 * On the console the VR4300 starts at its reset vector 0xBFC00000, in the
 * PIF's boot ROM.  That code (IPL1 and IPL2) sets up domain 1 of the PI
 * from the first word of the cartridge, copies the cartridge's first 4 KiB
 * (header and IPL3) to SP DMEM, checks IPL3 against the CIC and jumps to
 * it at 0xA4000040 with
 *     s3 = ROM type (0 cartridge), s4 = TV type (1 NTSC),
 *     s5 = reset type (0 cold), s6 = CIC seed (0x3F for a 6102),
 *     s7 = version (0), sp = 0xA4001FF0, Status = 0x34000000.
 * IPL3 then initialises RDRAM and stores its size at 0x80000318.
 *
 * The model does the copying and the PI set-up itself at reset, stores the
 * RDRAM size at 0x318 as emulators' high-level boots do (an IPL3 that does
 * not initialise RDRAM, like Lin64's, finds it there), and puts in the PIF
 * ROM the few instructions that load those registers and jump to IPL3.
 * The CIC check and the PIF's 5-second boot-termination watchdog are not
 * modelled.  See docs/boot-handoff.md and docs/emu.md in Lin64.
 *
 * Copyright (c) The Lin64 authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#include "qemu/osdep.h"
#include "qemu/bswap.h"
#include "qapi/error.h"
#include "exec/address-spaces.h"
#include "exec/memory.h"
#include "hw/n64/n64.h"
#include "trace.h"

/* What IPL2 copies to DMEM: header and IPL3 */
#define N64_BOOT_COPY_SIZE      0x1000
/* PI_BSD_DOM1_LAT; PWD, PGS and RLS follow */
#define N64_PI_BSD_DOM1_LAT     (N64_PI_BASE + 0x14)

enum {
    BOOT_ROM_TYPE = 0,      /* cartridge */
    BOOT_TV_TYPE = 1,       /* NTSC */
    BOOT_RESET_TYPE = 0,    /* cold */
    BOOT_CIC_SEED = 0x3F,   /* CIC-NUS-6102 */
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

static const uint32_t pif_boot_stub[] = {
    LUI(REG_T0, N64_BOOT_STATUS >> 16),
    ORI(REG_T0, REG_T0, N64_BOOT_STATUS),
    MTC0(REG_T0, CP0_STATUS),
    ORI(REG_S3, 0, BOOT_ROM_TYPE),
    ORI(REG_S4, 0, BOOT_TV_TYPE),
    ORI(REG_S5, 0, BOOT_RESET_TYPE),
    ORI(REG_S6, 0, BOOT_CIC_SEED),
    ORI(REG_S7, 0, BOOT_VERSION),
    LUI(REG_SP, N64_BOOT_STACK >> 16),
    ORI(REG_SP, REG_SP, N64_BOOT_STACK),
    LUI(REG_T0, N64_IPL3_ENTRY >> 16),
    ORI(REG_T0, REG_T0, N64_IPL3_ENTRY),
    JR(REG_T0),
    NOP,
};

/* Maps the PIF ROM, holding the stub, at the CPU's reset vector. */
void n64_boot_init(MemoryRegion *sysmem, Object *owner)
{
    MemoryRegion *rom = g_new(MemoryRegion, 1);
    uint8_t *p;
    int i;

    memory_region_init_rom(rom, owner, "n64.pif-rom", N64_PIF_ROM_SIZE,
                           &error_fatal);
    p = memory_region_get_ram_ptr(rom);
    memset(p, 0, N64_PIF_ROM_SIZE);
    for (i = 0; i < ARRAY_SIZE(pif_boot_stub); i++) {
        stl_be_p(p + 4 * i, pif_boot_stub[i]);
    }
    memory_region_add_subregion(sysmem, N64_PIF_ROM_BASE, rom);
}

/* What IPL2 and IPL3 leave in the machine; run after the devices reset. */
void n64_boot_reset(uint64_t ram_size)
{
    AddressSpace *as = &address_space_memory;
    MemTxAttrs attrs = MEMTXATTRS_UNSPECIFIED;
    uint8_t ipl3[N64_BOOT_COPY_SIZE];
    uint32_t pi_config;

    /* The cartridge through the PI, as IPL2 reads it. */
    address_space_read(as, N64_CART_ROM_BASE, attrs, ipl3, sizeof(ipl3));
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
    address_space_stl_be(as, N64_RDRAM_BASE + N64_BOOT_MEM_SIZE, ram_size,
                         attrs, NULL);
    trace_n64_boot(pi_config, ram_size);
}
