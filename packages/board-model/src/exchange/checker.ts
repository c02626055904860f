import type { ExchangeError, ExchangeErrorReason } from './types.ts';

type Fields = Record<string, unknown>;

/**
 * Collects every error of an import instead of stopping at the first: a facilitator fixing a
 * file by hand wants the whole list. Each check returns the value when it fits, else undefined.
 */
export class Checker {
  readonly errors: ExchangeError[] = [];

  fail(path: string, reason: ExchangeErrorReason): undefined {
    this.errors.push({ path, reason });
    return undefined;
  }

  /**
   * An object with exactly `fields` (and any of `optional`): a missing one or one more is an
   * error (version 1 is closed; its later extensions are optional fields).
   */
  object(
    value: unknown,
    path: string,
    fields: readonly string[],
    optional: readonly string[] = [],
  ): Fields | undefined {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return this.fail(path, 'not-an-object');
    const record = value as Fields;
    for (const key of Object.keys(record)) {
      if (!fields.includes(key) && !optional.includes(key)) this.fail(join(path, key), 'unknown-field');
    }
    const missing = fields.filter((field) => !Object.hasOwn(record, field));
    for (const field of missing) this.fail(join(path, field), 'missing');
    return missing.length === 0 ? record : undefined;
  }

  array(value: unknown, path: string): readonly unknown[] | undefined {
    return Array.isArray(value) ? value : this.fail(path, 'not-an-array');
  }

  string(value: unknown, path: string): string | undefined {
    return typeof value === 'string' ? value : this.fail(path, 'not-a-string');
  }

  boolean(value: unknown, path: string): boolean | undefined {
    return typeof value === 'boolean' ? value : this.fail(path, 'not-a-boolean');
  }

  /** A time in ms since the epoch (or any other non-negative whole number). */
  count(value: unknown, path: string): number | undefined {
    return Number.isSafeInteger(value) && (value as number) >= 0 ? (value as number) : this.fail(path, 'not-a-number');
  }

  /** `test` decides; the reason names why a value of the right type is still refused. */
  check<T>(value: unknown, path: string, test: (value: unknown) => value is T, reason: ExchangeErrorReason) {
    return test(value) ? value : this.fail(path, reason);
  }
}

export function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

export function at(path: string, index: number): string {
  return `${path}[${index}]`;
}
