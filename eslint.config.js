import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Packages that must never reach the pure domain layer (architecture.md: src/domain runs in Node).
const impureForDomain = ['react', 'react-dom', 'react-dom/*', 'maplibre-gl', 'maplibre-gl/*', 'dexie',
  'zustand', 'zustand/*', 'terra-draw', 'terra-draw-maplibre-gl-adapter'];

export default tseslint.config(
  { ignores: ['dist/', 'dist-node/', 'node_modules/', 'bench/', 'public/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: impureForDomain, message: 'src/domain is pure: no UI, map, storage or state libraries.' },
          { group: ['**/persistence/**', '**/store/**', '**/map/**', '**/features/**', '**/app/**', '**/i18n/**'],
            message: 'src/domain must not import from outer layers.' },
        ],
      }],
    },
  },
);
