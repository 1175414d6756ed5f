/**
 * The UI's handle on the engine worker. The worker is a module worker, so its URL (and the
 * .wasm it fetches) resolve relative to the built files: this works under any sub-path.
 */
import * as Comlink from 'comlink';
import type { WorkerApi } from './worker';

export interface EngineClient {
	readonly api: Comlink.Remote<WorkerApi>;
	/** Called once if the worker script itself fails (e.g. it could not be downloaded). */
	onFailure(listener: (message: string) => void): void;
	terminate(): void;
}

export function startEngine(): EngineClient {
	const worker = new Worker(new URL('./worker.ts', import.meta.url), {
		type: 'module',
		name: 'engine'
	});
	const listeners: ((message: string) => void)[] = [];
	worker.addEventListener('error', (event) => {
		event.preventDefault();
		const message = event.message || 'The simulation worker stopped unexpectedly.';
		for (const listener of listeners) listener(message);
	});
	return {
		api: Comlink.wrap<WorkerApi>(worker),
		onFailure: (listener) => void listeners.push(listener),
		terminate() {
			worker.terminate();
		}
	};
}
