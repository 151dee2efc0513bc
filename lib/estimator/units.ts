/**
 * Memory sizes are binary: a "24 GB" card holds 24 x 2^30 bytes, and llama.cpp prints file sizes in
 * GiB, so every memory figure in the engine's inputs and outputs is GiB (named GB, as it is sold).
 * Bandwidth (GB/s) and compute (TFLOPS) are decimal, as on spec sheets: x 1e9 and x 1e12.
 */
export const BYTES_PER_GIB = 2 ** 30;
export const gibToBytes = (gib: number): number => gib * BYTES_PER_GIB;
