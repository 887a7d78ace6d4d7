# `make fuzz`: libFuzzer on the parsers that read untrusted bytes, each
# for FUZZ_SECONDS (default 60), starting from the tables of the ROM we
# build.  A crash leaves its input in out/fuzz/ and fails the target.

FUZZ_SECONDS ?= 60
FUZZ_OUT := $(OUT)/fuzz
FUZZ_TOC := $(FUZZ_OUT)/fuzz_toc
FUZZ_CFLAGS := -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all

DEB_PACKAGES += clang libclang-rt-14-dev

$(FUZZ_TOC): tests/fuzz/fuzz_toc.c $(TOC_SRCS) $(TOC_HDRS) | deps
	@mkdir -p $(@D)
	clang $(FUZZ_CFLAGS) tests/fuzz/fuzz_toc.c $(TOC_SRCS) -o $@

.PHONY: fuzz
fuzz: $(FUZZ_TOC) $(ROM)
	rm -rf $(FUZZ_OUT)/toc-corpus && mkdir -p $(FUZZ_OUT)/toc-corpus
	tools/extract-toc.sh $(ROM) >$(FUZZ_OUT)/toc-corpus/lin64.toc
	cd $(FUZZ_OUT) && ./fuzz_toc -max_total_time=$(FUZZ_SECONDS) \
		-max_len=65536 toc-corpus
