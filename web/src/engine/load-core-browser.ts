/**
 * Fetches and compiles the core in the browser. Streaming compilation needs the server to send
 * `application/wasm`; many static hosts do not, so a wrong MIME type falls back to compiling
 * the downloaded bytes.
 */
import wasmUrl from './generated/core.wasm?url';
import { createCore } from './core';
import type { Core } from './core';

export async function loadCoreInBrowser(url: string = wasmUrl): Promise<Core> {
	return createCore(await compileCoreInBrowser(url));
}

/** The compiled module: instantiate it as often as needed (each instance has its own memory). */
export async function compileCoreInBrowser(url: string = wasmUrl): Promise<WebAssembly.Module> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`Could not download the model core (HTTP ${response.status}).`);
	const fallback = response.clone();
	let module: WebAssembly.Module;
	try {
		module = await WebAssembly.compileStreaming(response);
	} catch {
		try {
			module = await WebAssembly.compile(await fallback.arrayBuffer());
		} catch (error) {
			if (!hasWasmSimd()) throw new Error(NO_SIMD, { cause: error });
			throw error;
		}
	}
	return module;
}

const NO_SIMD =
	'This browser cannot run the model: it lacks WebAssembly SIMD (Chrome and Edge 91+, ' +
	'Firefox 89+ and Safari 16.4+ have it). Please update the browser or open the page in another.';

/** A minimal module with one SIMD instruction (the probe of the wasm-feature-detect project). */
const SIMD_PROBE = new Uint8Array([
	0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 123, 3, 2, 1, 0, 10, 10, 1, 8, 0, 65, 0, 253, 15,
	253, 98, 11
]);

/** The core's hot loop uses WebAssembly SIMD (assembly/inline-math.ts). */
export function hasWasmSimd(): boolean {
	return WebAssembly.validate(SIMD_PROBE);
}
