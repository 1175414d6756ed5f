import { describe, expect, test } from 'vitest';
import {
	formatCount,
	formatNumber,
	formatPercent,
	formatUsd,
	formatWithUnit
} from '../../../web/src/lib/format';

describe('format', () => {
	test.each([
		[0, '0'],
		[3, '3'],
		[0.0591, '0.0591'],
		[1_154_000, '1.15M'],
		[2.5e9, '2.5B'],
		[Number.NaN, '–']
	])('formatNumber(%s) = %s', (v, text) => expect(formatNumber(v)).toBe(text));

	test.each([
		[0.706, '$0.706'],
		[145.113, '$145.11'],
		[100, '$100'],
		[17_500, '$17.5k'],
		[-2.5, '−$2.50']
	])('formatUsd(%s) = %s', (v, text) => expect(formatUsd(v)).toBe(text));

	test('counts are whole numbers', () => {
		expect(formatCount(0.0267)).toBe('0');
		expect(formatCount(17.9)).toBe('18');
		expect(formatCount(58_912)).toBe('58.9k');
		expect(formatWithUnit(2_000_000, 'users')).toBe('2M users');
	});

	test('percent and units', () => {
		expect(formatPercent(0.255)).toBe('25.5%');
		expect(formatPercent(1.234e-13)).toBe('< 0.001%');
		expect(formatPercent(-1e-9)).toBe('> −0.001%');
		expect(formatPercent(0)).toBe('0%');
		expect(formatPercent(2.5)).toBe('250%');
		expect(formatUsd(1.95e-18)).toBe('$1.95e−18');
		expect(formatNumber(1.09e-23)).toBe('1.09e−23');
		expect(formatNumber(-2e-9)).toBe('−2e−9');
		expect(formatUsd(0.000123)).toBe('$0.000123');
		expect(formatUsd(0)).toBe('$0');
		expect(formatWithUnit(1_154_000, 'tokens/week')).toBe('1.15M tokens/week');
		expect(formatWithUnit(2, 'USD/month')).toBe('$2/month');
		expect(formatWithUnit(0.59, '')).toBe('0.59');
		expect(formatWithUnit(1, 'weeks')).toBe('1 week');
		expect(formatWithUnit(2, 'weeks')).toBe('2 weeks');
		expect(formatWithUnit(1, 'users')).toBe('1 user');
	});
});
