/**
 * Loads the same core in Node (tests, command line, benchmark). `target` picks the build:
 * `release` (shipped, with WebAssembly SIMD), `release-nosimd` (shipped to browsers without
 * SIMD, bit-identical to `release`) or `test` (host Math, bit-identical to the TypeScript
 * reference).
 */
import { readFile } from 'node:fs/promises';
import { createCore } from './core';
import type { Core } from './core';

export type CoreTarget = 'release' | 'release-nosimd' | 'test';

const FILES: Record<CoreTarget, string> = {
	release: 'core.wasm',
	'release-nosimd': 'core.nosimd.wasm',
	test: 'core.test.wasm'
};

export async function compileCoreInNode(
	target: CoreTarget = 'release'
): Promise<WebAssembly.Module> {
	const bytes = await readFile(new URL(`./generated/${FILES[target]}`, import.meta.url));
	return WebAssembly.compile(bytes);
}

export async function loadCoreInNode(target: CoreTarget = 'release'): Promise<Core> {
	return createCore(await compileCoreInNode(target));
}
