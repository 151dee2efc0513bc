/**
 * The Steam Hardware & Software Survey's video-card list for one month: every entry with at least
 * 0.3 % share, and the catalog device each must resolve to through `matchDevice` (written by hand; the
 * test in steam-survey.test.ts checks them). Shares are percent of all surveyed systems, desktop and
 * laptop together, as Steam publishes them (https://store.steampowered.com/hwsurvey/videocard/).
 *
 * Read from the monthly archive of the survey pages in jdegene/steamHWsurvey (shs.csv, rows
 * "2026-04-01,Video Card Description"; the scraper dates rows by the month measured, published by Steam
 * early the next month), commit f57128a523a1809c8db8a2e4d0de488f41326121 ("added April 2026 data",
 * 2026-05-02). "Other" (9.06 %) is left out. The same archive notes February 2026 as faulty; April is not.
 * "Apple M2" enters the list this month (+1.77 points from nothing); it is kept as printed.
 *
 * A name that names no single product cannot resolve to one device, and the table says so:
 * - `unidentifiable`: a driver's generic iGPU name ("AMD Radeon(TM) Graphics", "Intel(R) Graphics")
 *   names only the maker: many different integrated GPUs print it;
 * - `ambiguous`: "Intel(R) UHD Graphics" without a number is printed by several generations of Intel
 *   iGPUs, so the matcher lists the numbered UHD devices rather than pick one.
 * Ids are kept here, never figures: every figure comes from the catalog.
 */
export interface SurveyEntry {
  /** The name exactly as the survey prints it. */
  name: string;
  /** Share of surveyed systems, percent. */
  sharePct: number;
  /** Change from the month before, percentage points. */
  changePct: number;
  device?: string;
  ambiguous?: readonly string[];
  unidentifiable?: true;
}

/** The numbered UHD iGPUs the catalog has: the candidates for a UHD name without a number. */
const UHD_WITHOUT_NUMBER = ['intel-uhd-620', 'intel-uhd-630', 'intel-uhd-770'] as const;

export const STEAM_SURVEY = {
  month: '2026-04',
  source: 'https://store.steampowered.com/hwsurvey/videocard/',
  readFrom: 'jdegene/steamHWsurvey shs.csv @ f57128a523a1809c8db8a2e4d0de488f41326121 (rows 2026-04-01, Video Card Description)',
  thresholdPct: 0.3,
  /** Rows of the month in the archive, all shares and "Other" included. */
  rowsInMonth: 104,
} as const;

export const STEAM_SURVEY_ENTRIES: readonly SurveyEntry[] = [
  { name: 'NVIDIA GeForce RTX 3060', sharePct: 3.99, changePct: 0.07, device: 'rtx-3060-12gb' },
  { name: 'NVIDIA GeForce RTX 4060', sharePct: 3.86, changePct: 0.15, device: 'rtx-4060' },
  { name: 'NVIDIA GeForce RTX 4060 Laptop GPU', sharePct: 3.78, changePct: -0.03, device: 'rtx-4060-laptop' },
  { name: 'NVIDIA GeForce RTX 3050', sharePct: 3.04, changePct: 0.07, device: 'rtx-3050' },
  { name: 'NVIDIA GeForce RTX 5070', sharePct: 2.86, changePct: 0.16, device: 'rtx-5070' },
  { name: 'NVIDIA GeForce GTX 1650', sharePct: 2.58, changePct: -0.02, device: 'gtx-1650' },
  { name: 'NVIDIA GeForce RTX 5060', sharePct: 2.57, changePct: 0.29, device: 'rtx-5060' },
  { name: 'NVIDIA GeForce RTX 4060 Ti', sharePct: 2.45, changePct: 0.09, device: 'rtx-4060-ti-8gb' },
  { name: 'NVIDIA GeForce RTX 3060 Ti', sharePct: 2.32, changePct: 0.1, device: 'rtx-3060-ti' },
  { name: 'AMD Radeon(TM) Graphics', sharePct: 2.27, changePct: -0.02, unidentifiable: true },
  { name: 'NVIDIA GeForce RTX 3070', sharePct: 2.1, changePct: 0.0, device: 'rtx-3070' },
  { name: 'NVIDIA GeForce RTX 3060 Laptop GPU', sharePct: 1.87, changePct: -0.05, device: 'rtx-3060-laptop' },
  { name: 'AMD Radeon Graphics', sharePct: 1.83, changePct: -0.1, unidentifiable: true },
  { name: 'NVIDIA GeForce RTX 5060 Ti', sharePct: 1.81, changePct: 0.23, device: 'rtx-5060-ti-16gb' },
  { name: 'NVIDIA GeForce RTX 4070', sharePct: 1.79, changePct: -0.01, device: 'rtx-4070' },
  { name: 'Apple M2', sharePct: 1.77, changePct: 1.77, device: 'apple-m2' },
  { name: 'NVIDIA GeForce RTX 2060', sharePct: 1.76, changePct: -0.03, device: 'rtx-2060' },
  { name: 'Intel Iris Xe Graphics', sharePct: 1.69, changePct: -0.17, device: 'intel-iris-xe' },
  { name: 'NVIDIA GeForce RTX 5070 Ti', sharePct: 1.62, changePct: 0.15, device: 'rtx-5070-ti' },
  { name: 'NVIDIA GeForce GTX 1060', sharePct: 1.61, changePct: 0.02, device: 'gtx-1060-6gb' },
  { name: 'NVIDIA GeForce RTX 5060 Laptop GPU', sharePct: 1.61, changePct: -0.09, device: 'rtx-5060-laptop' },
  { name: 'NVIDIA GeForce RTX 4050 Laptop GPU', sharePct: 1.56, changePct: 0.02, device: 'rtx-4050-laptop' },
  { name: 'NVIDIA GeForce RTX 4070 SUPER', sharePct: 1.51, changePct: 0.0, device: 'rtx-4070-super' },
  { name: 'NVIDIA GeForce GTX 1660 SUPER', sharePct: 1.46, changePct: 0.07, device: 'gtx-1660-super' },
  { name: 'NVIDIA GeForce RTX 3080', sharePct: 1.45, changePct: -0.01, device: 'rtx-3080-10gb' },
  { name: 'NVIDIA GeForce RTX 5080', sharePct: 1.37, changePct: 0.1, device: 'rtx-5080' },
  { name: 'AMD Radeon RX 7800 XT', sharePct: 1.22, changePct: 0.12, device: 'rx-7800-xt' },
  { name: 'NVIDIA GeForce GTX 1050 Ti', sharePct: 1.21, changePct: -0.02, device: 'gtx-1050-ti' },
  { name: 'Intel(R) UHD Graphics', sharePct: 1.09, changePct: -0.1, ambiguous: UHD_WITHOUT_NUMBER },
  { name: 'NVIDIA GeForce RTX 3070 Ti', sharePct: 0.97, changePct: 0.02, device: 'rtx-3070-ti' },
  { name: 'NVIDIA GeForce RTX 4070 Ti', sharePct: 0.97, changePct: 0.07, device: 'rtx-4070-ti' },
  { name: 'NVIDIA GeForce RTX 4070 Laptop GPU', sharePct: 0.95, changePct: -0.01, device: 'rtx-4070-laptop' },
  { name: 'NVIDIA GeForce GTX 1660 Ti', sharePct: 0.9, changePct: -0.03, device: 'gtx-1660-ti' },
  { name: 'AMD Radeon RX 6600', sharePct: 0.84, changePct: 0.02, device: 'rx-6600' },
  { name: 'NVIDIA GeForce RTX 2060 SUPER', sharePct: 0.79, changePct: 0.03, device: 'rtx-2060-super' },
  { name: 'NVIDIA GeForce RTX 4070 Ti SUPER', sharePct: 0.78, changePct: 0.05, device: 'rtx-4070-ti-super' },
  { name: 'NVIDIA GeForce RTX 4090', sharePct: 0.74, changePct: 0.0, device: 'rtx-4090' },
  { name: 'AMD Radeon RX 7600 XT', sharePct: 0.73, changePct: 0.05, device: 'rx-7600-xt' },
  { name: 'NVIDIA GeForce RTX 2070 SUPER', sharePct: 0.71, changePct: -0.02, device: 'rtx-2070-super' },
  { name: 'Intel UHD Graphics', sharePct: 0.7, changePct: -0.06, ambiguous: UHD_WITHOUT_NUMBER },
  { name: 'NVIDIA GeForce RTX 4080 SUPER', sharePct: 0.66, changePct: 0.02, device: 'rtx-4080-super' },
  { name: 'NVIDIA GeForce RTX 4080', sharePct: 0.66, changePct: 0.01, device: 'rtx-4080' },
  { name: 'NVIDIA GeForce GTX 1070', sharePct: 0.65, changePct: -0.02, device: 'gtx-1070' },
  { name: 'NVIDIA GeForce RTX 3050 Ti Laptop GPU', sharePct: 0.64, changePct: -0.01, device: 'rtx-3050-ti-laptop' },
  { name: 'AMD Radeon RX 580 2048SP', sharePct: 0.59, changePct: 0.01, device: 'rx-580-2048sp' },
  { name: 'NVIDIA GeForce RTX 3050 6GB Laptop GPU', sharePct: 0.58, changePct: 0.0, device: 'rtx-3050-laptop-6gb' },
  { name: 'AMD Radeon RX 5700 XT', sharePct: 0.57, changePct: -0.01, device: 'rx-5700-xt' },
  { name: 'NVIDIA GeForce GTX 1050', sharePct: 0.57, changePct: -0.03, device: 'gtx-1050' },
  { name: 'NVIDIA GeForce RTX 3080 Ti', sharePct: 0.56, changePct: 0.0, device: 'rtx-3080-ti' },
  { name: 'AMD Radeon RX 6700 XT', sharePct: 0.54, changePct: -0.01, device: 'rx-6700-xt' },
  { name: 'AMD Radeon RX 580', sharePct: 0.53, changePct: -0.01, device: 'rx-580-8gb' },
  { name: 'NVIDIA GeForce GTX 1660', sharePct: 0.49, changePct: 0.0, device: 'gtx-1660' },
  { name: 'NVIDIA GeForce RTX 2070', sharePct: 0.49, changePct: 0.01, device: 'rtx-2070' },
  { name: 'AMD Radeon RX 7900 XTX', sharePct: 0.48, changePct: 0.0, device: 'rx-7900-xtx' },
  { name: 'NVIDIA GeForce RTX 2050', sharePct: 0.46, changePct: 0.01, device: 'rtx-2050-laptop' },
  { name: 'Intel UHD Graphics 620', sharePct: 0.45, changePct: -0.05, device: 'intel-uhd-620' },
  { name: 'NVIDIA GeForce RTX 3070 Laptop GPU', sharePct: 0.44, changePct: -0.01, device: 'rtx-3070-laptop' },
  { name: 'NVIDIA GeForce RTX 5070 Laptop GPU', sharePct: 0.44, changePct: 0.02, device: 'rtx-5070-laptop' },
  { name: 'AMD Radeon Graphics (RADV VANGOGH)', sharePct: 0.43, changePct: -0.04, device: 'steam-deck' },
  { name: 'AMD Radeon (TM) Graphics', sharePct: 0.42, changePct: -0.01, unidentifiable: true },
  { name: 'NVIDIA GeForce GTX 1080', sharePct: 0.42, changePct: -0.02, device: 'gtx-1080' },
  { name: 'NVIDIA GeForce RTX 5090', sharePct: 0.41, changePct: 0.01, device: 'rtx-5090' },
  { name: 'NVIDIA GeForce GTX 1650 Ti', sharePct: 0.38, changePct: -0.01, device: 'gtx-1650-ti-laptop' },
  { name: 'NVIDIA GeForce RTX 3090', sharePct: 0.38, changePct: -0.02, device: 'rtx-3090' },
{ name: 'AMD AMD Custom GPU 0405', sharePct: 0.38, changePct: -0.06, device: 'steam-deck' },
  { name: 'NVIDIA GeForce RTX 3050 Laptop GPU', sharePct: 0.37, changePct: -0.02, device: 'rtx-3050-laptop' },
  { name: 'AMD Radeon RX 570', sharePct: 0.36, changePct: 0.0, device: 'rx-570-4gb' },
  { name: 'AMD Radeon 780M Graphics', sharePct: 0.33, changePct: -0.04, device: 'radeon-780m' },
  { name: 'AMD Radeon RX 6600 XT', sharePct: 0.33, changePct: 0.0, device: 'rx-6600-xt' },
  { name: 'AMD Radeon Vega 8 Graphics', sharePct: 0.33, changePct: -0.03, device: 'radeon-vega-8' },
  { name: 'Intel(R) Graphics', sharePct: 0.33, changePct: -0.02, unidentifiable: true },
  { name: 'AMD Radeon RX 6750 XT', sharePct: 0.32, changePct: 0.0, device: 'rx-6750-xt' },
  { name: 'NVIDIA GeForce GTX 1080 Ti', sharePct: 0.32, changePct: -0.01, device: 'gtx-1080-ti' },
  { name: 'NVIDIA GeForce RTX 5070 Ti Laptop GPU', sharePct: 0.32, changePct: 0.03, device: 'rtx-5070-ti-laptop' },
];
