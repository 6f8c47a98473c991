import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bench/results*'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['scripts/**/*.mjs', '*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
  {
    // The fake YouTube player runs in fixture pages, in the browser.
    files: ['tests/fixtures/**/*.js'],
    languageOptions: {
      globals: { window: 'readonly', document: 'readonly', history: 'readonly', location: 'readonly', CustomEvent: 'readonly', URLSearchParams: 'readonly', setTimeout: 'readonly' },
    },
  },
);
