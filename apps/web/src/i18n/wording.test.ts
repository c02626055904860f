import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const I18N = fileURLToPath(new URL('.', import.meta.url));
const PRINT_LABELS = fileURLToPath(new URL('../../../../packages/print/src/labels.ts', import.meta.url));

/** Every dictionary of a language, including parts added later in new folders. */
function dictionaries(language: 'fi' | 'sv'): string[] {
  const files = readdirSync(I18N, { recursive: true, encoding: 'utf8' })
    .filter((path) => path === `${language}.ts` || path.endsWith(`/${language}.ts`))
    .map((path) => join(I18N, path));
  return language === 'sv' ? [...files, PRINT_LABELS] : files;
}

/**
 * One term for each thing. Swedish follows SAOL and Finland-Swedish usage: "workshopen"
 * (not "workshoppen"); the workshop's leader is "facilitatorn", because "handledare" is the
 * staff's own title (ohjaaja) in Navigatorn. Groups are "grupper"/"ryhmät" everywhere, as the
 * group names and pages call them, not "smågrupper"/"pienryhmät" in some places.
 */
const REJECTED: Readonly<Record<'fi' | 'sv', readonly RegExp[]>> = {
  sv: [/\bworkshopp(?:en|ens)\b/iu, /\bhandledar\p{L}*/iu, /\bsmågrupp\p{L}*/iu],
  fi: [/\bpienryhm\p{L}*/iu, /\bvetäj\p{L}*/iu],
};

function rejectedUses(language: 'fi' | 'sv'): string[] {
  return dictionaries(language).flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .flatMap((line, index) =>
        REJECTED[language].flatMap((pattern) => {
          const found = pattern.exec(line);
          return found ? [`${file.slice(file.indexOf('/src/') + 1)}:${index + 1}: ${found[0]}`] : [];
        }),
      ),
  );
}

describe('wording', () => {
  it('finds every dictionary', () => {
    expect(dictionaries('sv').length).toBeGreaterThanOrEqual(8);
    expect(dictionaries('fi').length).toBeGreaterThanOrEqual(7);
  });

  it('uses one Swedish term for the workshop, its facilitator and its groups', () => {
    expect(rejectedUses('sv')).toEqual([]);
  });

  it('uses one Finnish term for the groups and the facilitator', () => {
    expect(rejectedUses('fi')).toEqual([]);
  });
});
