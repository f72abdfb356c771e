import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'example/',
      'coverage/',
      '.scratch/',
      '.build/',
      'shared/compose/compose-spec.validate.ts',
      'shared/contracts/*.validate.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // One YAML library reads all of the project's YAML (docs/compose.md says why it is js-yaml 4).
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'yaml', message: 'read YAML with js-yaml (the one YAML library).' }] },
      ],
    },
  },
);
