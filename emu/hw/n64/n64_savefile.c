/*
 * Nintendo 64 save memories kept in host files
 *
 * Copyright (c) The Lin64 authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#include "qemu/osdep.h"
#include "qemu/error-report.h"
#include "qapi/error.h"
#include "hw/n64/n64_savefile.h"

bool n64_savefile_open(N64SaveFile *sf, const char *path, size_t size,
                       uint8_t fill, Error **errp)
{
    struct stat st;
    ssize_t n;

    sf->data = g_malloc(size);
    sf->size = size;
    sf->fd = -1;
    memset(sf->data, fill, size);
    if (!path) {
        return true;
    }
    /* qemu_open() refuses O_CREAT; qemu_create() opens or creates. */
    sf->fd = qemu_create(path, O_RDWR | O_BINARY, 0644, errp);
    if (sf->fd < 0) {
        return false;
    }
    if (fstat(sf->fd, &st) < 0) {
        error_setg_errno(errp, errno, "%s", path);
        return false;
    }
    if (st.st_size == 0) {
        if (pwrite(sf->fd, sf->data, size, 0) != size) {
            error_setg_errno(errp, errno, "%s: cannot write", path);
            return false;
        }
        return true;
    }
    if (st.st_size != size) {
        error_setg(errp, "%s holds %lld bytes, not the %zu of this save "
                   "memory: is it another kind of save?", path,
                   (long long)st.st_size, size);
        return false;
    }
    n = pread(sf->fd, sf->data, size, 0);
    if (n != size) {
        error_setg_errno(errp, n < 0 ? errno : EIO, "%s: short read", path);
        return false;
    }
    return true;
}

void n64_savefile_write(N64SaveFile *sf, size_t offset, const uint8_t *buf,
                        size_t len)
{
    assert(offset + len <= sf->size);
    memcpy(sf->data + offset, buf, len);
    if (sf->fd >= 0 && pwrite(sf->fd, buf, len, offset) != len) {
        /* The game goes on; the user learns the save did not stick. */
        warn_report("n64: could not write the save file: %s",
                    strerror(errno));
    }
}
