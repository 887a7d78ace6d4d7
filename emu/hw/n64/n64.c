/*
 * Nintendo 64 machine (-M n64)
 *
 * A NEC VR4300 at 93.75 MHz, 4 or 8 MiB of RDRAM and the RCP's interfaces,
 * with a cartridge ROM and an IS-Viewer 64 on the PI bus.  This file only
 * wires the devices together; each lives in its own file.  Modelled so far:
 * MI, PI (with the cartridge and IS-Viewer), SP memories and registers, RI,
 * the VI (timing and picture) and the SI with PIF RAM (every joybus port
 * empty).  AI, the PIF ROM and the RDP are register blocks that log and
 * read as zero.
 * The memory map is in include/hw/n64/n64.h, and docs/emu.md in Lin64
 * describes the machine.
 *
 * Copyright (c) The Lin64 authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#include "qemu/osdep.h"
#include "qemu/error-report.h"
#include "qemu/units.h"
#include "qapi/error.h"
#include "exec/address-spaces.h"
#include "hw/boards.h"
#include "hw/clock.h"
#include "hw/irq.h"
#include "hw/qdev-properties.h"
#include "hw/qdev-properties-system.h"
#include "hw/sysbus.h"
#include "hw/misc/unimp.h"
#include "hw/mips/cpudevs.h"
#include "hw/n64/n64.h"
#include "hw/n64/n64_cart.h"
#include "hw/n64/n64_isviewer.h"
#include "hw/n64/n64_mi.h"
#include "hw/n64/n64_pi.h"
#include "hw/n64/n64_ri.h"
#include "hw/n64/n64_sp.h"
#include "hw/n64/n64_si.h"
#include "hw/n64/n64_vi.h"
#include "sysemu/qtest.h"
#include "sysemu/reset.h"
#include "sysemu/sysemu.h"
#include "cpu.h"

#define TYPE_N64_MACHINE MACHINE_TYPE_NAME("n64")
OBJECT_DECLARE_SIMPLE_TYPE(N64MachineState, N64_MACHINE)

struct N64MachineState {
    MachineState parent_obj;

    char *cart;             /* property "cart": the ROM image */
    MemoryRegion pi_bus;
};

/* The VR4300's interrupt lines (Cause.IP) */
#define N64_CPU_IRQ_RCP         2
#define N64_CPU_IRQ_CART        3
#define N64_CPU_IRQ_PRENMI      4

static void n64_cpu_reset(void *opaque)
{
    /* The CPU starts at its reset vector, 0xBFC00000: the PIF ROM. */
    cpu_reset(CPU(opaque));
}

/* A register block that logs what reaches it (-d unimp) and reads 0. */
static void n64_stub(const char *name, hwaddr base, uint64_t size,
                     int priority)
{
    DeviceState *dev = qdev_new(TYPE_UNIMPLEMENTED_DEVICE);

    qdev_prop_set_string(dev, "name", name);
    qdev_prop_set_uint64(dev, "size", size);
    sysbus_realize_and_unref(SYS_BUS_DEVICE(dev), &error_fatal);
    sysbus_mmio_map_overlap(SYS_BUS_DEVICE(dev), 0, base, priority);
}

static void n64_init(MachineState *machine)
{
    N64MachineState *nms = N64_MACHINE(machine);
    MemoryRegion *sysmem = get_system_memory();
    const char *cart_file = nms->cart ?: machine->kernel_filename;
    DeviceState *mi, *dev;
    Clock *cpuclk;
    MIPSCPU *cpu;

    if (machine->ram_size != 4 * MiB && machine->ram_size != 8 * MiB) {
        error_report("the N64 has 4 MiB of RDRAM, or 8 MiB with the "
                     "Expansion Pak: use -m 4M or -m 8M (the default)");
        exit(1);
    }
    if (nms->cart && machine->kernel_filename) {
        error_report("give the cartridge once: -M n64,cart=FILE or "
                     "-kernel FILE");
        exit(1);
    }
    if (!cart_file && !qtest_enabled()) {
        error_report("no cartridge: give a ROM image (.z64, .v64 or .n64) "
                     "with -M n64,cart=FILE");
        exit(1);
    }

    cpuclk = clock_new(OBJECT(machine), "cpu-refclk");
    clock_set_hz(cpuclk, N64_CPU_HZ);
    cpu = mips_cpu_create_with_clock(machine->cpu_type, cpuclk);
    cpu_mips_irq_init_cpu(cpu);
    cpu_mips_clock_init(cpu);
    qemu_register_reset(n64_cpu_reset, cpu);

    /* What nothing below answers: logged, reads 0, no bus error. */
    n64_stub("n64.unassigned", 0, 4 * GiB, -2000);
    memory_region_add_subregion(sysmem, N64_RDRAM_BASE, machine->ram);

    /* The next milestones: AI, the RDP; the PIF ROM (its RAM is the SI's). */
    n64_stub("n64.rdram-regs", N64_RDRAM_REGS_BASE, N64_RCP_BLOCK_SIZE, -1000);
    n64_stub("n64.dp-cmd", N64_DP_CMD_BASE, N64_RCP_BLOCK_SIZE, -1000);
    n64_stub("n64.dp-span", N64_DP_SPAN_BASE, N64_RCP_BLOCK_SIZE, -1000);
    n64_stub("n64.ai", N64_AI_BASE, N64_RCP_BLOCK_SIZE, -1000);
    n64_stub("n64.pif", N64_PIF_ROM_BASE, N64_RCP_BLOCK_SIZE, -1000);
    n64_boot_init(sysmem, OBJECT(machine));

    mi = qdev_new(TYPE_N64_MI);
    sysbus_realize_and_unref(SYS_BUS_DEVICE(mi), &error_fatal);
    sysbus_mmio_map(SYS_BUS_DEVICE(mi), 0, N64_MI_BASE);
    sysbus_connect_irq(SYS_BUS_DEVICE(mi), 0, cpu->env.irq[N64_CPU_IRQ_RCP]);

    dev = qdev_new(TYPE_N64_SP);
    object_property_set_link(OBJECT(dev), "dram", OBJECT(machine->ram),
                             &error_fatal);
    sysbus_realize_and_unref(SYS_BUS_DEVICE(dev), &error_fatal);
    sysbus_mmio_map(SYS_BUS_DEVICE(dev), 0, N64_SP_MEM_BASE);
    sysbus_mmio_map(SYS_BUS_DEVICE(dev), 1, N64_SP_REGS_BASE);
    sysbus_mmio_map(SYS_BUS_DEVICE(dev), 2, N64_SP_PC_BASE);
    sysbus_connect_irq(SYS_BUS_DEVICE(dev), 0,
                       qdev_get_gpio_in(mi, N64_MI_IRQ_SP));

    dev = qdev_new(TYPE_N64_SI);
    object_property_set_link(OBJECT(dev), "dram", OBJECT(machine->ram),
                             &error_fatal);
    sysbus_realize_and_unref(SYS_BUS_DEVICE(dev), &error_fatal);
    sysbus_mmio_map(SYS_BUS_DEVICE(dev), 0, N64_SI_BASE);
    sysbus_mmio_map(SYS_BUS_DEVICE(dev), 1, N64_PIF_RAM_BASE);
    sysbus_connect_irq(SYS_BUS_DEVICE(dev), 0,
                       qdev_get_gpio_in(mi, N64_MI_IRQ_SI));

    dev = qdev_new(TYPE_N64_VI);
    object_property_set_link(OBJECT(dev), "dram", OBJECT(machine->ram),
                             &error_fatal);
    sysbus_realize_and_unref(SYS_BUS_DEVICE(dev), &error_fatal);
    sysbus_mmio_map(SYS_BUS_DEVICE(dev), 0, N64_VI_BASE);
    sysbus_connect_irq(SYS_BUS_DEVICE(dev), 0,
                       qdev_get_gpio_in(mi, N64_MI_IRQ_VI));

    dev = qdev_new(TYPE_N64_RI);
    sysbus_realize_and_unref(SYS_BUS_DEVICE(dev), &error_fatal);
    sysbus_mmio_map(SYS_BUS_DEVICE(dev), 0, N64_RI_BASE);

    /* The PI bus: the cartridge port's 32-bit address space. */
    memory_region_init(&nms->pi_bus, OBJECT(machine), "n64.pi-bus", 4 * GiB);
    if (cart_file) {
        MemoryRegion *rom;

        dev = qdev_new(TYPE_N64_CART);
        qdev_prop_set_string(dev, "rom", cart_file);
        sysbus_realize_and_unref(SYS_BUS_DEVICE(dev), &error_fatal);
        rom = sysbus_mmio_get_region(SYS_BUS_DEVICE(dev), 0);
        memory_region_add_subregion(&nms->pi_bus, N64_CART_ROM_BASE, rom);
        if (N64_CART_ROM_BASE + memory_region_size(rom) > N64_ISV_BASE) {
            warn_report("the ROM reaches the IS-Viewer at 0x%08x, which "
                        "hides its bytes from 0x%08x on", N64_ISV_BASE,
                        N64_ISV_BASE - N64_CART_ROM_BASE);
        }
    }
    dev = qdev_new(TYPE_N64_ISVIEWER);
    qdev_prop_set_chr(dev, "chardev", serial_hd(0));
    sysbus_realize_and_unref(SYS_BUS_DEVICE(dev), &error_fatal);
    memory_region_add_subregion_overlap(&nms->pi_bus, N64_ISV_BASE,
            sysbus_mmio_get_region(SYS_BUS_DEVICE(dev), 0), 1);

    dev = qdev_new(TYPE_N64_PI);
    object_property_set_link(OBJECT(dev), "bus", OBJECT(&nms->pi_bus),
                             &error_fatal);
    object_property_set_link(OBJECT(dev), "dram", OBJECT(machine->ram),
                             &error_fatal);
    sysbus_realize_and_unref(SYS_BUS_DEVICE(dev), &error_fatal);
    sysbus_mmio_map(SYS_BUS_DEVICE(dev), 0, N64_PI_BASE);
    sysbus_mmio_map(SYS_BUS_DEVICE(dev), 1, N64_PI_WINDOW1_BASE);
    sysbus_mmio_map(SYS_BUS_DEVICE(dev), 2, N64_PI_WINDOW2_BASE);
    sysbus_connect_irq(SYS_BUS_DEVICE(dev), 0,
                       qdev_get_gpio_in(mi, N64_MI_IRQ_PI));
}

static void n64_reset(MachineState *machine, ShutdownCause reason)
{
    qemu_devices_reset(reason);
    n64_boot_reset(machine->ram_size);
}

static char *n64_get_cart(Object *obj, Error **errp)
{
    return g_strdup(N64_MACHINE(obj)->cart);
}

static void n64_set_cart(Object *obj, const char *value, Error **errp)
{
    N64MachineState *nms = N64_MACHINE(obj);

    g_free(nms->cart);
    nms->cart = g_strdup(value);
}

static void n64_machine_finalize(Object *obj)
{
    g_free(N64_MACHINE(obj)->cart);
}

static void n64_machine_class_init(ObjectClass *oc, void *data)
{
    MachineClass *mc = MACHINE_CLASS(oc);

    mc->desc = "Nintendo 64";
    mc->init = n64_init;
    mc->reset = n64_reset;
    mc->default_cpu_type = MIPS_CPU_TYPE_NAME("VR4300");
    mc->default_ram_size = 8 * MiB;
    mc->default_ram_id = "n64.rdram";
    mc->no_parallel = 1;
    mc->no_floppy = 1;
    mc->no_cdrom = 1;
    mc->no_sdcard = 1;

    object_class_property_add_str(oc, "cart", n64_get_cart, n64_set_cart);
    object_class_property_set_description(oc, "cart",
        "Cartridge ROM image (.z64, .v64 or .n64); -kernel FILE also works");
}

static const TypeInfo n64_machine_info = {
    .name = TYPE_N64_MACHINE,
    .parent = TYPE_MACHINE,
    .instance_size = sizeof(N64MachineState),
    .instance_finalize = n64_machine_finalize,
    .class_init = n64_machine_class_init,
};

static void n64_machine_register_types(void)
{
    type_register_static(&n64_machine_info);
}

type_init(n64_machine_register_types)
