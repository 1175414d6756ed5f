// One linter for the TypeScript and Svelte code (assembly/ is checked by asc and Prettier).
// Layer boundaries are enforced here, not by convention: the model and scenario are pure,
// the engine knows nothing of the UI, and the UI reaches the engine only through its client.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

const pureLayer = {
	patterns: [
		{
			group: ['svelte', 'svelte/*', 'comlink', 'd3-selection'],
			message: 'model/ and scenario/ are pure TypeScript.'
		},
		{
			group: ['**/engine/**', '**/state/**', '**/ui/**', '**/charts/**'],
			message: 'model/ and scenario/ may not import outer layers.'
		}
	]
};

export default ts.config(
	{
		ignores: [
			'dist/',
			'node_modules/',
			'web/src/engine/generated/',
			'assembly/',
			'test-results/',
			'playwright-report/',
			'.serve/',
			'.scratch/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } }
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		files: ['web/src/model/**', 'web/src/scenario/**', 'web/src/data/**'],
		rules: {
			'no-restricted-imports': ['error', pureLayer],
			'no-restricted-globals': ['error', 'window', 'document', 'localStorage']
		}
	},
	{
		files: ['web/src/engine/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['svelte', 'svelte/*', '**/state/**', '**/ui/**', '**/charts/**'],
							message: 'The engine knows nothing of the UI.'
						}
					]
				}
			]
		}
	},
	{
		files: ['web/src/cli/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['svelte', 'svelte/*', 'comlink', '**/state/**', '**/ui/**', '**/charts/**'],
							message: 'The command line uses scenario/, model/ and engine/ only.'
						}
					]
				}
			]
		}
	},
	{
		files: ['web/src/ui/**', 'web/src/charts/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{ group: ['comlink'], message: 'Components talk to the engine through state/.' },
						{
							group: ['**/engine/*', '!**/engine/api'],
							message: 'Components may only import engine/api types.'
						}
					]
				}
			]
		}
	}
);
