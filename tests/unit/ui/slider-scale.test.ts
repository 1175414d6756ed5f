import { describe, expect, test } from 'vitest';
import {
	POSITIONS,
	positionToValue,
	sliderRange,
	valueToPosition
} from '../../../web/src/ui/slider-scale';
import { PARAMS, PARAM_INDEX } from '../../../web/src/scenario/schema';

const spec = (key: string) => PARAMS[PARAM_INDEX.get(key)!];

describe('slider scale', () => {
	test('linear parameters use the native range', () => {
		expect(sliderRange(spec('inertia'))).toEqual({ min: 0, max: 1.5, step: 0.01 });
		expect(positionToValue(spec('inertia'), 0.7)).toBe(0.7);
	});

	test.each(PARAMS.filter((p) => p.scale !== 'linear').map((p) => [p.key]))(
		'%s: the ends reach min and max',
		(key) => {
			const s = spec(key);
			expect(positionToValue(s, 0)).toBe(s.min);
			expect(positionToValue(s, POSITIONS)).toBe(s.max);
			expect(valueToPosition(s, s.min)).toBe(0);
			expect(valueToPosition(s, s.max)).toBe(POSITIONS);
		}
	);

	test.each(PARAMS.filter((p) => p.scale !== 'linear').map((p) => [p.key]))(
		'%s: positions are monotone and stable',
		(key) => {
			const s = spec(key);
			let previous = -Infinity;
			for (let pos = 0; pos <= POSITIONS; pos += 10) {
				const v = positionToValue(s, pos);
				expect(v).toBeGreaterThanOrEqual(previous);
				previous = v;
				// Moving to the value's own position gives back the same value (no drift when re-rendered).
				expect(positionToValue(s, valueToPosition(s, v))).toBe(v);
			}
		}
	);

	test('a log slider spans decades evenly: the middle of 1k–100M is near 1M', () => {
		const mid = positionToValue(spec('market_size'), POSITIONS / 2);
		expect(mid).toBeGreaterThan(500_000);
		expect(mid).toBeLessThan(2_000_000);
	});
});
