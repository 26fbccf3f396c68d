#ifndef RESCONV_FUZZ_DRIVER_H
#define RESCONV_FUZZ_DRIVER_H

#include <stddef.h>
#include <stdint.h>

/// libFuzzer's driver, for programs that keep their own main (libclang_rt.fuzzer provides it
/// when linked with -sanitize=fuzzer). Only the fuzz build of resconv-fuzz calls it.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif
