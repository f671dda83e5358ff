import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const HTML_SINKS = [
  {selector: "CallExpression[callee.property.name='setHTML']", message: 'Never pass data to setHTML; render with React.'},
  {selector: "MemberExpression[property.name=/^(innerHTML|outerHTML)$/]", message: 'No HTML sinks: data must never become markup.'},
  {selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'No HTML sinks: data must never become markup.'},
  {selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'No HTML sinks: render text with React.'}
];

export default tseslint.config(
  {ignores: ['dist', 'node_modules', 'public']},
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: {globals: {...globals.browser, ...globals.node}},
    plugins: {'react-hooks': reactHooks},
    rules: {
      ...reactHooks.configs.recommended.rules,
      eqeqeq: 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': ['error', ...HTML_SINKS],
      'no-restricted-imports': ['error', {
        patterns: [{
          group: ['maplibre-gl', 'maplibre-gl/*', 'react-map-gl', 'react-map-gl/*', '@vis.gl/react-maplibre', '@vis.gl/react-maplibre/*'],
          message: 'Only src/map/ talks to MapLibre; use the store or a map command instead.'
        }]
      }]
    }
  },
  {
    // The one folder allowed to hold the imperative map (and the browser tests that inspect it).
    files: ['src/map/**/*.{ts,tsx}', 'tests/browser/**/*.ts'],
    rules: {'no-restricted-imports': 'off'}
  }
);
