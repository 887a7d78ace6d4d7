/*
 * Nintendo 64 save memories kept in host files
 *
 * The EEPROM and the Controller Pak hold a game's saves.  Each is a small
 * memory image; with a file name it is loaded at start-up and every write
 * goes through to the file, so saves survive QEMU exiting at any moment.
 *
 * Copyright (c) The Lin64 authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#ifndef HW_N64_SAVEFILE_H
#define HW_N64_SAVEFILE_H

typedef struct N64SaveFile {
    uint8_t *data;
    size_t size;
    int fd;                     /* -1: kept in memory only */
} N64SaveFile;

/*
 * Opens PATH (created when missing, filled with FILL) as a SIZE-byte save.
 * A NULL PATH gives a memory-only save.  A file of another size is refused:
 * it belongs to another kind of save memory.
 */
bool n64_savefile_open(N64SaveFile *sf, const char *path, size_t size,
                       uint8_t fill, Error **errp);
/* Copies LEN bytes to OFFSET and writes them through to the file. */
void n64_savefile_write(N64SaveFile *sf, size_t offset, const uint8_t *buf,
                        size_t len);

#endif /* HW_N64_SAVEFILE_H */
