/* SPDX-License-Identifier: MIT */
/**
 * @file ipl3sum.h
 * @brief The PIF's checksum of the boot code, and the CICs that check it.
 *
 * At power-on the PIF ROM's second stage (IPL2) reads the boot code at
 * ROM 0x40-0xFFF (1008 big-endian words), computes a 48-bit checksum of
 * it from a seed byte the cartridge's CIC chip sends, and halts the
 * console unless the CIC agrees.  Retail boot codes pass by construction;
 * a home-made one passes only after some of its free words have been
 * chosen by brute force (tools/ipl3sum/search.c).  docs/boot.md,
 * "Signing the boot code", describes the algorithm in words.
 *
 * The checksum is also exposed in pieces (prefix, tail, final) so that a
 * search can compute the words that never change once and re-run only
 * the rounds that follow the word it varies.
 */
#ifndef LIN64_IPL3SUM_H
#define LIN64_IPL3SUM_H

#include <stddef.h>
#include <stdint.h>

#define IPL3SUM_ROM_OFFSET	0x40u	/**< where the boot code starts in a ROM */
#define IPL3SUM_BOOT_SIZE	0xFC0u	/**< 4032 bytes of boot code */
#define IPL3SUM_WORDS		(IPL3SUM_BOOT_SIZE / 4)	/**< 1008 */
#define IPL3SUM_ROM_MIN		0x1000u	/**< a ROM holds at least the header and boot code */
#define IPL3SUM_MASK		0xFFFFFFFFFFFFull	/**< the checksum has 48 bits */

/** One CIC chip (or a family of them that share seed and checksum). */
struct ipl3sum_cic {
	unsigned number;	/**< the NTSC part number, e.g. 6102 */
	const char *name;	/**< every part number it stands for, e.g. "6102/7101" */
	uint8_t seed;		/**< the byte the CIC sends the PIF */
	uint64_t checksum;	/**< the 48-bit checksum it expects */
};

/** The known CICs, in the order ipl3sum_identify() tries them. */
extern const struct ipl3sum_cic ipl3sum_cics[];
/** How many entries ipl3sum_cics[] has. */
extern const size_t ipl3sum_cic_count;

/**
 * @brief Look a CIC up by any of its part numbers (7101 finds 6102/7101).
 * @return the entry, or NULL for an unknown number
 */
const struct ipl3sum_cic *ipl3sum_find_cic(unsigned number);

/**
 * @brief The PIF's (IPL2's) 48-bit checksum of a boot code.
 *
 * @param boot  the 4032 bytes at ROM 0x40, big-endian
 * @param seed  the CIC's seed byte
 * @return      the checksum, below 2^48
 */
uint64_t ipl3sum_checksum(const uint8_t boot[IPL3SUM_BOOT_SIZE], uint8_t seed);

/**
 * @brief Which CIC accepts this boot code?
 * @return the first entry of ipl3sum_cics[] it passes, or NULL for none
 */
const struct ipl3sum_cic *ipl3sum_identify(const uint8_t boot[IPL3SUM_BOOT_SIZE]);

/** What ipl3sum_locate() found in a file. */
enum ipl3sum_input {
	IPL3SUM_INPUT_RAW,		/**< exactly 4032 bytes: a bare boot code */
	IPL3SUM_INPUT_ROM,		/**< a big-endian (.z64) ROM */
	IPL3SUM_INPUT_SWAPPED,		/**< a .v64 or .n64 ROM: bytes in another order */
	IPL3SUM_INPUT_SHORT_ROM,	/**< a ROM header, but under 4 KiB */
	IPL3SUM_INPUT_UNKNOWN,		/**< neither a ROM nor 4032 bytes */
};

/**
 * @brief Find the boot code in a file's contents.
 *
 * A file of exactly 4032 bytes is taken as a bare boot code; otherwise it
 * must start with the big-endian ROM header word 0x80371240 and hold at
 * least 4 KiB.
 *
 * @param buf   file contents
 * @param len   bytes in @p buf
 * @param boot  set to the boot code inside @p buf for RAW and ROM
 * @return      what the file is
 */
enum ipl3sum_input ipl3sum_locate(const uint8_t *buf, size_t len,
				  const uint8_t **boot);

/**
 * @brief A sentence saying what is wrong with a file of that kind.
 * @return "" for RAW and ROM
 */
const char *ipl3sum_input_error(enum ipl3sum_input kind);

/**
 * @brief Read the boot code out of a ROM or raw boot code file.
 *
 * Reads at most the first 4 KiB and a byte: enough to tell the kinds
 * apart, whatever the ROM's size.
 *
 * @param path  the file
 * @param boot  set to the 4032 bytes of boot code
 * @param kind  set to what the file is (RAW or ROM on success)
 * @param why   on failure, "reason" (without the path)
 * @param n     room in @p why
 * @return 0, or -1 when the file cannot be read or holds no boot code
 */
int ipl3sum_load(const char *path, uint8_t boot[IPL3SUM_BOOT_SIZE],
		 enum ipl3sum_input *kind, char *why, size_t n);

/* ---- the checksum in pieces, for the search ---------------------------- */

/** The sixteen running sums of the checksum between rounds. */
struct ipl3sum_state {
	uint32_t s[16];
};

/** Read the 1008 big-endian words of a boot code. */
void ipl3sum_words(const uint8_t boot[IPL3SUM_BOOT_SIZE],
		   uint32_t w[IPL3SUM_WORDS]);

/**
 * @brief Everything that does not depend on word @p first or later.
 *
 * Round r (1 to 1008) reads word r-1 as its "current" word, word r-2 as
 * its "previous" one and, in its second half, word r as the "next" one.
 * So the state after rounds 1 to first-1, plus the first half of round
 * @p first, depends only on words 0 to first-1.
 *
 * @param st     set to that state
 * @param seed   the CIC's seed byte
 * @param w      the words (only 0 to first-1 are read)
 * @param first  1 to 1008: the first word that may still change (word 0
 *               seeds the sums, so it cannot)
 */
void ipl3sum_prefix(struct ipl3sum_state *st, uint8_t seed,
		    const uint32_t w[IPL3SUM_WORDS], unsigned first);

/**
 * @brief Run the rest of the rounds on a state from ipl3sum_prefix().
 *
 * @param st     the prefix state for @p first; updated in place
 * @param w      all 1008 words (words first-2 to 1007 are read)
 * @param first  the same value given to ipl3sum_prefix()
 */
void ipl3sum_tail(struct ipl3sum_state *st, const uint32_t w[IPL3SUM_WORDS],
		  unsigned first);

/**
 * @brief The top 16 bits of the checksum from the state after all rounds.
 *
 * Costs about a third of ipl3sum_final(): a search rejects 65535 of
 * every 65536 candidates with it alone.
 */
uint32_t ipl3sum_final_high(const struct ipl3sum_state *st);

/** @brief The 48-bit checksum from the state after all rounds. */
uint64_t ipl3sum_final(const struct ipl3sum_state *st);

/* ---- search.c: the collision search ------------------------------------ */

/** The most words a search varies: 64 bits of candidates, plenty for 48. */
#define IPL3SUM_MAX_FREE	2

/**
 * A search for the values of one or two free words that give a checksum.
 *
 * Candidate number x sets the last free word to the low 32 bits of x and
 * (with two free words) the first one to the high 32 bits, so a range of
 * candidates varies mostly the last word: the state up to it is computed
 * once per 2^32 candidates and each candidate re-runs only the rounds
 * from that word on.
 */
struct ipl3sum_search {
	uint32_t w[IPL3SUM_WORDS];	/**< the boot code; free words are overwritten */
	uint8_t seed;			/**< the CIC's seed */
	uint64_t target;		/**< the checksum wanted */
	unsigned vary[IPL3SUM_MAX_FREE];	/**< free word indexes, ascending, 1 to 1007 */
	unsigned nvary;			/**< 1 or 2 */
};

/**
 * @brief Set up a search.
 *
 * @param job     filled in
 * @param boot    the boot code
 * @param seed    the CIC's seed
 * @param target  the checksum wanted
 * @param vary    word indexes free to change (any order, no repeats)
 * @param nvary   1 or 2
 * @return 0, or -1 when a word index is 0 (it seeds the sums), above 1007,
 *         repeated, or there are not 1 or 2 of them
 */
int ipl3sum_search_init(struct ipl3sum_search *job,
			const uint8_t boot[IPL3SUM_BOOT_SIZE], uint8_t seed,
			uint64_t target, const unsigned *vary, unsigned nvary);

/** @brief The last candidate number: 2^32 - 1 or 2^64 - 1. */
uint64_t ipl3sum_search_last(const struct ipl3sum_search *job);

/** @brief Put candidate @p x into the free words of @p w. */
void ipl3sum_search_apply(const struct ipl3sum_search *job, uint64_t x,
			  uint32_t w[IPL3SUM_WORDS]);

/**
 * @brief Try candidates @p first to @p last (inclusive), in order.
 *
 * @param job    from ipl3sum_search_init(); its free words change (to
 *               the found candidate when there is one)
 * @param first  first candidate
 * @param last   last candidate, >= first, <= ipl3sum_search_last()
 * @param found  set to the first candidate that gives the target
 * @return 1 when one was found, 0 when none in the range does
 */
int ipl3sum_search_range(struct ipl3sum_search *job, uint64_t first,
			 uint64_t last, uint64_t *found);

/** @brief Write words back as 4032 big-endian bytes. */
void ipl3sum_bytes(const uint32_t w[IPL3SUM_WORDS],
		   uint8_t boot[IPL3SUM_BOOT_SIZE]);

#endif
