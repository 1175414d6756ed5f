/**
 * Calls `send` with the newest value at most once per `intervalMs`: the first call goes out at
 * once, later ones within the interval collapse into one trailing call with the latest value.
 * Used for seeks while the timeline is dragged: every input event would otherwise start a
 * replay of the run.
 */

export interface Timers {
	setTimeout(callback: () => void, ms: number): unknown;
	clearTimeout(handle: unknown): void;
	now(): number;
}

const realTimers: Timers = {
	setTimeout: (callback, ms) => setTimeout(callback, ms),
	clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
	now: () => performance.now()
};

export interface LatestThrottle<T> {
	/** Sends `value` now or as the trailing call of the current interval. */
	push(value: T): void;
	/** Sends a waiting value now (e.g. when the drag ends). */
	flush(): void;
	/** Drops a waiting value. */
	cancel(): void;
	readonly pending: boolean;
}

export function latestThrottle<T>(
	send: (value: T) => void,
	intervalMs: number,
	timers: Timers = realTimers
): LatestThrottle<T> {
	let lastSent = -Infinity;
	let waiting: { value: T } | null = null;
	let handle: unknown = null;

	function sendNow(value: T) {
		waiting = null;
		if (handle !== null) timers.clearTimeout(handle);
		handle = null;
		lastSent = timers.now();
		send(value);
	}

	return {
		push(value) {
			const elapsed = timers.now() - lastSent;
			if (elapsed >= intervalMs && handle === null) {
				sendNow(value);
				return;
			}
			waiting = { value };
			handle ??= timers.setTimeout(
				() => {
					handle = null;
					if (waiting) sendNow(waiting.value);
				},
				Math.max(0, intervalMs - elapsed)
			);
		},
		flush() {
			if (waiting) sendNow(waiting.value);
		},
		cancel() {
			waiting = null;
			if (handle !== null) timers.clearTimeout(handle);
			handle = null;
		},
		get pending() {
			return waiting !== null;
		}
	};
}
