/**
 * The engine as the browser loads it: one lazily imported chunk (the estimator, the catalog's figures,
 * the URL parser and the picker lists), fetched after the page is interactive so that the first-load
 * JavaScript stays small. The server renders the first answer with the same functions.
 */
export { buildOutcome } from './outcome';
export { calculatorQuery, parseCalculatorQuery } from './url';
export { devicePickerItems, modelPickerItems } from './picker-items';
export { applyPatch } from './patch';
export { matchGpuInfo } from '../catalog/match';
