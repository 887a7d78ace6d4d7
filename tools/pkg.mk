# Shared build machinery: host and target compilers, Debian packages, and
# the functions every component uses to fetch, patch and cache its sources.

CACHE_DIR ?= $(or $(XDG_CACHE_HOME),$(HOME)/.cache)/lin64
export LIN64_CACHE := $(CACHE_DIR)

JOBS ?= $(shell nproc)

HOSTCC ?= cc
HOST_CFLAGS := -O2 -g -Wall -Wextra -Werror -std=c11 -D_DEFAULT_SOURCE

# Target: the NEC VR4300, o32, big-endian.  -mfix4300 works around the
# VR4300's multiply erratum; -G 0 keeps every object's small-data
# assumptions the same (musl, the runtime and our code are mixed freely).
CROSS := mips-linux-gnu-
VR4300_CFLAGS := -march=vr4300 -mfix4300 -mabi=32 -mno-abicalls -fno-pic -G 0
CROSS_GCC_VERSION = $(shell $(CROSS)gcc -dumpfullversion 2>/dev/null)

# Debian packages the build needs; components add their own.
DEB_PACKAGES := make gcc libc6-dev dpkg-dev patch xz-utils bzip2 \
	gcc-mips-linux-gnu binutils-mips-linux-gnu

# `deps` runs before anything that needs the packages; with everything
# installed it is a single dpkg query.
.PHONY: deps
deps:
	@tools/deps.sh $(sort $(DEB_PACKAGES))

# $(call cache-key,FILES,TEXT): a short hash of the contents of FILES and
# of TEXT (versions, flags).  Keys name cached builds in tools/cache.sh.
cache-key = $(shell { cat $(1) | sha256sum; echo '$(2)'; } | sha256sum | cut -c1-16)

# $(call deb-src-unpack,PACKAGE,VERSION_PREFIX,DEST,PATCHDIR)
deb-src-unpack = tools/unpack.sh deb-src $(1) $(2) $(3) $(4)

UNIT_TESTS :=

# One recipe line per $(foreach) word: $(...)$(newline)
define newline


endef
