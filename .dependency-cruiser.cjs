/**
 * Architecture rules, checked by `npm run deps` (part of `npm test`):
 * no import cycles, and dependencies point one way:
 * protocol, board-model <- sync-client <- workshop-client <- web app; server -> board-model, protocol only;
 * print -> board-model (and jsPDF, qrcode), used by the web app and the server.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    { name: 'no-cycles', severity: 'error', from: {}, to: { circular: true } },
    {
      name: 'domain-is-pure',
      comment: 'board-model and protocol have no UI, no DOM storage and no network client.',
      severity: 'error',
      from: { path: '^packages/(board-model|protocol)/' },
      to: {
        path: [
          'node_modules/(react|react-dom|preact|@dnd-kit|zustand|y-websocket|y-indexeddb|ws|qrcode)/',
          '^(apps|server|packages/sync-client)/',
        ],
      },
    },
    {
      name: 'protocol-has-no-dependencies',
      severity: 'error',
      from: { path: '^packages/protocol/', pathNot: '\\.test\\.ts$' },
      to: { path: ['node_modules/', '^packages/board-model/'], dependencyTypesNot: ['core'] },
    },
    {
      name: 'sync-client-has-no-ui',
      severity: 'error',
      from: { path: '^packages/sync-client/' },
      to: { path: ['node_modules/(react|react-dom|preact|@dnd-kit|zustand)/', '^(apps|server)/'] },
    },
    {
      name: 'only-the-client-connects',
      comment:
        'The web app is a binding over @avaa/workshop-client: only that package opens sockets, keeps ' +
        'offline copies or uses the connection layer, so no component holds connection policy.',
      severity: 'error',
      from: { path: '^apps/' },
      to: { path: ['node_modules/(y-websocket|y-indexeddb)/', '^packages/sync-client/'] },
    },
    {
      name: 'workshop-client-has-no-ui',
      severity: 'error',
      from: { path: '^packages/workshop-client/' },
      to: { path: ['node_modules/(react|react-dom|preact|@dnd-kit|zustand)/', '^(apps|server|packages/print)/'] },
    },
    {
      name: 'server-has-no-ui',
      severity: 'error',
      from: { path: '^server/' },
      to: {
        path: [
          'node_modules/(react|react-dom|preact|@dnd-kit|zustand|y-indexeddb)/',
          '^(apps|packages/(sync|workshop)-client)/',
        ],
      },
    },
    {
      name: 'node-builtins-only-on-server-and-tests',
      comment:
        'The domain and client packages run in browsers too. The print package keeps its Node font ' +
        'loader (src/node/) and its PDF-reading test helpers (src/testing/) apart from the renderer.',
      severity: 'error',
      from: { path: '^(packages|apps)/', pathNot: ['\\.test\\.ts$', '^packages/print/src/(node|testing)/'] },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'print-is-pure',
      comment: 'One renderer for the browser and the server: it depends on board-model and PDF libraries only.',
      severity: 'error',
      from: { path: '^packages/print/' },
      to: { path: '^(apps|server|packages/sync-client)/' },
    },
    {
      name: 'print-renderer-not-node-loader',
      comment: 'The browser bundle must never reach the Node font loader or the test helpers.',
      severity: 'error',
      from: { path: '^packages/print/src/', pathNot: ['\\.test\\.ts$', '^packages/print/src/(node|testing)/'] },
      to: { path: '^packages/print/src/(node|testing)/' },
    },
    {
      name: 'hyphenation-is-text-only',
      comment:
        'The board loads the hyphenation module at start: it must not pull in jsPDF, the renderer, ' +
        'or every language at once (patterns load per language, on demand).',
      severity: 'error',
      from: { path: '^packages/print/src/hyphenation/', pathNot: ['\\.test\\.ts$', 'hyphenatorFor\\.ts$'] },
      to: { path: ['^packages/print/src/(?!hyphenation/)', 'hyphenatorFor\\.ts$', 'node_modules/(jspdf|qrcode)/'] },
    },
    {
      name: 'web-hyphenates-lazily',
      comment: "The web app's hyphenation comes from @avaa/print/hyphenation, whose patterns load per language.",
      severity: 'error',
      from: { path: '^apps/web/' },
      to: { path: '^packages/print/src/hyphenation/hyphenatorFor\\.ts$' },
    },
    {
      name: 'web-app-is-a-leaf',
      severity: 'error',
      from: { pathNot: '^apps/web/' },
      to: { path: '^apps/web/' },
    },
    {
      name: 'no-unresolvable',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // The app's build output; not packages' dist/ folders (y-indexeddb's types live there).
    exclude: { path: ['^apps/web/dist/', 'node_modules/\\.cache'] },
    tsPreCompilationDeps: true,
    combinedDependencies: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'],
    },
  },
};
