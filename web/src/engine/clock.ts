/** The engine's only clock, injected so that tests can drive time by hand. */
export interface Clock {
	now(): number;
	/** Calls `tick` every `ms` milliseconds until the returned function is called. */
	every(ms: number, tick: () => void): () => void;
}

export const realClock: Clock = {
	now: () => performance.now(),
	every(ms, tick) {
		const id = setInterval(tick, ms);
		return () => clearInterval(id);
	}
};
