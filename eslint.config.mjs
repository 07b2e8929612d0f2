import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'data/generated/', 'bench/results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.js'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { require: 'readonly', module: 'writable', process: 'readonly', __dirname: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    // The layering (issue 16): the pure core imports nothing from the edges. Tests beside the code included;
    // test/layering/layering.test.ts proves the rule fires.
    files: ['src/{engine,catalog,nlu,dialogue,i18n}/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(\\.\\./)+(channels|server|session|config|cli)(/|$)',
              message:
                'engine, catalog, nlu, dialogue and i18n are the pure core: they import nothing from channels, ' +
                'server, session, config or cli (pass what they need in as an argument or a type of their own).',
            },
          ],
        },
      ],
    },
  },
);
