import { describe, expect, test } from 'vitest';
import {
	formatCountFull,
	formatMonths,
	formatPrice,
	formatWeeks
} from '../../../web/src/charts/formats';

describe('readout formats', () => {
	test('counts are exact and grouped below a million, compact above', () => {
		expect(formatCountFull(12345)).toBe('12,345');
		expect(formatCountFull(12345.6)).toBe('12,346');
		expect(formatCountFull(-2500)).toBe('−2,500');
		expect(formatCountFull(2_430_000)).toBe('2.43M');
		expect(formatCountFull(NaN)).toBe('–');
	});

	test('a payback of 1200 months or more is never; weeks and months carry a unit', () => {
		expect(formatMonths(1200)).toBe('never');
		expect(formatMonths(22.3)).toBe('22.3 mo');
		expect(formatWeeks(24.4)).toBe('24.4 wk');
		expect(formatWeeks(Infinity)).toBe('–');
	});

	test('prices show cents between a cent and a thousand dollars', () => {
		expect(formatPrice(0.5)).toBe('$0.50');
		expect(formatPrice(6)).toBe('$6.00');
		expect(formatPrice(0.861)).toBe('$0.86');
		expect(formatPrice(0.00123)).toBe('$0.00123');
		expect(formatPrice(4530)).toBe('$4.53k');
		expect(formatPrice(-2)).toBe('−$2.00');
	});
});
