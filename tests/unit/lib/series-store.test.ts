import { describe, expect, test } from 'vitest';
import type { Frame } from '../../../web/src/engine/api';
import { SeriesStore } from '../../../web/src/lib/series-store';
import { METRIC_COUNT } from '../../../web/src/model/metrics';

function frame(revision: number, fromWeek: number, week: number): Frame {
	const rows = new Float64Array((week - fromWeek + 1) * METRIC_COUNT);
	for (let w = fromWeek; w <= week; w++) rows[(w - fromWeek) * METRIC_COUNT] = w;
	return { revision, fromWeek, week, rows, playing: false, horizon: 2000 };
}

describe('SeriesStore', () => {
	test('appends rows within a revision and replaces them on a new one', () => {
		const store = new SeriesStore();
		expect(store.apply(frame(0, 0, 9))).toBe(true);
		expect(store.apply(frame(0, 10, 19))).toBe(true);
		expect(store.length).toBe(20);
		expect(store.value(19, 0)).toBe(19);
		expect(store.apply(frame(1, 0, 4))).toBe(true);
		expect(store.length).toBe(5);
	});

	test('ignores empty frames and stale tails of older runs', () => {
		const store = new SeriesStore();
		store.apply(frame(3, 0, 2));
		expect(store.apply({ ...frame(3, 3, 3), rows: new Float64Array(0) })).toBe(false);
		expect(store.apply(frame(2, 7, 9))).toBe(false);
		expect(store.apply(frame(4, 5, 9))).toBe(false);
		expect(store.length).toBe(3);
	});

	test('grows beyond its first capacity', () => {
		const store = new SeriesStore();
		store.apply(frame(0, 0, 1999));
		expect(store.length).toBe(2000);
		expect(store.value(1999, 0)).toBe(1999);
	});
});
