import { describe, expect, it } from 'vitest';
import { latestThrottle } from '../../../web/src/lib/latest-throttle';
import type { Timers } from '../../../web/src/lib/latest-throttle';

/** Timers driven by hand. */
function manualTimers() {
	let now = 0;
	let queue: { at: number; run: () => void; id: number }[] = [];
	let nextId = 1;
	const timers: Timers = {
		now: () => now,
		setTimeout(run, ms) {
			const id = nextId++;
			queue.push({ at: now + ms, run, id });
			return id;
		},
		clearTimeout(id) {
			queue = queue.filter((t) => t.id !== id);
		}
	};
	const advance = (ms: number) => {
		now += ms;
		const due = queue.filter((t) => t.at <= now);
		queue = queue.filter((t) => t.at > now);
		for (const t of due) t.run();
	};
	return { timers, advance };
}

describe('latestThrottle', () => {
	it('sends the first value at once and only the newest of a burst after the interval', () => {
		const { timers, advance } = manualTimers();
		const sent: number[] = [];
		const t = latestThrottle((v: number) => sent.push(v), 100, timers);
		t.push(1);
		t.push(2);
		t.push(3);
		expect(sent).toEqual([1]);
		expect(t.pending).toBe(true);
		advance(99);
		expect(sent).toEqual([1]);
		advance(1);
		expect(sent).toEqual([1, 3]);
		expect(t.pending).toBe(false);
	});

	it('sends at most one value per interval during a long drag', () => {
		const { timers, advance } = manualTimers();
		const sent: number[] = [];
		const t = latestThrottle((v: number) => sent.push(v), 100, timers);
		for (let i = 0; i < 50; i++) {
			t.push(i);
			advance(10);
		}
		advance(100);
		expect(sent.length).toBeLessThanOrEqual(6);
		expect(sent[0]).toBe(0);
		expect(sent[sent.length - 1]).toBe(49);
	});

	it('flush sends the waiting value now; cancel drops it', () => {
		const { timers, advance } = manualTimers();
		const sent: number[] = [];
		const t = latestThrottle((v: number) => sent.push(v), 100, timers);
		t.push(1);
		t.push(2);
		t.flush();
		expect(sent).toEqual([1, 2]);
		t.push(3);
		t.cancel();
		advance(500);
		expect(sent).toEqual([1, 2]);
		t.flush();
		expect(sent).toEqual([1, 2]);
	});
});
