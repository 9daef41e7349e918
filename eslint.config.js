// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import { builtinModules } from 'node:module';

/** Node built-ins, with and without the `node:` prefix, and their sub-paths (fs/promises). */
const nodeBuiltins = builtinModules.flatMap((m) => [m, `node:${m}`]);
const frameworks = ['fastify', 'kysely', 'better-sqlite3', 'pg', 'react', 'react-dom'];

/** The import-boundary rules of docs/ARCHITECTURE.md, in one place so a test can check them. */
export const boundaries = {
  core: {
    paths: nodeBuiltins.map((name) => ({
      name,
      message: 'packages/core is pure: no Node built-ins (pass the side effect in instead).',
    })),
    patterns: [
      {
        group: [
          ...nodeBuiltins.map((m) => `${m}/*`),
          ...frameworks,
          ...frameworks.map((f) => `${f}/*`),
          '@fastify/*',
        ],
        message:
          'packages/core is pure: no I/O or framework code (Fastify, Kysely, drivers, React).',
      },
      {
        group: ['@vitals/server', '@vitals/server/*', '@vitals/web', '@vitals/web/*'],
        message: 'packages/core imports no other Vitals package.',
      },
    ],
  },
  server: {
    patterns: [
      {
        group: ['@vitals/web', '@vitals/web/*', '**/web/src/**'],
        message: 'server and web never import each other; share types through @vitals/core.',
      },
    ],
  },
  web: {
    patterns: [
      {
        group: ['@vitals/server', '@vitals/server/*', '**/server/src/**'],
        message: 'server and web never import each other; talk over HTTP and share @vitals/core.',
      },
    ],
  },
};

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'data/**',
      '**/test-results/**',
      'bench/results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['packages/core/**/*.ts'],
    languageOptions: { globals: {} },
    rules: { 'no-restricted-imports': ['error', boundaries.core] },
  },
  {
    files: ['packages/server/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', boundaries.server] },
  },
  {
    files: ['packages/web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: { 'no-restricted-imports': ['error', boundaries.web] },
  },
  {
    files: ['packages/web/src/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat['recommended-latest'],
  },
);
