# Builds musl into SYSROOT.  Run by toolchain.mk through tools/cache.sh, so
# it only runs when the musl version, the compiler or the flags change.
#
# Only the static library and the plain crt files: Scrt1.o and rcrt1.o
# are position-independent, which -mno-abicalls code cannot be, and a
# static non-PIC system never uses them.  The empty libm.a and friends
# keep `-lm` from finding glibc's libraries in the cross compiler's path.

MUSL_SRC := $(OUT)/build/musl
MUSL_LIBS := lib/libc.a lib/crt1.o lib/crti.o lib/crtn.o \
	$(foreach l,m rt pthread crypt util xnet resolv dl,lib/lib$(l).a)

.PHONY: install
install:
	tools/unpack.sh deb-src musl $(MUSL_VERSION_PREFIX) $(MUSL_SRC) toolchain/musl-patches >/dev/null
	cd $(MUSL_SRC) && ./configure --target=mips-linux-gnu \
		--prefix=/ --disable-shared CROSS_COMPILE=$(CROSS) \
		CC=$(CROSS)gcc "CFLAGS=$(MUSL_CFLAGS)" LIBCC= >/dev/null
	$(MAKE) -C $(MUSL_SRC) -j$(JOBS) -s $(MUSL_LIBS)
	$(MAKE) -C $(MUSL_SRC) -s install-headers DESTDIR=$(SYSROOT)
	mkdir -p $(SYSROOT)/lib
	cd $(MUSL_SRC) && cp $(MUSL_LIBS) $(SYSROOT)/lib/
