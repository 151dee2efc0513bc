/* eslint-disable @typescript-eslint/no-explicit-any -- JSON records read back as loose objects */
import { describe, expect, it } from 'vitest';
import { devices } from '../catalog/devices';
import { formats, kvCacheFormats } from '../catalog/formats';
import { models } from '../catalog/models';
import { estimate } from '../estimator';
import { willItRunPairs } from './routes';
import {
  calibrationSummary,
  catalogUpdated,
  catalogVersion,
  contentDate,
  DATA_LICENCE,
  dataFileBody,
  dataFiles,
  dataIndexBody,
  DEVICE_FIELDS,
  ESTIMATE_FIELDS,
  datasetJsonLd,
  fieldPaths,
  FORMAT_FIELDS,
  KV_CACHE_FORMAT_FIELDS,
  MODEL_FIELDS,
  type CalibrationReportLike,
} from './open-data';

const byKey = (key: string) => {
  const file = dataFiles().find((f) => f.key === key);
  if (!file) throw new Error(`no file ${key}`);
  return file;
};

describe('fieldPaths', () => {
  it('lists nested fields as a.b and treats arrays and format-keyed maps as one field', () => {
    expect(fieldPaths([{ a: 1, b: { c: 2, d: { e: 3 } } }, { f: [1, 2], fileSizesGiB: { q4_k_m: 1 }, a: 2 }])).toEqual(['a', 'b.c', 'b.d.e', 'f', 'fileSizesGiB']);
  });
});

describe('the data files', () => {
  // The first call computes the ~2,000 will-it-run estimates.
  it('hold every catalog record, each with a source', { timeout: 60_000 }, () => {
    expect(byKey('devices').records).toHaveLength(devices.length);
    expect(byKey('models').records).toHaveLength(models.length);
    expect(byKey('formats').records).toHaveLength(formats.length);
    expect(byKey('formats').extra?.records).toHaveLength(kvCacheFormats.length);
    for (const file of dataFiles()) {
      // Estimates come from the engine (documented in index.json), not from a source of their own.
      if (file.key === 'estimates') continue;
      for (const r of [...file.records, ...(file.extra?.records ?? [])] as Array<{ id: string; source?: string }>) {
        expect(r.source, `${file.key} ${r.id}`).toMatch(/\S{3}/);
      }
    }
  });

  it('document every field the records have (a new field needs its line in index.json)', () => {
    const cases: Array<[string, readonly object[], Readonly<Record<string, string>>]> = [
      ['devices', byKey('devices').records, DEVICE_FIELDS],
      ['models', byKey('models').records, MODEL_FIELDS],
      ['formats', byKey('formats').records, FORMAT_FIELDS],
      ['kvCacheFormats', byKey('formats').extra!.records, KV_CACHE_FORMAT_FIELDS],
      ['estimates', byKey('estimates').records, ESTIMATE_FIELDS],
    ];
    for (const [name, records, docs] of cases) {
      const undocumented = fieldPaths(records).filter((f) => !Object.prototype.hasOwnProperty.call(docs, f));
      expect(undocumented, `${name} fields without documentation`).toEqual([]);
      // Most documented fields are in use (optional fields may be absent while no record has them).
      const used = new Set(fieldPaths(records));
      expect(Object.keys(docs).filter((f) => used.has(f)).length, name).toBeGreaterThan(Object.keys(docs).length * 0.8);
      for (const [field, doc] of Object.entries(docs)) expect(doc.length, `${name}.${field}`).toBeGreaterThan(8);
    }
  });

  it('start with the version, licence and a link to the index', () => {
    const body = dataFileBody(byKey('models'), 'https://example.com/data/v1/index.json');
    expect(body).toMatchObject({ schemaVersion: 1, licence: 'CC-BY-4.0', licenceUrl: 'https://creativecommons.org/licenses/by/4.0/', documentation: 'https://example.com/data/v1/index.json' });
    expect(body.catalogVersion).toBe(catalogVersion());
    expect(body.models).toBe(byKey('models').records);
    // JSON round trip keeps every record (no undefined-only or non-JSON values).
    expect((JSON.parse(JSON.stringify(body)) as { models: unknown[] }).models).toHaveLength(models.length);
  });
});

describe('catalogVersion', () => {
  it('is the newest asOf day and a 12-hex hash, stable for the same data and different for changed data', () => {
    const v = catalogVersion();
    expect(v).toMatch(/^\d{4}-\d{2}-\d{2}\.[0-9a-f]{12}$/);
    expect(v.split('.')[0]).toBe(catalogUpdated());
    expect(catalogVersion()).toBe(v);
    const changed = { devices: [{ id: 'x', bandwidthGBps: 1 }] };
    const changedAgain = { devices: [{ id: 'x', bandwidthGBps: 2 }] };
    expect(catalogVersion(changed)).not.toBe(catalogVersion(changedAgain));
    expect(catalogVersion(changed)).not.toBe(v);
  });

  it('catalogUpdated is no earlier than any asOf in the files', () => {
    const updated = catalogUpdated()!;
    const all = JSON.stringify(dataFiles().map((f) => f.records));
    const asOfs = [...all.matchAll(/"asOf":"([^"]+)"/g)].map((m) => m[1]!);
    expect(asOfs.length).toBeGreaterThan(0);
    for (const a of asOfs) expect(updated >= (a.length === 7 ? `${a}-01` : a), a).toBe(true);
    expect(asOfs.map((a) => (a.length === 7 ? `${a}-01` : a))).toContain(updated);
  });
});

describe('contentDate', () => {
  it('is the newest of guide days and the catalog date', () => {
    const catalog = catalogUpdated()!;
    expect(contentDate(['2000-01-01'])).toBe(catalog);
    expect(contentDate(['2999-12-31', '2000-01-01'])).toBe('2999-12-31');
  });
});

const report: CalibrationReportLike = {
  summary: { decode: { rows: 10, medianAbsPctError: 5, within35Pct: 90 }, prefill: { rows: 8, medianAbsPctError: 12, within35Pct: 70 } },
  crossValidation: {
    decode: { rows: 10, medianAbsPctError: 9, within35Pct: 80, byBackend: { cuda: { rows: 6, medianAbsPctError: 7, within35Pct: 83.3 } } },
    prefill: { rows: 8, medianAbsPctError: 15, within35Pct: 62.5 },
  },
  validation: { summary: { decode: { rows: 3, medianAbsPctError: 11, within35Pct: 66.7 }, prefill: { rows: 2, medianAbsPctError: 20, within35Pct: 50 } } },
};

describe('calibrationSummary', () => {
  it('labels cross-validation as out of sample, the fit as in sample and the validation set as held out', () => {
    const s = calibrationSummary(report);
    expect(s.outOfSample.decode).toEqual({ rows: 10, medianAbsPctError: 9, within35Pct: 80, byBackend: { cuda: { rows: 6, medianAbsPctError: 7, within35Pct: 83.3 } } });
    expect(s.outOfSample.prefill).toEqual({ rows: 8, medianAbsPctError: 15, within35Pct: 62.5 });
    expect(s.inSample.decode.medianAbsPctError).toBe(5);
    expect(s.heldOut?.decode.rows).toBe(3);
    expect(calibrationSummary({ ...report, validation: null }).heldOut).toBeUndefined();
  });
});

describe('dataIndexBody', () => {
  it('lists the four files with record counts and field docs, the licence and the calibration', () => {
    const body = dataIndexBody({
      indexUrl: 'https://example.com/data/v1/index.json',
      methodologyUrl: 'https://example.com/methodology#open-data',
      absolute: (p) => `https://example.com${p}`,
      generated: '2026-12-01',
      calibration: report,
    }) as { files: Array<{ url: string; records: number; fields: object }>; licenceDetail: typeof DATA_LICENCE; generated: string; calibration: unknown };
    expect(body.files.map((f) => f.url)).toEqual([
      'https://example.com/data/v1/devices.json',
      'https://example.com/data/v1/models.json',
      'https://example.com/data/v1/formats.json',
      'https://example.com/data/v1/estimates.json',
    ]);
    expect(body.files.map((f) => f.records)).toEqual([devices.length, models.length, formats.length, willItRunPairs().length]);
    expect(body.files[0]!.fields).toBe(DEVICE_FIELDS);
    expect(body.licenceDetail.note).toMatch(/third-party sources .* keep their sources' terms/);
    expect(body.generated).toBe('2026-12-01');
    expect(body.calibration).toEqual(calibrationSummary(report));
  });
});

describe('estimates.json', () => {
  it('holds one record per will-it-run page, equal to a fresh engine run of the stated scenario', () => {
    const records = byKey('estimates').records as Array<Record<string, any>>;
    expect(records.length).toBeGreaterThanOrEqual(1500);
    const r = records.find((x) => x.page === '/will-it-run/gpt-oss-20b/rtx-4090')!;
    const run = estimate({ model: r.model, device: r.device, quant: r.format, contextTokens: r.contextTokens, promptTokens: r.promptTokens, systemRamGB: r.systemRamGB });
    if (!run.ok) throw new Error(run.error.message);
    expect(r.decodeTokensPerSecond.expected).toBe(run.value.decodeTokensPerSecond.expected);
    expect(r.memoryGB.total).toBe(run.value.memoryGB.total);
    // Hand check: the MXFP4 file is 11.27 GiB = 12.1 GB (llama-bench size column, llama.cpp discussion #15396); llama.cpp
    // keeps the BF16 token-embedding table (201,088 x 2,880 x 2 bytes = 1.16 GB) in system RAM, so the card holds at
    // least 12.1 - 1.16 = 10.9 GB of weights plus the KV cache and buffers, well inside 24 GB.
    expect(r.verdict).toBe('fits');
    expect(r.memoryGB.total).toBeGreaterThan(10.9);
    expect(r.memoryGB.total).toBeLessThan(24);
    // A run that cannot start has no speeds, and says how much is missing.
    const no = records.find((x) => x.page === '/will-it-run/gpt-oss-120b/rtx-4090')!;
    expect(no.verdict).toBe('does-not-fit');
    expect(no.decodeTokensPerSecond).toBeUndefined();
    expect(no.memoryGB.missing).toBeGreaterThan(0);
  });
});

describe('Dataset structured data', () => {
  it('lists every file as a DataDownload with licence and version', () => {
    const ld = datasetJsonLd({ absolute: (p) => `https://example.com${p}`, methodologyUrl: 'https://example.com/methodology#open-data', generated: '2026-12-01' });
    expect(ld['@type']).toBe('Dataset');
    expect(ld.license).toBe('https://creativecommons.org/licenses/by/4.0/');
    expect(ld.version).toBe(catalogVersion());
    const urls = (ld.distribution as Array<{ contentUrl: string; encodingFormat: string }>).map((d) => d.contentUrl);
    expect(urls).toEqual(expect.arrayContaining(['https://example.com/data/v1/index.json', 'https://example.com/data/v1/estimates.json', 'https://example.com/data/v1/devices.json']));
    expect(JSON.parse(JSON.stringify(ld))).toEqual(ld);
  });
});
