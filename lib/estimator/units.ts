/** Byte-unit conversions. 1 GB = 1e9 bytes (spec sheets, bandwidth); 1 GiB = 2^30 bytes (file sizes, llama.cpp logs). */
export const BYTES_PER_GB = 1e9;
export const BYTES_PER_GIB = 2 ** 30;
export const gibToBytes = (gib: number): number => gib * BYTES_PER_GIB;
export const bytesToGB = (bytes: number): number => bytes / BYTES_PER_GB;
export const gbToBytes = (gb: number): number => gb * BYTES_PER_GB;
