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
		module = await WebAssembly.compile(await fallback.arrayBuffer());
	}
	return module;
}
