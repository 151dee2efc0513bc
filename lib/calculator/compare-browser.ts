/**
 * What the comparison page loads in the browser, as one lazily imported chunk: the comparison's URL
 * parser and outcomes (the estimator and catalog figures) and the option lists for its selects.
 */
export { compareOutcomes, compareQuery, parseCompareQuery, columnState } from './compare';
export { formatOptions } from './outcome';
export { devicePickerItems, modelPickerItems } from './picker-items';
export { calculatorHref } from './url';
