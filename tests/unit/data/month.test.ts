// Month normalisation and the week axis (web/src/data/month.ts), on every month format the
// shipped 1kx DePIN histories use.
import { describe, expect, test } from 'vitest';
import { WEEKS_PER_MONTH, monthIndex, monthWeeks, parseMonth } from '../../../web/src/data/month';

describe('parseMonth', () => {
	test.each([
		['2019-8', '2019-08'],
		['2019-08', '2019-08'],
		['2024-12', '2024-12'],
		['08/2022', '2022-08'],
		['1/2025', '2025-01'],
		['10/31/2020', '2020-10'],
		['5/1/2023', '2023-05'],
		['Sep 2020', '2020-09'],
		['september 2020', '2020-09'],
		[' Dec 2024 ', '2024-12']
	])('%j → %s', (raw, month) => expect(parseMonth(raw)).toBe(month));

	test.each([
		[''],
		['2019-13'],
		['2019-0'],
		['13/2022'],
		['10/32/2020'],
		['2020-04-18'],
		['Sept 2020'],
		['Septober 2020'],
		['2019'],
		['19-8']
	])('rejects %j', (raw) => expect(() => parseMonth(raw)).toThrow(/Not a month/));
});

describe('week axis', () => {
	test('52/12 weeks a month', () => expect(WEEKS_PER_MONTH).toBe(52 / 12));

	test.each([
		['2019-08', 2019 * 12 + 7],
		['2020-01', 2020 * 12]
	])('monthIndex(%s) = %d', (month, index) => expect(monthIndex(month)).toBe(index));

	test.each<[string[], number[]]>([
		[[], []],
		[['2019-08'], [0]],
		[
			['2019-08', '2019-09', '2019-10'],
			[0, 52 / 12, 104 / 12]
		],
		[
			['2019-11', '2019-12', '2020-01'],
			[0, 52 / 12, 104 / 12]
		],
		[
			['2019-08', '2020-08', '2021-08'],
			[0, 52, 104]
		],
		[
			['2019-08', '2019-10'],
			[0, 104 / 12]
		]
	])('monthWeeks(%j) = %j', (months, weeks) => expect(monthWeeks(months)).toEqual(weeks));
});
