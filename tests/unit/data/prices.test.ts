// The daily HNT price file (web/src/data/prices.ts) shipped with the 1kx DePIN histories
// (1kx, Tokenomics of DePINs dataset (github.com/1kx-network/depin_tokenomics)).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { parseHistoryCsv } from '../../../web/src/data/history';
import { HNT_DAILY_FILE, monthlyMeans, parseDailyCsv } from '../../../web/src/data/prices';

const DIR = fileURLToPath(new URL('../../../public/data/depin-history/', import.meta.url));

describe('parseDailyCsv and monthlyMeans on inline tables', () => {
	test('reads days and numbers, and averages by month', () => {
		const daily = parseDailyCsv(
			'snapped_at,price,market_cap\n' +
				'2020-04-29 00:00:00 UTC,1,0.0\n' +
				'2020-04-30 00:00:00 UTC,2,\n' +
				'2020-05-01,"1,000",5\n' +
				'2020-06-01,,7\n'
		);
		expect(daily).toEqual({
			days: ['2020-04-29', '2020-04-30', '2020-05-01', '2020-06-01'],
			columns: { price: [1, 2, 1000, null], market_cap: [0, null, 5, 7] }
		});
		expect(monthlyMeans(daily.days, daily.columns.price)).toEqual({
			months: ['2020-04', '2020-05'],
			means: [1.5, 1000]
		});
	});

	test.each([
		['a bad date', 'd,p\n2020-4-29,1\n', /Not a day/],
		['days out of order', 'd,p\n2020-04-29,1\n2020-04-28,1\n', /does not follow/],
		['a text column', 'd,p\n2020-04-29,x\n', /"p" is not numeric/]
	])('rejects %s', (_name, text, message) => expect(() => parseDailyCsv(text)).toThrow(message));
});

describe('shipped daily HNT price', () => {
	const daily = parseDailyCsv(readFileSync(DIR + HNT_DAILY_FILE, 'utf8'));

	test('1152 consecutive days, 2020-04-18 → 2023-06-13, no gaps, no empty or NaN cells', () => {
		expect(daily.days).toHaveLength(1152);
		expect(daily.days[0]).toBe('2020-04-18');
		expect(daily.days.at(-1)).toBe('2023-06-13');
		const start = Date.parse('2020-04-18T00:00:00Z');
		daily.days.forEach((day, i) => {
			expect(Date.parse(`${day}T00:00:00Z`)).toBe(start + i * 86_400_000);
		});
		expect(Object.keys(daily.columns)).toEqual(['price', 'market_cap', 'total_volume']);
		for (const values of Object.values(daily.columns)) {
			for (const v of values) expect(Number.isFinite(v)).toBe(true);
		}
	});

	test.each([
		[0, 'price', 0.1293653477164651],
		[0, 'market_cap', 0],
		[0, 'total_volume', 4808.150338954356],
		[1151, 'price', 1.274660489759325],
		[1151, 'market_cap', 183454431.5516969]
	])('row %d %s = %d', (row, column, value) => expect(daily.columns[column][row]).toBe(value));

	test('market cap is 0 (unknown) for the first 18 days only', () => {
		const zero = daily.days.filter((_, i) => daily.columns.market_cap[i] === 0);
		expect(zero).toHaveLength(18);
		expect(zero.at(-1)).toBe('2020-05-05');
	});

	// Helium's monthly `$-price` is close to this series' calendar-month mean (within 16%;
	// the worst is 2021-03, 7.87 against 6.81). 2020-04 and 2023-06 are partial months.
	test('Helium $-price ≈ monthly mean of the daily price', () => {
		const helium = parseHistoryCsv(readFileSync(DIR + 'helium_rewards_data.csv', 'utf8'), 'helium');
		const { months, means } = monthlyMeans(daily.days, daily.columns.price);
		expect(months).toHaveLength(39);
		expect(means[months.indexOf('2021-11')]).toBeCloseTo(41.974458, 5);
		let compared = 0;
		months.forEach((month, i) => {
			if (month === '2020-04' || month === '2023-06') return;
			const price = helium.columns['$-price'][helium.months.indexOf(month)];
			expect(Math.abs((price ?? Number.NaN) / means[i] - 1)).toBeLessThan(0.16);
			compared++;
		});
		expect(compared).toBe(37);
	});
});
