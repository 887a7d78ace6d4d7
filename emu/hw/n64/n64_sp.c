/*
 * Nintendo 64 Signal Processor (SP)
 *
 * The RSP's 4 KiB data memory (DMEM) and 4 KiB instruction memory (IMEM),
 * mirrored through 0x04000000-0x0403FFFF, its DMA engine between them and
 * RDRAM, and its status registers.  The boot chain runs its first code
 * from DMEM (IPL3 at 0xA4000040).
 *
 * Registers (n64brew "RSP"), mirrored every 32 bytes from 0x04040000:
 *   0x00 SP_DMA_SPADDR     DMEM/IMEM address (bit 12 selects IMEM)
 *   0x04 SP_DMA_RAMADDR    RDRAM address
 *   0x08 SP_DMA_RDLEN      write: DMA RDRAM -> DMEM/IMEM
 *   0x0C SP_DMA_WRLEN      write: DMA DMEM/IMEM -> RDRAM
 *                          (length - 1 in bits 11:0, rows - 1 in 19:12,
 *                          RDRAM bytes skipped after each row in 31:20)
 *   0x10 SP_STATUS         read: halt, broke, DMA, signals; write: set/clear
 *   0x14 SP_DMA_FULL, 0x18 SP_DMA_BUSY
 *   0x1C SP_SEMAPHORE      reads 0 then 1 until written
 * and SP_PC at 0x04080000.
 *
 * The RSP itself is not emulated: it stays halted.  When software starts it
 * (clears SP_STATUS.halt) the model logs LOG_UNIMP and the RSP stops again
 * at once as if it had run a BREAK, raising the SP interrupt if asked to,
 * so that code which waits for a task does not hang.  DMAs are done at once.
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
#include "hw/n64/n64_sp.h"
#include "migration/vmstate.h"
#include "trace.h"

#define SP_DMA_SPADDR           0x00
#define SP_DMA_RAMADDR          0x04
#define SP_DMA_RDLEN            0x08
#define SP_DMA_WRLEN            0x0C
#define SP_STATUS               0x10
#define SP_DMA_FULL             0x14
#define SP_DMA_BUSY             0x18
#define SP_SEMAPHORE            0x1C

/* SP_STATUS as read */
#define SP_STATUS_HALTED        (1 << 0)
#define SP_STATUS_BROKE         (1 << 1)
#define SP_STATUS_SSTEP         (1 << 5)
#define SP_STATUS_INTBREAK      (1 << 6)
#define SP_STATUS_SIG(n)        (1 << (7 + (n)))
/* SP_STATUS as written */
#define SP_WSTATUS_CLR_HALT     (1 << 0)
#define SP_WSTATUS_SET_HALT     (1 << 1)
#define SP_WSTATUS_CLR_BROKE    (1 << 2)
#define SP_WSTATUS_CLR_INTR     (1 << 3)
#define SP_WSTATUS_SET_INTR     (1 << 4)
#define SP_WSTATUS_CLR_SSTEP    (1 << 5)
#define SP_WSTATUS_SET_SSTEP    (1 << 6)
#define SP_WSTATUS_CLR_INTBREAK (1 << 7)
#define SP_WSTATUS_SET_INTBREAK (1 << 8)
#define SP_WSTATUS_CLR_SIG(n)   (1 << (9 + 2 * (n)))
#define SP_WSTATUS_SET_SIG(n)   (1 << (10 + 2 * (n)))

#define SP_MEM_ADDR_MASK        0x1FF8
#define SP_DRAM_ADDR_MASK       0xFFFFF8
#define SP_PC_MASK              0xFFC

static void sp_update_irq(N64SPState *s)
{
    qemu_set_irq(s->irq, s->intr);
}

/*
 * Rows of (len + 1) bytes, 8 at a time, with @skip bytes between rows in
 * RDRAM; the DMEM/IMEM address wraps inside its 4 KiB bank.
 */
static void sp_dma(N64SPState *s, bool to_dram, uint32_t reg)
{
    MemTxAttrs attrs = MEMTXATTRS_UNSPECIFIED;
    uint32_t len = (reg & 0xFFF) | 7;
    uint32_t rows = ((reg >> 12) & 0xFF) + 1;
    uint32_t skip = (reg >> 20) & 0xFF8;
    uint32_t bank = s->mem_addr & 0x1000;
    uint32_t mem = s->mem_addr & 0xFF8;
    uint32_t dram = s->dram_addr & SP_DRAM_ADDR_MASK;
    uint32_t row, i;
    uint8_t buf[8];
    MemTxResult r;

    trace_n64_sp_dma(to_dram ? "sp->rdram" : "rdram->sp", s->mem_addr,
                     s->dram_addr, reg);
    for (row = 0; row < rows; row++) {
        for (i = 0; i <= len; i += 8) {
            if (to_dram) {
                address_space_read(&s->mem_as, bank | mem, attrs, buf, 8);
                r = address_space_write(&s->dram_as, dram, attrs, buf, 8);
            } else {
                r = address_space_read(&s->dram_as, dram, attrs, buf, 8);
                address_space_write(&s->mem_as, bank | mem, attrs, buf, 8);
            }
            if (r != MEMTX_OK) {
                qemu_log_mask(LOG_GUEST_ERROR, "n64-sp: DMA at RDRAM 0x%06x "
                              "is past RDRAM\n", dram);
            }
            mem = (mem + 8) & 0xFF8;
            dram = (dram + 8) & SP_DRAM_ADDR_MASK;
        }
        dram = (dram + skip) & SP_DRAM_ADDR_MASK;
    }
    s->mem_addr = bank | mem;
    s->dram_addr = dram;
    /* Once done, the length reads as 0xFF8 and the count as 0. */
    s->rd_len = s->wr_len = (reg & 0xFFF00000) | 0xFF8;
}

static void sp_write_status(N64SPState *s, uint32_t val)
{
    int n;

    s->status = n64_set_clear(s->status, val, SP_WSTATUS_CLR_HALT,
                             SP_WSTATUS_SET_HALT, SP_STATUS_HALTED);
    if (val & SP_WSTATUS_CLR_BROKE) {
        s->status &= ~SP_STATUS_BROKE;
    }
    if ((val & SP_WSTATUS_CLR_INTR) && !(val & SP_WSTATUS_SET_INTR)) {
        s->intr = false;
    } else if ((val & SP_WSTATUS_SET_INTR) && !(val & SP_WSTATUS_CLR_INTR)) {
        s->intr = true;
    }
    s->status = n64_set_clear(s->status, val, SP_WSTATUS_CLR_SSTEP,
                             SP_WSTATUS_SET_SSTEP, SP_STATUS_SSTEP);
    s->status = n64_set_clear(s->status, val, SP_WSTATUS_CLR_INTBREAK,
                             SP_WSTATUS_SET_INTBREAK, SP_STATUS_INTBREAK);
    for (n = 0; n < 8; n++) {
        s->status = n64_set_clear(s->status, val, SP_WSTATUS_CLR_SIG(n),
                                 SP_WSTATUS_SET_SIG(n), SP_STATUS_SIG(n));
    }
    if (!(s->status & SP_STATUS_HALTED)) {
        qemu_log_mask(LOG_UNIMP, "n64-sp: the RSP is not emulated; the task "
                      "at IMEM 0x%03x stops at once as if it ran BREAK\n",
                      s->pc);
        s->status |= SP_STATUS_HALTED | SP_STATUS_BROKE;
        if (s->status & SP_STATUS_INTBREAK) {
            s->intr = true;
        }
    }
    sp_update_irq(s);
}

static uint64_t n64_sp_read(void *opaque, hwaddr offset, unsigned size)
{
    N64SPState *s = N64_SP(opaque);
    uint32_t val;

    switch (offset & 0x1C) {
    case SP_DMA_SPADDR:
        val = s->mem_addr;
        break;
    case SP_DMA_RAMADDR:
        val = s->dram_addr;
        break;
    case SP_DMA_RDLEN:
        val = s->rd_len;
        break;
    case SP_DMA_WRLEN:
        val = s->wr_len;
        break;
    case SP_STATUS:
        val = s->status;
        break;
    case SP_DMA_FULL:
    case SP_DMA_BUSY:
        val = 0;
        break;
    case SP_SEMAPHORE:
    default:
        val = s->semaphore;
        s->semaphore = 1;
        break;
    }
    trace_n64_sp_read(offset, val);
    return val;
}

static void n64_sp_write(void *opaque, hwaddr offset, uint64_t value,
                         unsigned size)
{
    N64SPState *s = N64_SP(opaque);
    uint32_t val = value;

    trace_n64_sp_write(offset, val);
    switch (offset & 0x1C) {
    case SP_DMA_SPADDR:
        s->mem_addr = val & SP_MEM_ADDR_MASK;
        break;
    case SP_DMA_RAMADDR:
        s->dram_addr = val & SP_DRAM_ADDR_MASK;
        break;
    case SP_DMA_RDLEN:
        sp_dma(s, false, val);
        break;
    case SP_DMA_WRLEN:
        sp_dma(s, true, val);
        break;
    case SP_STATUS:
        sp_write_status(s, val);
        break;
    case SP_DMA_FULL:
    case SP_DMA_BUSY:
        qemu_log_mask(LOG_GUEST_ERROR, "n64-sp: write 0x%08x to read-only "
                      "register at offset 0x%" HWADDR_PRIx "\n", val, offset);
        break;
    case SP_SEMAPHORE:
    default:
        s->semaphore = 0;
        break;
    }
}

static const MemoryRegionOps n64_sp_ops = {
    .read = n64_sp_read,
    .write = n64_sp_write,
    .endianness = DEVICE_BIG_ENDIAN,
    .valid.min_access_size = 1,
    .valid.max_access_size = 8,
    .impl.min_access_size = 4,
    .impl.max_access_size = 4,
};

/* SP_PC at +0 and SP_IBIST at +4, mirrored */
static uint64_t n64_sp_pc_read(void *opaque, hwaddr offset, unsigned size)
{
    N64SPState *s = N64_SP(opaque);

    if (offset & 4) {
        qemu_log_mask(LOG_UNIMP, "n64-sp: SP_IBIST reads as 0\n");
        return 0;
    }
    return s->pc;
}

static void n64_sp_pc_write(void *opaque, hwaddr offset, uint64_t value,
                            unsigned size)
{
    N64SPState *s = N64_SP(opaque);

    if (offset & 4) {
        qemu_log_mask(LOG_UNIMP, "n64-sp: SP_IBIST write 0x%" PRIx64
                      " ignored\n", value);
        return;
    }
    if (!(s->status & SP_STATUS_HALTED)) {
        qemu_log_mask(LOG_GUEST_ERROR, "n64-sp: SP_PC written while the RSP "
                      "runs\n");
    }
    s->pc = value & SP_PC_MASK;
}

static const MemoryRegionOps n64_sp_pc_ops = {
    .read = n64_sp_pc_read,
    .write = n64_sp_pc_write,
    .endianness = DEVICE_BIG_ENDIAN,
    .valid.min_access_size = 1,
    .valid.max_access_size = 8,
    .impl.min_access_size = 4,
    .impl.max_access_size = 4,
};

static void n64_sp_reset(DeviceState *dev)
{
    N64SPState *s = N64_SP(dev);

    s->mem_addr = 0;
    s->dram_addr = 0;
    s->rd_len = s->wr_len = 0;
    s->status = SP_STATUS_HALTED;
    s->semaphore = 0;
    s->pc = 0;
    s->intr = false;
    sp_update_irq(s);
}

static void n64_sp_realize(DeviceState *dev, Error **errp)
{
    ERRP_GUARD();
    N64SPState *s = N64_SP(dev);
    int i;

    if (!s->dram) {
        error_setg(errp, "n64-sp: the 'dram' link must be set");
        return;
    }
    memory_region_init_ram(&s->mem, OBJECT(s), "n64.sp-mem", N64_SP_MEM_SIZE,
                           errp);
    if (*errp) {
        return;
    }
    memory_region_add_subregion(&s->mem_window, 0, &s->mem);
    for (i = 0; i < ARRAY_SIZE(s->mirror); i++) {
        memory_region_init_alias(&s->mirror[i], OBJECT(s), "n64.sp-mem-mirror",
                                 &s->mem, 0, N64_SP_MEM_SIZE);
        memory_region_add_subregion(&s->mem_window,
                                    (i + 1) * N64_SP_MEM_SIZE, &s->mirror[i]);
    }
    address_space_init(&s->dram_as, s->dram, "n64.sp-dram");
    address_space_init(&s->mem_as, &s->mem, "n64.sp-mem");
}

static void n64_sp_init(Object *obj)
{
    N64SPState *s = N64_SP(obj);
    SysBusDevice *sbd = SYS_BUS_DEVICE(obj);

    memory_region_init(&s->mem_window, obj, "n64.sp-mem-window",
                       N64_SP_MEM_WINDOW);
    sysbus_init_mmio(sbd, &s->mem_window);
    memory_region_init_io(&s->regs, obj, &n64_sp_ops, s, "n64.sp",
                          N64_SP_REGS_WINDOW);
    sysbus_init_mmio(sbd, &s->regs);
    memory_region_init_io(&s->pc_regs, obj, &n64_sp_pc_ops, s, "n64.sp-pc",
                          N64_SP_PC_WINDOW);
    sysbus_init_mmio(sbd, &s->pc_regs);
    sysbus_init_irq(sbd, &s->irq);
}

static Property n64_sp_properties[] = {
    DEFINE_PROP_LINK("dram", N64SPState, dram, TYPE_MEMORY_REGION,
                     MemoryRegion *),
    DEFINE_PROP_END_OF_LIST(),
};

static const VMStateDescription vmstate_n64_sp = {
    .name = TYPE_N64_SP,
    .version_id = 1,
    .minimum_version_id = 1,
    .fields = (VMStateField[]) {
        VMSTATE_UINT32(mem_addr, N64SPState),
        VMSTATE_UINT32(dram_addr, N64SPState),
        VMSTATE_UINT32(rd_len, N64SPState),
        VMSTATE_UINT32(wr_len, N64SPState),
        VMSTATE_UINT32(status, N64SPState),
        VMSTATE_UINT32(semaphore, N64SPState),
        VMSTATE_UINT32(pc, N64SPState),
        VMSTATE_BOOL(intr, N64SPState),
        VMSTATE_END_OF_LIST()
    }
};

static void n64_sp_class_init(ObjectClass *oc, void *data)
{
    DeviceClass *dc = DEVICE_CLASS(oc);

    dc->desc = "N64 Signal Processor (DMEM, IMEM, RSP registers)";
    dc->realize = n64_sp_realize;
    dc->reset = n64_sp_reset;
    dc->vmsd = &vmstate_n64_sp;
    dc->user_creatable = false;
    device_class_set_props(dc, n64_sp_properties);
}

static const TypeInfo n64_sp_info = {
    .name = TYPE_N64_SP,
    .parent = TYPE_SYS_BUS_DEVICE,
    .instance_size = sizeof(N64SPState),
    .instance_init = n64_sp_init,
    .class_init = n64_sp_class_init,
};

static void n64_sp_register_types(void)
{
    type_register_static(&n64_sp_info);
}

type_init(n64_sp_register_types)
