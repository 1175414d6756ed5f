/**
 * Loads the same core in Node (tests, command line, benchmark). `target` picks the build:
 * `release` (shipped) or `test` (host Math, bit-identical to the TypeScript reference).
 */
import { readFile } from 'node:fs/promises';
import { createCore } from './core';
import type { Core } from './core';

export type CoreTarget = 'release' | 'test';

export async function compileCoreInNode(
	target: CoreTarget = 'release'
): Promise<WebAssembly.Module> {
	const file = target === 'release' ? 'core.wasm' : 'core.test.wasm';
	const bytes = await readFile(new URL(`./generated/${file}`, import.meta.url));
	return WebAssembly.compile(bytes);
}

export async function loadCoreInNode(target: CoreTarget = 'release'): Promise<Core> {
	return createCore(await compileCoreInNode(target));
}
