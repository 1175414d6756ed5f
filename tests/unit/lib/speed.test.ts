import { describe, expect, it } from 'vitest';
import { DEFAULT_SPEED as ENGINE_DEFAULT } from '../../../web/src/engine/sim';
import { DEFAULT_SPEED, SPEEDS, isDecimated, speedFor } from '../../../web/src/lib/speed';

describe('playback speeds', () => {
	it('offers slow, normal, fast and max, each faster than the last', () => {
		expect(SPEEDS.map((s) => s.key)).toEqual(['slow', 'normal', 'fast', 'max']);
		for (let i = 1; i < SPEEDS.length; i++) {
			expect(SPEEDS[i].weeksPerSecond).toBeGreaterThan(SPEEDS[i - 1].weeksPerSecond);
		}
	});

	it('normal is the engine’s own default, so an untouched page plays as before', () => {
		expect(DEFAULT_SPEED.key).toBe('normal');
		expect(DEFAULT_SPEED.weeksPerSecond).toBe(ENGINE_DEFAULT);
	});

	it('finds the offered speed nearest any rate', () => {
		expect(speedFor(4).key).toBe('slow');
		expect(speedFor(30).key).toBe('normal');
		expect(speedFor(100).key).toBe('fast');
		expect(speedFor(5000).key).toBe('max');
		expect(speedFor(0).key).toBe('normal');
		expect(speedFor(Number.NaN).key).toBe('normal');
	});

	it('decimates rendering at max only', () => {
		expect(SPEEDS.map((s) => isDecimated(s.weeksPerSecond))).toEqual([false, false, false, true]);
	});
});
