/**
 * Provenance of every device in devices.ts: where each figure was read, when, and how derived figures
 * were computed. Server, CLI and tests only: the browser bundle never imports this file.
 *
 * Hardware catalog: GPUs, unified-memory systems (Apple silicon, Strix Halo, GB10, iGPUs) and CPU-only
 * memory set-ups that the estimator can place a model on.
 *
 * Units are in the field names: memory in GB (1 GB = 1e9 bytes, as vendors quote VRAM), bandwidth in
 * GB/s, throughput in TFLOPS.
 * - `bandwidthGBps` is the nominal spec-sheet peak (bus width x data rate). Measured bandwidth is lower:
 *   roughly 80-90 % on discrete GPUs, 60-80 % for CPU DIMMs and unified-memory SoCs.
 * - `fp16TFLOPS` is dense FP16 with FP32 accumulate on tensor/matrix units where the chip has them
 *   (NVIDIA tensor cores, AMD WMMA/matrix cores, Intel XMX), otherwise shader FP16 (Apple GPUs, Vega, RDNA 2;
 *   the P40 gets its FP32 rate, which is what llama.cpp runs at there). Figures that
 *   vendors quote "with sparsity" were halved; each record's notes say which figure was used. Left out
 *   when no source gave it.
 * - For unified and system memory, `memoryGB` is a common configuration and `memoryOptionsGB` lists the
 *   sizes sold; the GPU of a unified-memory system can address only part of the pool.
 * - For iGPUs and CPU entries the bandwidth is that of the system RAM named in the record.
 *
 * Sources: data/reference/hardware.csv (every row carried over, its sources condensed),
 * data/benchmarks/calibration.csv (device ids and several sourced bandwidths), and spec pages,
 * vendor announcements and spec databases found for the rest; each record's `source` names them.
 * Values marked DERIVED in notes were computed from sourced bus width and data rate (or by halving a
 * sparse figure). `asOf` marks records whose figures (memory options, support) may still change.
 */
import type { Provenance } from './types';

export const deviceProvenance: Record<string, Provenance> = {
  'gtx-1050': {
    source: 'https://autonomy.githuka.com/blog/specs/; autonomy.githuka.com GTX 1050 spec sheet (640 CUDA cores, 2GB GDDR5, 7 Gbps, 128-bit, 112 GB/s, 1354/1455 MHz, 75 W); ilsoftware.it (GTX 1050 2 GB, 1354/1455 MHz, October 2016 launch); guru3d.com GTX 1050 3GB review (GP107-300, 5 SMs x 128 = 640)',
    notes: 'fp16 = FP32 shader rate: consumer Pascal (GP10x) runs FP16 at 1/64 of FP32 (sashleycat.com GTX 1070 Ti profile: "Double-speed FP16 Shading: No (1:64 FP32)"), so llama.cpp computes in FP32 there; same basis as p40. DERIVED = 640 x 2 x 1.455 GHz = 1.86 TFLOPS. A 3GB variant (768 cores, 96-bit) exists and is not catalogued.',
  },
  'gtx-1050-ti': {
    source: 'https://cputronic.com/gpu/nvidia-geforce-gtx-1050-ti; cputronic.com GTX 1050 Ti (4GB GDDR5, 1752 MHz memory clock, 768 shading units, 1291/1392 MHz, 75 W, October 2016, FP32 2.138 TFLOPS); notebookinfo.de GTX 1050 Ti (GP107, 768 cores, 128-bit, 7000 MHz effective, 112 GB/s); autonomy.githuka.com (the 1050 Ti shares the 1050\'s 128-bit 7 GT/s bus, 112 GB/s)',
    notes: 'fp16 = FP32 shader rate: consumer Pascal (GP10x) runs FP16 at 1/64 of FP32 (sashleycat.com GTX 1070 Ti profile: "Double-speed FP16 Shading: No (1:64 FP32)"), so llama.cpp computes in FP32 there; same basis as p40. DERIVED = 768 x 2 x 1.392 GHz = 2.14 TFLOPS (cputronic: 2.138). The GTX 1050 Ti laptop part has the same memory and higher clocks and is not catalogued separately.',
  },
  'gtx-1060-3gb': {
    source: 'https://custompcreview.com/news/nvidia-launches-geforce-gtx-1060-3gb-priced-200; custompcreview.com GTX 10 table (1060 3GB: GP106, 1152 CUDA cores, 1506/1708 MHz, 3GB GDDR5, 192-bit, 8 Gbps, 120 W); mobipicker.com (1152 cores, 192-bit)',
    notes: 'Bandwidth DERIVED = 192-bit x 8 Gbps / 8 = 192 GB/s. Not just less memory: one SM is disabled (1152 vs 1280 cores). "1060" alone is ambiguous with the 6GB card. fp16 = FP32 shader rate: consumer Pascal (GP10x) runs FP16 at 1/64 of FP32 (sashleycat.com GTX 1070 Ti profile: "Double-speed FP16 Shading: No (1:64 FP32)"), so llama.cpp computes in FP32 there; same basis as p40. DERIVED = 1152 x 2 x 1.708 GHz = 3.94 TFLOPS.',
  },
  'gtx-1060-6gb': {
    source: 'https://cpu-gpu.alldbin.com/graphics-card-comparison/GeForce-GTX-1060-6-GB-and-Tahiti-comparison.html; cpu-gpu.alldbin.com GTX 1060 6 GB (GP106, July 2016, 1280 CUDA cores, 1506/1708 MHz, 4,375 GFLOPS, 6 GB GDDR5, 192-bit, 8000 MHz, 192.2 GB/s, 120 W); custompcreview.com GTX 10 table (same figures)',
    notes: 'fp16 = FP32 shader rate: consumer Pascal (GP10x) runs FP16 at 1/64 of FP32 (sashleycat.com GTX 1070 Ti profile: "Double-speed FP16 Shading: No (1:64 FP32)"), so llama.cpp computes in FP32 there; same basis as p40. DERIVED = 1280 x 2 x 1.708 GHz = 4.37 TFLOPS (alldbin: 4.375). Laptops with "GTX 1060" have the same 1280 cores and 6GB at lower clocks; a 5GB cafe variant exists. Not catalogued separately.',
  },
  'gtx-1070': {
    source: 'https://en.gamegpu.com/geforce-gtx-1xxx-series/geforce-gtx-1070; gamegpu.com GTX 1070 (GP104-200, 1920 cores, 1506/1683 MHz, 8GB GDDR5 at 2000 MHz on 256-bit, 256 GB/s, 150 W, released 10 June 2016); ocaholic.ch (NVIDIA official: 1920 CUDA cores, 8 Gbps, 256-bit, 256 GB/s, 1506/1683 MHz)',
    notes: 'fp16 = FP32 shader rate: consumer Pascal (GP10x) runs FP16 at 1/64 of FP32 (sashleycat.com GTX 1070 Ti profile: "Double-speed FP16 Shading: No (1:64 FP32)"), so llama.cpp computes in FP32 there; same basis as p40. DERIVED = 1920 x 2 x 1.683 GHz = 6.46 TFLOPS.',
  },
  'gtx-1070-ti': {
    source: 'https://www.hardwareluxx.de/index.php/tags/geforce-gtx-1070-ti.html; hardwareluxx.de (GP104-300, 19 SMs, 2432 shaders, 256-bit, 8 GB GDDR5 at 2000 MHz); booteng.com launch review (2432 cores, 1607/1683 MHz, memory as GTX 1070, 180 W); sashleycat.com GTX 1070 Ti profile (released November 2 2017; FP16 1:64)',
    notes: 'Bandwidth DERIVED = 256-bit x 8 Gbps (2000 MHz GDDR5) / 8 = 256 GB/s, the same memory as the GTX 1070 (256 GB/s per gamegpu.com). fp16 = FP32 shader rate: consumer Pascal (GP10x) runs FP16 at 1/64 of FP32 (sashleycat.com GTX 1070 Ti profile: "Double-speed FP16 Shading: No (1:64 FP32)"), so llama.cpp computes in FP32 there; same basis as p40. DERIVED = 2432 x 2 x 1.683 GHz = 8.19 TFLOPS.',
  },
  'gtx-1080': {
    source: 'https://custompcreview.com/news/nvidia-launches-geforce-gtx-1060-3gb-priced-200; custompcreview.com GTX 10 table (GTX 1080: GP104, 2560 CUDA cores, 1607/1733 MHz, 8GB GDDR5X, 256-bit, 10 Gbps, 180 W); gamegpu.com GTX 1070 page (GTX 1080: 320 GB/s, 1607/1733 MHz); techradar.com (GTX 1080 320GB/s)',
    notes: 'fp16 = FP32 shader rate: consumer Pascal (GP10x) runs FP16 at 1/64 of FP32 (sashleycat.com GTX 1070 Ti profile: "Double-speed FP16 Shading: No (1:64 FP32)"), so llama.cpp computes in FP32 there; same basis as p40. DERIVED = 2560 x 2 x 1.733 GHz = 8.87 TFLOPS. Later cards with 11 Gbps GDDR5X have 352 GB/s (tomshardware.com GTX 1080 Ti launch article).',
  },
  'gtx-1080-ti': {
    source: 'https://www.tomshardware.com/news/nvidia-geforce-gtx-1080-ti,33775.html; Tom\'s Hardware launch article (Mar 2017: 28 SMs, 3584 CUDA cores, rated GPU Boost 1.6 GHz, 352-bit, 11 Gb/s GDDR5X, 11GB, 484 GB/s); techpowerup.com MSI GTX 1080 Ti Lightning Z review (3584 cores, 352-bit, 11 GB)',
    notes: 'fp16 = FP32 shader rate: consumer Pascal (GP10x) runs FP16 at 1/64 of FP32 (sashleycat.com GTX 1070 Ti profile: "Double-speed FP16 Shading: No (1:64 FP32)"), so llama.cpp computes in FP32 there; same basis as p40. DERIVED = 3584 x 2 x 1.6 GHz = 11.47 TFLOPS at the rated 1.6 GHz boost Tom\'s Hardware gives (NVIDIA\'s exact figure, 1582 MHz, gives 11.34).',
  },
  'gtx-1650': {
    source: 'https://computerbase.de/2019-04/nvidia-geforce-gtx-1650-1660-ti-notebook; computerbase.de table (GTX 1650 desktop: TU117, 896 shaders, 1485/1665 MHz, 4 GB GDDR5, 128-bit, 128 GB/s, 75 W); informatyk-szczecin.com (14 SMs, 896 CUDA cores, 8 GT/s, 128 GB/s, 1665 MHz = 2984 GFLOPS FP32); hardwaredb.net (released April 2019); techpowerup.com news (GDDR6 refresh: 12 Gbps, 192 GB/s); pcpartdb.com GTX 1650 (GDDR6) (896 cores, 1410/1590 MHz, 192 GB/s, Q2 2020)',
    notes: 'fp16 = shader FP16 (GTX 16 series has no tensor cores; TU116/TU117 carry dedicated FP16 units at 2x the FP32 rate: techpowerup.com GTX 1660 Ti review "substituted tensor cores with dedicated FP16 cores per SM"; topcpu.net GTX 1650 Mobile FP16 6.205 = 2 x FP32 3.103). DERIVED = 2 x (896 x 2 x 1.665 GHz = 2.98 TFLOPS FP32) = 5.97. The 2020 GDDR6 versions have 192 GB/s at 1590 MHz (5.70 FP16) and are not catalogued separately; the laptop part is gtx-1650-laptop.',
  },
  'gtx-1650-super': {
    source: 'https://www.noticias3d.com/noticia/98741/geforce-gtx-1650-super.html; noticias3d.com (GTX 1650 SUPER: Turing, 1280 shaders, 80 TMUs, 32 ROPs, 128-bit, 4 GB GDDR6); techpowerup.com Gigabyte GTX 1650 Super Windforce OC review (TU116, launched late 2019 at $160); techpowerup.com news (a TU116 GTX 1650 carved from GTX 1650 SUPER chips "keeping the GDDR6 memory ticking at 12 Gbps")',
    notes: 'Bandwidth DERIVED = 128-bit x 12 Gbps GDDR6 / 8 = 192 GB/s (the 12 Gbps rate is read from the TechPowerUp report on the TU116 GTX 1650 that keeps the SUPER\'s memory; not stated for the SUPER itself in a source read). fp16 omitted: no source read gave its boost clock (shader FP16 would be 2 x FP32, as for the other GTX 16 cards).',
  },
  'gtx-1660': {
    source: 'https://techpowerup.com/review/evga-gtx-1660-xc-ultra/2.html; techpowerup.com EVGA GTX 1660 XC Ultra review (TU116 with 22 of 24 SMs = 1408 CUDA cores, 8 Gbps GDDR5, 192-bit, 192 GB/s, 1530/1785 MHz); guru3d.com GTX 16 table (1660: 1408 cores, 1785 MHz boost, 8 Gbps, 192-bit); barrowint.com (Digitimes: GTX 1660 on March 15 2019)',
    notes: 'fp16 = shader FP16 (GTX 16 series has no tensor cores; TU116/TU117 carry dedicated FP16 units at 2x the FP32 rate: techpowerup.com GTX 1660 Ti review "substituted tensor cores with dedicated FP16 cores per SM"; topcpu.net GTX 1650 Mobile FP16 6.205 = 2 x FP32 3.103). DERIVED = 2 x (1408 x 2 x 1.785 GHz = 5.03 TFLOPS FP32) = 10.05.',
  },
  'gtx-1660-super': {
    source: 'https://www.guru3d.com/review/gigabyte-gtx-1660-super-gaming-oc-review/page-5/; guru3d.com GTX 16 table (1660 SUPER: TU116, 1408 CUDA cores, 1530/1785 MHz, 14 Gbps, 192-bit); tomshw.it (6 GB GDDR6 at 14 Gbps)',
    notes: 'Bandwidth DERIVED = 192-bit x 14 Gbps / 8 = 336 GB/s. fp16 = shader FP16 (GTX 16 series has no tensor cores; TU116/TU117 carry dedicated FP16 units at 2x the FP32 rate: techpowerup.com GTX 1660 Ti review "substituted tensor cores with dedicated FP16 cores per SM"; topcpu.net GTX 1650 Mobile FP16 6.205 = 2 x FP32 3.103). DERIVED = 2 x (1408 x 2 x 1.785 GHz) = 10.05. Release (October 2019) per the SUPER-series coverage; not read as a date in a source here.',
  },
  'gtx-1660-ti': {
    source: 'https://www.hardcoregames.biz/nvidia-gtx-1660-ti/; hardcoregames.biz (TU116, 1536 CUDA cores, 1500/1770 MHz, 192-bit, 6GB GDDR6, 288 GB/s, 120 W); techpowerup.com EVGA GTX 1660 Ti XC Black review (1536 cores, 192-bit GDDR6, dedicated FP16 units); guru3d.com GTX 16 table (1770 MHz, 12 Gbps)',
    notes: 'fp16 = shader FP16 (GTX 16 series has no tensor cores; TU116/TU117 carry dedicated FP16 units at 2x the FP32 rate: techpowerup.com GTX 1660 Ti review "substituted tensor cores with dedicated FP16 cores per SM"; topcpu.net GTX 1650 Mobile FP16 6.205 = 2 x FP32 3.103). DERIVED = 2 x (1536 x 2 x 1.77 GHz = 5.44 TFLOPS FP32) = 10.87. Launched February 2019 (hardcoregames.biz misprints the year as 2018).',
  },
  'gtx-1650-laptop': {
    source: 'https://computerbase.de/2019-04/nvidia-geforce-gtx-1650-1660-ti-notebook; computerbase.de NVIDIA data-sheet table (GTX 1650 notebook: TU117, 1024 shaders, 1020-1395 / 1245-1560 MHz, 4 GB GDDR5, 128-bit, 128 GB/s, 35-50 W); hardwareluxx.de (same NVIDIA data sheet); notebookcheck.net GTX 1650 Mobile (March 2020 GDDR6 refresh with 896 shaders and 12 Gbps)',
    notes: 'fp16 = shader FP16 (GTX 16 series has no tensor cores; TU116/TU117 carry dedicated FP16 units at 2x the FP32 rate: techpowerup.com GTX 1660 Ti review "substituted tensor cores with dedicated FP16 cores per SM"; topcpu.net GTX 1650 Mobile FP16 6.205 = 2 x FP32 3.103). DERIVED = 2 x (1024 x 2 x 1.56 GHz = 3.19 TFLOPS FP32) = 6.39 at the top of the boost range; an upper figure (Max-Q parts boost to about 1.1-1.25 GHz). The 2020 GDDR6 refresh (896 shaders, 192 GB/s) is not catalogued separately. nvidia-smi prints "NVIDIA GeForce GTX 1650" for the full-power laptop part too (same string as the desktop card).',
  },
  'gtx-1650-ti-laptop': {
    source: 'https://cputronic.com/gpu/nvidia-geforce-gtx-1650-ti-mobile; cputronic.com GTX 1650 Ti Mobile (TU117, 1024 CUDA cores, 4 GB GDDR6, 128-bit, 192 GB/s); technical.city (released 23 April 2020, 1350/1485 MHz, 50 W); notebookcheck.net GTX 1650 Ti Max-Q (all 1024 shaders; 35-80 W variants; memory usually 10 Gbps, up to 12 Gbps)',
    notes: 'Laptop-only part (no desktop GTX 1650 Ti). Bandwidth is the 12 Gbps figure; notebookcheck says many laptops run 10 Gbps (160 GB/s). fp16 = shader FP16 (GTX 16 series has no tensor cores; TU116/TU117 carry dedicated FP16 units at 2x the FP32 rate: techpowerup.com GTX 1660 Ti review "substituted tensor cores with dedicated FP16 cores per SM"; topcpu.net GTX 1650 Mobile FP16 6.205 = 2 x FP32 3.103). DERIVED = 2 x (1024 x 2 x 1.485 GHz = 3.04 TFLOPS FP32) = 6.08; Max-Q versions are lower.',
  },
  'gtx-1660-ti-laptop': {
    source: 'https://computerbase.de/2019-04/nvidia-geforce-gtx-1650-1660-ti-notebook; computerbase.de NVIDIA data-sheet table (GTX 1660 Ti notebook: TU116, 1536 shaders, 1140-1455 / 1335-1590 MHz, 6 GB GDDR6, 192-bit, 288 GB/s, 60-80 W); hardwareluxx.de (same data sheet)',
    notes: 'fp16 = shader FP16 (GTX 16 series has no tensor cores; TU116/TU117 carry dedicated FP16 units at 2x the FP32 rate: techpowerup.com GTX 1660 Ti review "substituted tensor cores with dedicated FP16 cores per SM"; topcpu.net GTX 1650 Mobile FP16 6.205 = 2 x FP32 3.103). DERIVED = 2 x (1536 x 2 x 1.59 GHz = 4.88 TFLOPS FP32) = 9.77 at the top of the boost range; an upper figure. nvidia-smi prints "NVIDIA GeForce GTX 1660 Ti" for full-power laptops too (same string as the desktop card).',
  },
  'rtx-2060': {
    source: 'https://gist.github.com/vassvik/300a9b921f69a58ff2f422ae8f010c43; wepc.com and 2yb RTX 2060 spec pages (6GB GDDR6, 192-bit, 336 GB/s); grokipedia.com "GeForce RTX 20 series" (released Jan 2019); fp16: fudzilla.com "Nvidia announces the GeForce RTX 2060" (240 tensor cores, 1680 MHz boost; pcmasters.de and benchmark.best list the same 240 / 1680)',
    notes: 'GDDR6, 192-bit, 160 W. A 12GB variant (2021) exists but is not catalogued. fp16 DERIVED = 240 tensor cores x 1.68 GHz x 64 FLOP/clk = 25.8 (GeForce Turing FP16 tensor with FP32 accumulate; the rate that gives the whitepaper 53.8 for the 2080 Ti = 544 x 1.545 GHz x 64).',
  },
  'rtx-2060-super': {
    source: 'https://cputronic.com/en/gpu/nvidia-geforce-rtx-2060-super; TechPowerUp "NVIDIA GeForce RTX 2060 Super" review (8GB GDDR6, 256-bit, 14 Gbps = 448 GB/s, on sale July 9 2019); heise.de SUPER-series report (448 GB/s, 175 W); fp16: cputronic.com RTX 2060 SUPER (2176 shading units, 34 RT cores, 1650 MHz boost); hardwaredb.net (1650 MHz boost)',
    notes: 'GDDR6, 256-bit, 175 W. fp16 DERIVED = 272 tensor cores x 1.65 GHz x 64 FLOP/clk = 28.7 (GeForce Turing FP16 tensor with FP32 accumulate, as for rtx-2070). The tensor-core count was not read directly: 272 = 34 SMs x 8, from 34 RT cores (one per SM) and 2176 cores / 64 per SM; Turing has 8 tensor cores per 64-core SM (2060: 1920 / 240, 2070: 2304 / 288).',
  },
  'rtx-2060-12gb': {
    source: 'https://news-italys.com/nvidia-reveals-the-geforce-rtx-2060-12gb-gpus-specifications/; news-italys.com spec table (RTX 2060 12GB: TU106, 34 SMs, 2176 CUDA cores, 272 tensor cores, 1470/1650 MHz, 14 Gbps, 12 GB, 192-bit, 336 GB/s, 185 W); cputronic.com RTX 2060 12 GB (launch December 2021, 1650 MHz boost, 184 W); goodgamesnews.com (launch December 7)',
    notes: 'Same GPU configuration as the RTX 2060 SUPER with the 192-bit bus of the original 2060. fp16 DERIVED = tensor cores x boost clock x 64 FLOP/clk (GeForce Turing FP16 tensor with FP32 accumulate, as for rtx-2070; the rate that gives the whitepaper 53.8 for the 2080 Ti = 544 x 1.545 GHz x 64) = 272 x 1.65 GHz x 64 = 28.72. "2060" alone is ambiguous with the 6GB card.',
  },
  'rtx-2070-super': {
    source: 'https://kitguru.net/?p=416788; kitguru.net RTX 2060 SUPER review spec table (RTX 2070 SUPER: 40 SMs, 2560 CUDA cores, 320 tensor cores, 1770 MHz boost, 14 Gbps); techpowerup.com RTX 2060 Super review (2070 Super on sale July 9 2019; TU104); en.gamegpu.com RTX 2080 page (TU104 has a 256-bit GDDR6 bus, 448 GB/s at 14 Gbps)',
    notes: 'Bandwidth DERIVED = 256-bit (TU104) x 14 Gbps / 8 = 448 GB/s. fp16 DERIVED = tensor cores x boost clock x 64 FLOP/clk (GeForce Turing FP16 tensor with FP32 accumulate, as for rtx-2070; the rate that gives the whitepaper 53.8 for the 2080 Ti = 544 x 1.545 GHz x 64) = 320 x 1.77 GHz x 64 = 36.25 (kitguru\'s "Tensor FLOPS 72" is the FP16-accumulate rate, twice this).',
  },
  'rtx-2070': {
    source: 'https://gist.github.com/vassvik/300a9b921f69a58ff2f422ae8f010c43; enfasys.net "NVIDIA lanza las GeForce RTX 2000" (8GB GDDR6, 448 GB/s); gameseachday.com (shipping Oct 17 2018); fp16: bit-tech "Nvidia Turing architecture explained" spec table from NVIDIA (288 tensor cores, 1620 MHz reference boost)',
    notes: 'GDDR6, 256-bit. Board power 175 W reference / 185 W Founders Edition per a pre-launch report (doubtful). fp16 DERIVED = tensor cores x boost clock x 64 FLOP/clk (GeForce Turing FP16 tensor with FP32 accumulate; the rate that gives the whitepaper 53.8 for the 2080 Ti = 544 x 1.545 GHz x 64). FE clocks give 31.5.',
  },
  'rtx-2080': {
    source: 'https://gist.github.com/vassvik/300a9b921f69a58ff2f422ae8f010c43; enfasys.net "NVIDIA lanza las GeForce RTX 2000" (8GB GDDR6, 448 GB/s); cpu-gpu.alldbin.com (256-bit, 14 Gbps, 448.0 GB/s); gameseachday.com (launch Sep 20 2018); fp16: bit-tech "Nvidia Turing architecture explained" spec table from NVIDIA (368 tensor cores, 1710 MHz reference boost)',
    notes: 'GDDR6, 256-bit. Board power not confirmed in a source read (alldbin lists 215 W). fp16 DERIVED = tensor cores x boost clock x 64 FLOP/clk (GeForce Turing FP16 tensor with FP32 accumulate; the rate that gives the whitepaper 53.8 for the 2080 Ti = 544 x 1.545 GHz x 64). FE clocks give 42.4.',
  },
  'rtx-2080-super': {
    source: 'http://pcpop.com/article/6024672_1.shtml; pcpop.com RTX 2080 SUPER Founders Edition launch review (full TU104-450: two more SMs than the RTX 2080, i.e. +128 CUDA cores and +16 tensor cores, 1815 MHz boost, 15.5 GHz effective GDDR6, 250 W, launched the same month as the 2060/2070 SUPER); en.gamegpu.com RTX 2080 page (full TU104 = 48 SMs, 3072 CUDA cores, 384 tensor cores, 256-bit bus; RTX 2080 = 2944 cores, 368 tensor cores); komputerswiat.pl RTX 2080 SUPER review (48 SMs, 8 GB GDDR6)',
    notes: 'Bandwidth DERIVED = 256-bit (TU104) x 15.5 Gbps / 8 = 496 GB/s. fp16 DERIVED = tensor cores x boost clock x 64 FLOP/clk (GeForce Turing FP16 tensor with FP32 accumulate, as for rtx-2070-super) = 384 x 1.815 GHz x 64 = 44.6. Release year 2019 (July, with the 2060/2070 SUPER; techpowerup puts the 2070 SUPER on sale July 9 2019).',
  },
  'rtx-2080-ti': {
    source: 'https://gist.github.com/vassvik/300a9b921f69a58ff2f422ae8f010c43; NVIDIA Technical Blog "NVIDIA Turing Architecture In-Depth" Table 1 (read via a GitHub mirror copy): 616 GB/s, peak FP16 tensor 53.8 TFLOPS with FP32 accumulate',
    notes: 'GDDR6, 352-bit, 250 W reference / 260 W FE. fp16 = dense FP16 tensor with FP32 accumulate (reference clocks; FE 56.9); FP16-accumulate figures are 107.6 / 113.8.',
  },
  'rtx-3050': {
    source: 'https://github.com/CYBIRD-D/How-to-Choose-your-LLM-Model-for-translation/blob/HEAD/Nvidia_GPU_Specification.md; Ars Technica RTX 5060 review spec table (copy at prepmusiclog.com): RTX 3050 8GB GDDR6, 128-bit, 224 GB/s, 130 W; tezim.cz (14 Gbps, 128-bit, launched Jan 4 2022); fp16: somagnews.com RTX 3050 spec list (2560 CUDA cores, 1777 MHz boost); tezim.cz (2560 shaders, 1777 MHz); cputronic.com RTX 3050 8 GB (FP32 9.098 TFLOPS)',
    notes: '8GB GA106 desktop card. The later RTX 3050 6GB (96-bit, 70 W) is slower and not catalogued. fp16 DERIVED = 2 x FP32 shader TFLOPS (the GeForce Ampere/Ada/Blackwell dense FP16 tensor rate with FP32 accumulate, as for rtx-3060-8gb) = 2 x (2560 x 2 x 1.777 GHz = 9.10 TFLOPS).',
  },
  'rtx-3050-6gb': {
    source: 'https://github.com/CYBIRD-D/How-to-Choose-your-LLM-Model-for-translation/blob/HEAD/Nvidia_GPU_Specification.md; CYBIRD-D Nvidia_GPU_Specification.md desktop RTX 30 table (RTX 3050 6GB: 2304 CUDA cores, 6 GB, 168 GB/s); fp16: hwsetup.it RTX 3050 6GB (GA107, 2304 CUDA cores, 1.04/1.47 GHz base/boost, 14 Gbps on 96 bits, 70 W); thinkcomputers.org "RTX 3050 6GB Officially Launched" (1470 MHz boost, 96-bit, 168 GB/s, 70 W; lists 16 SMs / 2048 cores); morethantech.it (announced 2 February 2024)',
    notes: 'The 70 W cut-down 3050 (96-bit). fp16 DERIVED = 2 x FP32 (the GeForce Ampere dense FP16 tensor rate with FP32 accumulate is 2 x the FP32 shader rate, as for rtx-3050-laptop) = 2 x (2304 x 2 x 1.47 GHz = 6.77) = 13.55 at the 1470 MHz boost. Sources disagree on the core count: CYBIRD-D and hwsetup.it give 2304, thinkcomputers.org (from TechPowerUp) 16 SMs = 2048, which would give 12.04. Released February 2024 (morethantech.it, 2 Feb 2024). "3050" alone is ambiguous with the 8GB card.',
  },
  'rtx-3060-8gb': {
    source: 'https://github.com/CYBIRD-D/How-to-Choose-your-LLM-Model-for-translation/blob/HEAD/Nvidia_GPU_Specification.md; thinkcomputers.org "NVIDIA Finally Introduces GeForce RTX 3060 8GB" (128-bit, 240 GB/s); cputronic.com RTX 3060 8 GB (launch Oct 2022); fp16: spearblade.com FP32 12.74 TFLOPS for the RTX 3060 (same GA106 core count and clocks)',
    notes: '128-bit cut-down of the 12GB card (360 GB/s); same clocks and 170 W. fp16 DERIVED = 2 x FP32 shader TFLOPS: on GeForce Ampere/Ada/Blackwell the dense FP16 tensor rate with FP32 accumulate is twice the FP32 shader rate (NVIDIA whitepapers: RTX 3080 29.8 -> 59.5, RTX 4090 82.6 -> 165.2); FP16-accumulate and sparse figures are 2x and 4x this.',
  },
  'rtx-3060-12gb': {
    source: 'https://github.com/CYBIRD-D/How-to-Choose-your-LLM-Model-for-translation/blob/HEAD/Nvidia_GPU_Specification.md; hmc-tech.com RTX 3060 specs; pcpartdb; rtechsl.com (12GB GDDR6, 192-bit, ~360 GB/s); fp16: spearblade.com "RTX 2080 Ti teraflops" comparison (RTX 3060 FP32 12.74 TFLOPS)',
    notes: 'GDDR6, 192-bit, 170 W. "3060" alone is ambiguous with the 8GB card. fp16 DERIVED = 2 x FP32 shader TFLOPS: on GeForce Ampere/Ada/Blackwell the dense FP16 tensor rate with FP32 accumulate is twice the FP32 shader rate (NVIDIA whitepapers: RTX 3080 29.8 -> 59.5, RTX 4090 82.6 -> 165.2); FP16-accumulate and sparse figures are 2x and 4x this.',
  },
  'rtx-3060-ti': {
    source: 'https://github.com/CYBIRD-D/How-to-Choose-your-LLM-Model-for-translation/blob/HEAD/Nvidia_GPU_Specification.md; cputronic.com RTX 3060 Ti; splicedonline (200 W); thinkcomputers.org (GDDR6X variant 608 GB/s); fp16: GitHub "NVIDIA RTX 30 Series Specifications" table in the code corpus (4864 cores, 1665 MHz boost, FP32 16.2 TFLOPS)',
    notes: 'GDDR6, 256-bit, 200 W. The 2022 GDDR6X variant has 608 GB/s. fp16 DERIVED = 2 x FP32 shader TFLOPS: on GeForce Ampere/Ada/Blackwell the dense FP16 tensor rate with FP32 accumulate is twice the FP32 shader rate (NVIDIA whitepapers: RTX 3080 29.8 -> 59.5, RTX 4090 82.6 -> 165.2); FP16-accumulate and sparse figures are 2x and 4x this. (lamonoai/gpumap lists 35, computed at a wrong 1777 MHz clock.)',
  },
  'rtx-3070': {
    source: 'https://github.com/CYBIRD-D/How-to-Choose-your-LLM-Model-for-translation/blob/HEAD/Nvidia_GPU_Specification.md; cpu-gpu.alldbin.com RTX 3070; Tom\'s Hardware RTX 3080 Ti rumour article spec table (3070: 14 Gbps, 256-bit, 448 GB/s, 220 W); fp16: lamonoai/gpumap nvidia/GPU.md spec table (FP16 tensor with FP32 accumulate 40.6 dense / 81.3 sparse); spearblade.com (FP32 20.31)',
    notes: 'GDDR6, 256-bit, 220 W. fp16 = dense FP16 tensor with FP32 accumulate (FP16-accumulate 81.3).',
  },
  'rtx-3070-ti': {
    source: 'https://github.com/CYBIRD-D/How-to-Choose-your-LLM-Model-for-translation/blob/HEAD/Nvidia_GPU_Specification.md; CYBIRD-D/How-to-Choose-your-LLM-Model-for-translation Nvidia_GPU_Specification.md (608 GB/s); club386.com (290 W); sysrqmts.com (GDDR6X, 256-bit, 608.3 GB/s); fp16: zinc docs/NVIDIA_GPU_REFERENCE.md Ampere table (GitHub copy bong-water-water-bong/zinc; per-SKU cores and boost clocks from nvidia.com and TechPowerUp): 6144 CUDA cores, 1770 MHz boost; gamersky.com 3070 Ti review (48 SMs x 128 = 6144)',
    notes: 'GDDR6X, 256-bit, 290 W. Release year (June 2021) not read in a source here. fp16 DERIVED = 2 x FP32 shader TFLOPS (the GeForce Ampere/Ada/Blackwell dense FP16 tensor rate with FP32 accumulate, as for rtx-3060-8gb) = 2 x (6144 x 2 x 1.77 GHz = 21.75 TFLOPS).',
  },
  'rtx-3080-10gb': {
    source: 'https://github.com/CYBIRD-D/How-to-Choose-your-LLM-Model-for-translation/blob/HEAD/Nvidia_GPU_Specification.md; tweaktown.com RTX 3080 specs (10GB GDDR6X, 19 Gbps, 320-bit, 760 GB/s); itcreations.com (320 W); player.one (launch Sep 17 2020); fp16: lamonoai/gpumap nvidia/GPU.md spec table (FP16 tensor with FP32 accumulate 59.5 dense / 119 sparse, the GA102 whitepaper value)',
    notes: 'GDDR6X, 320-bit, 320 W. "3080" alone is ambiguous with the 12GB card. fp16 = dense FP16 tensor with FP32 accumulate (FP16-accumulate 119).',
  },
  'rtx-3080-12gb': {
    source: 'https://github.com/CYBIRD-D/How-to-Choose-your-LLM-Model-for-translation/blob/HEAD/Nvidia_GPU_Specification.md; droix.net "GeForce RTX 3080 12 GB launch on January 11" (384-bit, 19 Gbps, 912 GB/s, 350 W); fp16: wccftech.com and droix.net (8960 CUDA cores); zinc docs/NVIDIA_GPU_REFERENCE.md Ampere table (GitHub copy bong-water-water-bong/zinc: 8960 cores, 1710 MHz boost); winenfood.com (1.71 GHz boost for the 10GB and 12GB models)',
    notes: 'GDDR6X, 384-bit, 350 W. fp16 DERIVED = 2 x FP32 shader TFLOPS (the GeForce Ampere/Ada/Blackwell dense FP16 tensor rate with FP32 accumulate, as for rtx-3060-8gb) = 2 x (8960 x 2 x 1.71 GHz = 30.64 TFLOPS).',
  },
  'rtx-3080-ti': {
    source: 'https://github.com/CYBIRD-D/How-to-Choose-your-LLM-Model-for-translation/blob/HEAD/Nvidia_GPU_Specification.md; wccftech.com RTX 3080 Ti 12GB GDDR6X report (19 Gbps, 384-bit, 912 GB/s); fp16: spearblade.com (RTX 3080 Ti Founders Edition FP32 34.10 TFLOPS)',
    notes: 'GDDR6X, 384-bit. Source is a pre-launch report; board power and launch year not confirmed in a source read. fp16 DERIVED = 2 x FP32 shader TFLOPS: on GeForce Ampere/Ada/Blackwell the dense FP16 tensor rate with FP32 accumulate is twice the FP32 shader rate (NVIDIA whitepapers: RTX 3080 29.8 -> 59.5, RTX 4090 82.6 -> 165.2); FP16-accumulate and sparse figures are 2x and 4x this.',
  },
  'rtx-3090': {
    source: 'https://github.com/CYBIRD-D/How-to-Choose-your-LLM-Model-for-translation/blob/HEAD/Nvidia_GPU_Specification.md; Tom\'s Hardware "Nvidia GeForce RTX 3090 Specifications" (copy at holynerdvana): 936 GB/s, 350 W, Sep 24 2020; NVIDIA GA102 whitepaper value 71 TFLOPS quoted in GitHub notes',
    notes: 'GDDR6X, 384-bit, 350 W. fp16 = dense FP16 tensor with FP32 accumulate (71); Tom\'s 142 dense / 285 sparse is the FP16-accumulate figure.',
  },
  'rtx-3090-ti': {
    source: 'https://github.com/CYBIRD-D/How-to-Choose-your-LLM-Model-for-translation/blob/HEAD/Nvidia_GPU_Specification.md; tweaktown.com "NVIDIA GeForce RTX 3090 Ti: full specs" (21 Gbps, 384-bit, 1008 GB/s, 450 W); hmc-tech.com (FP16 tensor 80 with FP32 accumulate, 160 with FP16 accumulate); purepc.pl (announced CES 2022)',
    notes: 'GDDR6X, 384-bit, 450 W. fp16 = dense FP16 tensor with FP32 accumulate.',
  },
  'rtx-4060': {
    source: 'https://github.com/CYBIRD-D/How-to-Choose-your-LLM-Model-for-translation/blob/HEAD/Nvidia_GPU_Specification.md; fpsbench.com RTX 4060 (17 Gbps, 128-bit, 272 GB/s, 115 W); hmc-tech.com; fp16: fpsbench.com RTX 4060 (3072 cores, 2460 MHz boost, FP32 15.11 TFLOPS)',
    notes: 'GDDR6, 128-bit, 115 W. Not the RTX 4060 Laptop GPU (rtx-4060-laptop). fp16 DERIVED = 2 x FP32 shader TFLOPS: on GeForce Ampere/Ada/Blackwell the dense FP16 tensor rate with FP32 accumulate is twice the FP32 shader rate (NVIDIA whitepapers: RTX 3080 29.8 -> 59.5, RTX 4090 82.6 -> 165.2); FP16-accumulate and sparse figures are 2x and 4x this.',
  },
  'rtx-4060-ti-8gb': {
    source: 'https://github.com/CYBIRD-D/How-to-Choose-your-LLM-Model-for-translation/blob/HEAD/Nvidia_GPU_Specification.md; cpu-gpu.alldbin.com RTX 4060 Ti comparison (May 2023, 128-bit, 288 GB/s, 160 W); fp16: chipversus.com AD106 listing (4352 shaders, 2310-2535 MHz; FP32 = 4352 x 2 x 2.535 GHz = 22.1 TFLOPS)',
    notes: 'GDDR6, 128-bit, 160 W. "4060 Ti" alone is ambiguous with the 16GB card. fp16 DERIVED = 2 x FP32 shader TFLOPS: on GeForce Ampere/Ada/Blackwell the dense FP16 tensor rate with FP32 accumulate is twice the FP32 shader rate (NVIDIA whitepapers: RTX 3080 29.8 -> 59.5, RTX 4090 82.6 -> 165.2); FP16-accumulate and sparse figures are 2x and 4x this.',
  },
  'rtx-4060-ti-16gb': {
    source: 'https://github.com/CYBIRD-D/How-to-Choose-your-LLM-Model-for-translation/blob/HEAD/Nvidia_GPU_Specification.md; cpu-gpu.alldbin.com RTX 4060 Ti 16GB; fp16: chipversus.com AD106 listing (4352 shaders, 2535 MHz boost; same GPU as the 8GB card)',
    notes: 'GDDR6, 128-bit, 165 W. Release year taken as the same generation as the 8GB card (exact date not sourced). fp16 DERIVED = 2 x FP32 shader TFLOPS: on GeForce Ampere/Ada/Blackwell the dense FP16 tensor rate with FP32 accumulate is twice the FP32 shader rate (NVIDIA whitepapers: RTX 3080 29.8 -> 59.5, RTX 4090 82.6 -> 165.2); FP16-accumulate and sparse figures are 2x and 4x this.',
  },
  'rtx-4070': {
    source: 'https://github.com/CYBIRD-D/How-to-Choose-your-LLM-Model-for-translation/blob/HEAD/Nvidia_GPU_Specification.md; club386.com RTX 4070 specs; thefpsreview.com (April 2023); fp16: lamonoai/gpumap nvidia/GPU.md spec table (FP32 29.1, FP16 tensor with FP32 accumulate 58 dense / 117 sparse)',
    notes: 'GDDR6X, 192-bit, 200 W; 504.2 GB/s exact. Not the RTX 4070 Laptop GPU (rtx-4070-laptop). fp16 = dense FP16 tensor with FP32 accumulate = 2 x FP32 29.1.',
  },
  'rtx-4070-super': {
    source: 'https://github.com/CYBIRD-D/How-to-Choose-your-LLM-Model-for-translation/blob/HEAD/Nvidia_GPU_Specification.md; CYBIRD-D/How-to-Choose-your-LLM-Model-for-translation Nvidia_GPU_Specification.md (504 GB/s); HKEPC review (220 W TGP); launch Jan 17 2024; fp16: TechPowerUp RTX 4070 SUPER Founders Edition and Gainward Ghost reviews (7168 CUDA cores); zinc docs/NVIDIA_GPU_REFERENCE.md Ada table (GitHub copy bong-water-water-bong/zinc: 2475 MHz boost); huggingface.co/hardware/rtx-4070-super (35.48 TFLOPS FP32)',
    notes: '220 W. Memory type and bus not confirmed in a source read. fp16 DERIVED = 2 x FP32 shader TFLOPS (the GeForce Ampere/Ada/Blackwell dense FP16 tensor rate with FP32 accumulate, as for rtx-3060-8gb) = 2 x (7168 x 2 x 2.475 GHz = 35.48 TFLOPS).',
  },
  'rtx-4070-ti': {
    source: 'https://github.com/CYBIRD-D/How-to-Choose-your-LLM-Model-for-translation/blob/HEAD/Nvidia_GPU_Specification.md; club386.com; fpsbench.com RTX 4070 Ti (21 Gbps GDDR6X, 192-bit, 504.2 GB/s, 285 W); fp16: lamonoai/gpumap nvidia/GPU.md spec table (FP32 40, FP16 tensor with FP32 accumulate 80 dense / 160 sparse)',
    notes: 'GDDR6X, 192-bit, 285 W. fp16 = dense FP16 tensor with FP32 accumulate (Ada whitepaper value 80.2 = 2 x FP32 40.1).',
  },
  'rtx-4070-ti-super': {
    source: 'https://github.com/CYBIRD-D/How-to-Choose-your-LLM-Model-for-translation/blob/HEAD/Nvidia_GPU_Specification.md; topcpu.net RTX 4070 Ti SUPER (16GB GDDR6X, 256-bit, 672.3 GB/s, 285 W, Jan 2024); tweaktown.com; CYBIRD-D Nvidia_GPU_Specification.md; fp16: tweaktown.com RTX 40 SUPER report (8448 CUDA cores); zinc docs/NVIDIA_GPU_REFERENCE.md Ada table (GitHub copy bong-water-water-bong/zinc: 8448 cores, 2610 MHz boost); gist.github.com bigsnarfdude deviceQuery (66 SMs, clock rate 2610000 kHz)',
    notes: 'GDDR6X, 256-bit, 285 W; launched Jan 24 2024. fp16 DERIVED = 2 x FP32 shader TFLOPS (the GeForce Ampere/Ada/Blackwell dense FP16 tensor rate with FP32 accumulate, as for rtx-3060-8gb) = 2 x (8448 x 2 x 2.61 GHz = 44.10 TFLOPS).',
  },
  'rtx-4080': {
    source: 'https://github.com/CYBIRD-D/How-to-Choose-your-LLM-Model-for-translation/blob/HEAD/Nvidia_GPU_Specification.md; Tom\'s Hardware "Nvidia GeForce RTX 4080 Specifications" (copy at holynerdvana): 22.4 Gbps, 256-bit, 717 GB/s, 320 W; club386.com; fp16: ctc.archdevil.net GPU precision table (RTX 4080 FP32 48.7, FP16 97.4); lamonoai/gpumap nvidia/GPU.md spec table (97 dense with FP32 accumulate)',
    notes: 'GDDR6X, 256-bit, 320 W; 716.8 GB/s exact. Tom\'s lists FP16 tensor 390 TFLOPS with sparsity on an FP16-accumulate basis; fp16 = dense FP32-accumulate figure 97.4 = 390 / 4.',
  },
  'rtx-4080-super': {
    source: 'https://github.com/CYBIRD-D/How-to-Choose-your-LLM-Model-for-translation/blob/HEAD/Nvidia_GPU_Specification.md; cnews.cz; tweaktown.com (16GB, 256-bit, 736 GB/s, 320 W, Jan 31 2024); fp16: tweaktown.com RTX 40 SUPER report (10240 CUDA cores); zinc docs/NVIDIA_GPU_REFERENCE.md Ada table (GitHub copy bong-water-water-bong/zinc: 2550 MHz boost); huggingface.co ohdoking/gpu_spec nvidia_gpu.csv (10240 cores, 52.22 TFLOPS FP32)',
    notes: '256-bit, 320 W. Memory type not confirmed in a source read. fp16 DERIVED = 2 x FP32 shader TFLOPS (the GeForce Ampere/Ada/Blackwell dense FP16 tensor rate with FP32 accumulate, as for rtx-3060-8gb) = 2 x (10240 x 2 x 2.55 GHz = 52.22 TFLOPS).',
  },
  'rtx-4090': {
    source: 'https://github.com/CYBIRD-D/How-to-Choose-your-LLM-Model-for-translation/blob/HEAD/Nvidia_GPU_Specification.md; NVIDIA Ada GPU Architecture whitepaper Appendix A (values quoted in GitHub notes: peak FP16 tensor with FP32 accumulate 165.2 / 330.4 sparse); waredb.com (165.15 dense / 330.30 sparse); club386.com; incpak.com (450 W, Oct 12 2022)',
    notes: 'GDDR6X, 384-bit, 450 W. fp16 = dense FP16 tensor with FP32 accumulate; the 330 figure is FP16-accumulate dense (or FP32-accumulate with sparsity). FP32 non-tensor 82.6.',
  },
  'rtx-5060': {
    source: 'https://github.com/CYBIRD-D/How-to-Choose-your-LLM-Model-for-translation/blob/HEAD/Nvidia_GPU_Specification.md; Ars Technica "RTX 5060 / 5060 Ti review" spec table (copy at prepmusiclog.com): 8GB GDDR7, 128-bit, 448 GB/s, 145 W; expertspeak.ru (8GB GDDR7); fp16: Wikipedia "GeForce RTX 50 series" table (GitHub crawl copy, Kjdragan/universal_agent) (120 tensor cores, 2.50 GHz boost, FP32 19.2 TFLOPS)',
    notes: 'GDDR7 28 Gbps, 128-bit, 145 W (an earlier leak said 150 W). fp16 DERIVED = 2 x FP32 shader TFLOPS: on GeForce Ampere/Ada/Blackwell the dense FP16 tensor rate with FP32 accumulate is twice the FP32 shader rate (NVIDIA whitepapers: RTX 3080 29.8 -> 59.5, RTX 4090 82.6 -> 165.2); FP16-accumulate and sparse figures are 2x and 4x this.',
  },
  'rtx-5060-ti-8gb': {
    source: 'https://github.com/CYBIRD-D/How-to-Choose-your-LLM-Model-for-translation/blob/HEAD/Nvidia_GPU_Specification.md; TechPowerUp Gainward RTX 5060 Ti 8 GB review (both variants 28 Gbps GDDR7, 448 GB/s); grokipedia.com "GeForce RTX 5060 Ti" (8GB and 16GB, launched Apr 16 2025); fp16: Wikipedia "GeForce RTX 50 series" table (GitHub crawl copy, Kjdragan/universal_agent) (144 tensor cores, 2.57 GHz boost, FP32 23.7 TFLOPS)',
    notes: 'GDDR7, 128-bit, 180 W. "5060 Ti" alone resolves to the 16GB card, the far more common one (lib/catalog/match.ts ASSUMED_VARIANT), with this one listed. fp16 DERIVED = 2 x FP32 shader TFLOPS: on GeForce Ampere/Ada/Blackwell the dense FP16 tensor rate with FP32 accumulate is twice the FP32 shader rate (NVIDIA whitepapers: RTX 3080 29.8 -> 59.5, RTX 4090 82.6 -> 165.2); FP16-accumulate and sparse figures are 2x and 4x this. QuantumDrizzy/BLACKWALL measured 47.0 TFLOPS cuBLAS FP16 GEMM with FP32 accumulate on a 5060 Ti (87.9 with FP16 accumulate).',
  },
  'rtx-5060-ti-16gb': {
    source: 'https://github.com/CYBIRD-D/How-to-Choose-your-LLM-Model-for-translation/blob/HEAD/Nvidia_GPU_Specification.md; cputronic.com; chipversus; techplusgame (Apr 16 2025); grokipedia.com "GeForce RTX 5060 Ti" (16GB, 180 W, 448 GB/s); fp16: Wikipedia "GeForce RTX 50 series" table (GitHub crawl copy, Kjdragan/universal_agent) (144 tensor cores, 2.57 GHz boost, FP32 23.7 TFLOPS); QuantumDrizzy/BLACKWALL README (measured FP16 GEMM with FP32 accumulate 47.0 TFLOPS on an RTX 5060 Ti)',
    notes: 'GDDR7, 128-bit, 180 W. fp16 DERIVED = 2 x FP32 shader TFLOPS: on GeForce Ampere/Ada/Blackwell the dense FP16 tensor rate with FP32 accumulate is twice the FP32 shader rate (NVIDIA whitepapers: RTX 3080 29.8 -> 59.5, RTX 4090 82.6 -> 165.2); FP16-accumulate and sparse figures are 2x and 4x this. The BLACKWALL measurement (47.0 with FP32 accumulate, 87.9 with FP16 accumulate) confirms the half rate.',
  },
  'rtx-5070': {
    source: 'https://www.tweaktown.com/news/102469/nvidia-geforce-rtx-50-series-specs-pricing-and-performance-plan-that-upgrade-today/index.html; tweaktown.com RTX 50 specs; playeatsleep.fun table (Mar 5 2025); fp16: Wikipedia "GeForce RTX 50 series" table (GitHub crawl copy, Kjdragan/universal_agent) (tensor compute 123.9 dense / 247.8 sparse, FP16-accumulate basis); lamonoai/gpumap nvidia/GPU.md spec table (FP16 tensor with FP32 accumulate 62 dense)',
    notes: 'GDDR7, 192-bit, 250 W. fp16 DERIVED = 123.9 (FP16 accumulate, dense) / 2 = dense FP16 tensor with FP32 accumulate.',
  },
  'rtx-5070-ti': {
    source: 'https://www.tweaktown.com/news/102469/nvidia-geforce-rtx-50-series-specs-pricing-and-performance-plan-that-upgrade-today/index.html; tweaktown.com RTX 50 specs; playeatsleep.fun table (Feb 20 2025); fp16: Wikipedia "GeForce RTX 50 series" table (GitHub crawl copy, Kjdragan/universal_agent) (tensor compute 177.4 dense / 354.8 sparse, FP16-accumulate basis); lamonoai/gpumap nvidia/GPU.md spec table (FP16 tensor with FP32 accumulate 88 dense)',
    notes: 'GDDR7, 256-bit, 300 W. fp16 DERIVED = 177.4 (FP16 accumulate, dense) / 2 = dense FP16 tensor with FP32 accumulate.',
  },
  'rtx-5080': {
    source: 'https://www.tweaktown.com/news/102469/nvidia-geforce-rtx-50-series-specs-pricing-and-performance-plan-that-upgrade-today/index.html; tweaktown.com RTX 50 specs; playeatsleep.fun table (Jan 30 2025); fp16: Wikipedia "GeForce RTX 50 series" table (GitHub crawl copy, Kjdragan/universal_agent) (tensor compute 225.1 dense / 450.2 sparse, FP16-accumulate basis); lamonoai/gpumap nvidia/GPU.md spec table (FP16 tensor with FP32 accumulate 113 dense)',
    notes: 'GDDR7, 256-bit, 360 W. fp16 DERIVED = 225.1 (FP16 accumulate, dense) / 2 = dense FP16 tensor with FP32 accumulate.',
  },
  'rtx-5090': {
    source: 'https://www.tweaktown.com/news/102469/nvidia-geforce-rtx-50-series-specs-pricing-and-performance-plan-that-upgrade-today/index.html; spheron.network "NVIDIA RTX 5090 Specs"; Linux Format / Tom\'s Hardware review spec box (pocketmags.com): 28 Gbps, 512-bit, 1792 GB/s, 575 W; fp16: Wikipedia "GeForce RTX 50 series" table (GitHub crawl copy, Kjdragan/universal_agent) (tensor compute 419.2 dense / 838.4 sparse, FP16-accumulate basis); lamonoai/gpumap nvidia/GPU.md spec table (FP16 tensor with FP32 accumulate 210 dense / 419 sparse)',
    notes: 'GDDR7, 512-bit, 575 W. Sources give FP16 tensor 838 TFLOPS with sparsity on an FP16-accumulate basis; fp16 DERIVED = 419.2 (FP16 accumulate, dense) / 2 = 209.6, the dense FP32-accumulate rate (838 is FP16-accumulate with sparsity).',
  },
  'rtx-5050': {
    source: 'https://github.com/CYBIRD-D/How-to-Choose-your-LLM-Model-for-translation/blob/HEAD/Nvidia_GPU_Specification.md; CYBIRD-D desktop RTX 50 table (RTX 5050 (GDDR6): 2560 CUDA cores, 8 GB, 320 GB/s); fp16: tweakers.net "Nvidia kondigt RTX 5050 aan" (2560 CUDA cores, 2.31/2.57 GHz, 128-bit 8 GB GDDR6, 320 GB/s, 130 W, second half of July 2025); io-tech.fi (20 SMs, 20 Gbps GDDR6, 2.31/2.57 GHz); hmc-tech.com RTX 5050 (FP16 tensor w/ FP32 accumulate 26.32 TFLOPS)',
    notes: 'GDDR6 (the only RTX 50 desktop card without GDDR7). fp16 DERIVED = 2 x FP32 (the GeForce Blackwell dense FP16 tensor rate with FP32 accumulate is 2 x the FP32 shader rate, as for rtx-3060-8gb) = 2 x (2560 x 2 x 2.57 GHz = 13.16) = 26.32; hmc-tech.com lists the same 26.32 FP16-tensor-with-FP32-accumulate figure. On sale from the second half of July 2025 (tweakers.net). Not the RTX 5050 Laptop GPU (GDDR7, 384 GB/s), which is not catalogued.',
  },
  'rtx-2060-laptop': {
    source: 'https://topcpu.net/en/gpu-c/geforce-rtx-2060-mobile-vs-geforce-gtx-1650-mobile; topcpu.net RTX 2060 Mobile (TU106, Jan 2019, 1920 shading units, 240 tensor cores, 960/1200 MHz, 6GB GDDR6, 192-bit, 336.0 GB/s, 115 W)',
    notes: 'fp16 DERIVED = tensor cores x boost clock x 64 FLOP/clk (GeForce Turing FP16 tensor with FP32 accumulate, as for rtx-2070; the rate that gives the whitepaper 53.8 for the 2080 Ti = 544 x 1.545 GHz x 64) = 240 x 1.2 GHz x 64 = 18.43 at the 1200 MHz boost topcpu.net lists; the 2020 refresh (sysrqmts.com: up to 1560 MHz, 11 Gbps = 264 GB/s) is faster in compute and slower in bandwidth. nvidia-smi prints "NVIDIA GeForce RTX 2060" for the full-power laptop part too (same string as the desktop card).',
  },
  'rtx-2070-laptop': {
    source: 'https://sysrqmts.com/fr/gpus/compare/nvidia-geforce-rtx-2070-mobile-vs-nvidia-quadro-rtx-4000-mobile; sysrqmts.com RTX 2070 Mobile (TU106, Jan 29 2019, 2304 shading units, 288 tensor cores, 1215/1440 MHz, 14 Gbps, 8 GB GDDR6, 256-bit, 448.0 GB/s, 115 W)',
    notes: 'fp16 DERIVED = tensor cores x boost clock x 64 FLOP/clk (GeForce Turing FP16 tensor with FP32 accumulate, as for rtx-2070; the rate that gives the whitepaper 53.8 for the 2080 Ti = 544 x 1.545 GHz x 64) = 288 x 1.44 GHz x 64 = 26.54; an upper figure (Max-Q versions run about 1.1 GHz and 11-12 Gbps memory). nvidia-smi prints "NVIDIA GeForce RTX 2070" for the full-power laptop part too.',
  },
  'rtx-3060-laptop': {
    source: 'https://github.com/CYBIRD-D/How-to-Choose-your-LLM-Model-for-translation/blob/HEAD/Nvidia_GPU_Specification.md; cpu-gpu.alldbin.com "GeForce RTX 3060 Mobile vs RTX 4070 Mobile" (6GB GDDR6, 192-bit, 14 Gbps, 336.0 GB/s, Jan 2021); notebookcheck.com (6GB, 192-bit, 12 or 14 Gbps); fp16: cpu-gpu.alldbin.com (3840 CUDA cores, 1702 MHz boost at the 115 W top of the 60-115 W range; hardwaredb.net lists 1703 MHz); Tom\'s Hardware / ComputerBase variant table (60 W Max-Q: 1282 MHz)',
    notes: '60-115 W TGP. Some laptops use 12 Gbps memory (288 GB/s). fp16 DERIVED = 2 x FP32 at the top of the power range (3840 x 2 x 1.702 GHz = 13.07 TFLOPS), the GeForce Ampere tensor ratio (hmc-tech lists 25.81 FP16 tensor with FP32 accumulate for the 110 W / 1680 MHz variant, the same basis); an upper figure: lower-power laptops are slower (19.7 at the 60 W Max-Q clock of 1282 MHz).',
  },
  'rtx-3070-laptop': {
    source: 'https://github.com/CYBIRD-D/How-to-Choose-your-LLM-Model-for-translation/blob/HEAD/Nvidia_GPU_Specification.md; wccftech.com "NVIDIA unveils GeForce RTX 30 mobility GPUs" (RTX 3070 8 GB mobility, Jan 12 2021); notebookcheck.net GN20-E5 leak (8GB, 256-bit; 12 Gbps modules = 384 GB/s); technical.city (GA104, 5120 cores); fp16: wccftech.com "NVIDIA unveils GeForce RTX 30 mobility GPUs" (5120 cores, 1290 MHz base, boost up to 1620 MHz)',
    notes: 'Bandwidth DERIVED as 256-bit x 14 Gbps (the desktop 3070 memory speed); the only pre-launch source read saw 12 Gbps modules (384 GB/s), and laptops vary by OEM. Treat as an upper figure. fp16 DERIVED = 2 x FP32 at the top boost clock (5120 x 2 x 1.62 GHz = 16.59 TFLOPS), the GeForce Ampere tensor ratio; an upper figure: lower-power laptops (80 W and below) clock lower and are slower.',
  },
  'rtx-3080-laptop-16gb': {
    source: 'https://github.com/CYBIRD-D/How-to-Choose-your-LLM-Model-for-translation/blob/HEAD/Nvidia_GPU_Specification.md; wccftech.com "NVIDIA unveils GeForce RTX 30 mobility GPUs" (16 GB, 256-bit; 448 GB/s at 14 Gbps); cpu-gpu.alldbin.com RTX 3080 Mobile (16GB, 256-bit, 384.0 GB/s at 12 Gbps); fp16: wccftech.com RTX 30 mobility launch (6144 cores, 1245 MHz base, 1710 MHz boost); PCWorld Feb 2021 (6144 CUDA cores)',
    notes: 'Memory speed varies by laptop: 14 Gbps = 448 GB/s, 12 Gbps = 384 GB/s. An 8GB variant exists and is not catalogued. fp16 DERIVED = 2 x FP32 at the top boost clock (6144 x 2 x 1.71 GHz = 21.01 TFLOPS), the GeForce Ampere tensor ratio; an upper figure: lower-power laptops (the 80 W Max-Q end of the range) are slower.',
  },
  'rtx-3050-laptop': {
    source: 'https://github.com/CYBIRD-D/How-to-Choose-your-LLM-Model-for-translation/blob/HEAD/Nvidia_GPU_Specification.md; CYBIRD-D laptop RTX 30 table (RTX 3050 L: 2048 CUDA cores, 4 GB, 192 GB/s); windowscentral.com NVIDIA spec breakdown (2048 CUDA cores, 64 tensor cores, boost 1500 MHz, 35-80 W, 128-bit, 4GB GDDR6)',
    notes: 'fp16 DERIVED = 2 x FP32 (the GeForce Ampere/Ada/Blackwell dense FP16 tensor rate with FP32 accumulate is 2 x the FP32 shader rate, as for rtx-3060-8gb) = 2 x (2048 x 2 x 1.5 GHz = 6.14 TFLOPS) = 12.29, at the 1500 MHz boost windowscentral lists; 80 W laptops may boost higher. 6GB versions (2022) exist and are not catalogued separately.',
  },
  'rtx-3050-laptop-6gb': {
    source: 'https://cpu-gpu.alldbin.com/graphics-card-comparison/GeForce-RTX-3090-and-GeForce-RTX-3050-6GB-mobile-comparison.html; alldbin.com RTX 3050 6GB Mobile (GN20-P0-R 6 GB, January 2023, 2560 CUDA cores, boost 1492 MHz, 6 GB GDDR6, 96-bit, 12000 MHz effective memory clock, 35-80 W TGP); notebookcheck.com RTX 3050 6 GB Laptop GPU (GN20-P0-R 6GB refresh of the 4 GB part: 2,560 cores, memory bus cut from 128 to 96 bit, boost 1058-1740 MHz by TGP)',
    asOf: '2026-12',
    notes: 'bandwidth DERIVED = 96 bit x 12 Gbps / 8 = 144 GB/s (alldbin lists no bandwidth; cputronic.com states 192 GB/s on the same 96-bit bus, which would need 16 Gbps memory and was not used). fp16 DERIVED = 2 x FP32 (the GeForce Ampere dense FP16 tensor rate with FP32 accumulate is twice the FP32 shader rate, as for rtx-3050-laptop) = 2 x (2560 x 2 x 1.492 GHz = 7.64 TFLOPS) = 15.28; laptops at 80 W boost higher, 35 W ones lower. The Steam Hardware Survey lists it by this name apart from the 4 GB "RTX 3050 Laptop GPU" (April 2026: 0.58 %).',
  },
  'rtx-2050-laptop': {
    source: 'https://sysrqmts.com/gpus/nvidia/geforce-20-mobile/rtx-2050-mobile; sysrqmts.com RTX 2050 Mobile (GA107S Ampere, 2048 shading units, 1155/1477 MHz, 4 GB GDDR6 at 14 Gbps effective on 64 bits, 112.0 GB/s, 2022); moneycontrol.com (NVIDIA announcement: Ampere GA107, 2048 CUDA cores, 4 GB GDDR6, 64-bit bus); howtotravel.org copy of Engadget/AnandTech (boost 1477 MHz, up to 45 W, laptops from spring 2022); waredb.com RTX 2050 Laptop (112 GB/s)',
    notes: 'An Ampere (GA107) part despite the RTX 20 name, sold in laptops only. Bandwidth = 64-bit x 14 Gbps / 8 = 112 GB/s. fp16 DERIVED = 2 x FP32 (the GeForce Ampere dense FP16 tensor rate with FP32 accumulate is 2 x the FP32 shader rate, as for rtx-3050-laptop) = 2 x (2048 x 2 x 1.477 GHz = 6.05) = 12.1 at the 1477 MHz boost; 30 W laptops run lower. nvidia-smi is expected to print "NVIDIA GeForce RTX 2050" (both forms are aliases).',
  },
  'rtx-3050-ti-laptop': {
    source: 'https://hmc-tech.com/gpu/nvidia-geforce-rtx-4050-laptop-60w-vs-nvidia-geforce-rtx-3050-ti-laptop-80w; hmc-tech.com RTX 3050 Ti Laptop 80W (2560 shaders, 4GB GDDR6, 1695 MHz, FP16 tensor with FP32 accumulate 17.36 TFLOPS); hmc-tech.com 60W variant (released 5/11/2021, GA107); CYBIRD-D laptop RTX 30 table (2560 cores, 4 GB, 192 GB/s); windowscentral.com (128-bit, 35-80 W)',
    notes: 'Laptop-only part (no desktop RTX 3050 Ti). fp16 = dense FP16 tensor with FP32 accumulate at the 80 W top of the range (= 2 x FP32 8.68); the 60 W version is 15.21.',
  },
  'rtx-3070-ti-laptop': {
    source: 'https://github.com/CYBIRD-D/How-to-Choose-your-LLM-Model-for-translation/blob/HEAD/Nvidia_GPU_Specification.md; CYBIRD-D laptop RTX 30 table (RTX 3070 Ti L: 5888 CUDA cores, 8 GB, 448 GB/s); purepc.pl (announced January 2022: GA104 with 5888 CUDA cores); hardwareluxx.de (announced with the 3080 Ti Laptop, January 2022)',
    notes: 'GA104 with the desktop RTX 3070\'s 5888 cores. fp16 omitted: no source read gave its boost clock.',
  },
  'rtx-3080-ti-laptop': {
    source: 'https://data-check.eu/en/geforce-rtx-3080-ti-laptop-gpu/; data-check.eu (GA103S, 7424 shaders, 16 GB GDDR6, 256-bit, 80-175 W, boost 1125 MHz at 80 W to 1590 MHz at 150 W+); tabletowo.pl (16 Gb/s, 512 GB/s); hardwareluxx.de (1125 to at least 1590 MHz, from February 1 2022); CYBIRD-D laptop RTX 30 table (16 GB, 512 GB/s)',
    notes: 'fp16 DERIVED = 2 x FP32 (the GeForce Ampere/Ada/Blackwell dense FP16 tensor rate with FP32 accumulate is 2 x the FP32 shader rate, as for rtx-3060-8gb) = 2 x (7424 x 2 x 1.59 GHz = 23.61 TFLOPS) = 47.22 at 150 W+; an upper figure (33.4 at the 80 W clock of 1125 MHz).',
  },
  'rtx-4050-laptop': {
    source: 'https://github.com/CYBIRD-D/How-to-Choose-your-LLM-Model-for-translation/blob/HEAD/Nvidia_GPU_Specification.md; NVIDIA GeForce laptop compare page (6 GB GDDR6, 96-bit); data-check.eu RTX 4050 Laptop (16 Gbps, 96-bit); hmc-tech.com RTX 4050 Laptop (192 GB/s, released 2/22/2023); fp16: data-check.eu and notebookcheck.pl RTX 4050 Laptop GPU (2560 shaders, boost 1605 MHz at 35 W to 2370 MHz at 115 W); hardwarenexus.com (2560 CUDA cores, 2370 MHz max boost)',
    notes: '35-115 W TGP; tensor throughput scales with the laptop power limit. fp16 DERIVED = 2 x FP32 at the 115 W boost clock (2560 x 2 x 2.37 GHz = 12.13 TFLOPS), the GeForce Ada tensor ratio; an upper figure: lower-power laptops are slower (16.4 at 35 W / 1605 MHz).',
  },
  'rtx-4060-laptop': {
    source: 'https://github.com/CYBIRD-D/How-to-Choose-your-LLM-Model-for-translation/blob/HEAD/Nvidia_GPU_Specification.md; cpu-gpu.alldbin.com (128-bit, 16 Gbps, 256 GB/s); data-check.eu; NVIDIA GeForce laptop compare page (8 GB GDDR6, 128-bit); fp16: data-check.eu RTX 4060 Laptop GPU (3072 shaders, boost 1470 MHz at 35 W to 2370 MHz at 115 W)',
    notes: '35-115 W TGP. fp16 DERIVED = 2 x FP32 at the 115 W boost clock (3072 x 2 x 2.37 GHz = 14.6 TFLOPS FP32), the GeForce Ada tensor ratio; an upper figure: 18.1 at 35 W, 24.7 at 90 W (hmc-tech 2010 MHz).',
  },
  'rtx-4070-laptop': {
    source: 'https://github.com/CYBIRD-D/How-to-Choose-your-LLM-Model-for-translation/blob/HEAD/Nvidia_GPU_Specification.md; cpu-gpu.alldbin.com "GeForce RTX 3060 Mobile vs RTX 4070 Mobile" (8GB GDDR6, 128-bit, 16 Gbps, 256.0 GB/s, Jan 2023); NVIDIA GeForce laptop compare page; data-check.eu; fp16: hardwarenexus.com RTX 40 laptop launch (4608 CUDA cores, 115 W max TGP, max boost 2175 MHz); cpu-gpu.alldbin.com (4608 cores, 2175 MHz boost)',
    notes: '35-115 W TGP. Only 8 GB, unlike the 12 GB desktop RTX 4070. fp16 DERIVED = 2 x FP32 at the top of the power range (4608 x 2 x 2.175 GHz = 20.04 TFLOPS), the GeForce Ada tensor ratio; an upper figure: lower-power laptops are slower.',
  },
  'rtx-4080-laptop': {
    source: 'https://github.com/CYBIRD-D/How-to-Choose-your-LLM-Model-for-translation/blob/HEAD/Nvidia_GPU_Specification.md; data-check.eu RTX 4080 Laptop GPU (12 GB GDDR6, 192-bit, 432.0 GB/s); NVIDIA GeForce laptop compare page (12 GB, 192-bit); fp16: data-check.eu RTX 4080 Laptop GPU (7424 shaders, boost 1350 MHz at 60 W to 2280 MHz at 150 W); hardwarenexus.com (7424 CUDA cores, up to 2280 MHz)',
    notes: '60-150 W TGP. data-check mentions 16 or 20 Gbps memory; hardwaredb lists 421 GB/s. fp16 DERIVED = 2 x FP32 at the 150 W boost clock (7424 x 2 x 2.28 GHz = 33.85 TFLOPS), the GeForce Ada tensor ratio; an upper figure: lower-power laptops are slower (40.1 at 60 W / 1350 MHz).',
  },
  'rtx-4090-laptop': {
    source: 'https://github.com/CYBIRD-D/How-to-Choose-your-LLM-Model-for-translation/blob/HEAD/Nvidia_GPU_Specification.md; hmc-tech.com RTX 4090 Laptop (16GB GDDR6, 256-bit, 18 GT/s, 576 GB/s, released 2/8/2023); NVIDIA GeForce laptop compare page (16 GB GDDR6, 256-bit); fp16: hardwarenexus.com and apicsud.com RTX 40 laptop launch reports (9728 CUDA cores, max boost 2040 MHz, 150 W max TGP + 25 W Dynamic Boost)',
    notes: '80-150 W TGP (+Dynamic Boost). AD103 (desktop 4080 die), not AD102. data-check.eu states 20 Gbps memory (640 GB/s), which conflicts with hmc-tech and hothardware (18 Gbps). fp16 DERIVED = 2 x FP32 at the top boost clock (9728 x 2 x 2.04 GHz = 39.69 TFLOPS), the GeForce Ada tensor ratio; an upper figure: lower-power laptops (80 W end of the range) are slower.',
  },
  'rtx-5090-laptop': {
    source: 'https://github.com/CYBIRD-D/How-to-Choose-your-LLM-Model-for-translation/blob/HEAD/Nvidia_GPU_Specification.md; hmc-tech.com RTX 5090 Laptop (24GB GDDR7, 256-bit, GB203, released 1/6/2025); multiplayer.it and hothardware.com (256-bit GDDR7 at 28 Gbps); autopilotr.com hands-on (24GB GDDR7, 175 W); fp16: Wikipedia "GeForce RTX 50 series" table (GitHub crawl copy, Kjdragan/universal_agent) laptop table (FP32 31.80-52.90 TFLOPS over the 95-150 W range)',
    notes: 'Bandwidth DERIVED as 256-bit x 28 Gbps from the sources above (no source read states 896 GB/s directly). GB203 die (desktop 5080 class), up to 175 W. fp16 DERIVED = 2 x FP32 at the top of the power range (52.9), the GeForce Blackwell tensor ratio; an upper figure (63.6 at the low end).',
  },
  'rtx-5060-laptop': {
    source: 'https://www.purepc.pl/nvidia-geforce-rtx-5060-laptop-gpu-specyfikacja-ukladu-graficznego-blackwell-notebook; purepc.pl (GB206, 26 SMs, 3328 CUDA cores, 104 tensor cores, 8 GB GDDR7, 128-bit, 24 Gbps, 384 GB/s; in laptops from May 2025); hmc-tech.com RTX 5060 Laptop 60W (2010 MHz, FP16 tensor with FP32 accumulate 26.76 TFLOPS; released 5/5/2025); fpsbench.com RTX 5060 Mobile (384.0 GB/s)',
    notes: 'fp16 = dense FP16 tensor with FP32 accumulate at the 60 W configuration hmc-tech lists (= 2 x FP32 13.38); the TGP range reaches 115 W (itc.ua / Hasee), so full-power laptops are faster; a lower-bound figure.',
  },
  'rtx-5070-laptop': {
    source: 'https://github.com/CYBIRD-D/How-to-Choose-your-LLM-Model-for-translation/blob/HEAD/Nvidia_GPU_Specification.md; CYBIRD-D laptop RTX 50 table (RTX 5070 L: 4608 CUDA cores, 8 GB, 384 GB/s); purepc.pl (the full GB206 goes to the RTX 5070 Laptop GPU; 8 GB GDDR7 on 128 bits); hmc-tech.com RTX 5070 Laptop 50W (4608 shaders, 1425 MHz, FP32 13.13 TFLOPS)',
    notes: 'fp16 DERIVED = 2 x FP32 (the GeForce Ampere/Ada/Blackwell dense FP16 tensor rate with FP32 accumulate is 2 x the FP32 shader rate, as for rtx-3060-8gb) = 2 x 13.13 = 26.26 at the 50 W configuration hmc-tech lists; a lower-bound figure: higher-TGP laptops clock well above 1425 MHz.',
  },
  'rtx-5070-ti-laptop': {
    source: 'https://github.com/CYBIRD-D/How-to-Choose-your-LLM-Model-for-translation/blob/HEAD/Nvidia_GPU_Specification.md; CYBIRD-D laptop RTX 50 table (RTX 5070 Ti L: 5888 CUDA cores, 12 GB, 672 GB/s); purepc.pl RTX 50 laptop table (5070 Ti Laptop on GB205)',
    notes: 'fp16 omitted: no source read gave its boost clock. Release year (2025, with the RTX 50 laptops) from purepc.pl coverage.',
  },
  'rtx-5080-laptop': {
    source: 'https://hmc-tech.com/gpu/nvidia-geforce-rtx-5080-laptop-150w-vs-nvidia-geforce-rtx-4050-laptop-100w; hmc-tech.com RTX 5080 Laptop 150W (7680 shaders, 16GB GDDR7, 2287 MHz, FP32 35.13 TFLOPS); CYBIRD-D laptop RTX 50 table (7680 cores, 16 GB, 896 GB/s); hwlegend.tech (7680 CUDA cores, 256-bit GDDR7)',
    notes: 'fp16 DERIVED = 2 x FP32 (the GeForce Ampere/Ada/Blackwell dense FP16 tensor rate with FP32 accumulate is 2 x the FP32 shader rate, as for rtx-3060-8gb) = 2 x 35.13 = 70.26 at 150 W; an upper figure.',
  },
  'rtx-a4000': {
    source: 'https://www.ecer.com/corp/details-uuuedqa-p1bsb03-pci-express-3-0-x16-nvidia-rtx-a4000-16g-graphics-card-for-professional-video-editing.html; NVIDIA RTX A4000 datasheet reprint (ecer.com): 16GB GDDR6, 256-bit, 448 GB/s, 140 W, Tensor 153.4 TFLOPS; sysrqmts.com',
    notes: 'fp16 DERIVED = datasheet tensor figure 153.4 (with sparsity) / 2. FP32 19.2.',
  },
  'rtx-a5000': {
    source: 'https://github.com/lamonoai/gpumap/blob/HEAD/nvidia/GPU.md; calwoo.github.io "NVIDIA GPU Hardware for Deep Learning" (24 GB GDDR6, 2021); bandwidth from Andyyyy64/whichllm src/whichllm/data/gpu.py; fp16: lamonoai/gpumap nvidia/GPU.md spec table (RTX A5000 FP32 27.8, FP16 tensor with FP32 accumulate 111 dense / 222 sparse)',
    notes: 'Bandwidth comes from a code table (cross-check grade, not a spec page). Board power not confirmed (230 W is the A5500 figure on askgeek.io). fp16 = dense FP16 tensor with FP32 accumulate (pro cards run FP32 accumulate at full rate).',
  },
  'rtx-a6000': {
    source: 'https://servethehome.com/nvidia-rtx-a6000-48gb-gpu-drops-quadro-designation; servethehome; techbriefly (48GB GDDR6, 384-bit, 768 GB/s); NVIDIA GA102 whitepaper v2 \'Peak BF16 Tensor TFLOPS with FP32 Accumulate\' 154.8 (quoted in a paper appendix); llmperf.net',
    notes: 'GDDR6 with ECC, 384-bit, 300 W. fp16 = dense BF16/FP16 tensor with FP32 accumulate.',
  },
  'rtx-2000-ada': {
    source: 'https://www.itcreations.com/nvidia-gpu/nvidia-rtx-2000-ada-gpu; itcreations.com RTX 2000 Ada (datasheet figures: 16GB GDDR6, 128-bit, 224 GB/s, 70 W, Tensor 191.9 TFLOPS, launched Feb 2024); svethardware.cz (16GB, 128-bit, 224 GB/s)',
    notes: 'fp16 DERIVED = datasheet tensor figure 191.9 (NVIDIA quotes Ada tensor TFLOPS with sparsity) / 2. Not the RTX 2000 Ada Laptop GPU (8GB).',
  },
  'rtx-4000-ada': {
    source: 'https://www.topcpu.net/en/gpu-c/rtx-2000-ada-generation-vs-rtx-4000-ada-generation; pcgamer.com RTX 4000 Ada launch (20GB, 160-bit, 360 GB/s), as cited in data/benchmarks/calibration.csv; hothardware.com (RTX 4000 SFF Ada: 20GB, 160-bit, 320 GB/s, 70 W); fp16: lamonoai/gpumap nvidia/GPU.md spec table (RTX 4000 Ada FP32 26.7, FP16 tensor with FP32 accumulate 107 dense / 214 sparse)',
    notes: 'Full-size single-slot card (130 W). The RTX 4000 SFF Ada has the same 20 GB but 320 GB/s. fp16 = dense FP16 tensor with FP32 accumulate (192 tensor cores x 2.175 GHz x 256; pro cards run FP32 accumulate at full rate).',
  },
  'rtx-5000-ada': {
    source: 'https://github.com/lamonoai/gpumap/blob/HEAD/nvidia/GPU.md; lamonoai/gpumap nvidia/GPU.md spec table (RTX 5000 Ada: 32GB GDDR6, 256-bit, 576 GB/s, 250 W, 12800 CUDA cores, 400 tensor cores, 2550 MHz boost; FP32 65, FP16 tensor with FP32 accumulate 261 dense / 522 sparse); driverscloud.com "NVIDIA reveals RTX 4000, RTX 4500 and RTX 5000" (Aug 11 2023: AD102, 12800 CUDA cores, 400 tensor cores, 32 GB GDDR6 ECC at 18 Gbps on a 256-bit bus)',
    notes: 'GDDR6 with ECC, 256-bit, 250 W. Bandwidth 576 GB/s per the gpumap spec table and 256-bit x 18 Gbps (driverscloud prints 578, an arithmetic slip); NVIDIA\'s datasheet itself was not read. fp16 DERIVED = 400 tensor cores x 2.55 GHz x 256 FLOP/clk = 261.1 = 4 x FP32 65.3 (dense FP16 tensor with FP32 accumulate; pro cards run FP32 accumulate at full rate, as for rtx-4000-ada and rtx-6000-ada).',
  },
  'rtx-6000-ada': {
    source: 'https://www.yottalabs.ai/post/which-nvidia-rtx-6000-gpu-is-right-for-you-in-2026; yottalabs (48GB GDDR6, 960 GB/s); overclockers.ru (300 W); Ada Lovelace Wikipedia revision (announced Sep 2022); fp16: lamonoai/gpumap nvidia/GPU.md spec table (RTX 6000 Ada FP32 91.1, FP16 tensor with FP32 accumulate 364 dense / 728 sparse)',
    notes: 'GDDR6 with ECC, 300 W. Bus width not sourced. fp16 = dense FP16 tensor with FP32 accumulate.',
  },
  'rtx-pro-4000-blackwell': {
    source: 'https://cputronic.com/gpu/compare/nvidia-rtx-pro-4000-blackwell-vs-nvidia-rtx-pro-2000-blackwell; cputronic.com RTX PRO 4000 Blackwell vs RTX PRO 2000 (24GB GDDR7, 192-bit, 672.0 GB/s); technical.city (GB203, 140 W, released Mar 18 2025); fp16: cputronic.com RTX PRO 4000 Blackwell vs RTX PRO 2000 (8960 shading units, 280 tensor cores, 2617 MHz boost); hmc-tech.com RTX PRO 4000 Blackwell SFF (same 280 tensor cores: 95.84 TFLOPS FP16 tensor with FP32 accumulate dense at 1337 MHz = 280 x 1.337 GHz x 256)',
    notes: 'Single-slot, 140 W. The RTX PRO 4000 Blackwell SFF (70 W) has the same 24 GB but 432 GB/s (hmc-tech.com). fp16 DERIVED = 280 tensor cores x 2.617 GHz x 256 FLOP/clk = 187.6 = 4 x FP32 (8960 x 2 x 2.617 GHz = 46.9); pro cards run FP32 accumulate at full rate (same basis as rtx-pro-6000-blackwell 503.8 and rtx-4000-ada). Dense, at the listed boost clock.',
  },
  'rtx-pro-6000-blackwell': {
    source: 'https://www.yottalabs.ai/post/which-nvidia-rtx-6000-gpu-is-right-for-you-in-2026; gpu.name (VideoCardz report: 96GB GDDR7, 512-bit, 1792 GB/s, 600 W, availability April 2025); purepc.pl GTC 2025 report (Max-Q edition same memory, 300 W); fp16: hmc-tech.com RTX PRO 6000 Blackwell (24064 shaders, 2617 MHz; FP16 tensor 503.8 TFLOPS dense with FP32 accumulate, 1.01 PFLOPS sparse; FP4 4.03 PFLOPS sparse)',
    notes: '600 W Workstation Edition. The Max-Q edition (300 W) has the same 96 GB; hardware.csv notes 1597 GB/s for it from the same sources, purepc gives 1792. fp16 = dense FP16 tensor with FP32 accumulate (Workstation Edition clocks; the 300 W Max-Q edition is lower).',
  },
  'rtx-pro-6000-blackwell-max-q': {
    source: 'https://technical.city/en/video/RTX-4000-SFF-Ada-Generation-vs-RTX-PRO-6000-Blackwell-Max-Q; technical.city RTX PRO 6000 Blackwell Max-Q (GB202, 24064 CUDA cores, 752 tensor cores, 1590/2288 MHz, 300 W, released 18 March 2025); topcpu.net GTC 2025 report (all three RTX PRO 6000 variants: 96 GB GDDR7, 512-bit, 28 Gbps); ferreiradozezere.net copy of the same report (1792 GB/s for all three); blog.us.fixstars.com (Max-Q: 300 W vs 600 W Workstation Edition)',
    notes: 'Same chip and memory as rtx-pro-6000-blackwell at half the power. fp16 DERIVED = the Workstation Edition\'s dense FP16 tensor 503.8 TFLOPS (FP32 accumulate, hmc-tech at 2617 MHz) x 2288/2617 = 440.46 at the Max-Q boost clock; sustained clocks at 300 W may be lower.',
  },
  t4: {
    source: 'https://cpu-gpu.alldbin.com/graphics-card-comparison/Tesla-T4-and-L40-comparison.html; sysrqmts.com T4; networkoutlet T4 datasheet copy (65 TFLOPS mixed precision); acml-project1 README (T4 FP16 65)',
    notes: 'GDDR6, 256-bit, 70 W. fp16 = NVIDIA mixed-precision (FP16/FP32) tensor figure, dense.',
  },
  'tesla-p100': {
    source: 'https://techwormam.pages.dev/posts/nvidia-unveils-its-powerful-pcie-hbm2-running-gp100-pascal-gpu-to-the-masses-techworm; microway.com Tesla P100 PCIe 16GB (up to 732 GB/s); techworm (16GB 732 GB/s, 12GB 549 GB/s) - both as cited in data/benchmarks/calibration.csv; fp16: Tom\'s Hardware "Nvidia Tesla P100 PCIe" (NVIDIA: 18.7 TFLOPS half precision, 9.3 single, 1300 MHz boost); tech4gamers (SXM2 21.2)',
    notes: 'HBM2, no tensor cores. The 12GB PCIe variant has 549 GB/s. Release year is the Pascal P100 launch year (2016), not read in a source here. fp16 = packed FP16 shader rate (2:1; no tensor cores) of the PCIe card; the SXM2 (NVLink) P100 is 21.2.',
  },
  p40: {
    source: 'https://cpu-gpu.alldbin.com/videocard/Tesla-P40.html; omegaco P40 specs; cpu-gpu.alldbin.com (347.1 GB/s); sysrqmts.com A6000 vs P40 (FP16 183.7 GFLOPS at 1:64, FP32 11.76 TFLOPS, 250 W, Sep 13 2016)',
    notes: 'GDDR5, 384-bit, 250 W, no tensor cores. FP16 runs at 1:64 of FP32 (0.18 TFLOPS per sysrqmts), so llama.cpp does its math in FP32 (11.76 TFLOPS) on this card; fp16TFLOPS is set to that FP32 rate (11.76, sysrqmts) because the estimator reads it as the prefill rate; the native FP16 rate (hardware.csv 0.18) is not what llama.cpp uses. sysrqmts also lists 694.3 GB/s GDDR5X, which conflicts with the other sources and is likely wrong.',
  },
  'v100-pcie-16gb': {
    source: 'https://www.io-tech.fi/uutinen/nvidia-esitteli-tesla-v100-pci-express-kiihdyttimen-tieteelliseen-laskentaan/; io-tech.fi V100 PCIe article (16GB HBM2, 4096-bit, 900 GB/s; PCIe 250 W, 112 tensor TFLOPS)',
    notes: 'HBM2, 250 W. fp16 = tensor TFLOPS (FP16 multiply, FP32 accumulate), dense. 32GB variants exist but are not sourced here.',
  },
  'v100-sxm2': {
    source: 'http://blitz.nocrawl.www.anandtech.com/show/16250/nvidia-announces-a100-80gb-ampere-gets-hbm2e-memory-upgrade; developer.nvidia.com "Programming Tensor Cores in CUDA 9" (125 tensor TFLOPS); io-tech.fi V100 article (16GB HBM2, 4096-bit, 900 GB/s; SXM2 300 W); A100 whitepaper table (V100 FP16 tensor 125)',
    notes: 'HBM2, 300 W. fp16 = dense tensor figure (same with FP16 or FP32 accumulate). 32GB variants exist but are not sourced here.',
  },
  'a100-40gb-pcie': {
    source: 'https://github.com/lamonoai/gpumap/blob/HEAD/nvidia/GPU.md; glennklockwood.com A100 notes; thundercompute A100 specs; A100 whitepaper table (FP16 tensor 312 dense / 624 sparse) quoted in the code corpus; calwoo.github.io (2020)',
    notes: 'HBM2, 250 W. The A100 40GB SXM has the same 1555 GB/s at 400 W. fp16 = dense tensor.',
  },
  'a100-80gb-pcie': {
    source: 'https://github.com/lamonoai/gpumap/blob/HEAD/nvidia/GPU.md; thundercompute A100 specs; glennklockwood.com',
    notes: 'HBM2e, 300 W. fp16 = dense tensor (624 with sparsity). Release year not confirmed in a source read.',
  },
  'a100-80gb-sxm': {
    source: 'https://glennklockwood.com/garden/processors/A100; glennklockwood.com; thundercompute A100 specs',
    notes: 'HBM2e, 400 W. fp16 = dense tensor (624 with sparsity).',
  },
  l4: {
    source: 'https://grokipedia.com/page/NVIDIA_L4_vs_L40S; grokipedia.com L4 (FP16 tensor 242 with sparsity); hmc-tech.com (125.34); acml-project1 README table (L4 FP16 242, 0.3 TB/s)',
    notes: 'GDDR6, 72 W. fp16 DERIVED = 242 (with sparsity) / 2; hmc-tech lists 125.34 dense. Release year not confirmed in a source read.',
  },
  l40s: {
    source: 'https://grokipedia.com/page/NVIDIA_L4_vs_L40S; NVIDIA L40S datasheet reprint (mullet.se): 48GB GDDR6, 864 GB/s, 350 W, FP16 tensor 362.05 dense / 733 sparse',
    notes: 'GDDR6 with ECC, 350 W. Release year not confirmed in a source read.',
  },
  'h100-pcie': {
    source: 'https://manuals.plus/m/d4b5dc21484df3ba8fbe84918338461cc074a3fcebcc13423eadc2b10ac3bda4; NVIDIA H100 PCIe Product Brief PB-11133-001 (copy at manuals.plus): 350 W max, >2000 GB/s; hpctech.co.jp H100 table (FP16 1513 "with sparsity, 1/2 lower without"; HBM2e 5120-bit 2000 GB/s); cputronic (March 2022)',
    notes: 'HBM2e, 5120-bit, 300-350 W. fp16 DERIVED = 1513 (with sparsity) / 2, per the table footnote. "h100" alone is ambiguous with the SXM part.',
  },
  'h100-sxm': {
    source: 'https://glennklockwood.com/garden/processors/h100; glennklockwood.com "H100" (FP16 matrix 989.4 dense / 1978.9 sparse; 3.35 TB/s; 700 W); hpctech.co.jp H100 table',
    notes: 'HBM3, 5120-bit, 700 W. fp16 = dense FP16 tensor.',
  },
  'h200-sxm': {
    source: 'https://lzwjava.github.io/nvidia-h200-gpu-specs-en; lzwjava notes; aiminingco (141GB HBM3e, 4.8 TB/s, 700 W); glennklockwood.com ("H200 GPUs are the same as H100 GPUs, just with ... HBM3e")',
    notes: 'HBM3e, 700 W. fp16 taken equal to H100 SXM per that statement (1979 is the sparse figure). Release year not confirmed in a source read.',
  },
  'dgx-spark': {
    source: 'https://ai-infrastructure.net/dgx-spark/; ai-infrastructure.net; morgannriu.fr (128GB LPDDR5x, 273 GB/s, ~140 W SoC, 240 W PSU, 1 PFLOP FP4 sparse, 6,144 CUDA cores); dgx-spark.warehack.ing hardware spec sheet (6,144 CUDA cores, sm_121, 1 PFLOP FP4 with sparsity); ASUS Ascent GX10 equivalence per NVIDIA developer forum (ASUS FAQ: only thermal design differs), as cited in data/benchmarks/calibration.csv',
    notes: 'GB10 superchip, 128 GB LPDDR5x unified memory shared by the 20-core Arm CPU and the Blackwell GPU. The ASUS Ascent GX10 and other OEM GB10 boxes use the same chip and memory. fp16 DERIVED: GB10 has the same 6,144 CUDA cores and ~1 PFLOP FP4-sparse rating as the GeForce RTX 5070 (988 TOPS FP4 sparse, 62.0 TFLOPS FP16 tensor with FP32 accumulate in this catalog), so taken equal to it; approximate. Released October 2025 (backend.ai engineering blog, Feb 2026).',
  },
  'rx-6700-xt': {
    source: 'https://techplusgame.com/amd-radeon-rx-6700-xt-gpu-12-gb-vram-1440p-gaming-coming-q1-2021/; wccftech / techplusgame (12GB GDDR6, 16 Gbps, 192-bit, 384 GB/s); TechPowerUp review (16 Gbps, 192-bit) - as cited in data/benchmarks/calibration.csv; notebookcheck.com (12 GB GDDR6, 192-bit, 16 Gbps); fp16: spearblade.com (RX 6700 XT FP32 13.21 TFLOPS)',
    notes: 'RDNA 2 (gfx1031). Not on ROCm\'s official support list; ROCm works with HSA_OVERRIDE_GFX_VERSION=10.3.0, Vulkan works out of the box. Release year (March 2021) not read in a source here. fp16 = packed FP16 shader rate = 2 x FP32 (RDNA 2 has no matrix units).',
  },
  'rx-6700': {
    source: 'https://visualfoodie.com/understanding-amd-rx-6700-card-specifications; visualfoodie.com RX 6700 spec table (RDNA 2, 36 CUs, 2304 stream processors, 2174/2495 MHz game/boost, 10 GB GDDR6, 160-bit, 80 MB Infinity Cache, 175 W); winenfood.com RX 6700 guide (10 GB); tech-review.net BIOS analysis of RX 6700-series (Navi 22) cards (memory clock limit 1075 MHz = 16 Gbps GDDR6)',
    notes: 'Bandwidth DERIVED = 160-bit x 16 Gbps / 8 = 320 GB/s; the 16 Gbps figure comes from a pre-launch BIOS analysis of Navi 22 cards, not a launch spec sheet. fp16 = packed FP16 shader rate = 2 x FP32 (RDNA 2 has no matrix units), as for rx-6700-xt: 2304 x 2 x 2 x 2.495 GHz = 22.99. RDNA 2 (gfx1031), ROCm with HSA_OVERRIDE_GFX_VERSION=10.3.0 as for rx-6700-xt. Release year not read in a source here. A 6 GB board (PowerColor, 192-bit per an early leak) is not catalogued.',
  },
  'rx-6750-xt': {
    source: 'https://hothardware.com/news/amd-radeon-rx-6950-xt-6760-6650-faster-memory-clocks; hothardware.com (18 Gbps memory on the 6950 XT, 6750 XT and 6650 XT, May 2022); lifewire copy of AMD\'s release (6750 XT: 12 GB, 192-bit, 2495 MHz game clock); wccftech.com (refresh of the RX 6700 XT, 250 W); fp16: visualfoodie.com RX 6750 XT spec table (40 CUs, 2560 stream processors, 2495/2600 MHz game/boost, 18 Gbps); chip.pl (40 CUs, 2560 stream processors); hmc-tech.com Gigabyte RX 6750 XT Gaming OC (2560 shaders, 2623 MHz, FP16 26.86)',
    notes: 'Bandwidth DERIVED = 192-bit x 18 Gbps / 8 = 432 GB/s. fp16 = packed FP16 shader rate = 2 x FP32 (RDNA 2 has no matrix units), as for rx-6700-xt: 2560 x 2 x 2 x 2.6 GHz = 26.62 (hmc-tech lists 26.86 for a 2623 MHz factory-overclocked card). RDNA 2 (gfx1031): ROCm with HSA_OVERRIDE_GFX_VERSION=10.3.0, as for rx-6700-xt.',
  },
  'rx-570-4gb': {
    source: 'https://fpsbench.com/compare/gpu/amd-radeon-rx-570-vs-intel-arc-a770m; fpsbench.com RX 570 (Polaris 20, 2017, 32 CUs, 2048 shaders, 1168/1244 MHz, 4 GB GDDR5 at 7 Gbps, 256-bit, 224.0 GB/s, FP32 5.095 TFLOPS, FP16 5.095 (1:1), 150 W)',
    notes: 'fp16 = FP32 rate: Polaris runs FP16 at 1:1 (fpsbench.com RX 570: "FP16 5.095 TFLOPS (1:1)"), no packed math: 2048 x 2 x 1.244 GHz = 5.10. GCN 4 (gfx803). ROCm does not support this chip; Vulkan is the practical backend. 8GB versions exist and are not catalogued separately.',
  },
  'rx-580-8gb': {
    source: 'https://www.scan.co.uk/tekspek/gpu-graphics/amd-radeon-rx-5600-xt; scan.co.uk TekSpek table (RX 580: Polaris 20, April 2017, 2304 shaders, 1340 MHz boost, 6.17 TFLOPS FP32, 4/8 GB, 8000 MHz, 256-bit, 256 GB/s)',
    notes: 'fp16 = FP32 rate: Polaris runs FP16 at 1:1 (fpsbench.com RX 570: "FP16 5.095 TFLOPS (1:1)"), no packed math. GCN 4 (gfx803). ROCm does not support this chip; Vulkan is the practical backend. The 4GB card (often 7 Gbps, 224 GB/s) is not catalogued separately; the cut "2048SP" card is rx-580-2048sp.',
  },
  'rx-580-2048sp': {
    source: 'https://videocardz.com/78588/amd-launches-radeon-rx-580-with-2048-stream-processors-in-china; videocardz.com (AMD China listing: RX 580 "2048SP", 2048 stream processors, 1284 MHz boost, 7 Gbps, 8GB GDDR5 256-bit, 150 W); fpsbench.com RX 580 2048SP (Polaris 20, 2018, 32 CUs, 1168/1284 MHz, 256-bit GDDR5 at 7 Gbps, 224.0 GB/s, FP32 5.259 TFLOPS, FP16 5.259 (1:1); lists a 4 GB board)',
    notes: 'A cut Polaris 20 (the RX 570 configuration at 1284 MHz) sold as an RX 580, mostly in China; the Steam Hardware Survey lists it apart from the RX 580 (April 2026: 0.59 %). bandwidth DERIVED = 256 bit x 7 Gbps / 8 = 224 GB/s (both sources state 224). fp16 = FP32 rate: Polaris runs FP16 at 1:1, no packed math: 2048 x 2 x 1.284 GHz = 5.26. memoryGB is the 8 GB of AMD\'s listing; 4 GB boards exist (fpsbench, AFOX). GCN 4 (gfx803): ROCm does not support it; Vulkan is the practical backend.',
  },
  'rx-5500-xt-8gb': {
    source: 'https://www.scan.co.uk/tekspek/gpu-graphics/amd-radeon-rx-5600-xt; scan.co.uk TekSpek table (RX 5500 XT: Navi 14, December 2019, 1408 shaders, 1845 MHz boost, 5.20 TFLOPS FP32, 4/8 GB, 14 Gbps, 128-bit, 224 GB/s); newmobilegadget.com (RX 5500 series: GDDR6, 128-bit, 224 GB/s; up to 8 GB on the XT)',
    notes: 'fp16 = packed FP16 shader rate = 2 x FP32 (RDNA 1 has no matrix units) = 2 x 5.20. RDNA 1 (gfx1012). ROCm does not support this chip; Vulkan is the practical backend. The 4GB card has the same bandwidth.',
  },
  'rx-6500-xt': {
    source: 'https://www.hardwaretimes.com/amd-radeon-rx-6500-xt-to-get-18gbps-high-speed-gddr6-memory/; hardwaretimes.com (Navi 24, 16 CUs, 1024 cores, 4 GB 18 Gbps GDDR6 on 64 bits = 144 GB/s, 107 W, launch Jan 19 2022); howmuch.one RX 6500 XT (1024 shaders, 16 CUs, 2310/2815 MHz, 4 GB, 64-bit, released January 19 2022); d1softballnews.com (2610 MHz game, 2815 MHz boost)',
    notes: 'fp16 = packed FP16 shader rate = 2 x FP32 (RDNA 2 has no matrix units), as for rx-6600: 1024 x 2 x 2 x 2.815 GHz = 11.53. RDNA 2 (gfx1034): not on ROCm\'s support list; Vulkan is the practical backend. PCIe 4.0 x4 link, so layers that spill to system RAM are slower than on other cards.',
  },
  'rx-5600-xt': {
    source: 'https://www.scan.co.uk/tekspek/gpu-graphics/amd-radeon-rx-5600-xt; scan.co.uk TekSpek table (RX 5600 XT: Navi 10, January 2020, 2304 shaders, 1560 MHz boost, 7.02 TFLOPS FP32, 6 GB, 12 Gbps, 192-bit, 288 GB/s)',
    notes: 'fp16 = packed FP16 shader rate = 2 x FP32 (RDNA 1 has no matrix units) = 2 x 7.02. RDNA 1 (gfx1010). ROCm does not support this chip; Vulkan is the practical backend. Many cards shipped with a faster BIOS (14 Gbps = 336 GB/s, higher clocks); the reference figures are used.',
  },
  'rx-5700': {
    source: 'https://www.scan.co.uk/tekspek/gpu-graphics/amd-radeon-rx-5600-xt; scan.co.uk TekSpek table (RX 5700: Navi 10, July 2019, 2304 shaders, 1725 MHz boost, 7.95 TFLOPS FP32, 8 GB, 14 Gbps, 256-bit, 448 GB/s)',
    notes: 'fp16 = packed FP16 shader rate = 2 x FP32 (RDNA 1 has no matrix units) = 2 x 7.95. RDNA 1 (gfx1010). ROCm does not support this chip; Vulkan is the practical backend.',
  },
  'rx-5700-xt': {
    source: 'https://www.scan.co.uk/tekspek/gpu-graphics/amd-radeon-rx-5600-xt; scan.co.uk TekSpek table (RX 5700 XT: Navi 10, July 2019, 2560 shaders, 1905 MHz peak boost, 9.75 TFLOPS FP32, 8 GB, 14 Gbps, 256-bit, 448 GB/s); thegamingpcguide.com (40 CUs, 14 Gbps GDDR6, 256-bit, 448 GB/s, 9.75 TFLOPS at the 1905 MHz boost)',
    notes: 'fp16 = packed FP16 shader rate = 2 x FP32 (RDNA 1 has no matrix units) = 2 x 9.75. RDNA 1 (gfx1010). ROCm does not support this chip; Vulkan is the practical backend.',
  },
  'rx-6600': {
    source: 'https://korsaka.com/shop/tarjeta-de-video-amd-radeon-rx-6600; korsaka.com listing of AMD\'s RX 6600 specifications (launch 10/13/2021, 28 CUs, 1792 stream processors, boost up to 2491 MHz, game 2044 MHz, peak half precision 17.86 TFLOPS, 8 GB GDDR6, 14 Gbps, 128-bit, up to 224 GB/s, 32 MB Infinity Cache, 132 W); fpsbench.com RX 6600 (Navi 23, same figures)',
    notes: 'fp16 = packed FP16 shader rate = 2 x FP32 (RDNA 2 has no matrix units), as for rx-6700-xt (AMD: 17.86). RDNA 2 (gfx1032): not on ROCm\'s support list; ROCm works with HSA_OVERRIDE_GFX_VERSION=10.3.0, Vulkan out of the box.',
  },
  'rx-6600-xt': {
    source: 'https://www.tomshardware.com/news/radeon-rx-6600-xt-rx-6600-specifications-emerge-in-new-leak; Tom\'s Hardware (Navi 23, 32 CUs, 2048 stream processors); gamersinfotech.com (8 GB GDDR6 at 16 Gbps, 128-bit, 256 GB/s); hardwaredb.net RX 6600 XT (2021, 8 GB, 128-bit, 1968/2589 MHz, 160 W)',
    notes: 'fp16 = packed FP16 shader rate = 2 x FP32 (RDNA 2 has no matrix units), as for rx-6700-xt = 2048 x 2 x 2 x 2.589 GHz = 21.21. RDNA 2 (gfx1032): ROCm needs HSA_OVERRIDE_GFX_VERSION=10.3.0; Vulkan works out of the box.',
  },
  'rx-6650-xt': {
    source: 'https://hothardware.com/news/amd-radeon-rx-6950-xt-6760-6650-faster-memory-clocks; hothardware.com (RX 6950 XT, 6750 XT and 6650 XT use 18 Gbps memory, May 2022); lifewire copy of AMD\'s release (6650 XT: 8 GB GDDR6, 128-bit, 2410 MHz game clock); wccftech.com (refresh of the RX 6600 XT, launched May 10 2022, 180 W); fp16: cputronic.com RX 6650 XT (2048 shading units, 2055/2635 MHz base/boost, May 2022); pcpartdb.com RX 6650 XT (2048 stream processors, 32 ray accelerators, 2635 MHz boost)',
    notes: 'Bandwidth DERIVED = 128-bit x 18 Gbps / 8 = 288 GB/s. fp16 = packed FP16 shader rate = 2 x FP32 (RDNA 2 has no matrix units), as for rx-6600-xt: 2048 x 2 x 2 x 2.635 GHz = 21.59. RDNA 2 (gfx1032): ROCm needs HSA_OVERRIDE_GFX_VERSION=10.3.0.',
  },
  'rx-6800': {
    source: 'https://www.devdiscourse.com/article/technology/1288880-amd-radeon-rx-6000-series-graphics-cards-to-elevate-gaming-performance; nypilot.com launch spec table (16 Gbps / 256-bit, 512 GB/s, TGP 250 W, Nov 18); devdiscourse.com; fp16: spearblade.com (RX 6800 FP32 16.17 TFLOPS)',
    notes: 'RDNA 2, GDDR6, 256-bit, 250 W. fp16 = packed FP16 shader rate = 2 x FP32 (RDNA 2 has no matrix units).',
  },
  'rx-6800-xt': {
    source: 'https://www.devdiscourse.com/article/technology/1288880-amd-radeon-rx-6000-series-graphics-cards-to-elevate-gaming-performance; nypilot.com launch spec table; custompc.raspberrypi.org; Tom\'s Hardware review; fp16: hmc-tech.com RX 6800 XT (FP32 20.74, FP16 41.47 TFLOPS)',
    notes: 'RDNA 2, GDDR6, 256-bit, 300 W. fp16 = packed FP16 shader rate = 2 x FP32 (RDNA 2 has no matrix units).',
  },
  'rx-6900-xt': {
    source: 'https://www.devdiscourse.com/article/technology/1288880-amd-radeon-rx-6000-series-graphics-cards-to-elevate-gaming-performance; nypilot.com launch spec table (Dec 8); pcspecchart.com; fp16: spearblade.com (RX 6900 XT FP32 23.04 TFLOPS)',
    notes: 'RDNA 2, GDDR6, 256-bit, 300 W. The RX 6950 XT (18 Gbps, 576 GB/s) is not catalogued. fp16 = packed FP16 shader rate = 2 x FP32 (RDNA 2 has no matrix units).',
  },
  'rx-6950-xt': {
    source: 'https://hothardware.com/news/amd-radeon-rx-6950-xt-6760-6650-faster-memory-clocks; hothardware.com (RX 6950 XT: 80 CUs, 5120 stream processors, 2100/2310 MHz game/boost, 23.65 TFLOPS FP32, 47.31 TFLOPS FP16, 18 Gbps memory); wccftech.com (16 GB GDDR6, 256-bit, May 10 2022, 335 W)',
    notes: 'Bandwidth DERIVED = 256-bit x 18 Gbps / 8 = 576 GB/s. fp16 = packed FP16 shader rate = 2 x FP32 (RDNA 2 has no matrix units), as for rx-6700-xt (AMD: 47.31). RDNA 2 (gfx1030), on ROCm\'s support list.',
  },
  'rx-7600': {
    source: 'https://www.guru3d.com/articles-pages/radeon-rx-7600-review,4.html; propakistani.pk (18 Gbps, 128-bit, 288 GB/s, 165 W TBP, May 25 2023); windowscentral.com; fp16: AMD spec page peak half precision 43.5 TFLOPS (well-known AMD spec-page figure, not re-read in a source this session)',
    notes: 'RDNA 3 (gfx1102). hardforum quotes TechPowerUp at 169 W. fp16 = dense FP16 WMMA rate, 512 FLOP/clk/CU on RDNA 3 (same basis as the RX 7900 XTX 122.8 = 96 CU x 2.5 GHz x 512).',
  },
  'rx-7600-xt': {
    source: 'https://meterpreter.org/amd-launches-radeon-rx-7600-xt-16gb-graphics-card/; meterpreter.org "AMD launches Radeon RX 7600 XT 16GB" (CES 2024; 16GB GDDR6, 128-bit, 18 Gbps, 288 GB/s); pcspecchart.com (190 W); meshrepublic.com (on sale Jan 24 2024); fp16: AMD spec page peak half precision 45.1 TFLOPS (well-known AMD spec-page figure, not re-read in a source this session)',
    notes: 'Same Navi 33 and memory speed as the RX 7600, twice the memory; 190 W. fp16 = dense FP16 WMMA rate, 512 FLOP/clk/CU on RDNA 3 (same basis as the RX 7900 XTX 122.8 = 96 CU x 2.5 GHz x 512).',
  },
  'rx-7700-xt': {
    source: 'https://www.tomshardware.com/reviews/amd-radeon-rx-7800-xt-review; Tom\'s Hardware RX 7800 XT / 7700 XT review spec table (12GB, 18 Gbps, 192-bit); fp16: AMD spec page peak half precision 70.3 TFLOPS (well-known AMD spec-page figure, not re-read in a source this session)',
    notes: 'Bandwidth DERIVED = 18 Gbps x 192 / 8 (Andyyyy64/whichllm also lists 432). Board power not sourced. fp16 = dense FP16 WMMA rate, 512 FLOP/clk/CU on RDNA 3 (same basis as the RX 7900 XTX 122.8 = 96 CU x 2.5 GHz x 512).',
  },
  'rx-7700': {
    source: 'https://de.cygames.top/news/grafikkarten/neue-radeon-rx-7700-langsamer-als-die-rx-7700-xt-aber-mit-rx-7800-xt-speicher.94391; ComputerBase report (copy at cygames.top): RX 7700 added two years after the RX 7700 XT, Navi 32 with four MCDs, 16 GB GDDR6 at 19.5 Gbps on 256 bits, 263 W)',
    notes: 'Bandwidth DERIVED = 256-bit x 19.5 Gbps / 8 = 624 GB/s (the RX 7800 XT\'s memory). fp16 omitted: the compute-unit count and clocks were not read in a source here. RDNA 3 (gfx1101).',
  },
  'rx-7800-xt': {
    source: 'https://www.tomshardware.com/reviews/amd-radeon-rx-7800-xt-review; gpu-monkey; sportskeeda (19.5 Gbps, 256-bit, 624 GB/s, 263 W, Sep 2023); fp16: AMD spec page peak half precision 74.6 TFLOPS (well-known AMD spec-page figure, not re-read in a source this session)',
    notes: 'RDNA 3, GDDR6, 256-bit, 263 W. A pre-launch PowerColor listing (purepc.pl) said 18 Gbps / 576 GB/s; the launch figure is 19.5 Gbps. fp16 = dense FP16 WMMA rate, 512 FLOP/clk/CU on RDNA 3 (same basis as the RX 7900 XTX 122.8 = 96 CU x 2.5 GHz x 512).',
  },
  'rx-7900-gre': {
    source: 'https://www.cnews.cz/clanky/radeon-rx-7900-gre-vydan-specifikace-tdp-a-cena-bude-k-dostani-i-u-nas-pres-oem-trh/; cnews.cz (Jul 2023, 256-bit, 18 Gbps, 576 GB/s, 260 W); gimilut.com; TechPowerUp Sapphire 7900 GRE review (wider launch Feb 2024); fp16: AMD spec page peak half precision 92 TFLOPS (well-known AMD spec-page figure, not re-read in a source this session)',
    notes: 'RDNA 3 (gfx1100), 260 W. China launch July 2023, worldwide Feb 2024. fp16 = dense FP16 WMMA rate, 512 FLOP/clk/CU on RDNA 3 (same basis as the RX 7900 XTX 122.8 = 96 CU x 2.5 GHz x 512).',
  },
  'rx-7900-xt': {
    source: 'https://www.guru3d.com/articles-pages/radeon-rx-7600-review,4.html; wccftech (20GB GDDR6, 320-bit); sezonuyakala.com (20 Gbps, 800 GB/s); hardwaredb.net (315 W); mybroadband.co.za (launch Dec 13 2022); Tom\'s Hardware RX 7900 deep-dive spec table (copy at bloglaralemi.com: FP16 103 TFLOPS, 800 GB/s, 300 W)',
    notes: 'RDNA 3 (gfx1100). Board power conflict: 300 W (AMD launch figures via mybroadband and Tom\'s) vs 315 W (hardwaredb). fp16 = peak FP16 (dual-issue / WMMA) per AMD launch figures. hardwaredb\'s 781 GB/s on a 384-bit bus is inconsistent and ignored.',
  },
  'rx-7900-xtx': {
    source: 'https://www.guru3d.com/articles-pages/radeon-rx-7600-review,4.html; pcspecchart.com; gamingpcbuilder; mybroadband.co.za (24GB, 384-bit, 355 W, Dec 13 2022); guru3d review spec table (20 Gbps, 960 GB/s); RDNA 3 Wikipedia infobox revision (\'Up to 122.8 TFLOPS (FP16)\'); Tom\'s Hardware spec table (FP16 123)',
    notes: 'RDNA 3 (gfx1100), 355 W (gamebastion/IGN quote 350 W). fp16 = peak FP16 with WMMA / dual-issue, dense (RDNA 3 has no sparsity mode).',
  },
  'rx-9060-xt-16gb': {
    source: 'https://www.notebookcheck.com/Konkurrenz-fuer-Nvidia-GeForce-RTX-5060-Ti-Leak-enthuellt-Specs-der-AMD-Radeon-RX-9060-XT-samt-3-3-GHz-Boost-Takt.999119.0.html; TechPowerUp Sapphire RX 9060 XT NITRO+ review (128-bit, 20 Gbps GDDR6, 320 GB/s, 8 GB and 16 GB); hothardware.com review (320 GB/s, 150-180 W); theshortcut.com (launch June 5 2025); fp16: tweaktown.com "AMD confirms Radeon RX 9060 XT" (AMD figures: 32 CUs, 3.13 GHz boost, 821 TOPS INT4 sparse); KitGuru via intopress.info (32 CUs, boost up to 3.13 GHz)',
    notes: 'RDNA 4 (Navi 44, gfx1200). An 8GB variant with the same bandwidth exists and is not catalogued. ROCm support for RDNA 4 arrived later than Vulkan; check the ROCm release notes. fp16 DERIVED = 821 AI TOPS (INT4 sparse) / 8 = 32 CU x 3.13 GHz x 1024 FLOP/clk/CU = 102.6 (RDNA 4 dense FP16 WMMA, same basis as rx-9070). Some partner and pre-launch figures give a 3.23 GHz boost; AMD\'s reference 3.13 GHz is used.',
  },
  'rx-9060-xt-8gb': {
    source: 'https://www.notebookcheck.com/Konkurrenz-fuer-Nvidia-GeForce-RTX-5060-Ti-Leak-enthuellt-Specs-der-AMD-Radeon-RX-9060-XT-samt-3-3-GHz-Boost-Takt.999119.0.html; TechPowerUp Sapphire RX 9060 XT NITRO+ review (128-bit, 20 Gbps GDDR6, 320 GB/s, 8 GB and 16 GB versions); tweaktown.com (AMD: 32 CUs, 3.13 GHz boost, 821 TOPS INT4 sparse), as for rx-9060-xt-16gb',
    notes: 'Same GPU and bandwidth as rx-9060-xt-16gb with 8 GB. fp16 DERIVED = 32 CU x 3.13 GHz x 1024 FLOP/clk/CU = 102.6 (RDNA 4 dense FP16 WMMA), as for the 16GB card. "9060 xt" alone resolves to the 16GB card, the far more common one (lib/catalog/match.ts ASSUMED_VARIANT), with this one listed. RDNA 4 (Navi 44, gfx1200).',
  },
  'rx-9070': {
    source: 'https://multiplayer.it/notizie/amd-radeon-rx-9070-xt-rx-9070-specifiche.html; multiplayer.it; pocketmags (16GB GDDR6, 256-bit, 640 GB/s, 220 W, Mar 6 2025); fp16: codingmall.com summary of AMD figures (RX 9070: 1165 INT4 sparse TOPS, 56 CU); r/hardware "RDNA2 vs RDNA3 vs RDNA4 AI TOPS" per-CU table',
    notes: 'RDNA 4 (Navi 48), 220 W. Andyyyy64/whichllm lists 560 GB/s - conflicts with the spec sources (20 Gbps x 256-bit = 640), so 640 is kept. fp16 DERIVED = AMD INT4-with-sparsity AI TOPS / 8: RDNA 4 does 1024 dense FP16 and 8192 sparse INT4 FLOP/clk/CU (per-CU table in an r/hardware thread that reproduces AMD\'s 1557 TOPS = 8192 x 64 CU x 2.97 GHz). Dense, no sparsity.',
  },
  'rx-9070-xt': {
    source: 'https://multiplayer.it/notizie/amd-radeon-rx-9070-xt-rx-9070-specifiche.html; multiplayer.it; pocketmags (640 GB/s, 304 W, Mar 6 2025); fp16: purepc.pl / hmc-tech.com (AMD: 1557 INT4 sparse TOPS, 779 INT8, 64 CU, 2970 MHz boost); r/hardware "RDNA2 vs RDNA3 vs RDNA4 AI TOPS" per-CU table',
    notes: 'RDNA 4 (Navi 48), GDDR6 256-bit, 304 W. fp16 DERIVED = AMD INT4-with-sparsity AI TOPS / 8: RDNA 4 does 1024 dense FP16 and 8192 sparse INT4 FLOP/clk/CU (per-CU table in an r/hardware thread that reproduces AMD\'s 1557 TOPS = 8192 x 64 CU x 2.97 GHz). Dense, no sparsity.',
  },
  'radeon-pro-w7900': {
    source: 'https://rocm.docs.amd.com/en/docs-6.1.1/reference/gpu-arch-specs.html; itcreations.com AMD Radeon PRO W7900 (48GB GDDR6, 384-bit, 864 GB/s, 295 W, 96 CUs); randomfoo2 r/LocalLLaMA post (864 GB/s) as cited in data/benchmarks/calibration.csv; fp16: AMD spec page peak half precision 122.6 TFLOPS (96 CU x 2.495 GHz x 512; well-known AMD spec-page figure, not re-read in a source this session; 96 CUs per itcreations)',
    notes: 'Navi 31 (gfx1100) with 48 GB, 295 W. Release year (2023) not read in a source here. fp16 = dense FP16 WMMA rate, 512 FLOP/clk/CU on RDNA 3 (same basis as the RX 7900 XTX 122.8 = 96 CU x 2.5 GHz x 512).',
  },
  mi100: {
    source: 'https://www.notebookcheck.net/AMD-announces-CDNA-based-Instinct-MI100-GPU-with-120-CUs-for-HPC-promises-up-to-2-1x-more-performance-per-dollar-compared-to-the-NVIDIA-A100.504329.0.html (AMD spec table: 120 CUs, 32 GB HBM2, 4096-bit, 1.2 GHz memory clock, 1.23 TB/s, FP16 matrix 184.6 TFLOPS, INT8 184.6 TOPS, 300 W); https://www.tomshardware.com/uk/news/amd-announces-the-instinct-mi100-gpu-cdna-breaks-10-tflops-barrier (launch 2020-11-16, 4 HBM2 stacks, 1.23 TB/s); https://rocmdocs.amd.com/en/develop/reference/gpu-arch-specs.html (CDNA, gfx908, 32 GiB, 120 CUs)',
    notes: 'CDNA 1 (Arcturus, gfx908). bandwidth DERIVED = 4096-bit x 2.4 GT/s (1.2 GHz DDR) / 8 = 1228.8 GB/s (AMD rounds to 1.23 TB/s). fp16 = dense FP16 matrix-core (MFMA) rate; the INT8 matrix rate is the same figure, so llama.cpp\'s int8 MMQ on MFMA has no 2x over FP16 here. Passively cooled, ROCm only in practice.',
  },
  mi50: {
    source: 'https://rocm.docs.amd.com/en/docs-6.1.1/reference/gpu-arch-specs.html; gpu.spicedreamphone.com and sysrqmts.com MI50 spec pages (Vega 20, HBM2, 4096-bit, 1,024 GB/s, 300 W, FP16 26.82 TFLOPS at 2:1); skyne98 wiki-gfx906 MI50/MI60 notes (ROCm hardware table lists MI50 16GB and MI50 32GB; AMD Nov 2018 launch: up to 1 TB/s, FP16 26.8)',
    notes: 'This record is the 32GB variant (the one sold cheaply second-hand); the 2018 launch card had 16GB at the same 1024 GB/s. gfx906: no matrix cores, fp16 = packed shader FP16. ROCm dropped official gfx906 support in recent releases; Vulkan still works.',
  },
  mi300x: {
    source: 'https://rocm.docs.amd.com/en/docs-6.1.1/reference/gpu-arch-specs.html; aiwiki.ai "AMD Instinct MI300X" (Dec 6 2023, 192 GB HBM3, 5.3 TB/s); jaredwatkins.com (~1.3 PFLOPS FP16, 750 W); codesota.com MI300X (FP16 2,615 TFLOPS - the with-sparsity figure)',
    notes: 'CDNA 3 (gfx942), HBM3, 750 W. fp16 = AMD peak dense FP16 matrix 1307.4 = 2614.9 (with sparsity) / 2; codesota labels 2,615 "dense", which is the sparse figure. gpu.blog lists 5.2 TB/s and a 330.6 FP16 figure that does not match AMD\'s matrix numbers.',
  },
  'ryzen-ai-max-385': {
    source: 'https://www.svethardware.cz/amd-predstavuje-ryzen-ai-max-strix-halo-s-az-16-jadry-a-gpu-se-40-cu/61477; svethardware.cz "AMD predstavuje Ryzen AI Max" (Strix Halo: LPDDR5x-8000 on a 256-bit bus, 256 GB/s; Ryzen AI Max 385: 8 Zen 5 cores); topcpu.net / whatpsu.com (385 = 8 cores + 32-CU Radeon 8050S); fp16: fpsbench.com Radeon 8050S (32 CUs, 2800 MHz boost; lists FP16 22.94 packed without WMMA); cputronic.com Radeon 8050S (AMD: 32 graphics units, up to 2800 MHz)',
    asOf: '2026-11',
    notes: 'Same 256-bit LPDDR5X-8000 interface as the 395, with a 32-CU GPU (vs 40). Memory options are what 385 systems were observed with (32 and 64 GB); 128 GB pairings were not confirmed in a source read. The GPU can be given up to 96 GB of a 128 GB pool on the 395. fp16 DERIVED = 32 CU x 2.8 GHz x 512 FLOP/clk/CU = 45.9 (RDNA 3.5 dense FP16 WMMA, same basis as ryzen-ai-max-plus-395).',
  },
  'ryzen-ai-max-plus-395': {
    source: 'https://www.svethardware.cz/amd-predstavuje-ryzen-ai-max-strix-halo-s-az-16-jadry-a-gpu-se-40-cu/61477; svethardware.cz "AMD predstavuje Ryzen AI Max" (LPDDR5x-8000, 256-bit, 256 GB/s, 40 CU, TDP 55 W, cTDP 45-120 W); purepc.pl review; TechPowerUp news Jan 6 2025; Tom\'s Hardware (up to 128GB); verdict-reviews.com Framework Desktop (128 GB LPDDR5X-8000, up to 96 GB assignable as VRAM); fp16: fpsbench.com Radeon 8060S (40 CU, 2900 MHz boost; lists FP16 29.70 packed without dual-issue); r/hardware RDNA per-CU table (RDNA 3 FP16 512 FLOP/clk/CU)',
    asOf: '2026-11',
    notes: 'gfx1151. Default TDP 55 W (45-120 W). The GPU can use up to 96 GB of a 128 GB pool under Windows (more on Linux with GTT settings). "strix halo" also covers the 385/390. Measured bandwidth is lower (~212 GB/s per theaibench.ai). fp16 DERIVED = 40 CU x 2.9 GHz x 512 (RDNA 3.5 WMMA dense FP16, same basis as the RX 7900 XTX 122.8); TechPowerUp-style pages list 29.7 (packed FP16 without dual-issue/WMMA).',
  },
  'radeon-780m': {
    source: 'https://bottleneckcalculator.to/en/blog/ddr5-vs-ddr4-real-world-performance-differences/; cputronic.com Ryzen 7 7840U (Radeon 780M, 12 RDNA 3 CUs; DDR5-5600 and LPDDR5x-7500 support); tomshardware.fr Ryzen 7040 Phoenix (DDR5-5600 and LPDDR5x-7500); bandwidth = dual-channel DDR5-5600 as in hardware.csv cpu-ddr5-5600-2ch (bottleneckcalculator.to 89.6 GB/s); fp16: fpsbench.com Radeon 780M (12 CUs, 768 shaders, 2700 MHz boost)',
    asOf: '2026-11',
    notes: 'Bandwidth assumes dual-channel (128-bit) DDR5-5600 SO-DIMMs = 89.6 GB/s; laptops with soldered LPDDR5X-7500 get 120 GB/s. memoryGB is a typical laptop/mini-PC configuration; the iGPU carve-out is set in BIOS and by the driver. ROCm does not officially support gfx1103; Vulkan is the practical backend. fp16 DERIVED = 12 CU x 2.7 GHz x 512 FLOP/clk/CU = 16.6 (RDNA 3 dense FP16 WMMA, same basis as the RX 7900 XTX 122.8); sustained clocks in 15-28 W laptops are often lower.',
  },
  'radeon-760m': {
    source: 'https://fpsbench.com/compare/gpu/amd-radeon-760m-vs-amd-radeon-vega-8-mobile; fpsbench.com Radeon 760M (Phoenix, RDNA 3, 8 CUs, 512 shaders, 800/2599 MHz, system-shared memory); gamingtechware.com Radeon 760M (8 CUs, Phoenix, sibling of the 780M); tomshardware.fr Ryzen 7040 Phoenix (DDR5-5600 and LPDDR5x-7500), as for radeon-780m; bottleneckcalculator.to DDR4/DDR5 tables (dual-channel DDR4-3200 51.2 GB/s, DDR5-5600 89.6 GB/s), as for cpu-ddr4-3200-2ch / cpu-ddr5-5600-2ch',
    asOf: '2026-12',
    notes: 'Bandwidth = dual-channel DDR5-5600 (89.6 GB/s), as for radeon-780m; LPDDR5X-7500 laptops get 120 GB/s. fp16 DERIVED = 8 CU x 2.599 GHz x 512 FLOP/clk/CU = 10.65 (RDNA 3 dense FP16 WMMA, same basis as radeon-780m). gfx1103, Vulkan only in practice. Release year left out: the sources read give 2024 (the 8040 refresh) while the part first shipped in Ryzen 7040 chips. memoryGB is a typical configuration; memoryOptionsGB are common laptop/desktop RAM sizes. The GPU shares system RAM: the estimator lets it use about half (Windows shared GPU memory; Linux amdgpu default GTT), see lib/estimator/memory.ts.',
  },
  'radeon-890m': {
    source: 'computerbase.de Ryzen AI 300 table (HX 370: Radeon 890M, RDNA 3.5, 16 CUs); Tom\'s Hardware Strix Halo preview (copy at esimstudios.com: HX 370 has a 128-bit memory interface); purepc.pl Computex 2024 (Ryzen AI 9 HX 370 with Radeon 890M); fp16: fpsbench.com Radeon 890M (16 CUs, 1024 shaders, 2900 MHz boost; lists FP16 11.88 packed without WMMA)',
    asOf: '2026-11',
    notes: 'Bandwidth = 128-bit LPDDR5X-7500 = 120 GB/s, the soldered memory most Strix Point laptops use; LPDDR5X-7500 is AMD\'s rated speed, not read directly in a source here. Systems with DDR5-5600 SO-DIMMs get 89.6 GB/s. memoryGB is a typical configuration. Vulkan is the practical backend (gfx1150). fp16 DERIVED = 16 CU x 2.9 GHz x 512 FLOP/clk/CU = 23.8 (RDNA 3.5 dense FP16 WMMA, same basis as ryzen-ai-max-plus-395); sustained clocks in thin laptops are often lower.',
  },
  'radeon-880m': {
    source: 'https://fpsbench.com/compare/gpu/amd-radeon-880m-vs-intel-iris-xe-max-graphics; fpsbench.com Radeon 880M (Strix Point, RDNA 3.5, 12 CUs, 768 shaders, 400/2900 MHz, launched 2024; lists FP16 8.91 packed without WMMA); purepc.pl Computex 2024 (Ryzen AI 9 365 with Radeon 880M, Strix Point alongside the HX 370); memory as for radeon-890m (Tom\'s Hardware: Strix Point has a 128-bit memory interface)',
    asOf: '2026-12',
    notes: 'Same Strix Point die and memory interface as radeon-890m with 12 of its 16 CUs. Bandwidth = 128-bit LPDDR5X-7500 = 120 GB/s, as for radeon-890m (LPDDR5X-7500 is AMD\'s rated speed, not read directly in a source here); DDR5-5600 SO-DIMM systems get 89.6. fp16 DERIVED = 12 CU x 2.9 GHz x 512 FLOP/clk/CU = 17.82 (RDNA 3.5 dense FP16 WMMA, same basis as radeon-890m). gfx1150, Vulkan in practice. memoryGB is a typical configuration; memoryOptionsGB are common laptop/desktop RAM sizes. The GPU shares system RAM: the estimator lets it use about half (Windows shared GPU memory; Linux amdgpu default GTT), see lib/estimator/memory.ts.',
  },
  'radeon-860m': {
    source: 'https://fpsbench.com/compare/gpu/amd-radeon-rx-6650m-xt-vs-amd-radeon-860m; fpsbench.com Radeon 860M (Krackan Point, RDNA 3.5, 8 CUs, 512 shaders, 3000 MHz boost, FP32 3.072 TFLOPS, FP16 6.144 packed); bottleneckcalculator.to DDR4/DDR5 tables (dual-channel DDR4-3200 51.2 GB/s, DDR5-5600 89.6 GB/s), as for cpu-ddr4-3200-2ch / cpu-ddr5-5600-2ch',
    asOf: '2026-12',
    notes: 'Bandwidth = dual-channel DDR5-5600 (89.6 GB/s); LPDDR5X-7500 laptops (128-bit) get 120 GB/s, as for radeon-890m. fp16 DERIVED = 8 CU x 3.0 GHz x 512 FLOP/clk/CU = 12.29 (RDNA 3.5 dense FP16 WMMA, same basis as radeon-890m); fpsbench lists 6.14 packed FP16 without WMMA. Release year (2025) not read in a source here. memoryGB is a typical configuration; memoryOptionsGB are common laptop/desktop RAM sizes. The GPU shares system RAM: the estimator lets it use about half (Windows shared GPU memory; Linux amdgpu default GTT), see lib/estimator/memory.ts.',
  },
  'radeon-660m': {
    source: 'https://bottleneckcalculator.to/en/blog/ddr5-vs-ddr4-real-world-performance-differences/; data/benchmarks/calibration.csv radeon-660m row (dual-channel DDR5-4800, 2 x 38.4 GB/s); laitimes.com (Ryzen 6000 supports only DDR5 and LPDDR5); fpsbench.com Radeon 660M (RDNA 2, 6 CUs, 2022, system-shared memory); fp16: fpsbench.com Radeon 660M (6 CU, 1900 MHz boost, FP32 1.459, FP16 2.918 TFLOPS 2:1)',
    asOf: '2026-11',
    notes: 'Bandwidth = dual-channel DDR5-4800 = 76.8 GB/s (derived); LPDDR5-6400 laptops get 102.4 GB/s. memoryGB is a typical laptop configuration. Vulkan only in practice (gfx1035). fp16 = packed FP16 shader rate (RDNA 2, no matrix units).',
  },
  'radeon-680m': {
    source: 'https://fpsbench.com/compare/gpu/amd-radeon-680m-vs-intel-arc-a550m; fpsbench.com Radeon 680M (RDNA 2, 12 CUs, 768 shaders, 2000/2200 MHz, FP32 3.379, FP16 6.758 TFLOPS 2:1, system-shared memory); data/benchmarks/calibration.csv radeon-660m row and laitimes.com (Ryzen 6000 supports only DDR5 and LPDDR5), as for radeon-660m; bottleneckcalculator.to DDR4/DDR5 tables (dual-channel DDR4-3200 51.2 GB/s, DDR5-5600 89.6 GB/s), as for cpu-ddr4-3200-2ch / cpu-ddr5-5600-2ch',
    asOf: '2026-12',
    notes: 'Bandwidth = dual-channel DDR5-4800 = 76.8 GB/s (derived), as for radeon-660m; LPDDR5-6400 laptops get 102.4 GB/s. fp16 = packed FP16 shader rate (RDNA 2, no matrix units). gfx1035, Vulkan only in practice. memoryGB is a typical configuration; memoryOptionsGB are common laptop/desktop RAM sizes. The GPU shares system RAM: the estimator lets it use about half (Windows shared GPU memory; Linux amdgpu default GTT), see lib/estimator/memory.ts.',
  },
  'radeon-vega-7': {
    source: 'https://bottleneckcalculator.to/en/blog/ddr5-vs-ddr4-real-world-performance-differences/; data/benchmarks/calibration.csv radeon-vega-7 row (2x32GB DDR4-3200 dual-channel, 2 x 25.6 GB/s = hardware.csv cpu-ddr4-3200-2ch); bottleneckcalculator.to DDR4-3200 table (51.2 GB/s dual-channel); meterpreter.org (Ryzen 5000H laptops with DDR4-3200); fp16: sysrqmts.com Radeon Vega 6 vs Vega 7 (7 CU, 1900 MHz boost, FP32 1.702, FP16 3.405 TFLOPS 2:1)',
    asOf: '2026-11',
    notes: 'Bandwidth = dual-channel DDR4-3200 = 51.2 GB/s. memoryGB is a typical laptop configuration (the calibration machine had 64 GB). GCN 5 (gfx90c), Vulkan only in practice. Release year (Ryzen 5000 mobile, early 2021) not read in a source here. fp16 = packed FP16 shader rate (GCN 5, no matrix units) at the 1.9 GHz boost; Ryzen 5000H parts with 2.0 GHz graphics get 3.6.',
  },
  'radeon-vega-8': {
    source: 'https://siliconcat.net/gpu/amd-radeon-vega-8-mobile; siliconcat.net Radeon Vega 8 Mobile (Cezanne, GCN 5.1, 7 nm, 8 CUs, 512 shaders, 300/2000 MHz, January 2021); cputronic.com Radeon Vega 8 (Cezanne, 2000 MHz, 512 units, 2.048 TFLOPS FP32); notebookcheck.com Radeon RX Vega 8 (Ryzen 4000/5000: 512 shaders, up to 2100 MHz; Ryzen 4000 at 1750 MHz vs 1100 MHz on Raven Ridge; dual-channel DDR4-3200 helps); bottleneckcalculator.to DDR4/DDR5 tables (dual-channel DDR4-3200 51.2 GB/s, DDR5-5600 89.6 GB/s), as for cpu-ddr4-3200-2ch / cpu-ddr5-5600-2ch',
    asOf: '2026-12',
    notes: 'The 7 nm Vega 8 of Ryzen 4000 (Renoir, about 1.75 GHz) and 5000 (Cezanne/Lucienne, up to 2.0 GHz) laptops, not the 14 nm Raven Ridge Vega 8 of Ryzen 2000/3000 (1.1 GHz, about half the compute; not catalogued). Bandwidth = dual-channel DDR4-3200 = 51.2 GB/s, as for radeon-vega-7. fp16 = packed FP16 shader rate (GCN 5, no matrix units) = 512 x 2 x 2 x 2.0 GHz = 4.10 (cputronic FP32 2.048 x 2); Renoir parts at 1.75 GHz get 3.58. gfx90c, Vulkan only in practice. memoryGB is a typical configuration; memoryOptionsGB are common laptop/desktop RAM sizes. The GPU shares system RAM: the estimator lets it use about half (Windows shared GPU memory; Linux amdgpu default GTT), see lib/estimator/memory.ts.',
  },
  'steam-deck': {
    source: 'https://notebookcheck.com/Valve-nennt-weitere-Details-zum-Steam-Deck-und-bestaetigt-den-Launch-von-SteamOS-3-0.579250.0.html; notebookcheck.com (Valve: 4 Zen 2 cores, RDNA 2 GPU with 8 CUs up to 1.6 GHz, 1.6 TFLOPS FP32, LPDDR5 on a 128-bit interface, up to 88 GB/s, 16 GB); Ars Technica via vuink.com "Valve provides a deep dive into Steam Deck\'s custom hardware design" (16 GB LPDDR5, 128-bit, 88 GB/s; at least 1 GB dedicated to the GPU, which can use up to 8 GB); regulusgame.com (5500 Mbps LPDDR5, four 32-bit channels); GPU names: libdrm data/amdgpu.ids (android.googlesource.com mirror) and HandheldCompanion VangoghGPU.cs (LCD = "AMD Custom GPU 0405"); Linux Documentation/gpu/amdgpu/apu-asic-info-table.csv (SteamDeck = VANGOGH)',
    asOf: '2026-12',
    notes: 'Valve\'s handheld (2022): 16 GB of soldered LPDDR5-5500, the only configuration sold. bandwidth = Valve\'s 88 GB/s = 128 bit x 5500 MT/s / 8. fp16 DERIVED = packed FP16 shader rate = 2 x Valve\'s 1.6 TFLOPS FP32 (RDNA 2 has no matrix units), at the 1.6 GHz maximum clock; the APU\'s 4-15 W limit often holds it lower. The GPU shares RAM like other iGPUs: Valve states up to 8 GB by default (the estimator gives it half of RAM, as for other iGPUs); SteamOS\'s BIOS sets a 1 or 4 GB UMA frame buffer. Windows and Mesa print "AMD Custom GPU 0405"; RADV prints "(RADV VANGOGH)"; older Mesa/libdrm printed the OLED model\'s GPU as 0405 too (a vulkaninfo dump found in a public repository by content search, repository not recorded, reads deviceID 0x1435 with "AMD Custom GPU 0405 (RADV VANGOGH)"; a linux-hardware.org-style probe table lists "AMD Sephiroth [AMD Custom GPU 0405]"), so 0405 and VANGOGH assume this model and list the OLED. gfx1033 (Van Gogh): ROCm does not support it officially; llama.cpp runs on Vulkan.',
  },
  'steam-deck-oled': {
    source: 'https://visualfoodie.com/understanding-steam-deck-hardware-and-specs; visualfoodie.com LCD vs OLED table (OLED: 6 nm "Sephiroth" APU, 16GB LPDDR5 at 6400 MT/s vs 5500 MT/s on the LCD model); GPU: same 8 RDNA 2 CUs at up to 1.6 GHz as the LCD model (unanswered.io "Steam Deck PC equivalent": the OLED keeps the same GPU); GPU name: libdrm data/amdgpu.ids (android.googlesource.com mirror: "1435, AE, AMD Custom GPU 0932"), HandheldCompanion VangoghGPU.cs (OLED = "AMD Custom GPU 0932")',
    asOf: '2026-12',
    notes: 'The OLED model (November 2023): 16 GB LPDDR5-6400, the only configuration sold. bandwidth DERIVED = 128 bit x 6400 MT/s / 8 = 102.4 GB/s (the bus width is the LCD model\'s, stated by Valve; the 6400 MT/s figure was read on a secondary page, not on Valve\'s spec page). fp16 DERIVED = 2 x 1.6 TFLOPS FP32, as for steam-deck. Current Mesa/libdrm print "AMD Custom GPU 0932 (RADV VANGOGH)"; older ones printed 0405 (see steam-deck).',
  },
  'arc-a770-16gb': {
    source: 'https://www.svethardware.cz/intel-zverejnil-oficialni-specifikace-grafickych-karet-arc/58344; svethardware.cz "Intel zverejnil oficialni specifikace ... Arc" (A770 16GB Limited Edition: 560 GB/s, 225 W); fpsbench.com (2022); fp16: m.yd166.com Xe-HPG architecture article (16 XMX engines per Xe-core, 128 FP16 ops/clk each); 32 Xe-cores and 2.1 GHz graphics clock per Intel spec (well known, not re-read this session)',
    notes: 'GDDR6 17.5 Gbps, 256-bit, 225 W. fp16 DERIVED = XMX matrix-engine FP16 = 32 Xe-cores x 16 XMX x 128 x 2.1 GHz (vector FP16 is 2:1 FP32, about 34).',
  },
  'arc-a770-8gb': {
    source: 'https://www.svethardware.cz/intel-zverejnil-oficialni-specifikace-grafickych-karet-arc/58344; fpsbench.com Arc A770 listing (8GB configuration at 16 Gbps, 256-bit, 512 GB/s), as noted in data/data/reference/hardware.csv; svethardware.cz Arc specifications (A770 in 8GB and 16GB versions); fp16: m.yd166.com Xe-HPG article (XMX 128 FP16 ops/clk per engine, 16 per Xe-core); same 32-Xe-core chip and 2.1 GHz graphics clock as the 16GB card',
    notes: 'Same chip as the 16GB card with 16 Gbps memory. fp16 DERIVED = XMX FP16 = 32 x 16 x 128 x 2.1 GHz, as for the 16GB card.',
  },
  'arc-a380': {
    source: 'https://www.svethardware.cz/intel-zverejnil-oficialni-specifikace-grafickych-karet-arc/58344; svethardware.cz (Intel\'s official Arc A-series specifications, September 2022): A380 8 Xe cores, 8 RT units, 128 XMX units, 2000 MHz graphics clock, 6 GB GDDR6, 186 GB/s (96-bit)',
    notes: 'Alchemist (Xe-HPG, DG2-128). fp16 DERIVED = XMX FP16 = 8 Xe cores x 16 XMX engines x 128 FLOP/clk x 2.0 GHz = 32.77, the basis of arc-a770-16gb.',
  },
  'arc-a580': {
    source: 'https://www.svethardware.cz/intel-zverejnil-oficialni-specifikace-grafickych-karet-arc/58344; svethardware.cz (Intel\'s official Arc A-series specifications, September 2022): A580 24 Xe cores, 384 XMX units, 1700 MHz, 8 GB GDDR6, 256-bit, 512 GB/s; 3dcenter.org (Intel: 24 Xe cores, 3072 FP32 units, 1700 MHz, 16 Gbps, 512 GB/s, 175 W); fpsbench.com Arc A580 (launch 2023)',
    notes: 'Alchemist (ACM-G10). fp16 DERIVED = XMX FP16 = 24 Xe cores x 16 XMX engines x 128 FLOP/clk x 1.7 GHz = 83.56, the basis of arc-a770-16gb.',
  },
  'arc-a750': {
    source: 'https://www.svethardware.cz/intel-zverejnil-oficialni-specifikace-grafickych-karet-arc/58344; svethardware.cz (Intel\'s official Arc A-series specifications, September 2022): A750 28 Xe cores, 448 XMX units, 2050 MHz, 8 GB GDDR6, 256-bit, 512 GB/s, 225 W; 3dcenter.org (Intel: 2050 MHz, 16 Gbps, 512 GB/s)',
    notes: 'Alchemist (ACM-G10). fp16 DERIVED = XMX FP16 = 28 Xe cores x 16 XMX engines x 128 FLOP/clk x 2.05 GHz = 117.56, the basis of arc-a770-16gb.',
  },
  'arc-b580': {
    source: 'https://fpsbench.com/compare/gpu/intel-arc-b580-vs-intel-uhd-graphics-730; fpsbench.com Arc B580 (19 Gbps, 192-bit, 456 GB/s, 190 W); notebookcheck.net; TechPowerUp review; fp16: hmc-tech.com Arc B580 (2560 shaders, 2670 MHz, 437.45 TOPS INT4 XMX); XMX FP16:INT8:INT4 = 1:2:4 per the Xe-HPG XMX figures (m.yd166.com)',
    notes: 'Battlemage (Xe2), 190 W. fp16 DERIVED = XMX matrix-engine FP16 = 437.45 INT4 TOPS / 4 at 2670 MHz; fpsbench lists 27.34 (vector FP16, 2:1), which is not the matrix rate.',
  },
  'arc-b570': {
    source: 'https://www.techcommand.uk/the-new-intel-arc-b580-and-b570-graphics-are-now-official-price-and-specifications/; fpsbench.com Arc B570 (10GB GDDR6, 160-bit, 19 Gbps, 380.0 GB/s, 150 W, 2025); biggo.com (380 GB/s, 150 W); TechPowerUp ASRock Arc B570 Challenger review (launch); fp16: zinc docs/INTEL_GPU_REFERENCE.md product table from Intel product pages (GitHub zolotukhin/zinc: 18 Xe cores, 144 XMX engines, 2500 MHz graphics clock, 203 INT8 TOPS); fpsbench.com Arc B570 (2500 MHz, 144 XMX cores)',
    notes: 'Battlemage (Xe2), 18 Xe cores, 150 W. fp16 DERIVED = 144 XMX engines x 256 FP16 FLOP/clk x 2.5 GHz = 92.2, on the same basis as arc-b580 (its 437.45 INT4 TOPS at 2670 MHz over 160 XMX engines = 1024 INT4 = 256 FP16 FLOP/clk per engine). Intel\'s 203 INT8 TOPS / 2 = 101.5 is quoted at a higher dynamic clock.',
  },
  'arc-140v': {
    source: 'https://meterpreter.org/intel-taps-samsung-for-lunar-lake-lpddr5x-memory-market-moonshot/; meterpreter.org "Intel\'s Lunar Lake MX revealed" (dual-channel LPDDR5X-8533, 16GB and 32GB on package; Core 7 with 8 Xe cores); hi-tech.ua Lunar Lake launch (LPDDR5X-8533, 16 or 32 GB, Xe2-LPG); fp16: tweaktown.com Lunar Lake architecture report and digitblue.com (Intel: Xe2 GPU XMX arrays up to 67 TOPS); hardware-journal.de (Arc 140V: 8 Xe2 cores, 1.95-2.05 GHz)',
    notes: 'Bandwidth DERIVED = LPDDR5X-8533 on a 128-bit (dual-channel) bus = 136.5 GB/s. Memory is on the package, so 16 or 32 GB is fixed at purchase. Xe2 with XMX; SYCL and Vulkan backends. fp16 DERIVED = Intel\'s 67 INT8 TOPS for the GPU XMX engines / 2 (XMX FP16:INT8 = 1:2, as for arc-b580) = 33.5, at the 2.05 GHz top clock (Core Ultra 9 288V); Core Ultra 7 parts at 1.95-2.0 GHz are about 2-5 % lower.',
  },
  'arc-130v': {
    source: 'https://noticiasdehardware.com/?p=214; noticiasdehardware.com (Intel driver 32.0.101.5972 names the Arc 130V and 140V; Arc 130V in Core Ultra 5 200V chips with 7 Xe2 cores at 1.85 GHz on every model; Arc 140V 8 Xe2 cores at 1.95-2.05 GHz); pcpartdb.com Arc 130V Mobile (Xe2-LPG, Q3 2024, 896 shading units, 300/1850 MHz); elchapuzasinformatico.com (Arc 130V in the Core Ultra 5 236V, 1850 MHz boost, 16 GB); memory as for arc-140v (meterpreter.org / hi-tech.ua: Lunar Lake LPDDR5X-8533 on package, 16 or 32 GB; Intel: 67 TOPS for the Arc 140V XMX engines)',
    notes: 'Bandwidth DERIVED = LPDDR5X-8533 on a 128-bit bus = 136.5 GB/s, as for arc-140v (the memory is on the package, 16 or 32 GB fixed at purchase). fp16 DERIVED from the arc-140v figure by cores and clock: 67 INT8 TOPS x (7/8 Xe2 cores) x (1.85/2.05 GHz) / 2 (XMX FP16:INT8 = 1:2) = 26.45. Xe2 with XMX; SYCL and Vulkan backends, as for arc-140v.',
  },
  'intel-iris-xe': {
    source: 'https://topcpu.net/en/gpu-c/iris-xe-graphics-g7-96eu-vs-uhd-graphics-64eu; topcpu.net Iris Xe Graphics G7 96EU (Tiger Lake GT2, Sep 2020, 768 shading units, 1100 MHz boost, FP32 1.690 TFLOPS, FP16 3.379 TFLOPS); bottleneckcalculator.to DDR4/DDR5 tables (dual-channel DDR4-3200 51.2 GB/s, DDR5-5600 89.6 GB/s), as for cpu-ddr4-3200-2ch / cpu-ddr5-5600-2ch',
    asOf: '2026-12',
    notes: 'Bandwidth = dual-channel DDR4-3200 (51.2 GB/s), the common SO-DIMM configuration; LPDDR4X-4266 laptops (128-bit) get 68.3 GB/s; single-channel laptops get half and fall back to the slower UHD mode. fp16 = shader FP16 at 2x FP32 (Xe-LP has no XMX). 80-EU Iris Xe parts are about 17 % slower. SYCL (oneAPI) and Vulkan backends. memoryGB is a typical configuration; memoryOptionsGB are common laptop/desktop RAM sizes. The GPU shares system RAM: the estimator lets it use about half (Windows shared GPU memory; Linux amdgpu default GTT), see lib/estimator/memory.ts.',
  },
  'intel-uhd-770': {
    source: 'https://www.topcpu.net/en/gpu-c/uhd-graphics-770-vs-iris-xe-graphics-80eu; topcpu.net UHD Graphics 770 (Raptor Lake GT1, Sep 2022, 256 shading units = 32 EU, 1550 MHz boost, FP32 0.794, FP16 1.587 TFLOPS); bottleneckcalculator.to DDR4/DDR5 tables (dual-channel DDR4-3200 51.2 GB/s, DDR5-5600 89.6 GB/s), as for cpu-ddr4-3200-2ch / cpu-ddr5-5600-2ch',
    asOf: '2026-12',
    notes: 'Desktop iGPU of Core 12th-14th gen (Alder/Raptor Lake) K and non-F parts. Bandwidth = dual-channel DDR5-5600 (89.6 GB/s); DDR4-3200 boards get 51.2. fp16 = shader FP16 at 2x FP32. memoryGB is a typical configuration; memoryOptionsGB are common laptop/desktop RAM sizes. The GPU shares system RAM: the estimator lets it use about half (Windows shared GPU memory; Linux amdgpu default GTT), see lib/estimator/memory.ts.',
  },
  'intel-uhd-620': {
    source: 'https://www.notebookcheck.com/Intel-Core-i5-8250U-SoC-Benchmarks-und-Specs.242162.0.html; notebookcheck.com Core i5-8250U (Kaby Lake Refresh, late August 2017; UHD Graphics 620, unchanged from the HD Graphics 620 of 7th-gen parts; dual-channel DDR4-2400 / LPDDR3-2133 controller); notebookinfo.de Core i5-8250U (UHD 620 at 300-1100 MHz; up to 32 GB dual-channel DDR4-2133/2400) and Core i7-8650U (UHD 620 up to 1150 MHz); sysrqmts.com UHD Graphics 620 (Kaby Lake GT2, 24 EUs, 192 shading units, FP16 2:1 of FP32)',
    asOf: '2026-12',
    notes: 'Laptop iGPU of 8th-gen Core U (Kaby Lake R, Whiskey Lake, Amber Lake). The 7th-gen HD Graphics 620 (same GPU, up to 1.05 GHz) is not aliased to it. Bandwidth DERIVED = dual-channel DDR4-2400 = 2400 MT/s x 8 bytes x 2 = 38.4 GB/s; LPDDR3-2133 laptops get 34.1 and single-channel ones half. fp16 DERIVED = 192 shaders x 2 (FMA) x 2 (FP16 at 2x FP32) x 1.1 GHz = 0.84 (i7 parts at 1.15 GHz: 0.88). Vulkan only: llama.cpp\'s SYCL backend targets 11th-gen and newer iGPUs. memoryGB is a typical configuration; memoryOptionsGB are common laptop/desktop RAM sizes. The GPU shares system RAM: the estimator lets it use about half (Windows shared GPU memory; Linux amdgpu default GTT), see lib/estimator/memory.ts.',
  },
  'intel-uhd-630': {
    source: 'https://www.techpowerup.com/gpu-specs/uhd-graphics-630.c3600; techpowerup.com UHD Graphics 630 (GT2, Gen 9.5, 24 EUs, 192 shading units, 350/1200 MHz, FP16 921.6 GFLOPS 2:1); golem.de Coffee Lake S specifications (Core i7-8700K/8700 and i5-8600K/8400: UHD 630, DDR4-2666; Core i3: DDR4-2400; on sale 5 October 2017)',
    asOf: '2026-12',
    notes: 'Desktop iGPU of Core 8th-10th gen (Coffee Lake, Comet Lake) non-F parts. The 7th-gen HD Graphics 630 (same 24-EU GT2, lower clocks) is not catalogued and not aliased here. Bandwidth DERIVED = dual-channel DDR4-2666 = 2666 MT/s x 8 bytes x 2 = 42.7 GB/s (Intel\'s rated speed for Core i5/i7; i3 boards run DDR4-2400 = 38.4, and 10th-gen i7/i9 allow DDR4-2933). fp16 = techpowerup\'s 0.92 TFLOPS (192 x 2 x 2 x 1.2 GHz). Vulkan only: llama.cpp\'s SYCL backend targets 11th-gen and newer iGPUs. memoryGB is a typical configuration; memoryOptionsGB are common laptop/desktop RAM sizes. The GPU shares system RAM: the estimator lets it use about half (Windows shared GPU memory; Linux amdgpu default GTT), see lib/estimator/memory.ts.',
  },
  'intel-arc-igpu-meteor-lake': {
    source: 'https://hothardware.com/news/meteor-lake-igpu-benchmark-leak; hothardware.com (Meteor Lake iGPU branded "Intel Arc Graphics", Xe-LPG without XMX); hardforum.com quoting techpowerup.com (128 EUs at 2.0+ GHz, tile built on TSMC 5 nm); techpowerup.com Core Ultra 5 245K review (Xe-LPG: 16 EU = 128 shaders per Xe core); bottleneckcalculator.to DDR4/DDR5 tables (dual-channel DDR4-3200 51.2 GB/s, DDR5-5600 89.6 GB/s), as for cpu-ddr4-3200-2ch / cpu-ddr5-5600-2ch',
    asOf: '2026-12',
    notes: '8 Xe cores = 128 EU = 1024 shaders. fp16 DERIVED = 1024 x 2 x 2 x 2.0 GHz = 8.19 (shader FP16 at 2x FP32, no XMX; at the "2.0+ GHz" clock reported; H-series parts boost to about 2.25 GHz, not read in a source here). Bandwidth = dual-channel DDR5-5600 (89.6 GB/s); LPDDR5X laptops are faster (the supported speeds were not read in a source here). The Arc graphics name needs dual-channel memory and 16 GB+; with less, the same iGPU is reported as "Intel Graphics". memoryGB is a typical configuration; memoryOptionsGB are common laptop/desktop RAM sizes. The GPU shares system RAM: the estimator lets it use about half (Windows shared GPU memory; Linux amdgpu default GTT), see lib/estimator/memory.ts.',
  },
  'adreno-x1-85': {
    source: 'https://www.notebookcheck.net/Qualcomm-Adreno-X1-85-4-6-TFLOPS-GPU-Benchmarks-and-Specs.850228.0.html; notebookcheck.net Adreno X1-85 (1536 unified shaders at up to 1.5 GHz, 4.6 TFLOPS in the X1E-84-100; a 3.8 TFLOPS version at lower clocks in cheaper Snapdragon X chips); tectack.com / securityexpress.info (Qualcomm, June 2024: 6 shader processors, 1536 FP32 ALUs, 4.6 TFLOPS, Vulkan 1.3, OpenCL 3.0; laptops on sale June 18 2024); tweaktown.com (X Elite: up to 64 GB LPDDR5X-8533, up to 136 GB/s, pre-launch); notebookcheck.net Snapdragon X X1-26-100 (Snapdragon X memory controller: LPDDR5x-8448); github.com/ggml-org/llama.cpp/issues/8455 (Vulkan not running on Snapdragon X + Windows)',
    asOf: '2026-12',
    notes: 'Bandwidth DERIVED = LPDDR5X-8448 on the 128-bit bus implied by Qualcomm\'s 8533 MT/s / 136 GB/s figure = 8448 x 16 bytes = 135.2 GB/s. Backend cpu only: llama.cpp runs Snapdragon X on its ARM CPU kernels, and on the Adreno GPU through its OpenCL backend, which the Backend type has no value for; its Vulkan backend did not run on Snapdragon X under Windows (llama.cpp issue #8455: the D3D12-based driver lacks the shared memory the large matmul shaders need; it ran only with a patched shader set), so vulkan is not listed. fp16 left out: no source read gave the Adreno X1 FP16 rate, and the cpu backend does not use it. vendor is \'generic\' because the schema has no Qualcomm vendor. The X1-45 GPU of the X1P-42/X1-26 chips (1.7-2.1 TFLOPS) is not this device. memoryGB is a typical configuration; memoryOptionsGB are common laptop/desktop RAM sizes. The GPU shares system RAM: the estimator lets it use about half (Windows shared GPU memory; Linux amdgpu default GTT), see lib/estimator/memory.ts.',
  },
  'apple-m1': {
    source: 'https://www.mtech.news/article/M1-Vs-M1-Pro-Vs-M1-Max-Vs-M1-Ultra-Apples-Processors-In-Comparison-175387; mtech.news M1 vs M1 Pro vs M1 Max vs M1 Ultra table (8/16 GB, 68.25 GB/s); Tom\'s Hardware "Apple M1 Pro and M1 Max" spec table (M1 68.25 GBps, max 16GB); worldmagazine.it (Nov 2020); fp16: macrumors.com "Apple announces M1" (Apple: 8-core GPU, 2.6 teraflops)',
    notes: 'LPDDR4X-4266 on a 128-bit bus. 7- and 8-core GPU versions share the same bandwidth. Unified memory: the GPU can use only part of it (macOS reserves some for the system). fp16 = GPU shader FP16 (same rate as FP32 on Apple GPUs; no tensor units). 8-core GPU; the 7-core version is about 2.3.',
  },
  'apple-m1-7g': {
    source: 'https://www.mtech.news/article/M1-Vs-M1-Pro-Vs-M1-Max-Vs-M1-Ultra-Apples-Processors-In-Comparison-175387; mtech.news M1-family table; Tom\'s Hardware "Apple M1 Pro and M1 Max" spec table (M1: 8/16 GB, 68.25 GB/s); macrumors.com "Apple announces M1" (8-core GPU, 2.6 teraflops); the 7-core GPU is the entry MacBook Air (2020) part',
    notes: 'Binned GPU of the same chip, same memory bandwidth. Unified memory: the GPU can use only part of it (macOS reserves some for the system). fp16 = GPU shader FP16 (same rate as FP32 on Apple GPUs; no tensor units). fp16 DERIVED = 2.6 x 7/8 (apple-m1: Apple\'s 2.6 TFLOPS for the 8-core GPU) = 2.27 (FP16 scales with GPU cores at the same clock). Calibration row r001 ("Apple M1 (7-core GPU)") still uses the apple-m1 id.',
  },
  'apple-m1-pro': {
    source: 'https://www.mtech.news/article/M1-Vs-M1-Pro-Vs-M1-Max-Vs-M1-Ultra-Apples-Processors-In-Comparison-175387; Tom\'s Hardware "Apple M1 Pro and M1 Max" spec table (200 GBps, max 32GB, 14- or 16-core GPU); matzavreview.com configuration table (M1 Pro with 16 or 32 GB); mtech.news; somagnews.com; fp16: calendar-uk.co.uk summary of notebookcheck (16-core M1 Pro GPU about 5.2 TFLOPS; 32-core M1 Max 10.4)',
    notes: '14- and 16-core GPU versions share the same 200 GB/s. Unified memory: the GPU can use only part of it (macOS reserves some for the system). fp16 = GPU shader FP16 (same rate as FP32 on Apple GPUs; no tensor units). 16-core GPU (half the 32-core M1 Max); the 14-core version is about 4.5.',
  },
  'apple-m1-pro-14g': {
    source: 'https://www.mtech.news/article/M1-Vs-M1-Pro-Vs-M1-Max-Vs-M1-Ultra-Apples-Processors-In-Comparison-175387; mtech.news M1-family table; Tom\'s Hardware "Apple M1 Pro and M1 Max" spec table (M1 Pro: 200 GBps, max 32GB, 14- or 16-core GPU); matzavreview.com configuration table (16 or 32 GB); calendar-uk.co.uk summary of notebookcheck (16-core M1 Pro GPU about 5.2 TFLOPS)',
    notes: 'Binned GPU of the same chip, same memory bandwidth. Unified memory: the GPU can use only part of it (macOS reserves some for the system). fp16 = GPU shader FP16 (same rate as FP32 on Apple GPUs; no tensor units). fp16 DERIVED = 5.2 x 14/16 (apple-m1-pro: 16-core GPU 5.2 TFLOPS per notebookcheck) = 4.55 (FP16 scales with GPU cores at the same clock).',
  },
  'apple-m1-max': {
    source: 'https://www.mtech.news/article/M1-Vs-M1-Pro-Vs-M1-Max-Vs-M1-Ultra-Apples-Processors-In-Comparison-175387; Tom\'s Hardware "Apple M1 Pro and M1 Max" spec table (400 GBps, max 64GB, 24- or 32-core GPU); matzavreview.com configuration table (M1 Max with 32 or 64 GB); gizbot.com (up to 400GB/s); fp16: calendar-uk.co.uk summary of notebookcheck (32-core M1 Max: 4096 ALUs, up to 10.4 TFLOPS); true-gaming.net (10.4)',
    notes: '24- and 32-core GPU versions share the same 400 GB/s. Unified memory: the GPU can use only part of it (macOS reserves some for the system). fp16 = GPU shader FP16 (same rate as FP32 on Apple GPUs; no tensor units). 32-core GPU; the 24-core version is 7.8-8.0 (hmc-tech 7.85).',
  },
  'apple-m1-max-24g': {
    source: 'https://www.mtech.news/article/M1-Vs-M1-Pro-Vs-M1-Max-Vs-M1-Ultra-Apples-Processors-In-Comparison-175387; mtech.news M1-family table; Tom\'s Hardware "Apple M1 Pro and M1 Max" spec table (M1 Max: 400 GBps, max 64GB, 24- or 32-core GPU); matzavreview.com (32 or 64 GB); calendar-uk.co.uk summary of notebookcheck (32-core M1 Max up to 10.4 TFLOPS); hmc-tech.com (24-core M1 Max 7.85)',
    notes: 'Binned GPU of the same chip, same memory bandwidth. Unified memory: the GPU can use only part of it (macOS reserves some for the system). fp16 = GPU shader FP16 (same rate as FP32 on Apple GPUs; no tensor units). fp16 DERIVED = 10.4 x 24/32 (apple-m1-max: 32-core GPU 10.4 TFLOPS per notebookcheck) = 7.8 (FP16 scales with GPU cores at the same clock).',
  },
  'apple-m1-ultra': {
    source: 'https://www.mtech.news/article/M1-Vs-M1-Pro-Vs-M1-Max-Vs-M1-Ultra-Apples-Processors-In-Comparison-175387; mtech.news table; wikicomplete.info Apple Mac Studio copy (up to 128GB, 800GB/s); lifewire (Mar 2022); fp16: two M1 Max dies (32-core 10.4 TFLOPS each, notebookcheck via calendar-uk.co.uk); Apple quotes about 21 TFLOPS for the 64-core GPU',
    notes: 'Apple\'s figure is 800 GB/s; the Ars Technica table (inforeader copy) gives 819.2 GB/s theoretical. Sold with 64 or 128 GB (48- and 64-core GPU). Unified memory: the GPU can use only part of it (macOS reserves some for the system). fp16 = GPU shader FP16 (same rate as FP32 on Apple GPUs; no tensor units). DERIVED = 2 x 10.4 for the 64-core GPU; the 48-core version is 15.6.',
  },
  'apple-m1-ultra-48g': {
    source: 'https://www.mtech.news/article/M1-Vs-M1-Pro-Vs-M1-Max-Vs-M1-Ultra-Apples-Processors-In-Comparison-175387; mtech.news M1-family table; Tom\'s Hardware "Apple M1 Pro and M1 Max" spec table (M1 Ultra: 48- or 64-core GPU); wikicomplete.info Mac Studio copy (up to 128GB, 800GB/s); lifewire (March 2022)',
    notes: 'Binned GPU of the same chip, same memory bandwidth. Unified memory: the GPU can use only part of it (macOS reserves some for the system). fp16 = GPU shader FP16 (same rate as FP32 on Apple GPUs; no tensor units). fp16 DERIVED = 20.8 x 48/64 (apple-m1-ultra: 2 x 10.4 for the 64-core GPU) = 15.6 (FP16 scales with GPU cores at the same clock).',
  },
  'apple-m2': {
    source: 'https://goodnewsapodcast.com/apples-m4-m4-pro-and-m4-max-compared-to-past-generations-and-to-each-other; besttopreviewsonline.com table (8/16/24GB, 100GBps); brokenmount.com (up to 24GB, announced June 2022); fp16: Apple Mac Pro page copy (nakenako.serv00.net: M2 Ultra 76-core GPU up to 27.2 teraflops); tekspecz.com (27.2)',
    notes: 'LPDDR5-6400, 128-bit: the Ars Technica table (goodnewsapodcast copy) gives 102.4 GB/s; Apple says 100 GB/s. Unified memory: the GPU can use only part of it (macOS reserves some for the system). fp16 = GPU shader FP16 (same rate as FP32 on Apple GPUs; no tensor units). 10-core GPU, DERIVED from Apple\'s 27.2 TFLOPS for the 76-core M2 Ultra (0.358 TFLOPS per GPU core, same GPU core and clock across the M2 family). The 8-core version is 2.9.',
  },
  'apple-m2-8g': {
    source: 'https://goodnewsapodcast.com/apples-m4-m4-pro-and-m4-max-compared-to-past-generations-and-to-each-other; Ars Technica M-family comparison table (goodnewsapodcast.com copy) (M2: 8/16/24GB, 100GBps); brokenmount.com (up to 24GB, June 2022); fp16: Apple Mac Pro page copy (nakenako.serv00.net: M2 Ultra 76-core GPU up to 27.2 teraflops)',
    notes: 'Binned GPU of the same chip, same memory bandwidth. Unified memory: the GPU can use only part of it (macOS reserves some for the system). fp16 = GPU shader FP16 (same rate as FP32 on Apple GPUs; no tensor units). fp16 DERIVED = 27.2 / 76 x 8 (Apple\'s 27.2 TFLOPS for the 76-core M2 Ultra, 0.358 per GPU core, as for apple-m2) = 2.86 (FP16 scales with GPU cores at the same clock).',
  },
  'apple-m2-pro': {
    source: 'https://www.news18.com/amp/news/tech/apple-unveils-next-gen-m2-pro-and-m2-max-chipsets-for-new-macs-all-you-need-to-know-6860641.html; ma4p.com / news18.com (M2 Pro: up to 32GB, 200GB/s, Jan 2023); imore.com (200GB/s, up to 32GB, 16- or 19-core GPU); fp16: Apple Mac Pro page copy (M2 Ultra 76-core GPU 27.2 teraflops)',
    notes: 'Ars table: 204.8 GB/s theoretical. Unified memory: the GPU can use only part of it (macOS reserves some for the system). fp16 = GPU shader FP16 (same rate as FP32 on Apple GPUs; no tensor units). 19-core GPU, DERIVED from Apple\'s 27.2 TFLOPS for the 76-core M2 Ultra (0.358 TFLOPS per GPU core, same GPU core and clock across the M2 family). The 16-core version is 5.7.',
  },
  'apple-m2-pro-16g': {
    source: 'https://www.news18.com/amp/news/tech/apple-unveils-next-gen-m2-pro-and-m2-max-chipsets-for-new-macs-all-you-need-to-know-6860641.html; news18.com (M2 Pro up to 32GB, 200GB/s, Jan 2023); imore.com (16- or 19-core GPU, 200GB/s); fp16: Apple Mac Pro page copy (M2 Ultra 76-core GPU 27.2 teraflops)',
    notes: 'Binned GPU of the same chip, same memory bandwidth. Unified memory: the GPU can use only part of it (macOS reserves some for the system). fp16 = GPU shader FP16 (same rate as FP32 on Apple GPUs; no tensor units). fp16 DERIVED = 27.2 / 76 x 16 (as for apple-m2-pro) = 5.73 (FP16 scales with GPU cores at the same clock).',
  },
  'apple-m2-max': {
    source: 'https://www.news18.com/amp/news/tech/apple-unveils-next-gen-m2-pro-and-m2-max-chipsets-for-new-macs-all-you-need-to-know-6860641.html; ma4p.com (up to 96GB at 400GB/s); moneycontrol.com; applescoop.org (up to 96GB, 400GB/s unchanged from M1 Max); fp16: Apple Mac Pro page copy (M2 Ultra = two M2 Max, 76-core GPU 27.2 teraflops)',
    notes: 'The binned 30-core-GPU M2 Max is also 400 GB/s (macrumors). 96 GB required the 38-core GPU. Unified memory: the GPU can use only part of it (macOS reserves some for the system). fp16 = GPU shader FP16 (same rate as FP32 on Apple GPUs; no tensor units). 38-core GPU, DERIVED from Apple\'s 27.2 TFLOPS for the 76-core M2 Ultra (0.358 TFLOPS per GPU core, same GPU core and clock across the M2 family). The 30-core version is 10.7.',
  },
  'apple-m2-max-30g': {
    source: 'https://www.news18.com/amp/news/tech/apple-unveils-next-gen-m2-pro-and-m2-max-chipsets-for-new-macs-all-you-need-to-know-6860641.html; news18.com / ma4p.com (M2 Max 400GB/s); macrumors (the binned 30-core-GPU M2 Max is also 400 GB/s, as noted in apple-m2-max); fp16: Apple Mac Pro page copy (M2 Ultra 76-core GPU 27.2 teraflops)',
    notes: 'Binned GPU of the same chip, same memory bandwidth. Unified memory: the GPU can use only part of it (macOS reserves some for the system). fp16 = GPU shader FP16 (same rate as FP32 on Apple GPUs; no tensor units). fp16 DERIVED = 27.2 / 76 x 30 (as for apple-m2-max) = 10.74 (FP16 scales with GPU cores at the same clock). 96 GB required the 38-core GPU (apple-m2-max notes).',
  },
  'apple-m2-ultra': {
    source: 'https://blog.patti.tech/2023/06/05/as-rumored-the-mac-studio-gets-an-m2-refresh-including-fused-together-m2-ultra; gamebastion.com / wccftech (up to 192GB, 800GB/s); global.dday.it (WWDC 2023); fp16: Apple Mac Pro page copy (nakenako.serv00.net: 76-core GPU up to 27.2 teraflops); tekspecz.com',
    notes: 'Ars table: 819.2 GB/s theoretical. 60- and 76-core GPU versions share the bandwidth. Unified memory: the GPU can use only part of it (macOS reserves some for the system). fp16 = GPU shader FP16 (same rate as FP32 on Apple GPUs; no tensor units). 76-core GPU; the 60-core version is 21.5.',
  },
  'apple-m2-ultra-60g': {
    source: 'https://blog.patti.tech/2023/06/05/as-rumored-the-mac-studio-gets-an-m2-refresh-including-fused-together-m2-ultra; gamebastion.com / wccftech (M2 Ultra up to 192GB, 800GB/s); global.dday.it (WWDC 2023); fp16: Apple Mac Pro page copy (nakenako.serv00.net: 76-core GPU up to 27.2 teraflops)',
    notes: 'Binned GPU of the same chip, same memory bandwidth. Unified memory: the GPU can use only part of it (macOS reserves some for the system). fp16 = GPU shader FP16 (same rate as FP32 on Apple GPUs; no tensor units). fp16 DERIVED = 27.2 x 60/76 (Apple: 76-core GPU 27.2 TFLOPS) = 21.47 (FP16 scales with GPU cores at the same clock). The apple-m2-ultra record is the 76-core GPU.',
  },
  'apple-m3': {
    source: 'https://goodnewsapodcast.com/apples-m4-m4-pro-and-m4-max-compared-to-past-generations-and-to-each-other; Ars Technica M4-family comparison table (goodnewsapodcast.com copy): M3 8/16/24GB, 102.4 GB/s; fp16: hmc-tech.com 10-Core M3 (1280 shaders, 1398 MHz, FP32 = FP16 3.58 TFLOPS)',
    notes: 'Apple\'s own marketing figure (100 GB/s) was not read directly. Unified memory: the GPU can use only part of it (macOS reserves some for the system). fp16 DERIVED = 10 GPU cores x 128 ALUs x 2 x 1.398 GHz = 3.58 (GPU shader FP16, same rate as FP32; no tensor units), 10-core GPU; the 8-core M3 is about 2.86.',
  },
  'apple-m3-8g': {
    source: 'https://goodnewsapodcast.com/apples-m4-m4-pro-and-m4-max-compared-to-past-generations-and-to-each-other; Ars Technica M-family comparison table (goodnewsapodcast.com copy) (M3: 8/16/24GB, 102.4 GB/s); hmc-tech.com 10-Core M3 (FP32 = FP16 3.58 TFLOPS)',
    notes: 'Binned GPU of the same chip, same memory bandwidth. Unified memory: the GPU can use only part of it (macOS reserves some for the system). fp16 = GPU shader FP16 (same rate as FP32 on Apple GPUs; no tensor units). fp16 DERIVED = 3.58 x 8/10 (hmc-tech 10-core M3: 1280 shaders, 1398 MHz, 3.58 TFLOPS) = 2.86 (FP16 scales with GPU cores at the same clock). The 8-core GPU is the base MacBook Air / 14" MacBook Pro M3.',
  },
  'apple-m3-pro': {
    source: 'https://www.macrumors.com/2023/10/31/apple-m3-pro-less-memory-bandwidth/; macrumors.com "Apple M3 Pro Chip Has 25% Less Memory Bandwidth" (150GB/s per Apple); mactechnews.de (18 or 36 GB); hmc-tech.com (18-core M3 Pro GPU FP16 6.44)',
    notes: 'fp16 = GPU shader FP16 (Apple GPUs have no separate tensor units), 18-core GPU. Ars table: 153.6 GB/s theoretical. Unified memory: the GPU can use only part of it (macOS reserves some for the system).',
  },
  'apple-m3-pro-14g': {
    source: 'https://www.macrumors.com/2023/10/31/apple-m3-pro-less-memory-bandwidth/; macrumors.com (M3 Pro 150GB/s per Apple); mactechnews.de (18 or 36 GB); hmc-tech.com (18-core M3 Pro GPU FP16 6.44)',
    notes: 'Binned GPU of the same chip, same memory bandwidth. Unified memory: the GPU can use only part of it (macOS reserves some for the system). fp16 = GPU shader FP16 (same rate as FP32 on Apple GPUs; no tensor units). fp16 DERIVED = 6.44 x 14/18 (hmc-tech 18-core M3 Pro 6.44) = 5.01 (FP16 scales with GPU cores at the same clock). The 11-core-CPU M3 Pro.',
  },
  'apple-m3-max-14c30g': {
    source: 'https://www.macrumors.com/2023/10/31/apple-m3-pro-less-memory-bandwidth/; macrumors.com / mactechnews.de (binned M3 Max 300GB/s); hmc-tech.com (30-core M3 Max FP16 10.74)',
    notes: 'fp16 = GPU shader FP16. Memory options (36 or 96 GB) are from Apple\'s configurations as commonly reported, not confirmed in a source read. Unified memory: the GPU can use only part of it (macOS reserves some for the system).',
  },
  'apple-m3-max-16c40g': {
    source: 'https://www.macrumors.com/2023/10/31/apple-m3-pro-less-memory-bandwidth/; macrumors.com (up to 400GB/s); hmc-tech.com (40-core M3 Max FP16 14.32, released 10/30/2023); notebookcheck.net (M4 Max "identical configuration" to M3 Max, up to 128 GB); radargit.com (40-core M3 Max, 512-bit, 409.6 GB/s theoretical)',
    notes: 'fp16 = GPU shader FP16. The 128 GB maximum is weakly sourced (inferred from the notebookcheck comparison); 48 and 64 GB are the other configurations sold. Unified memory: the GPU can use only part of it (macOS reserves some for the system).',
  },
  'apple-m3-ultra': {
    source: 'https://techpowerup.com/news-tags/Mac%20Studio; techpowerup.com news "Apple Unleashes New Mac Studio With M3 Ultra and M4 Max" (up to 512 GB, 819 GB/s); Ars table (inforeader copy) 819.2 GB/s; bgr.com (Mar 5 2025); fp16: hmc-tech.com 40-core M3 Max 14.32 TFLOPS (M3 Ultra = two M3 Max dies)',
    asOf: '2026-11',
    notes: 'Mac Studio (2025) with 28-core CPU/60-core GPU or 32-core CPU/80-core GPU. Unified memory: the GPU can use only part of it (macOS reserves some for the system). fp16 = GPU shader FP16 (same rate as FP32 on Apple GPUs; no tensor units). DERIVED = 2 x 14.32 for the 80-core GPU; the 60-core version is 21.5.',
  },
  'apple-m3-ultra-60g': {
    source: 'https://techpowerup.com/news-tags/Mac%20Studio; techpowerup.com "Apple Unleashes New Mac Studio With M3 Ultra and M4 Max" (up to 512 GB, 819 GB/s); apple-m3-ultra notes (28-core CPU/60-core GPU or 32-core CPU/80-core GPU); hmc-tech.com 40-core M3 Max 14.32 TFLOPS',
    notes: 'Binned GPU of the same chip, same memory bandwidth. Unified memory: the GPU can use only part of it (macOS reserves some for the system). fp16 = GPU shader FP16 (same rate as FP32 on Apple GPUs; no tensor units). fp16 DERIVED = 28.6 x 60/80 (apple-m3-ultra: 2 x 14.32 for the 80-core GPU) = 21.45 (FP16 scales with GPU cores at the same clock). Memory options: 96 and 256 GB as commonly reported for this configuration (512 GB came with the 80-core GPU); not confirmed in a source read.',
  },
  'apple-m4': {
    source: 'https://goodnewsapodcast.com/apples-m4-m4-pro-and-m4-max-compared-to-past-generations-and-to-each-other; Ars Technica M4-family table (goodnewsapodcast.com copy): 16/24/32GB, 120GB/s; hmc-tech.com (10-core M4 GPU FP16 3.76)',
    notes: 'fp16 = GPU shader FP16 (10-core GPU). Unified memory: the GPU can use only part of it (macOS reserves some for the system).',
  },
  'apple-m4-8g': {
    source: 'https://goodnewsapodcast.com/apples-m4-m4-pro-and-m4-max-compared-to-past-generations-and-to-each-other; Ars Technica M-family comparison table (goodnewsapodcast.com copy) (M4: 16/24/32GB, 120GB/s); hmc-tech.com (10-core M4 GPU FP16 3.76)',
    notes: 'Binned GPU of the same chip, same memory bandwidth. Unified memory: the GPU can use only part of it (macOS reserves some for the system). fp16 = GPU shader FP16 (same rate as FP32 on Apple GPUs; no tensor units). fp16 DERIVED = 3.76 x 8/10 (hmc-tech 10-core M4 GPU 3.76) = 3.01 (FP16 scales with GPU cores at the same clock). The 8-core-GPU M4 (base MacBook Air 13"); release year 2025 for that machine not read in a source here. The apple-m4 record is the 10-core GPU.',
  },
  'apple-m4-pro': {
    source: 'https://goodnewsapodcast.com/apples-m4-m4-pro-and-m4-max-compared-to-past-generations-and-to-each-other; Ars table (goodnewsapodcast copy): 24/48/64GB, 273GB/s; techmoran.com; techcrunch (copies at sianzzz.com): 273GB/s; fp16: hmc-tech.com 20-Core M4 Pro (2560 shaders, 1470 MHz, FP32 = FP16 7.53 TFLOPS) and 16-Core M4 Pro (6.02 TFLOPS)',
    notes: '16- and 20-core GPU versions share the bandwidth. Unified memory: the GPU can use only part of it (macOS reserves some for the system). fp16 DERIVED = 20 GPU cores x 128 ALUs x 2 x 1.47 GHz = 7.53 (GPU shader FP16, same rate as FP32; no tensor units), 20-core GPU; the 16-core version is 6.02.',
  },
  'apple-m4-pro-16g': {
    source: 'https://goodnewsapodcast.com/apples-m4-m4-pro-and-m4-max-compared-to-past-generations-and-to-each-other; Ars Technica M-family comparison table (goodnewsapodcast.com copy) (M4 Pro: 24/48/64GB, 273GB/s; 16- and 20-core GPU share the bandwidth); hmc-tech.com 16-Core M4 Pro (6.02 TFLOPS)',
    notes: 'Binned GPU of the same chip, same memory bandwidth. Unified memory: the GPU can use only part of it (macOS reserves some for the system). fp16 = GPU shader FP16 (same rate as FP32 on Apple GPUs; no tensor units). fp16 DERIVED = hmc-tech 16-Core M4 Pro 6.02 (= 7.53 x 16/20) = 6.02 (FP16 scales with GPU cores at the same clock). The 12-core-CPU M4 Pro.',
  },
  'apple-m4-max-14c32g': {
    source: 'https://goodnewsapodcast.com/apples-m4-m4-pro-and-m4-max-compared-to-past-generations-and-to-each-other; Ars table (goodnewsapodcast copy): \'low-end M4 Max offers 410GB/s\'; notebookcheck.net (14-core CPU + 32-core GPU flavour); hmc-tech.com (32-core M4 Max FP16 13.74)',
    notes: 'fp16 = GPU shader FP16. Sold only with 36 GB (the 36GB MacBook Pro config in the calibration data is this part); Ars notes the binned part\'s memory options differ from the full chip. Unified memory: the GPU can use only part of it (macOS reserves some for the system).',
  },
  'apple-m4-max-16c40g': {
    source: 'https://goodnewsapodcast.com/apples-m4-m4-pro-and-m4-max-compared-to-past-generations-and-to-each-other; notebookcheck.net "Apple M4 Max official" (up to 128 GB, 546 GB/s); macmegasite.com; engadget.com (up to 128GB); Ars table; fp16: hmc-tech.com 32-core M4 Max (4096 shaders, 1678 MHz, 13.74 TFLOPS)',
    notes: 'Unified memory: the GPU can use only part of it (macOS reserves some for the system). fp16 = GPU shader FP16 (same rate as FP32 on Apple GPUs; no tensor units). DERIVED = 13.74 x 40/32 for the full 40-core GPU, assuming the binned 32-core part runs the same 1678 MHz clock.',
  },
  'apple-m5': {
    source: 'https://dig.watch/updates/apple-launches-m5-with-bigger-ai-gains; Apple newsroom figures as reported by lowyat.net "Apple M5" (153GB/s, up to 32GB, Oct 2025), mikeshouts.com (153 GB/s unified memory bandwidth) and tecknexus.com (153 GB/s, up to 32 GB); fp16: hmc-tech.com 10-Core M5 (1280 shaders, 1740 MHz, FP32 4.45 TFLOPS); tzakharko.github.io "Investigating the GPU Neural Accelerators on Apple A19/M5" (about 1024 FP16 FLOP per GPU core per clock for matrix multiply-accumulate into FP16/FP32, measured on A19)',
    asOf: '2026-11',
    notes: 'Announced Oct 15 2025 (MacBook Pro 14, iPad Pro, Vision Pro); 10-core GPU with a Neural Accelerator in each core. Memory options 16/24/32 GB (base 16 GB per oddtocode.com). Unified memory: the GPU can use only part of it (macOS reserves some for the system). fp16 DERIVED = shader rate 10 cores x 128 x 2 x 1.74 GHz = 4.45, the same basis as every other Apple record (the estimator\'s Metal constants are fitted on shader rates). The per-core Neural Accelerators may reach ~17.8 (10 x 1024 FLOP/clk x 1.74 GHz, a microbenchmark estimate consistent with Apple\'s "over 4x peak GPU AI compute" vs the M4) once llama.cpp\'s Metal kernels use them; not assumed here.',
  },
  'apple-m5-pro': {
    source: 'https://www.macrumors.com/2026/03/03/apple-unveils-macbook-pro-with-m5-pro-and-m5-max-chips-with-neural-accelerators/; macrumors.com "Apple unveils MacBook Pro with M5 Pro and M5 Max" (Mar 3 2026: M5 Pro up to 64GB, 307GB/s; up to 20 GPU cores); hothardware.com (same figures)',
    asOf: '2026-11',
    notes: 'Bandwidth is Apple\'s "up to" figure; whether the binned (16-core GPU) M5 Pro has less was not confirmed. Memory options other than the 64 GB maximum are not confirmed in a source read. Unified memory: the GPU can use only part of it (macOS reserves some for the system).',
  },
  'apple-m5-max': {
    source: 'https://www.macrumors.com/2026/03/03/apple-unveils-macbook-pro-with-m5-pro-and-m5-max-chips-with-neural-accelerators/; macrumors.com "Apple unveils MacBook Pro with M5 Pro and M5 Max" (Mar 3 2026: M5 Max up to 128GB, 614GB/s, up to 40 GPU cores); hothardware.com; pepelac.news',
    asOf: '2026-11',
    notes: 'Bandwidth is Apple\'s "up to" figure for the 40-core-GPU part; a binned 32-core M5 Max may have less, as with M3/M4 Max. Memory options other than the 128 GB maximum are not confirmed in a source read. Unified memory: the GPU can use only part of it (macOS reserves some for the system).',
  },
  'cpu-ddr4-3200-2ch': {
    source: 'https://bottleneckcalculator.to/en/blog/ddr5-vs-ddr4-real-world-performance-differences/; bottleneckcalculator.to "DDR5 RAM Speed: Theoretical vs Real-World Bandwidth" table (DDR4-3200: 25.6 GB/s per 64-bit channel, 51.2 dual)',
    notes: 'Two 64-bit channels (e.g. Ryzen 5000 / Intel 10th-12th gen with DDR4). Theoretical peak; sustained (STREAM-type) bandwidth is typically 60-80% of it. memoryGB is a typical configuration; it depends on the DIMMs installed.',
  },
  'cpu-ddr5-5600-2ch': {
    source: 'https://bottleneckcalculator.to/en/blog/ddr5-vs-ddr4-real-world-performance-differences/; bottleneckcalculator.to table (44.8 / 89.6); calculator-cloud.com memory bandwidth (89.6 GB/s)',
    notes: 'Two 64-bit channels (each DDR5 DIMM is 2 x 32-bit subchannels). Theoretical peak; sustained (STREAM-type) bandwidth is typically 60-80% of it. memoryGB is a typical configuration; it depends on the DIMMs installed.',
  },
  'cpu-ddr5-6000-2ch': {
    source: 'https://bottleneckcalculator.to/en/blog/ddr5-vs-ddr4-real-world-performance-differences/; bottleneckcalculator.to table (48.0 / 96.0)',
    notes: 'Typical AM5 EXPO setting (e.g. Ryzen 7000/9000). Theoretical peak; sustained (STREAM-type) bandwidth is typically 60-80% of it. memoryGB is a typical configuration; it depends on the DIMMs installed.',
  },
  'cpu-ddr4-3200-4ch': {
    source: 'https://www.cpu-monkey.com/it/cpu_family-amd_ryzen_threadripper; cpu-monkey.com AMD Threadripper family page (Threadripper 3000: 4 channels DDR4-3200, over 102 GB/s); per-channel 25.6 GB/s from bottleneckcalculator.to; calibration.csv threadripper-3970x-cpu row',
    notes: 'Four 64-bit channels = 4 x 25.6. Also Xeon W-2200 class with DDR4-3200. Theoretical peak; sustained (STREAM-type) bandwidth is typically 60-80% of it. memoryGB is a typical configuration; it depends on the DIMMs installed.',
  },
  'cpu-ddr5-5200-4ch': {
    source: 'i2hard.ru (Threadripper 7000 on TRX50 boards: 4-channel DDR5; Threadripper PRO 7000WX on WRX90: 8 channels); wccftech leak copy (Threadripper 7000 HEDT: 4-channel DDR5); hardwaretimes.com (Zen 4 Ryzen 7000 and EPYC Genoa rated for DDR5-5200)',
    notes: 'Bandwidth DERIVED = 4 x 41.6 GB/s (DDR5-5200 per 64-bit channel). DDR5-5200 is the Zen 4 rated speed from the hardwaretimes source; the Threadripper 7000 RDIMM rating itself was not read in a source. Threadripper PRO 7000WX on WRX90 has 8 channels (about 333 GB/s). Theoretical peak; sustained (STREAM-type) bandwidth is typically 60-80% of it. memoryGB is a typical configuration; it depends on the DIMMs installed.',
  },
  'cpu-ddr4-3200-8ch': {
    source: 'https://www.tomshardware.com/news/amd-confirms-12-ddr5-memory-channels-on-genoa; Tom\'s Hardware "AMD Confirms 12 DDR5 Memory Channels on Genoa" (204.8 GB/s for current EPYC with DDR4-3200)',
    notes: 'Per socket. Also Threadripper PRO 3000/5000WX (8 channels). Theoretical peak; sustained (STREAM-type) bandwidth is typically 60-80% of it. memoryGB is a typical configuration; it depends on the DIMMs installed.',
  },
  'cpu-ddr5-4800-8ch': {
    source: 'https://bottleneckcalculator.to/en/blog/ddr5-vs-ddr4-real-world-performance-differences/; techinsights.com / Dell infohub (Sapphire Rapids: 8 DDR5 channels, 4800 MT/s 1DPC); per-channel 38.4 GB/s from bottleneckcalculator.to',
    notes: 'Bandwidth DERIVED = 8 x 38.4. Per socket. Theoretical peak; sustained (STREAM-type) bandwidth is typically 60-80% of it. memoryGB is a typical configuration; it depends on the DIMMs installed.',
  },
  'cpu-ddr5-4800-12ch': {
    source: 'https://www.tomshardware.com/news/amd-confirms-12-ddr5-memory-channels-on-genoa; Tom\'s Hardware "AMD Confirms 12 DDR5 Memory Channels on Genoa" (460.8 GB/s per socket)',
    notes: 'Per socket. Theoretical peak; sustained (STREAM-type) bandwidth is typically 60-80% of it. memoryGB is a typical configuration; it depends on the DIMMs installed.',
  },
  'cpu-ddr5-6000-12ch': {
    source: 'https://bottleneckcalculator.to/en/blog/ddr5-vs-ddr4-real-world-performance-differences/; Tom\'s Hardware / elchapuzasinformatico (Turin supports DDR5-6000 on SP5, 12 channels); hothardware.com Turin leak (DDR5-6000); per-channel 48.0 GB/s from bottleneckcalculator.to',
    notes: 'Bandwidth DERIVED = 12 x 48.0. DDR5-6000 support comes from leak and launch coverage. Per socket. Theoretical peak; sustained (STREAM-type) bandwidth is typically 60-80% of it. memoryGB is a typical configuration; it depends on the DIMMs installed.',
  },
};
