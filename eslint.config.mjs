import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'coverage/**',
      'bin/**',
      '*.config.js',
      '*.config.mjs',
      '.data/**',
      'src/api/generated/**',
      'codegen.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // Plain CommonJS for Jest (its test environment): linted, without type information.
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      sourceType: 'commonjs',
      globals: { require: 'readonly', module: 'writable', globalThis: 'readonly' },
    },
    rules: {
      ...tseslint.configs.disableTypeChecked.rules,
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
  // The direction of dependencies (docs/architecture.md): api → pipeline → ingest, store →
  // domain; ingest → domain. Production code never reaches into test helpers (the graphql-js
  // habit). A later block for the same files replaces an earlier one's rule, so each lists all.
  ...fences({
    'src/**/*.ts': [],
    'ingest/**/*.ts': ['**/src/store/**', '**/src/api/**', '**/src/pipeline/**', '**/src/cli/**'],
    'bench/**/*.ts': [],
    'src/domain/**/*.ts': [
      '**/store/**',
      '**/api/**',
      '**/pipeline/**',
      '**/cli/**',
      '**/ingest/**',
    ],
    'src/store/**/*.ts': ['**/api/**', '**/pipeline/**', '**/cli/**', '**/ingest/**'],
    'src/api/**/*.ts': ['**/cli/**', '**/ingest/**'],
    // The explorer is a client of the public GraphQL API, like any other (docs/explorer.md).
    'web/**/*.{ts,tsx,mts}': [
      '**/src/api/**',
      '**/src/domain/**',
      '**/src/store/**',
      '**/src/pipeline/**',
      '**/src/cli/**',
      '**/ingest/**',
      '**/bench/**',
    ],
  }),
);

/** One no-restricted-imports block per folder: the test helpers, and what the folder may not use. */
function fences(banned) {
  return Object.entries(banned).map(([glob, patterns]) => ({
    files: [glob],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/test/**'], message: 'production code does not use test helpers' },
            ...(patterns.length
              ? [
                  {
                    group: patterns,
                    message: 'this folder may not depend on that one (docs/architecture.md)',
                  },
                ]
              : []),
          ],
        },
      ],
    },
  }));
}
