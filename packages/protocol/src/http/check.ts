import { type ApiError, ApiError as Errors } from '../apiErrors.ts';

/**
 * What a check of an untrusted JSON value says: the typed value, or the API error a server
 * answers with (and the field it names). A client reading an answer that fails its check treats
 * it as no answer of ours at all.
 */
export type Checked<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: ApiError; readonly field?: string };

/** Checks one value; `field` is its name (a path: `person.id`) for the failure. */
export type Check<T> = (value: unknown, field?: string) => Checked<T>;

export function valid<T>(value: T): Checked<T> {
  return { ok: true, value };
}

export function invalid(error: ApiError, field?: string): Checked<never> {
  return field === undefined ? { ok: false, error } : { ok: false, error, field };
}

export const string: Check<string> = (value, field) =>
  typeof value === 'string' ? valid(value) : invalid(Errors.notAString, field);

export const finiteNumber: Check<number> = (value, field) =>
  typeof value === 'number' && Number.isFinite(value) ? valid(value) : invalid(Errors.invalidParameter, field);

/** A value a type guard accepts (a language, a role, an id), else `error`. */
export function guarded<T>(is: (value: unknown) => value is T, error: ApiError = Errors.invalidParameter): Check<T> {
  return (value, field) => (is(value) ? valid(value) : invalid(error, field));
}

export function nullable<T>(check: Check<T>): Check<T | null> {
  return (value, field) => (value === null ? valid(null) : check(value, field));
}

export function arrayOf<T>(check: Check<T>): Check<readonly T[]> {
  return (value, field = '') => {
    if (!Array.isArray(value)) return invalid(Errors.invalidParameter, field);
    const items: T[] = [];
    for (const [index, item] of value.entries()) {
      const checked = check(item, `${field}[${index}]`);
      if (!checked.ok) return checked;
      items.push(checked.value);
    }
    return valid(items);
  };
}

const OPTIONAL: unique symbol = Symbol('optional');
type Optional<T> = Check<T> & { readonly [OPTIONAL]: true };

/** A property that may be left out (never `null`): absent, the checked object has no such key. */
export function optional<T>(check: Check<T>): Check<T> {
  return Object.assign((value: unknown, field?: string) => check(value, field), { [OPTIONAL]: true as const });
}

function isOptional(check: Check<unknown>): check is Optional<unknown> {
  return OPTIONAL in check;
}

/** One check per property; properties not named are dropped, so the value is exactly `T`. */
export type Shape<T> = { readonly [Key in keyof T]-?: Check<T[Key]> };

export function object<T extends object>(shape: Shape<T>): Check<T> {
  return (value, field) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return invalid(Errors.notAnObject, field);
    const result: Record<string, unknown> = {};
    for (const [key, check] of Object.entries<Check<unknown>>(shape)) {
      // Own properties only: an inherited one is nothing the sender wrote.
      const property = Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined;
      if (property === undefined && isOptional(check)) continue;
      const checked = check(property, field === undefined ? key : `${field}.${key}`);
      if (!checked.ok) return checked;
      result[key] = checked.value;
    }
    // Every property of T was checked above by its own check.
    return valid(result as T);
  };
}
