// Flat config. TypeScript is pinned to 6.0.x because typescript-eslint does not support 7 yet
// (see README, "Tooling").
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage', 'test-results', 'bench-results', 'data/schema'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })] },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      'import-x/no-cycle': 'error',
      // Relative imports name their file: Vite's native config loader (and Node) resolve nothing else.
      'import-x/extensions': ['error', 'ignorePackages', { checkTypeImports: true }],
      // Imports run one way: domain <- store <- hooks <- components <- App <- site.
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            { target: './src/domain', from: ['./src/store', './src/hooks', './src/components', './src/App.tsx'] },
            { target: './src/store', from: ['./src/hooks', './src/components', './src/App.tsx'] },
            { target: './src/hooks', from: ['./src/components', './src/App.tsx'] },
            { target: './src/components', from: ['./src/App.tsx'] },
            // src/site makes pages (head tags, escaping, the prerender entry) from the app, never the other way.
            {
              target: [
                './src/domain',
                './src/store',
                './src/hooks',
                './src/components',
                './src/App.tsx',
                './src/main.tsx',
              ],
              from: './src/site',
            },
            // The app never reaches into build tooling; scripts/ calls into src/.
            { target: './src', from: './scripts' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/**/*.tsx'],
    ...jsxA11y.flatConfigs.strict,
  },
  {
    // The domain is pure TypeScript: no React, no store, no DOM.
    files: ['src/domain/**/*.ts'],
    languageOptions: { globals: { ...globals.es2021 } },
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: ['react', 'react-dom', 'zustand'], patterns: ['react/*', 'react-dom/*', 'zustand/*'] },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'localStorage',
        'history',
        'location',
        'navigator',
        'fetch',
      ],
    },
  },
);
