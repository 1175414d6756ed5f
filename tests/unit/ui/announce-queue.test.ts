import { describe, expect, test } from 'vitest';
import { AnnounceQueue } from '../../../web/src/ui/announce-queue';

describe('AnnounceQueue', () => {
	test('while playing: one message per interval, in order', () => {
		const queue = new AnnounceQueue(2500, 3);
		queue.push('a');
		queue.push('b');
		expect(queue.take(0, true)).toBe('a');
		expect(queue.take(1000, true)).toBeNull();
		expect(queue.wait(1000)).toBe(1500);
		expect(queue.take(2500, true)).toBe('b');
		expect(queue.take(6000, true)).toBeNull();
		expect(queue.wait(6000)).toBe(0);
	});

	test('keeps only the newest messages when they pile up', () => {
		const queue = new AnnounceQueue(2500, 2);
		for (const m of ['a', 'b', 'c', 'd']) queue.push(m);
		expect(queue.size).toBe(2);
		expect(queue.take(0, true)).toBe('c');
		expect(queue.take(2500, true)).toBe('d');
	});

	test('while paused: everything pending at once, without waiting', () => {
		const queue = new AnnounceQueue(2500, 3);
		queue.push('a');
		expect(queue.take(0, true)).toBe('a');
		queue.push('b');
		queue.push('c');
		expect(queue.take(100, false)).toBe('b. c.');
		expect(queue.take(200, false)).toBeNull();
	});

	test('an announcement outside the queue delays the next one; clear drops the rest', () => {
		const queue = new AnnounceQueue(2500, 3);
		queue.spoke(1000);
		queue.push('a');
		expect(queue.take(2000, true)).toBeNull();
		expect(queue.take(3500, true)).toBe('a');
		queue.push('b');
		queue.clear();
		expect(queue.take(10_000, true)).toBeNull();
	});
});
