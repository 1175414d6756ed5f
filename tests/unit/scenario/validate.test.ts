import { describe, expect, test } from 'vitest';
import { checkValue, quantise, stepDecimals } from '../../../web/src/scenario/validate';
import { PARAMS, PARAM_INDEX, defaultParams, isShown } from '../../../web/src/scenario/schema';

const spec = (key: string) => PARAMS[PARAM_INDEX.get(key)!];

describe('validate', () => {
	test.each([
		[1, 0],
		[1000, 0],
		[0.1, 1],
		[0.001, 3],
		[0.00001, 5],
		[1e-7, 7]
	])('stepDecimals(%s) = %s', (step, decimals) => expect(stepDecimals(step)).toBe(decimals));

	test('quantise rounds to the step without binary noise, inside the range', () => {
		expect(quantise(0.30000000000000004, spec('inertia'))).toBe(0.3);
		expect(quantise(1_154_499, spec('emission_initial'))).toBe(1_154_000);
		expect(quantise(1_154_500, spec('emission_initial'))).toBe(1_155_000);
		expect(quantise(-5, spec('inertia'))).toBe(0);
	});

	test('every schema default is in range and on its step', () => {
		for (const p of PARAMS) {
			expect(p.default, p.key).toBeGreaterThanOrEqual(p.min);
			expect(p.default, p.key).toBeLessThanOrEqual(p.max);
			expect(quantise(p.default, p), p.key).toBe(p.default);
			expect(p.min < p.max, p.key).toBe(true);
		}
	});

	test('checkValue explains what it changed', () => {
		expect(checkValue(spec('uptime'), '0.9')).toEqual({ value: 0.9 });
		expect(checkValue(spec('uptime'), 2).issue?.message).toBe(
			'“Uptime” was 2, above the maximum; used 0.99.'
		);
		expect(checkValue(spec('uptime'), 'abc').value).toBe(0.8);
	});
});

describe('levers shown only where they matter', () => {
	test('every condition names a choice and valid option values', () => {
		for (const spec of PARAMS) {
			if (!spec.shownWhen) continue;
			const choice = PARAMS[PARAM_INDEX.get(spec.shownWhen.key)!];
			expect(choice.options, spec.key).toBeDefined();
			for (const v of spec.shownWhen.values) expect(v).toBeLessThan(choice.options!.length);
		}
	});

	test('the decay rate shows only under exponential decay, the halving period only under halving', () => {
		const values = defaultParams();
		expect(isShown(spec('halving_weeks'), values)).toBe(true);
		expect(isShown(spec('emission_decay_rate'), values)).toBe(false);
		const decaying = { ...values, emission_mode: 1 };
		expect(isShown(spec('halving_weeks'), decaying)).toBe(false);
		expect(isShown(spec('emission_decay_rate'), decaying)).toBe(true);
		expect(isShown(spec('inertia'), decaying)).toBe(true);
	});
});
