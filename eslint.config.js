import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', '**/generated/**', 'test-results/**', 'playwright-report/**', '.data/**', '**/.stryker-tmp/**', '**/reports/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['apps/admin/**/*.{ts,tsx}', 'apps/township/**/*.{ts,tsx}', 'packages/ui/**/*.{ts,tsx}', 'packages/work-ui/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    // The classic two rules; the React Compiler rules flag TanStack Table's by-design API.
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  {
    // The apps may import only the AppRouter type from the API, never its runtime or the database.
    files: ['apps/admin/**/*.{ts,tsx}', 'apps/township/**/*.{ts,tsx}', 'packages/ui/**/*.{ts,tsx}', 'packages/work-ui/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: '@pcs/api', allowTypeImports: true, message: 'Apps import only `type AppRouter` from @pcs/api.' }, { name: '@pcs/db', message: 'Apps never import the database package.' }],
          // A screen takes its namespace from i18n/<area> (index.ts), whose import registers the area's texts;
          // from i18n/<area>/menu it would render keys. Only the first download's texts read the menu modules.
          patterns: [{ regex: 'i18n/[^/]+/(menu|menu-en|zh-CN|en)$', message: 'Import the namespace from i18n/<area>: its index registers the texts before the screen renders.' }],
        },
      ],
    },
  },
  {
    // The domain package is pure: no I/O, nothing of ours.
    files: ['packages/domain/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['@pcs/*', 'node:*', 'pg', '@prisma/*'] }] },
  },
);
