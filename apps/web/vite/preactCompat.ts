import type { Alias, Plugin } from 'vite';

/**
 * The app is written to React's API and runs on Preact through `preact/compat` (issue 19): React
 * DOM was 57 kB of the 195 kB a phone's first open carries over venue Wi-Fi, and about a third of
 * its main thread when the open is warm. Every import of React, from the app and from its
 * libraries (dnd-kit, zustand, Testing Library), resolves here, in the build and in the tests
 * alike, so what is tested is what ships. The types stay React's (`@types/react`).
 */
export const reactOnPreact: Alias[] = [
  { find: /^react$/, replacement: 'preact/compat' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react-dom\/test-utils$/, replacement: 'preact/test-utils' },
  { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
  { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-dev-runtime' },
];

/** The libraries that import React: run through Vite in the tests, so that they meet the aliases. */
export const librariesUsingReact = [/@testing-library\/react/, /@dnd-kit\//, /zustand/];

/**
 * The tests' aliases: Testing Library's ES module build (its package's `main` is CommonJS,
 * whose `require('react')` Node would answer with React itself).
 */
export const testsOnPreact: Alias[] = [
  { find: /^@testing-library\/react$/, replacement: '@testing-library/react/dist/@testing-library/react.esm.js' },
  ...reactOnPreact,
];

/** Fails the build if React itself would ship: something reached it around the aliases. */
export function noReactInBuild(): Plugin {
  return {
    name: 'avaa-no-react-in-build',
    apply: 'build',
    load(id) {
      if (/[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/.test(id)) {
        this.error(
          `React itself would ship (${id}): import it as 'react' or 'react-dom', which resolve to preact/compat`,
        );
      }
      return null;
    },
  };
}
