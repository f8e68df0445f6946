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
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Never put data into innerHTML: render text with React.' },
        { property: 'outerHTML', message: 'Never put data into outerHTML.' },
      ],
    },
  },
  {
    // The app's bundle: nothing Node-only and no test tooling (tsconfig.app.json enforces the same with types).
    files: ['src/{app,core,features,i18n}/**/*.{ts,tsx}', 'src/main.tsx'],
    ignores: ['**/*.test.{ts,tsx}', '**/*.bench.ts'],
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
    ignores: [
      '**/*.test.{ts,tsx}',
      '**/*.bench.ts',
      'src/core/schema/**',
      'src/features/loading/{readFiles,validate}.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...APP_IMPORTS,
            {
              regex: '^zod(/.*)?$|(^|/)schema(/(index|graph|common|source|zod))?$',
              allowTypeImports: true,
              message:
                'Schemas load zod: validate in the loading worker (features/loading/readFiles.ts); import types, or schema/dates, schema/version and schema/characters.',
            },
          ],
        },
      ],
    },
  },
);
