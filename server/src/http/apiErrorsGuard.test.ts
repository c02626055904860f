import { readdirSync, readFileSync } from 'node:fs';
import { API_ERRORS } from '@avaa/protocol';
import { describe, expect, it } from 'vitest';

// Issue 16: an API error is named in code only through @avaa/protocol's `ApiError`
// (`ApiError.tooManyPeople`), so renaming or removing one is a type error wherever it is used.
// This guard finds the names written as bare string literals anywhere else. It lives with the
// server, which has Node's file API.
const ROOTS = ['server/src', 'apps/web/src', 'packages/workshop-client/src'];

/** Words that are also an API error's name but mean something else in these files. */
const OTHER_MEANINGS: Readonly<Record<string, readonly string[]>> = {
  // A table cell without notes, and the word itself.
  'apps/web/src/gaps/cellStats.ts': ['empty'],
  'apps/web/src/projector/ProjectorGrid/ProjectorGrid.tsx': ['empty'],
  // A lane's cell of a path with no steps at all.
  'apps/web/src/pathView/lanes.ts': ['empty'],
  // Close code names, which share two words with API errors.
  'packages/workshop-client/src/refusal.ts': ['unauthorized', 'forbidden'],
  'apps/web/src/workshop/OpenWorkshop.tsx': ['forbidden'],
  'apps/web/src/i18n/board/en.ts': ['empty'],
  // The page for an address the app does not know.
  'apps/web/src/app/routes.ts': ['not-found'],
  'apps/web/src/app/App.tsx': ['not-found'],
  // The import validation's reasons (board-model's exchange vocabulary), in three languages.
  'apps/web/src/i18n/print/reasons.ts': [
    'not-an-object',
    'not-a-string',
    'unknown-language',
    'unknown-role',
    'unknown-note',
    'unknown-group',
    'unknown-section',
    'unknown-image',
  ],
  // A WebSocket close reason's text beside its close code.
  'server/src/sync/admission.ts': ['unauthorized'],
};

const NAMES = new Set(Object.keys(API_ERRORS));

function sources(root: URL, under: string): string[] {
  return readdirSync(new URL(under, root), { recursive: true, encoding: 'utf8' })
    .filter((path) => /\.tsx?$/.test(path) && !/\.test\.tsx?$|testing\//.test(path))
    .map((path) => `${under}/${path}`);
}

/** The string literals of a source file (template literals without `${}`), comments skipped. */
function stringLiterals(source: string): string[] {
  const found: string[] = [];
  let at = 0;
  while (at < source.length) {
    const char = source[at];
    const next = source[at + 1];
    if (char === '/' && next === '/') at = endOf(source, '\n', at + 2);
    else if (char === '/' && next === '*') at = endOf(source, '*/', at + 2) + 1;
    else if (char === "'" || char === '"' || char === '`') {
      let end = at + 1;
      while (end < source.length && source[end] !== char) end += source[end] === '\\' ? 2 : 1;
      const text = source.slice(at + 1, end);
      if (!(char === '`' && text.includes('${'))) found.push(text);
      at = end + 1;
    } else at += 1;
  }
  return found;
}

function endOf(source: string, marker: string, from: number): number {
  const end = source.indexOf(marker, from);
  return end === -1 ? source.length : end + marker.length - 1;
}

/** file -> the API error names written as bare literals in it, other meanings left out. */
function bareApiErrors(): Map<string, string[]> {
  const root = new URL('../../../', import.meta.url);
  const found = new Map<string, string[]>();
  for (const path of ROOTS.flatMap((under) => sources(root, under)).sort()) {
    const elsewhere = new Set(OTHER_MEANINGS[path] ?? []);
    const names = stringLiterals(readFileSync(new URL(path, root), 'utf8')).filter(
      (text) => NAMES.has(text) && !elsewhere.has(text),
    );
    if (names.length > 0) found.set(path, names);
  }
  return found;
}

describe('API errors are named through ApiError only', () => {
  it('finds literals, and only literals, outside comments', () => {
    const placeholder = `$${'{'}'y'}`;
    const source = `// 'busy'\nconst a = 'busy'; /* "internal" */ const b = \`timed-out\`; const c = \`x${placeholder}\`;`;
    expect(stringLiterals(source)).toEqual(['busy', 'timed-out']);
  });

  it('no product module writes an API error name as a bare string', () => {
    const found = [...bareApiErrors()].map(([path, names]) => `${path}: ${names.join(', ')}`);
    expect(found).toEqual([]);
  });
});
