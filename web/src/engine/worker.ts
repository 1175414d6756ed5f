/// <reference lib="webworker" />
/**
 * The engine worker: loads the WASM core, then serves SimApi over comlink. Until the core is
 * ready every call waits for it; if it cannot load, every call rejects with the reason.
 */
import * as Comlink from 'comlink';
import type { SimApi } from './api';
import { realClock } from './clock';
import { loadCoreInBrowser } from './load-core-browser';
import { createSim } from './sim';

const sim: Promise<SimApi> = loadCoreInBrowser().then((core) => createSim(core, realClock));
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
	async pull() {
		const frame = (await sim).pull();
		// The rows are a fresh copy out of WASM memory: hand the buffer over, don't clone it.
		return Comlink.transfer(frame, [frame.rows.buffer]);
	}
};

Comlink.expose(api);
