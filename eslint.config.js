import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** What the app's bundle may not import: Node-only code and test tooling. */
const APP_IMPORTS = [
  { group: ['node:*'], message: 'Node-only: the app runs in the browser.' },
  { group: ['**/tools/**', '**/tools'], message: 'src/tools is Node-only (compiler, synth, ingest).' },
  { group: ['**/testing/**', '**/testing'], message: 'src/testing is test tooling, not shipped.' },
];

/** A layer may import only the layers below it: core → i18n → features → app (tools and testing stand apart). */
const above = (names, message) => ({ group: names.flatMap((n) => [`**/${n}`, `**/${n}/**`]), message });
const ZONE = {
  core: above(
    ['i18n', 'features', 'app', 'desk'],
    'core is the bottom layer: it imports no i18n, feature or app code.',
  ),
  // The index and its marks are what every other core module builds on.
  coreGraph: {
    regex: '^\\.\\./(?!schema(/|$)|\\.\\./testing/)',
    message: 'core/graph imports only core/schema: the other core modules build on it.',
  },
  i18n: above(['features', 'app', 'desk'], 'i18n sits on core: it imports no feature or app code.'),
  features: above(['app', 'desk'], 'features import no app code: the app composes them.'),
  // The editor's desk is a page of its own on core and i18n: the reader's app never loads it, nor it the app.
  desk: above(['features', 'app'], 'the desk page uses core and i18n, not the reader app.'),
  // The canvas comes first: its folder imports no other feature but the explorer's context (the app gives it Export).
  featuresGraph: {
    regex: '^(\\.\\./)+(export|filters|links|loading|meetings|panel|search|timeline)(/|$)',
    message: 'features/graph imports no other feature but explorer: the app passes it its tools.',
  },
  tools: above(['features', 'app'], "The Node tools share the app's core and i18n, never its React code."),
  // Outside its folder a core module is used through its index (schema has entry points that keep zod out).
  viaIndex: {
    regex: '(^|/)core/(?!schema/)[a-z-]+/',
    message: 'Import a core module through its index (core/graph, not core/graph/marks).',
  },
};
/** Later blocks replace a rule's options for the files they match, so each block lists every zone of its files. */
const LAYERS = [
  [['src/core/**/*.{ts,tsx}'], [ZONE.core]],
  [['src/core/graph/**/*.ts'], [ZONE.core, ZONE.coreGraph]],
  [['src/i18n/**/*.{ts,tsx}'], [ZONE.i18n, ZONE.viaIndex]],
  [['src/features/**/*.{ts,tsx}'], [ZONE.features, ZONE.viaIndex]],
  [['src/features/graph/**/*.{ts,tsx}'], [ZONE.features, ZONE.viaIndex, ZONE.featuresGraph]],
  [['src/{app,testing}/**/*.{ts,tsx}', 'src/main.tsx', 'e2e/**/*.ts', 'bench/**/*.ts'], [ZONE.viaIndex]],
  [['src/desk/**/*.{ts,tsx}'], [ZONE.viaIndex, ZONE.desk]],
  [['src/tools/**/*.ts'], [ZONE.viaIndex, ZONE.tools]],
].map(([files, patterns]) => ({
  files,
  // Tests may reach across layers to check what a reader sees; they still use core modules through their index.
  ...(patterns.includes(ZONE.viaIndex) ? {} : { ignores: ['**/*.test.{ts,tsx}', '**/*.bench.ts'] }),
  rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns }] },
}));

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'public', 'test-results', 'playwright-report', 'bench/results', '.cache'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-duplicate-imports': ['error', { allowSeparateTypeImports: true }],
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Never put data into innerHTML: render text with React.' },
        { property: 'outerHTML', message: 'Never put data into outerHTML.' },
      ],
    },
  },
  {
    // The app's bundle and the desk page: nothing Node-only and no test tooling (tsconfig.app.json enforces the
    // same with types).
    files: ['src/{app,core,features,i18n,desk}/**/*.{ts,tsx}', 'src/main.tsx'],
    ignores: ['**/*.test.{ts,tsx}', '**/*.bench.ts', 'src/desk/vite.config.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: APP_IMPORTS,
        },
      ],
    },
  },
  {
    // The Node tools use the compiler through its index only; what they share lives in src/tools/common/.
    files: ['src/tools/**/*.ts'],
    ignores: ['src/tools/compiler/**', '**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/compiler/*', '!**/compiler/index'],
              message: 'Use the compiler through src/tools/compiler/index.ts; shared helpers are in src/tools/common/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/tools/common/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/compiler', '**/compiler/**', '**/ingest/**', '**/share/**', '**/desk/**', '**/synth/**'],
              message: 'src/tools/common is what the tools share: it imports none of them.',
            },
          ],
        },
      ],
    },
  },
  {
    // zod stays out of the first download: only the loading worker's files validate (types may be imported anywhere).
    files: ['src/{app,core,features,i18n}/**/*.{ts,tsx}', 'src/main.tsx'],
    ignores: ['**/*.test.{ts,tsx}', '**/*.bench.ts', 'src/core/schema/**', 'src/features/loading/readFiles.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...APP_IMPORTS,
            {
              regex: '^zod(/.*)?$|(^|/)schema(/(index|graph|common|source|zod|check|validate|references|draft))?$',
              allowTypeImports: true,
              message:
                'Schemas load zod: validate in the loading worker (features/loading/readFiles.ts); import types, or schema/dates, schema/version and schema/characters.',
            },
          ],
        },
      ],
    },
  },
  ...LAYERS,
);
