import type { ApiError } from '@avaa/protocol';

/** The value of a call or operation that must succeed; its failure, whole, in the test's error otherwise. */
export function must<T>(result: { readonly ok: true; readonly value: T } | { readonly ok: false }): T {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result)}`);
  return result.value;
}

/** What a refused call answers, for `toMatchObject`. */
export const refusal = (error: ApiError, field?: string) => ({
  ok: false,
  kind: 'refused',
  error,
  ...(field ? { field } : {}),
});
