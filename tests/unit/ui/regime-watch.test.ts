import { describe, expect, test } from 'vitest';
import type { RegimeEvent } from '../../../web/src/model/regimes';
import { RegimeWatch } from '../../../web/src/ui/regime-watch';

const event = (week: number, kind: RegimeEvent['kind'] = 'plateau'): RegimeEvent => ({
	week,
	kind,
	message: `Week ${week}: ${kind}`
});

describe('RegimeWatch', () => {
	test('a run starts silently, then only new events are news', () => {
		const watch = new RegimeWatch();
		expect(watch.news(0, [event(3)])).toEqual([]);
		expect(watch.news(0, [event(3), event(9)])).toEqual([event(9)]);
		expect(watch.news(0, [event(3), event(9)])).toEqual([]);
		expect(watch.news(0, [event(3), event(9), event(9, 'death_spiral')])).toEqual([
			event(9, 'death_spiral')
		]);
	});

	test('a new revision brings its past silently', () => {
		const watch = new RegimeWatch();
		watch.news(0, []);
		expect(watch.news(0, [event(4)])).toEqual([event(4)]);
		expect(watch.news(1, [event(4), event(20), event(40)])).toEqual([]);
		expect(watch.news(1, [event(4), event(20), event(40), event(41)])).toEqual([event(41)]);
	});
});
