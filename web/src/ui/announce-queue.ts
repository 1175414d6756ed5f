/**
 * What a polite live region says next, and when: while the run plays, at most one message
 * every `interval` ms, the rest queued (only the newest `capacity` are kept: older news is
 * stale by the time it could be read); while paused, everything pending at once, so that a
 * step's news is heard straight away. Time is passed in, so the rules are testable.
 */
export class AnnounceQueue {
	readonly interval: number;
	readonly capacity: number;
	#pending: string[] = [];
	#lastAt = -Infinity;

	constructor(interval = 2500, capacity = 3) {
		this.interval = interval;
		this.capacity = capacity;
	}

	get size(): number {
		return this.#pending.length;
	}

	push(message: string): void {
		this.#pending.push(message);
		if (this.#pending.length > this.capacity)
			this.#pending.splice(0, this.#pending.length - this.capacity);
	}

	/** The message to announce at `now`, or null (nothing pending, or too soon while playing). */
	take(now: number, playing: boolean): string | null {
		if (this.#pending.length === 0) return null;
		if (!playing) {
			// Said together, as sentences ("…a week. Week 116: …"), not run into one another.
			const all = this.#pending.map((m) => (/[.!?…]$/.test(m) ? m : `${m}.`)).join(' ');
			this.#pending = [];
			this.#lastAt = now;
			return all;
		}
		if (now - this.#lastAt < this.interval) return null;
		this.#lastAt = now;
		return this.#pending.shift() ?? null;
	}

	/** Milliseconds until take() may return the next message while playing (0: now). */
	wait(now: number): number {
		return this.#pending.length === 0 ? 0 : Math.max(0, this.#lastAt + this.interval - now);
	}

	/** An announcement made outside the queue (e.g. "Describe now") also counts for the pace. */
	spoke(now: number): void {
		this.#lastAt = now;
	}

	clear(): void {
		this.#pending = [];
	}
}
