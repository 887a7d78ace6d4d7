// SPDX-License-Identifier: MIT
/*
 * The boot menu: reads the table of contents, shows its entries and
 * starts the one the player picks, or the default one when the countdown
 * runs out: the last one started if the cart's EEPROM remembers it, else
 * the manifest's default.  Anything it cannot start gets a screen that
 * says why.
 */
#include "boot.h"
#include "choice.h"
#include "console.h"
#include "eeprom.h"
#include "joybus.h"
#include "menu.h"
#include "pad.h"
#include "ui.h"
#include "vi.h"

#define COUNTDOWN_SECONDS	3

static void report_toc_error(const struct toc *toc, int err)
{
	console_str("bootmenu: error ");
	console_str(toc_errname(err));
	if (err == TOC_ERR_CHECKSUM) {
		console_str(" expected=");
		console_hex(toc->crc_expected);
		console_str(" got=");
		console_hex(toc->crc_got);
	}
	console_str(" (");
	console_str(toc_strerror(err));
	console_str("; rebuild the ROM with mkrom)");
	console_end();
}

/* Keeps showing a screen until B is pressed. */
static void wait_for_back(struct menu *m, struct pad_state pads[PAD_PORTS])
{
	do {
		vi_present();
		pad_read_all(pads);
	} while (!(menu_pressed(m, pad_menu_buttons(&pads[0])) & PAD_B));
}

static void show_boot_error(struct menu *m, struct pad_state pads[PAD_PORTS],
			    const struct toc_entry *e, int err,
			    const struct boot_info *info)
{
	static const char *const why[] = {
		[BOOT_ERR_NEEDS_8MB] = "Linux needs 8 MiB: fit an Expansion Pak.",
		[BOOT_ERR_NO_FIT] = "It does not fit in this machine's RAM.",
		[BOOT_ERR_PART_CRC] = "The ROM is damaged: a part is corrupt.",
		[BOOT_ERR_CMDLINE] = "Its command line is too long.",
		[BOOT_ERR_KIND] = "It is not something to start.",
	};

	console_str("bootmenu: error ");
	console_str(boot_errname(err));
	console_str(" entry=");
	console_str(e->id);
	console_str(" mem_kb=");
	console_dec(info->mem_size / 1024);
	console_end();
	ui_draw_message(vi_back_buffer(), "Cannot start this entry", e->title,
			err > 0 && err <= BOOT_ERR_KIND ? why[err] : "", 1);
	wait_for_back(m, pads);
}

/* The last choice, kept in the EEPROM if the cart has one; -1 if none. */
static int remembered_entry(const struct toc *toc)
{
	uint8_t block[CHOICE_BYTES];

	if (!eeprom_present() || eeprom_read(CHOICE_BLOCK, block))
		return -1;
	return choice_decode(toc, block);
}

static void remember_entry(const struct toc *toc, uint32_t index)
{
	uint8_t block[CHOICE_BYTES], old[CHOICE_BYTES];
	int i, same = 1;

	if (!eeprom_present() || eeprom_read(CHOICE_BLOCK, old))
		return;
	choice_encode(toc, index, block);
	for (i = 0; i < CHOICE_BYTES; i++)
		same &= block[i] == old[i];
	if (!same)
		eeprom_write(CHOICE_BLOCK, block);	/* EEPROM wears: only on change */
}

static void start_entry(const struct toc *toc, struct menu *m,
			struct pad_state pads[PAD_PORTS],
			const struct boot_info *info)
{
	struct toc_entry e;
	int err;

	toc_get_entry(toc, m->cursor, &e);
	if (e.kind == TOC_ENTRY_SYSINFO) {
		do {
			ui_draw_sysinfo(vi_back_buffer(), toc, info, pads);
			vi_present();
			pad_read_all(pads);
		} while (!(menu_pressed(m, pad_menu_buttons(&pads[0])) & PAD_B));
		return;
	}
	remember_entry(toc, m->cursor);
	ui_draw_message(vi_back_buffer(), "Starting", e.title, "", 0);
	vi_present();
	err = boot_launch(toc, m->cursor, info);
	show_boot_error(m, pads, &e, err, info);
}

int main(void)
{
	struct pad_state pads[PAD_PORTS];
	struct boot_info info;
	struct menu m;
	const struct vi_standard *video;
	struct toc toc;
	int err, first;

	joybus_end_boot();
	boot_info_read(&info);
	video = vi_init(info.tv_type);
	console_str("bootmenu: video ");
	console_str(video->name);
	console_end();
	err = boot_toc_read(&toc);
	if (err) {
		report_toc_error(&toc, err);
		ui_draw_message(vi_back_buffer(), "This ROM's table is damaged",
				toc_strerror(err), "Rebuild the ROM with mkrom.", 0);
		vi_present();
		return 1;
	}

	first = remembered_entry(&toc);
	menu_init(&m, toc.entry_count, first >= 0 ? first : toc_find_default(&toc),
		  COUNTDOWN_SECONDS, video->fields_per_second);
	ui_draw_list(vi_back_buffer(), &toc, &m);
	vi_present();
	console_str("bootmenu: ready entries=");
	console_dec(toc.entry_count);
	console_str(" mem_kb=");
	console_dec(info.mem_size / 1024);
	console_end();

	for (;;) {
		pad_read_all(pads);
		if (menu_update(&m, pad_menu_buttons(&pads[0])) == MENU_LAUNCH)
			start_entry(&toc, &m, pads, &info);
		ui_draw_list(vi_back_buffer(), &toc, &m);
		vi_present();
	}
}
