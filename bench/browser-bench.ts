/**
 * The Chromium half of the benchmark: the same interleaved ensemble-throughput comparison as in
 * Node (bench/engines.ts), but with the browser's JavaScript engine and WASM pipeline, which is
 * what users actually get. bench/run.mjs serves bench/browser.html with a Vite dev server and
 * calls window.runBench() through Playwright. The core is compiled from the bytes (no streaming
 * compilation), exactly as in load-core-browser.ts's fallback path.
 */
import wasmUrl from '../web/src/engine/generated/core.wasm?url';
import { createCore } from '../web/src/engine/core';
import { defaultParams } from '../web/src/scenario/schema';
import { measureThroughput, referenceRun, wasmRun } from './engines';
import type { Comparison, MeasureOptions, SpatialCase, SpatialResult } from './engines';

type BrowserOptions = Omit<MeasureOptions, 'now' | 'pause'>;

declare global {
	interface Window {
		runBench?: (opts: BrowserOptions) => Promise<Comparison>;
		runSpatialBench?: (cases: SpatialCase[], rounds: number) => Promise<SpatialResult[]>;
	}
}

window.runBench = async (opts) => {
	const response = await fetch(wasmUrl);
	if (!response.ok) throw new Error(`core.wasm: HTTP ${response.status}`);
	const core = await createCore(await WebAssembly.compile(await response.arrayBuffer()));
	const params = defaultParams();
	return measureThroughput(
		{ value: wasmRun(core, params), baseline: referenceRun(params) },
		{
			...opts,
			now: () => performance.now(),
			pause: () => new Promise((resolve) => setTimeout(resolve, 0))
		}
	);
};

/** The spatial engine, measured in a module worker (where the playground runs it). */
window.runSpatialBench = (cases, rounds) =>
	new Promise((resolve, reject) => {
		const worker = new Worker(new URL('./spatial-worker.ts', import.meta.url), { type: 'module' });
		worker.onmessage = (event: MessageEvent<SpatialResult[]>) => {
			worker.terminate();
			resolve(event.data);
		};
		worker.onerror = (event) => reject(new Error(event.message));
		worker.postMessage({ cases, rounds });
	});
