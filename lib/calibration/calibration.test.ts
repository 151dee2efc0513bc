/**
 * The committed constants must reproduce the committed report, and the report must meet the
 * accuracy targets. Re-run `npm run calibrate` after changing the engine or the data.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultCalibration } from '../estimator/speed';
import { summariseResults } from './evaluate';
import { fitCalibration, nelderMead, tflopsPerGBpsFromRows } from './fit';
import { buildReport, type CalibrationReport } from './report';
import { buildCases, parseCalibrationCsv } from './rows';

const root = new URL('../../', import.meta.url);
const csv = readFileSync(new URL('data/benchmarks/calibration.csv', root), 'utf8');
const committed = JSON.parse(readFileSync(new URL('docs/calibration-report.json', root), 'utf8')) as CalibrationReport;
const { cases, unmodelled } = buildCases(parseCalibrationCsv(csv));
const validationUrl = new URL('data/benchmarks/validation.csv', root);
const validation = existsSync(validationUrl) ? buildCases(parseCalibrationCsv(readFileSync(validationUrl, 'utf8'))) : undefined;
// Compare as the JSON the script writes.
const report = JSON.parse(JSON.stringify(buildReport(cases, unmodelled, defaultCalibration, [], validation))) as CalibrationReport;

/** Median absolute decode error of rows that spill into system RAM (offload, partial, CPU only). */
function spillMedian(rows: { group: string; decode?: { errorPct: number } }[]): number {
  const xs = rows.filter((r) => r.decode && ['offload', 'partial', 'cpu'].includes(r.group)).map((r) => Math.abs(r.decode!.errorPct));
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted.length % 2 ? sorted[(sorted.length - 1) / 2]! : (sorted[sorted.length / 2 - 1]! + sorted[sorted.length / 2]!) / 2;
}

describe('calibration report', () => {
  it('is produced by the committed constants', () => {
    expect(committed.constants).toEqual(defaultCalibration);
    expect(report.rows).toEqual(committed.rows);
    expect(report.summary).toEqual(committed.summary);
    expect(report.unmodelled).toEqual(committed.unmodelled);
    expect(report.validation).toEqual(committed.validation);
  });

  it('models every published row it can, and says why not for the rest', () => {
    expect(cases.length + unmodelled.length).toBe(parseCalibrationCsv(csv).length);
    for (const u of unmodelled) expect(u.reason.length).toBeGreaterThan(20);
    // o017: -ngl 36 of DeepSeek-R1 on two RTX 6000 Ada, host RAM speed not stated; o019: dual-socket Xeon.
    expect(unmodelled.map((u) => u.id).sort()).toEqual(['o017', 'o019']);
  });

  it('meets the accuracy targets (issue 8) that are met', () => {
    // Overall decode no worse than before issue 8 (8.1 % in sample, held-out validation 6.7 %... 9.0 %).
    expect(report.summary.decode.medianAbsPctError).toBeLessThanOrEqual(8.1);
    expect(report.validation!.summary.decode.medianAbsPctError).toBeLessThanOrEqual(9);
    // >= 90 % within ±35 % is met on the validation set only (89 % in sample, 84.9 % out of fold).
    expect(report.validation!.summary.decode.within35Pct).toBeGreaterThanOrEqual(90);
    expect(report.summary.decode.within35Pct).toBeGreaterThanOrEqual(85);
    // Prefill: median <= 20 % in sample, and <= 30 % on every backend with >= 5 rows in sample.
    expect(report.summary.prefill.medianAbsPctError).toBeLessThanOrEqual(20);
    for (const [backend, b] of Object.entries(report.summary.prefill.byBackend))
      if (b.rows >= 5) expect(b.medianAbsPctError, backend).toBeLessThanOrEqual(30);
    // Prefill on the held-out validation set: median <= 20 %, and <= 30 % on every backend with >= 5 rows.
    expect(report.validation!.summary.prefill.medianAbsPctError).toBeLessThanOrEqual(20);
    for (const [backend, b] of Object.entries(report.validation!.summary.prefill.byBackend))
      if (b.rows >= 5) expect(b.medianAbsPctError, backend).toBeLessThanOrEqual(30);
  });

  it('infers missing TFLOPS from the calibration rows alone, so catalog additions never move the constants', () => {
    expect(defaultCalibration.prefill.tflopsPerGBps).toEqual(tflopsPerGBpsFromRows(cases));
    // Dropping rows of devices the catalog has but the fit does not need leaves the figure alone only when
    // no device is removed: the figure is a function of the rows passed in, not of the catalog.
    expect(tflopsPerGBpsFromRows([...cases, ...cases])).toEqual(tflopsPerGBpsFromRows(cases));
  });

  it('partial offload (-ngl N) rows are within ±35 % in sample and on the validation set; spill rows median <= 15 % in sample and on validation', () => {
    const partial = [...report.rows, ...(report.validation?.rows ?? [])].filter((r) => r.group === 'partial' && r.decode);
    expect(partial.length).toBeGreaterThanOrEqual(5);
    for (const r of partial) expect(Math.abs(r.decode!.errorPct)).toBeLessThanOrEqual(35);
    expect(spillMedian(report.rows)).toBeLessThanOrEqual(15);
    expect(spillMedian(report.validation!.rows)).toBeLessThanOrEqual(15);
  });

  it('fitting is deterministic: refitting gives the committed constants and cross-validation', () => {
    const { calibration, outOfFold } = fitCalibration(cases, defaultCalibration);
    expect(calibration).toEqual(defaultCalibration);
    expect(summariseResults(outOfFold)).toEqual(committed.crossValidation);
    // Out of fold, spill rows stay within the 15 % and every partial-offload row within 35 %.
    expect(spillMedian(outOfFold)).toBeLessThanOrEqual(15);
    for (const r of outOfFold.filter((x) => x.group === 'partial' && x.decode)) expect(Math.abs(r.decode!.errorPct)).toBeLessThanOrEqual(35);
  }, 600_000);

  it('is honest out of sample: cross-validated errors stay near the targets', () => {
    expect(committed.crossValidation.decode.medianAbsPctError).toBeLessThanOrEqual(20);
    // Prefill out of fold: median <= 20 % (issue 8), and <= 30 % on every backend with >= 5 rows except
    // ROCm (not met: six rows, four of them one Strix Halo chip; see the report).
    expect(committed.crossValidation.prefill.medianAbsPctError).toBeLessThanOrEqual(20);
    for (const [backend, b] of Object.entries(committed.crossValidation.prefill.byBackend))
      if (b.rows >= 5 && backend !== 'rocm') expect(b.medianAbsPctError, backend).toBeLessThanOrEqual(30);
  });

  it('bands bracket the expected value', () => {
    for (const b of Object.values(defaultCalibration.bands)) {
      expect(b.low).toBeLessThanOrEqual(1);
      expect(b.high).toBeGreaterThanOrEqual(1);
    }
  });
});

describe('Nelder-Mead', () => {
  it('finds the minimum of a shifted quadratic', () => {
    const x = nelderMead(([a, b]) => (a! - 3) ** 2 + (b! + 1) ** 2, [0, 0]);
    expect(x[0]).toBeCloseTo(3, 3);
    expect(x[1]).toBeCloseTo(-1, 3);
  });
});

describe('row mapping', () => {
  it('reads the placement and test of each row', () => {
    const byId = new Map(cases.map((c) => [c.id, c]));
    // l003: RTX 2080, phi-4, "-ngl 32" of 40 layers: partial offload.
    expect(byId.get('l003')).toMatchObject({ gpuLayers: 32, group: 'partial', engine: 'llama.cpp' });
    // o013: ik_llama.cpp, llama-sweep-bench PP512 chunk = one 512-token micro-batch; CPU kernels marked.
    expect(byId.get('o013')!.scenario).toMatchObject({ microBatchTokens: 512, cpuKernels: 'ik_llama.cpp' });
    // r041: RTX 4060 Laptop, gpt-oss-120b, "--n-cpu-moe 34", host DDR5-5200 at 83.2 GB/s.
    expect(byId.get('r041')).toMatchObject({ cpuMoeLayers: 34, group: 'offload' });
    expect(byId.get('r041')!.scenario.hardware.systemRamBandwidthGBps).toBe(83.2);
    // r154: bandwidth only in the text ("~102 GB/s measured").
    expect(byId.get('r154')!.scenario.hardware.systemRamBandwidthGBps).toBe(102);
    // r003: batched-bench, a 32,768-token prompt from empty; decode after 32,768 tokens.
    expect(byId.get('r003')!.prefill).toMatchObject({ promptTokens: 32768, depthTokens: 0 });
    expect(byId.get('r003')!.decodeDepthTokens).toBe(32768 + 64);
    // r160: CPU only.
    expect(byId.get('r160')!.scenario.hardware.backend).toBe('cpu');
    // r046: the ASUS Ascent GX10 is a catalog alias of the DGX Spark, so it gets the Spark's TFLOPS.
    expect(byId.get('r046')!.tflopsKnown).toBe(true);
    // r059: two RTX 3090s.
    expect(byId.get('r059')!.scenario.hardware.deviceCount).toBe(2);
  });
});
