/**
 * Fetches and compiles the core in the browser. There are two builds of the same source:
 * core.wasm uses WebAssembly SIMD; core.nosimd.wasm is its scalar twin (same results, bit for
 * bit) for browsers without SIMD. Each is a separate asset, fetched only by the browsers that
 * need it. Streaming compilation needs the server to send `application/wasm`; many static hosts
 * do not, so a wrong MIME type falls back to compiling the downloaded bytes.
 */
import simdUrl from './generated/core.wasm?url';
import scalarUrl from './generated/core.nosimd.wasm?url';
import { createCore } from './core';
import type { Core } from './core';

export async function loadCoreInBrowser(url?: string): Promise<Core> {
	return createCore(await compileCoreInBrowser(url));
}

/** The compiled module: instantiate it as often as needed (each instance has its own memory). */
export async function compileCoreInBrowser(url?: string): Promise<WebAssembly.Module> {
	if (typeof WebAssembly !== 'object') throw new Error(NO_WASM);
	const response = await fetch(url ?? coreUrl());
	if (!response.ok) throw new Error(`Could not download the model core (HTTP ${response.status}).`);
	const fallback = response.clone();
	try {
		return await WebAssembly.compileStreaming(response);
	} catch {
		try {
			return await WebAssembly.compile(await fallback.arrayBuffer());
		} catch (error) {
			const reason = error instanceof Error ? error.message : String(error);
			throw new Error(
				`The model core could not be compiled (${reason}). If this persists, please update ` +
					'the browser or open the page in another.',
				{ cause: error }
			);
		}
	}
}

/** The build this browser should run: the SIMD one where SIMD validates, else the scalar twin. */
export function coreUrl(): string {
	return hasWasmSimd() ? simdUrl : scalarUrl;
}

const NO_WASM =
	'This browser cannot run the model: it has no WebAssembly (or it is turned off). ' +
	'Please update the browser or open the page in another.';

/** A minimal module with one SIMD instruction (the probe of the wasm-feature-detect project). */
const SIMD_PROBE = new Uint8Array([
	0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 123, 3, 2, 1, 0, 10, 10, 1, 8, 0, 65, 0, 253, 15,
	253, 98, 11
]);

/** Whether this browser's WebAssembly has SIMD (Chrome and Edge 91+, Firefox 89+, Safari 16.4+). */
export function hasWasmSimd(): boolean {
	return typeof WebAssembly === 'object' && WebAssembly.validate(SIMD_PROBE);
}
