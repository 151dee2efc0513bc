/**
 * The catalog joined with its provenance: full records (figures + source, notes, asOf) for the zod
 * schema, the CLI and server-rendered pages that cite sources. Never import this from client code:
 * the provenance strings are most of the catalog's weight, and the browser needs none of them.
 */
import { formatById, formats } from './formats';
import { formatProvenance, kvCacheFormatProvenance } from './formats.provenance';
import { devices } from './devices';
import { deviceProvenance } from './devices.provenance';
import { models } from './models';
import { modelProvenance } from './models.provenance';
import type { DeviceRecord, FormatId, Model, ModelRecord, Provenance, QuantFormatRecord } from './types';

export { deviceProvenance, formatProvenance, kvCacheFormatProvenance, modelProvenance };

const missing: Provenance = { source: '' };

/** Every device with its provenance (an empty source when the provenance file lacks the id: the schema rejects it). */
export const deviceRecords: DeviceRecord[] = devices.map((d) => ({ ...d, ...(deviceProvenance[d.id] ?? missing) }));

/** Every model with its provenance. */
export const modelRecords: ModelRecord[] = models.map((m) => ({ ...m, ...(modelProvenance[m.id] ?? missing) }));

/** Every weight format with its source. */
export const formatRecords: QuantFormatRecord[] = formats.map((f) => ({ ...f, source: formatProvenance[f.id] ?? '' }));

/**
 * Where the size of a model's file in a format comes from: the published listing, or the arithmetic the
 * estimator used when none is published.
 */
export function fileSizeSource(model: Model, formatId: FormatId): string {
  const published = modelProvenance[model.id]?.fileSizes?.[formatId];
  if (published && model.fileSizesGiB?.[formatId] !== undefined) return published.source;
  const format = formatById.get(formatId);
  return `${model.totalParamsB}B parameters x ${format ? format.fileBitsPerWeight.toFixed(2) : '?'} bits (${format?.name ?? formatId} whole-file average)`;
}
