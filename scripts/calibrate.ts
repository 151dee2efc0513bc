/**
 * npm run calibrate: fit the estimator's constants to data/benchmarks/calibration.csv, write them to
 * lib/estimator/calibration.json, and write the report (docs/calibration-report.md and .json), including
 * how the fitted engine does on data/benchmarks/validation.csv, which the fit never sees.
 */
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { fitCalibration } from '../lib/calibration/fit';
import { buildCases, parseCalibrationCsv } from '../lib/calibration/rows';
import { renderReport, buildReport } from '../lib/calibration/report';
import { defaultCalibration } from '../lib/estimator/speed';

const root = new URL('..', import.meta.url).pathname;
const csv = readFileSync(`${root}data/benchmarks/calibration.csv`, 'utf8');
const { cases, unmodelled } = buildCases(parseCalibrationCsv(csv));
const { calibration: fitted, outOfFold } = fitCalibration(cases, defaultCalibration);
writeFileSync(`${root}lib/estimator/calibration.json`, `${JSON.stringify(fitted, null, 2)}\n`);
// Published runs kept out of the fit entirely, to test the fitted engine on data it never saw.
const validationFile = `${root}data/benchmarks/validation.csv`;
const validation = existsSync(validationFile) ? buildCases(parseCalibrationCsv(readFileSync(validationFile, 'utf8'))) : undefined;
const report = buildReport(cases, unmodelled, fitted, outOfFold, validation);
mkdirSync(`${root}docs`, { recursive: true });
writeFileSync(`${root}docs/calibration-report.json`, `${JSON.stringify(report, null, 2)}\n`);
writeFileSync(`${root}docs/calibration-report.md`, renderReport(report));
const d = report.summary.decode;
const p = report.summary.prefill;
console.log(`decode: median |error| ${d.medianAbsPctError}% over ${d.rows} rows, ${d.within35Pct}% within ±35%`);
console.log(`prefill: median |error| ${p.medianAbsPctError}% over ${p.rows} rows (known TFLOPS: ${p.knownTflops.medianAbsPctError}%)`);
const cv = report.crossValidation;
console.log(`out of fold: decode ${cv.decode.medianAbsPctError}% (${cv.decode.within35Pct}% within ±35%), prefill ${cv.prefill.medianAbsPctError}%`);
if (report.validation) {
  const v = report.validation.summary;
  console.log(`held-out validation: decode ${v.decode.medianAbsPctError}% over ${v.decode.rows} rows (${v.decode.within35Pct}% within ±35%), prefill ${v.prefill.medianAbsPctError}%`);
}
console.log('wrote lib/estimator/calibration.json, docs/calibration-report.md, docs/calibration-report.json');
