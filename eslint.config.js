// ESLint flat config: typescript-eslint's type-aware rules over src, scripts, bench and test.
// `npm run lint` runs it, then `prettier --check .` (formatting is Prettier's job, not ESLint's).
// A rule is turned off only one at a time, each with the reason on its line.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: ['node_modules/', 'var/', 'dist/', 'coverage/'],
  },
  {
    files: ['src/**/*.ts', 'scripts/**/*.ts', 'bench/**/*.ts', 'test/**/*.ts', 'vitest.config.ts'],
    extends: [js.configs.recommended, tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    linterOptions: {
      reportUnusedDisableDirectives: 'error',
    },
    rules: {
      // Promises: a promise nobody awaits loses its error (the reason this linter is here).
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      // Unused code: arguments before a used one stay (callback shapes); `_name` marks a deliberate skip.
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          args: 'after-used',
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrors: 'all',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
      'no-unused-expressions': 'off',
      '@typescript-eslint/no-unused-expressions': 'error',
      // Chinese UI text spaces with the ideographic space U+3000 in templates and regexes on purpose;
      // irregular whitespace between tokens of code is still an error.
      'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true, skipRegExps: true, skipComments: true }],
      // Off: use cases and port implementations are `async` by contract ((deps, input) => Promise<Reply>),
      // with or without an await inside; `async` also turns a throw into a rejection.
      '@typescript-eslint/require-await': 'off',
      // A `let` assigned once stays a `let` when a closure reads it first (app.ts's shutdown) or when it
      // is destructured beside a variable that is reassigned.
      'prefer-const': ['error', { destructuring: 'all', ignoreReadBeforeAssign: true }],
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      // Off in tests: vitest types its asymmetric matchers (expect.any, expect.stringContaining …) as `any`.
      '@typescript-eslint/no-unsafe-assignment': 'off',
    },
  },
);
