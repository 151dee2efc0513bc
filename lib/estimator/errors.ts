/**
 * Typed input errors. The engine never throws on bad input: it returns `{ ok: false, error }`
 * naming the field and the accepted range, so a page can show the message next to that field.
 */

export interface EstimateError {
  /** The input field at fault, in the camelCase names of `EstimateInput`. */
  field: string;
  /** A sentence a reader can act on, including the accepted range or values. */
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: EstimateError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(field: string, message: string): Result<T> => ({
  ok: false,
  error: { field, message },
});
