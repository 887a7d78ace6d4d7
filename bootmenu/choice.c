// SPDX-License-Identifier: MIT
#include "choice.h"
#include "crc32.h"

/* "L64" and a format version. */
static const uint8_t choice_magic[4] = { 'L', '6', '4', 1 };

static uint32_t id_crc(const struct toc *toc, uint32_t index)
{
	struct toc_entry e;
	uint32_t len = 0;

	toc_get_entry(toc, index, &e);
	while (e.id[len])
		len++;
	return crc32(e.id, len);
}

void choice_encode(const struct toc *toc, uint32_t index,
		   uint8_t block[CHOICE_BYTES])
{
	uint32_t crc = id_crc(toc, index);
	int i;

	for (i = 0; i < 4; i++)
		block[i] = choice_magic[i];
	toc_wr32(block + 4, crc);
}

int choice_decode(const struct toc *toc, const uint8_t block[CHOICE_BYTES])
{
	uint32_t crc = toc_rd32(block + 4), i;

	for (i = 0; i < 4; i++)
		if (block[i] != choice_magic[i])
			return -1;
	for (i = 0; i < toc->entry_count; i++)
		if (id_crc(toc, i) == crc)
			return (int)i;
	return -1;
}
