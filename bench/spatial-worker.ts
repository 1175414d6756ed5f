/// <reference lib="webworker" />
/**
 * The spatial benchmark inside a module Web Worker, where the playground runs the model:
 * receives the grid sides, answers with steps per second per side (bench/engines.ts).
 */
import wasmUrl from '../web/src/engine/generated/core.wasm?url';
import { createCore } from '../web/src/engine/core';
import { measureSpatial } from './engines';
import type { SpatialCase } from './engines';

self.onmessage = async (event: MessageEvent<{ cases: SpatialCase[]; rounds: number }>) => {
	const response = await fetch(wasmUrl);
	const core = await createCore(await WebAssembly.compile(await response.arrayBuffer()));
	const { cases, rounds } = event.data;
	self.postMessage(measureSpatial(core, cases, rounds, () => performance.now()));
};
