import type { Storage } from '../storage/types.ts';
import type { StorageMetrics } from './metrics.ts';

/**
 * The storage as the rest of the server sees it, counting every operation that fails (by its
 * name in the `Storage` interface, a closed set) and timing commits (`appendUpdates`: how long an
 * edit waits to be durable, the group commit's wait included). Wrapping the interface, the same
 * code counts SQLite and PostgreSQL, and neither backend knows about metrics.
 */
export function measuredStorage(storage: Storage, metrics: StorageMetrics): Storage {
  const wrapped = new Map<PropertyKey, unknown>();
  return new Proxy(storage, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property, target);
      if (typeof value !== 'function' || typeof property !== 'string') return value;
      let measured = wrapped.get(property);
      if (!measured) {
        measured = measure(value.bind(target) as (...args: unknown[]) => unknown, property, metrics);
        wrapped.set(property, measured);
      }
      return measured;
    },
  });
}

function measure(
  operation: (...args: unknown[]) => unknown,
  name: string,
  metrics: StorageMetrics,
): (...args: unknown[]) => unknown {
  const failed = () => metrics.failed(name);
  return (...args) => {
    const started = performance.now();
    let result: unknown;
    try {
      result = operation(...args);
    } catch (error) {
      failed();
      throw error;
    }
    if (!(result instanceof Promise)) return result;
    return result.then(
      (value: unknown) => {
        if (name === 'appendUpdates') metrics.committed(performance.now() - started);
        return value;
      },
      (error: unknown) => {
        failed();
        throw error;
      },
    );
  };
}
