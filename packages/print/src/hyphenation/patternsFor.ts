import type { Language } from '@avaa/board-model';
import type createHyphenator from 'hyphen';
import { type Hyphenate, SOFT_HYPHEN } from './softHyphen.ts';

type Patterns = createHyphenator.PatternsDefinition;
type Create = typeof createHyphenator;

/**
 * The patterns each language hyphenates with: TeX's Finnish and Swedish patterns, and British
 * English (the app's English writes dates and words the British way).
 */
export type PatternModules = Readonly<Record<Language, Patterns>>;

/** A language's hyphenation as soft hyphens, from the library's factory and its patterns. */
export function hyphenatorOf(create: Create, patterns: Patterns): Hyphenate {
  // The factory returns a synchronous function unless asked for `async`.
  const hyphenate = create(patterns, { hyphenChar: SOFT_HYPHEN }) as createHyphenator.HyphenationFunctionSync;
  // Layouts measure the same notes at many type sizes: each text is hyphenated once.
  const known = new Map<string, string>();
  return (text) => {
    let hyphenated = known.get(text);
    if (hyphenated === undefined) {
      if (known.size >= CACHE_LIMIT) known.clear();
      hyphenated = hyphenate(text);
      known.set(text, hyphenated);
    }
    return hyphenated;
  };
}

const CACHE_LIMIT = 20_000;
