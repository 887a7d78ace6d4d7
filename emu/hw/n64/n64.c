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
#include "qapi/visitor.h"
#include "qemu/cutils.h"
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
#include "hw/n64/n64_ai.h"
#include "hw/n64/n64_cart.h"
#include "hw/n64/n64_eeprom.h"
#include "hw/n64/n64_gamepad.h"
#include "hw/n64/n64_input.h"
#include "hw/n64/n64_isviewer.h"
#include "hw/n64/n64_mi.h"
#include "hw/n64/n64_pad.h"
#include "hw/n64/n64_pi.h"
#include "hw/n64/n64_pif.h"
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

    /* properties (-M n64,NAME=VALUE; docs/emu.md lists them) */
    char *cart;             /* the ROM image */
    uint8_t pads;           /* controllers plugged in, from port 1 */
    char *pak;              /* controller 1's Controller Pak file */
    char *eeprom;           /* auto, none, 4k or 16k */
    char *save;             /* the EEPROM's file */
    char *tv;               /* ntsc, pal or mpal */
    char *cic;              /* 6101..6106, 7101..7106 or none */
    char *pif;              /* hle or strict */

    MemoryRegion pi_bus;
    N64PIFState *pif_dev;
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

/* One of the words of a string option, or exit with the choices. */
static int n64_option(const char *name, const char *value,
                      const char *const *choices)
{
    g_autofree char *list = g_strjoinv(", ", (char **)choices);
    int i;

    for (i = 0; choices[i]; i++) {
        if (!g_ascii_strcasecmp(value, choices[i])) {
            return i;
        }
    }
    error_report("-M n64,%s=%s: use one of %s", name, value, list);
    exit(1);
}

/* A strict boot keeps RDRAM silent until the RI is set up. */
static void n64_rdram_ready(void *opaque, int n, int level)
{
    MachineState *machine = opaque;

    memory_region_set_enabled(machine->ram, level);
}

static N64CartState *n64_cart_init(N64MachineState *nms, const char *file)
{
    DeviceState *dev = qdev_new(TYPE_N64_CART);
    MemoryRegion *rom;

    qdev_prop_set_string(dev, "rom", file);
    sysbus_realize_and_unref(SYS_BUS_DEVICE(dev), &error_fatal);
    rom = sysbus_mmio_get_region(SYS_BUS_DEVICE(dev), 0);
    memory_region_add_subregion(&nms->pi_bus, N64_CART_ROM_BASE, rom);
    if (N64_CART_ROM_BASE + memory_region_size(rom) > N64_ISV_BASE) {
        warn_report("the ROM reaches the IS-Viewer at 0x%08x, which "
                    "hides its bytes from 0x%08x on", N64_ISV_BASE,
                    N64_ISV_BASE - N64_CART_ROM_BASE);
    }
    return N64_CART(dev);
}

/* The EEPROM the eeprom= option asks for, or the one the cart declares. */
static uint32_t n64_eeprom_size(N64MachineState *nms, N64CartState *cart)
{
    static const char *const kinds[] = { "auto", "none", "4k", "16k", NULL };
    static const uint32_t sizes[] = { 0, 0, N64_EEPROM_4K_SIZE,
                                      N64_EEPROM_16K_SIZE };
    int kind = n64_option("eeprom", nms->eeprom ?: "auto", kinds);

    if (kind > 0) {
        return sizes[kind];
    }
    switch (cart ? n64_cart_save_type(cart) : N64_CART_SAVE_NONE) {
    case N64_CART_SAVE_EEPROM_4K:
        return N64_EEPROM_4K_SIZE;
    case N64_CART_SAVE_EEPROM_16K:
        return N64_EEPROM_16K_SIZE;
    default:
        return 0;
    }
}

/* The joybus: controllers on ports 0-3, the cart's EEPROM on port 4. */
static void n64_joybus_init(N64MachineState *nms, DeviceState *si,
                            N64CartState *cart)
{
    DeviceState *input = qdev_new(TYPE_N64_INPUT);
    DeviceState *gamepad = NULL;
    uint32_t eeprom_size = n64_eeprom_size(nms, cart);
    DeviceState *dev;
    char name[8];
    int i;

    if (nms->pads > N64_MAX_PADS) {
        error_report("-M n64,pads=%u: the N64 has %d controller ports",
                     nms->pads, N64_MAX_PADS);
        exit(1);
    }
    if (nms->pak && !nms->pads) {
        error_report("-M n64,pak=FILE needs a controller (pads=1 or more)");
        exit(1);
    }
    if (object_class_by_name(TYPE_N64_GAMEPAD)) {
        gamepad = qdev_new(TYPE_N64_GAMEPAD);
    }
    for (i = 0; i < nms->pads; i++) {
        dev = qdev_new(TYPE_N64_PAD);
        object_property_add_child(OBJECT(nms), "pad[*]", OBJECT(dev));
        if (i == 0 && nms->pak) {
            qdev_prop_set_string(dev, "pak", nms->pak);
        }
        qdev_realize_and_unref(dev, NULL, &error_fatal);
        snprintf(name, sizeof(name), "port%d", i);
        object_property_set_link(OBJECT(si), name, OBJECT(dev), &error_fatal);
        snprintf(name, sizeof(name), "pad%d", i);
        if (i < N64_INPUT_PADS) {
            object_property_set_link(OBJECT(input), name, OBJECT(dev),
                                     &error_fatal);
        }
        if (gamepad) {
            object_property_set_link(OBJECT(gamepad), name, OBJECT(dev),
                                     &error_fatal);
        }
    }
    object_property_add_child(OBJECT(nms), "input", OBJECT(input));
    qdev_realize_and_unref(input, NULL, &error_fatal);
    if (gamepad) {
        object_property_add_child(OBJECT(nms), "gamepad", OBJECT(gamepad));
        qdev_realize_and_unref(gamepad, NULL, &error_fatal);
    }

    if (nms->save && !eeprom_size) {
        error_report("-M n64,save=FILE: this cartridge has no EEPROM "
                     "(give eeprom=4k or eeprom=16k)");
        exit(1);
    }
    if (eeprom_size) {
        dev = qdev_new(TYPE_N64_EEPROM);
        object_property_add_child(OBJECT(nms), "cart-eeprom", OBJECT(dev));
        qdev_prop_set_uint32(dev, "size", eeprom_size);
        if (nms->save) {
            qdev_prop_set_string(dev, "file", nms->save);
        }
        qdev_realize_and_unref(dev, NULL, &error_fatal);
        object_property_set_link(OBJECT(si), "port4", OBJECT(dev),
                                 &error_fatal);
    }
}

/*
 * The VI clock, which also paces the AI, by the TV type (n64brew "Video
 * Interface"): each standard's board has its own crystal.
 */
static const uint32_t n64_vi_clock_hz[] = {
    [N64_TV_PAL] = 49656530,
    [N64_TV_NTSC] = 48681812,
    [N64_TV_MPAL] = 48628322,
};

static DeviceState *n64_pif_init(N64MachineState *nms)
{
    static const char *const modes[] = { "hle", "strict", NULL };
    static const char *const tvs[] = { "pal", "ntsc", "mpal", NULL };
    MachineState *machine = MACHINE(nms);
    DeviceState *dev = qdev_new(TYPE_N64_PIF);
    bool strict = n64_option("pif", nms->pif ?: "hle", modes);
    const char *cic = nms->cic ?: "6102";
    unsigned long number = 0;

    if (g_ascii_strcasecmp(cic, "none") &&
        (qemu_strtoul(cic, NULL, 10, &number) || number > UINT32_MAX)) {
        error_report("-M n64,cic=%s: give a CIC number such as 6102, or none",
                     cic);
        exit(1);
    }
    qdev_prop_set_bit(dev, "strict", strict);
    qdev_prop_set_uint32(dev, "cic", number);
    qdev_prop_set_uint8(dev, "tv", n64_option("tv", nms->tv ?: "ntsc", tvs));
    qdev_prop_set_uint64(dev, "ram-size", machine->ram_size);
    sysbus_realize_and_unref(SYS_BUS_DEVICE(dev), &error_fatal);
    sysbus_mmio_map(SYS_BUS_DEVICE(dev), 0, N64_PIF_ROM_BASE);
    nms->pif_dev = N64_PIF(dev);
    return dev;
}

static void n64_init(MachineState *machine)
{
    N64MachineState *nms = N64_MACHINE(machine);
    MemoryRegion *sysmem = get_system_memory();
    const char *cart_file = nms->cart ?: machine->kernel_filename;
    N64CartState *cart = NULL;
    DeviceState *mi, *pif, *si, *dev;
    uint32_t vi_clock_hz;
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

    /* The next milestones: the RDP, the RDRAM chips' registers. */
    n64_stub("n64.rdram-regs", N64_RDRAM_REGS_BASE, N64_RCP_BLOCK_SIZE, -1000);
    n64_stub("n64.dp-cmd", N64_DP_CMD_BASE, N64_RCP_BLOCK_SIZE, -1000);
    n64_stub("n64.dp-span", N64_DP_SPAN_BASE, N64_RCP_BLOCK_SIZE, -1000);
    pif = n64_pif_init(nms);
    vi_clock_hz = n64_vi_clock_hz[nms->pif_dev->tv];

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

    /* The PI bus: the cartridge port's 32-bit address space. */
    memory_region_init(&nms->pi_bus, OBJECT(machine), "n64.pi-bus", 4 * GiB);
    if (cart_file) {
        cart = n64_cart_init(nms, cart_file);
    }

    si = qdev_new(TYPE_N64_SI);
    object_property_set_link(OBJECT(si), "dram", OBJECT(machine->ram),
                             &error_fatal);
    n64_joybus_init(nms, si, cart);
    sysbus_realize_and_unref(SYS_BUS_DEVICE(si), &error_fatal);
    sysbus_mmio_map(SYS_BUS_DEVICE(si), 0, N64_SI_BASE);
    sysbus_mmio_map(SYS_BUS_DEVICE(si), 1, N64_PIF_RAM_BASE);
    sysbus_connect_irq(SYS_BUS_DEVICE(si), 0,
                       qdev_get_gpio_in(mi, N64_MI_IRQ_SI));
    qdev_connect_gpio_out_named(si, N64_SI_BOOT_DONE, 0,
                                qdev_get_gpio_in_named(pif, N64_PIF_BOOT_DONE,
                                                       0));

    dev = qdev_new(TYPE_N64_VI);
    object_property_set_link(OBJECT(dev), "dram", OBJECT(machine->ram),
                             &error_fatal);
    qdev_prop_set_uint32(dev, "clock-hz", vi_clock_hz);
    sysbus_realize_and_unref(SYS_BUS_DEVICE(dev), &error_fatal);
    sysbus_mmio_map(SYS_BUS_DEVICE(dev), 0, N64_VI_BASE);
    sysbus_connect_irq(SYS_BUS_DEVICE(dev), 0,
                       qdev_get_gpio_in(mi, N64_MI_IRQ_VI));

    dev = qdev_new(TYPE_N64_AI);
    object_property_set_link(OBJECT(dev), "dram", OBJECT(machine->ram),
                             &error_fatal);
    qdev_prop_set_uint32(dev, "clock-hz", vi_clock_hz);
    sysbus_realize_and_unref(SYS_BUS_DEVICE(dev), &error_fatal);
    sysbus_mmio_map(SYS_BUS_DEVICE(dev), 0, N64_AI_BASE);
    sysbus_connect_irq(SYS_BUS_DEVICE(dev), 0,
                       qdev_get_gpio_in(mi, N64_MI_IRQ_AI));

    dev = qdev_new(TYPE_N64_RI);
    sysbus_realize_and_unref(SYS_BUS_DEVICE(dev), &error_fatal);
    sysbus_mmio_map(SYS_BUS_DEVICE(dev), 0, N64_RI_BASE);
    if (nms->pif_dev->strict) {
        qdev_connect_gpio_out_named(dev, N64_RI_RDRAM_READY, 0,
                qemu_allocate_irq(n64_rdram_ready, machine, 0));
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
    N64MachineState *nms = N64_MACHINE(machine);

    qemu_devices_reset(reason);
    if (nms->pif_dev->strict) {
        memory_region_set_enabled(machine->ram, false);
    }
    n64_pif_boot(nms->pif_dev);
}

/* The string options, each a char * in N64MachineState. */
#define N64_STR_OPTION(field)                                           \
static char *n64_get_##field(Object *obj, Error **errp)                 \
{                                                                       \
    return g_strdup(N64_MACHINE(obj)->field);                           \
}                                                                       \
static void n64_set_##field(Object *obj, const char *value,             \
                            Error **errp)                               \
{                                                                       \
    N64MachineState *nms = N64_MACHINE(obj);                            \
                                                                        \
    g_free(nms->field);                                                 \
    nms->field = g_strdup(value);                                       \
}

N64_STR_OPTION(cart)
N64_STR_OPTION(pak)
N64_STR_OPTION(eeprom)
N64_STR_OPTION(save)
N64_STR_OPTION(tv)
N64_STR_OPTION(cic)
N64_STR_OPTION(pif)

static void n64_get_pads(Object *obj, Visitor *v, const char *name,
                         void *opaque, Error **errp)
{
    visit_type_uint8(v, name, &N64_MACHINE(obj)->pads, errp);
}

static void n64_set_pads(Object *obj, Visitor *v, const char *name,
                         void *opaque, Error **errp)
{
    visit_type_uint8(v, name, &N64_MACHINE(obj)->pads, errp);
}

static void n64_machine_instance_init(Object *obj)
{
    N64_MACHINE(obj)->pads = 1;
}

static void n64_machine_finalize(Object *obj)
{
    N64MachineState *nms = N64_MACHINE(obj);

    g_free(nms->cart);
    g_free(nms->pak);
    g_free(nms->eeprom);
    g_free(nms->save);
    g_free(nms->tv);
    g_free(nms->cic);
    g_free(nms->pif);
}

static void n64_add_option(ObjectClass *oc, const char *name,
                           char *(*get)(Object *, Error **),
                           void (*set)(Object *, const char *, Error **),
                           const char *description)
{
    object_class_property_add_str(oc, name, get, set);
    object_class_property_set_description(oc, name, description);
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

    n64_add_option(oc, "cart", n64_get_cart, n64_set_cart,
        "Cartridge ROM image (.z64, .v64 or .n64); -kernel FILE also works");
    n64_add_option(oc, "pak", n64_get_pak, n64_set_pak,
        "Controller Pak image for controller 1 (created when missing)");
    n64_add_option(oc, "eeprom", n64_get_eeprom, n64_set_eeprom,
        "Cartridge EEPROM: auto (what the ROM header declares), none, 4k "
        "or 16k");
    n64_add_option(oc, "save", n64_get_save, n64_set_save,
        "File that keeps the EEPROM's contents (created when missing)");
    n64_add_option(oc, "tv", n64_get_tv, n64_set_tv,
        "TV standard the PIF reports: ntsc (default), pal or mpal");
    n64_add_option(oc, "cic", n64_get_cic, n64_set_cic,
        "Cartridge CIC: 6101, 6102 (default), 6103, 6105, 6106 or none");
    n64_add_option(oc, "pif", n64_get_pif, n64_set_pif,
        "Boot: hle (emulator-style, default) or strict (CIC check, 5 s "
        "boot watchdog, RDRAM needs the RI set up)");
    object_class_property_add(oc, "pads", "uint8", n64_get_pads,
                              n64_set_pads, NULL, NULL);
    object_class_property_set_description(oc, "pads",
        "Controllers plugged in, from port 1 (0 to 4, default 1)");
}

static const TypeInfo n64_machine_info = {
    .name = TYPE_N64_MACHINE,
    .parent = TYPE_MACHINE,
    .instance_size = sizeof(N64MachineState),
    .instance_init = n64_machine_instance_init,
    .instance_finalize = n64_machine_finalize,
    .class_init = n64_machine_class_init,
};

static void n64_machine_register_types(void)
{
    type_register_static(&n64_machine_info);
}

type_init(n64_machine_register_types)
