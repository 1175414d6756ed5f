/// <reference types="vitest/config" />
// One config for the static site (vite build), the dev server and the Node tests (vitest).
// `base: './'` makes every asset URL relative, so the built site works from any sub-path of
// any static host and inside an iframe.
import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
	root: 'web',
	base: './',
	publicDir: '../public',
	plugins: [svelte({ configFile: fileURLToPath(new URL('./svelte.config.js', import.meta.url)) })],
	worker: { format: 'es' },
	build: {
		outDir: '../dist',
		emptyOutDir: true,
		target: 'es2022',
		// Never inline the .wasm as a data: URL (a CSP connect-src would block it).
		assetsInlineLimit: 0
	},
	server: { port: 5173, strictPort: true },
	preview: { port: 4173, strictPort: true },
	test: {
		root,
		include: ['tests/{unit,property,wasm,golden}/**/*.test.ts'],
		environment: 'node'
	}
});
