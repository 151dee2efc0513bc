/**
 * The engine's defaults for inputs a caller leaves out. A module of its own, free of imports, so a page
 * can show the defaults without bundling the engine and the catalog.
 */

/** What a discrete GPU's host is assumed to have when the input does not say. */
export const DEFAULT_SYSTEM_RAM = { gib: 32, bandwidthGBps: 89.6, label: 'DDR5-5600 dual channel' } as const;
export const DEFAULT_CONTEXT_TOKENS = 8192;
export const DEFAULT_PROMPT_TOKENS = 512;
export const DEFAULT_OUTPUT_TOKENS = 512;
export const MAX_DEVICES = 16;
