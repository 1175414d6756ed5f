/// <reference lib="webworker" />
/**
 * The engine worker: loads the WASM core, then serves SimApi over comlink. Until the core is
 * ready every call waits for it; if it cannot load, every call rejects with the reason.
 */
import * as Comlink from 'comlink';
import type { SimApi } from './api';
import { realClock } from './clock';
import { createCore } from './core';
import { compileCoreInBrowser } from './load-core-browser';
import { createMapFollower } from './map-follower';
import { createSim } from './sim';

/** Two instances of one compiled core: the aggregate run, and the spatial run for the map. */
async function start(): Promise<SimApi> {
	const module = await compileCoreInBrowser();
	const [core, mapCore] = await Promise.all([createCore(module), createCore(module)]);
	return createSim(core, realClock, createMapFollower(mapCore, realClock));
}

const sim: Promise<SimApi> = start();
// A load failure is reported to the UI by every call that awaits `sim`, not as an unhandled rejection.
sim.catch(() => undefined);

export type WorkerApi = {
	[K in keyof SimApi]: (...args: Parameters<SimApi[K]>) => Promise<ReturnType<SimApi[K]>>;
};

const api: WorkerApi = {
	load: async (...args) => (await sim).load(...args),
	play: async () => (await sim).play(),
	pause: async () => (await sim).pause(),
	step: async (...args) => (await sim).step(...args),
	reset: async () => (await sim).reset(),
	setSpeed: async (...args) => (await sim).setSpeed(...args),
	async pull(...args) {
		const frame = (await sim).pull(...args);
		// Rows and map are fresh copies out of WASM memory: hand the buffers over, don't clone them.
		const buffers: ArrayBuffer[] = [frame.rows.buffer as ArrayBuffer];
		const map = frame.map;
		if (map) {
			buffers.push(map.devices.buffer as ArrayBuffer, map.coverage.buffer as ArrayBuffer);
			buffers.push(map.users.buffer as ArrayBuffer);
			if (map.population) buffers.push(map.population.buffer as ArrayBuffer);
		}
		return Comlink.transfer(frame, buffers);
	}
};

Comlink.expose(api);
