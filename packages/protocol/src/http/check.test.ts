import { describe, expect, it } from 'vitest';
import { ApiError } from '../apiErrors.ts';
import { arrayOf, finiteNumber, guarded, nullable, object, optional, string } from './check.ts';

describe('checks of untrusted JSON', () => {
  const person = object<{ name: string; age: number | null; nickname?: string }>({
    name: string,
    age: nullable(finiteNumber),
    nickname: optional(string),
  });

  it('gives the value with exactly the named properties', () => {
    expect(person({ name: 'Aino', age: null, extra: 'dropped' })).toEqual({
      ok: true,
      value: { name: 'Aino', age: null },
    });
    expect(person({ name: 'Aino', age: 30, nickname: 'A' })).toEqual({
      ok: true,
      value: { name: 'Aino', age: 30, nickname: 'A' },
    });
  });

  it('names the first property that fails, by its path', () => {
    expect(person({ name: 5, age: 1 })).toEqual({ ok: false, error: ApiError.notAString, field: 'name' });
    expect(person({ name: 'Aino' })).toEqual({ ok: false, error: ApiError.invalidParameter, field: 'age' });
    expect(person({ name: 'Aino', age: Number.NaN })).toMatchObject({ ok: false, field: 'age' });
    expect(person({ name: 'Aino', age: 1, nickname: null })).toMatchObject({ ok: false, field: 'nickname' });
    const nested = object({ people: arrayOf(person) });
    expect(
      nested({
        people: [
          { name: 'Aino', age: 1 },
          { name: 'Bo', age: '2' },
        ],
      }),
    ).toEqual({
      ok: false,
      error: ApiError.invalidParameter,
      field: 'people[1].age',
    });
  });

  it('refuses what is not an object: null, an array, a string', () => {
    for (const value of [null, [], 'Aino', 7, undefined]) {
      expect(person(value)).toEqual({ ok: false, error: ApiError.notAnObject });
    }
  });

  it('does not take an inherited property for the value’s own', () => {
    const inherited = Object.create({ name: 'Aino', age: 1 });
    expect(person(inherited).ok).toBe(false);
    expect(person(JSON.parse('{"__proto__": {"name": "x"}, "age": 1}')).ok).toBe(false);
  });

  it('a guard gives its own error', () => {
    const even = guarded((value: unknown): value is number => value === 2, ApiError.unknownVote);
    expect(even(3, 'vote')).toEqual({ ok: false, error: ApiError.unknownVote, field: 'vote' });
    expect(even(2)).toEqual({ ok: true, value: 2 });
  });
});
