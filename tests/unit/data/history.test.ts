// The network histories (web/src/data/history.ts): the parser on small inline tables, and every
// shipped file in public/data/depin-history/ (1kx, Tokenomics of DePINs dataset
// (github.com/1kx-network/depin_tokenomics)) read with node:fs, with known values from the files.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import {
	NETWORKS,
	parseHistoryCsv,
	rewardsPerDeviceUsd,
	type HistorySeries,
	type NetworkKey
} from '../../../web/src/data/history';
import { monthIndex } from '../../../web/src/data/month';
import { HNT_DAILY_FILE } from '../../../web/src/data/prices';

const DIR = fileURLToPath(new URL('../../../public/data/depin-history/', import.meta.url));
const KEYS = Object.keys(NETWORKS) as NetworkKey[];
const cache = new Map<NetworkKey, HistorySeries>();
function shipped(key: NetworkKey): HistorySeries {
	let series = cache.get(key);
	if (!series) {
		series = parseHistoryCsv(readFileSync(DIR + NETWORKS[key].file, 'utf8'), key);
		cache.set(key, series);
	}
	return series;
}
function at(key: NetworkKey, month: string, column: string): number | null | undefined {
	const series = shipped(key);
	const i = series.months.indexOf(month);
	if (i < 0) throw new Error(`${key} has no month ${month}`);
	return series.columns[column]?.[i];
}

describe('parseHistoryCsv on inline tables', () => {
	const text =
		'month,"$-price",# hotspots,token rewards hotspots (HNT),token rewards hotspots ($),' +
		'token rewards hotspots relative to total HNT supply,comment \r\n' +
		'2019-8,0.1,100,"663,114.52","66,311",0.30%,assumed price\r\n' +
		'2019-9,$0.10,"1,264",,"206,910",0.93%,\r\n' +
		'2019-11,0.17,,1,2,3%,x';

	test('normalises months, puts them on the week axis and types the columns', () => {
		expect(parseHistoryCsv(text, 'helium')).toEqual({
			network: 'helium',
			months: ['2019-08', '2019-09', '2019-11'],
			weeks: [0, 52 / 12, 13],
			columns: {
				'$-price': [0.1, 0.1, 0.17],
				'# hotspots': [100, 1264, null],
				'token rewards hotspots (HNT)': [663_114.52, null, 1],
				'token rewards hotspots ($)': [66_311, 206_910, 2],
				'token rewards hotspots relative to total HNT supply': [0.003, 0.0093, 0.03]
			},
			text: { comment: ['assumed price', null, 'x'] }
		});
	});

	// The columns NETWORKS names for Helium, then one row of numbers for them.
	const NAMED = '# hotspots,token rewards hotspots (HNT),token rewards hotspots ($)';
	test.each([
		['an unreadable month', `month,$-price,${NAMED}\n2019-13,1,1,1,1\n`, /Not a month: "2019-13"/],
		[
			'months out of order',
			`month,$-price,${NAMED}\n2019-9,1,1,1,1\n2019-8,1,1,1,1\n`,
			/2019-08 does not follow 2019-09/
		],
		[
			'a repeated month',
			`month,$-price,${NAMED}\n2019-9,1,1,1,1\n2019-09,1,1,1,1\n`,
			/2019-09 does not follow 2019-09/
		],
		['no month column', `Date,$-price,${NAMED}\n2019-9,1,1,1,1\n`, /no column "month"/],
		[
			'a missing named column',
			`month,price,${NAMED}\n2019-9,1,1,1,1\n`,
			/no numeric column "\$-price"/
		],
		[
			'a named column that is text',
			`month,$-price,${NAMED}\n2019-9,n/a,1,1,1\n`,
			/no numeric column "\$-price"/
		]
	])('rejects %s', (_name, bad, message) => {
		expect(() => parseHistoryCsv(bad, 'helium')).toThrow(message);
	});
});

describe('the network table', () => {
	test('keys match, and every shipped CSV is a network or the daily HNT price', () => {
		for (const key of KEYS) expect(NETWORKS[key].key).toBe(key);
		const files = [...KEYS.map((key) => NETWORKS[key].file), HNT_DAILY_FILE].sort();
		expect(
			readdirSync(DIR)
				.filter((f) => f.endsWith('.csv'))
				.sort()
		).toEqual(files);
	});

	test('the attribution ships beside the files', () => {
		const readme = readFileSync(DIR + 'README.md', 'utf8');
		expect(readme).toContain(
			'"1kx, Tokenomics of DePINs dataset (github.com/1kx-network/depin_tokenomics)"'
		);
		expect(readme).toContain('commit ff2e881, March 2025');
		for (const key of KEYS) expect(readme).toContain(NETWORKS[key].file);
		expect(readme).toContain(HNT_DAILY_FILE);
	});

	test.each<[NetworkKey, string | null]>([
		['helium', '# hotspots'],
		['helium_mobile', 'hotspots (onboarded)'],
		['hivemapper', 'map contributors'],
		['dimo', 'cars'],
		['render', '# nodes'],
		['filecoin', null],
		['akash', null]
	])('%s: size column %j, per-device rewards only with a size', (key, size) => {
		expect(NETWORKS[key].sizeColumn).toBe(size);
		expect(NETWORKS[key].perDevice === null).toBe(size === null);
	});
});

describe.each(KEYS)('shipped %s history', (key) => {
	test('parses: consecutive months, 52/12 weeks a month, equal lengths, no NaN', () => {
		const { months, weeks, columns, text } = shipped(key);
		months.forEach((month, i) => {
			expect(month).toMatch(/^\d{4}-(0[1-9]|1[0-2])$/);
			if (i > 0) expect(monthIndex(month) - monthIndex(months[i - 1])).toBe(1);
			expect(weeks[i]).toBe((i * 52) / 12);
		});
		for (const values of Object.values(columns)) {
			expect(values).toHaveLength(months.length);
			for (const v of values) if (v !== null) expect(Number.isFinite(v)).toBe(true);
		}
		for (const values of Object.values(text)) expect(values).toHaveLength(months.length);
	});

	test('the columns NETWORKS names are numeric, and price and rewards are non-negative', () => {
		const info = NETWORKS[key];
		const { columns } = shipped(key);
		for (const name of [info.sizeColumn, info.priceColumn, info.rewardsTokenColumn]) {
			if (name === null) continue;
			for (const v of columns[name]) if (v !== null) expect(v).toBeGreaterThanOrEqual(0);
		}
	});
});

describe('shipped histories: shape', () => {
	test.each<[NetworkKey, number, string, string, number, string[]]>([
		['helium', 65, '2019-08', '2024-12', 8, []],
		['helium_mobile', 30, '2022-08', '2025-01', 7, []],
		['hivemapper', 27, '2022-10', '2024-12', 17, []],
		['dimo', 26, '2022-12', '2025-01', 5, []],
		['render', 15, '2023-11', '2025-01', 8, ['comment']],
		['filecoin', 51, '2020-10', '2024-12', 19, []],
		['akash', 52, '2020-09', '2024-12', 13, []]
	])(
		'%s: %d months, %s → %s, %d numeric columns, text %j',
		(key, n, first, last, numeric, text) => {
			const series = shipped(key);
			expect(series.months).toHaveLength(n);
			expect(series.months[0]).toBe(first);
			expect(series.months.at(-1)).toBe(last);
			expect(Object.keys(series.columns)).toHaveLength(numeric);
			expect(Object.keys(series.text)).toEqual(text);
		}
	);
});

describe('shipped histories: known values', () => {
	test.each<[NetworkKey, string, string, number | null]>([
		['helium', '2019-08', '# hotspots', 100],
		['helium', '2019-08', '$-price', 0.1],
		['helium', '2019-08', 'token rewards total (HNT)', 1_123_923],
		['helium', '2019-08', 'token rewards hotspots (HNT)', 663_114.52],
		['helium', '2019-08', 'token rewards hotspots ($)', 66_311],
		['helium', '2019-08', 'token rewards hotspots relative to total HNT supply', 0.003],
		['helium', '2019-08', 'hotspot rewards in BTC', 6.23],
		['helium', '2021-12', '# hotspots', 409_487],
		['helium', '2021-12', '$-price', 34.34],
		['helium', '2021-12', 'token rewards hotspots ($)', 47_959_801],
		['helium', '2022-01', 'hotspot rewards in BTC', 1165.42],
		['helium', '2023-04', '# hotspots', 990_615],
		['helium', '2023-04', '$-price', 1.64],
		['helium', '2023-05', '# hotspots', null],
		['helium', '2024-12', '$-price', 8.51],
		['helium_mobile', '2022-08', 'hotspots (onboarded)', 2000],
		['helium_mobile', '2022-08', '$ price', 0.001],
		['helium_mobile', '2022-08', 'token rewards total (MOBILE)', 900_000_000],
		['helium_mobile', '2022-08', 'token rewards relative to', 0.0022],
		['helium_mobile', '2023-05', 'hotspots (onboarded)', 8500],
		['helium_mobile', '2024-03', '$ price', 0.0043],
		['helium_mobile', '2024-03', '$ rewards total', 10_936_238],
		['helium_mobile', '2025-01', 'hotspots (onboarded)', 25_327],
		['hivemapper', '2022-10', 'coverage rewards', 111_794],
		['hivemapper', '2022-10', 'price', 0.05],
		['hivemapper', '2022-10', 'rewards$', 5590],
		['hivemapper', '2022-10', 'map contributors', 1500],
		['hivemapper', '2023-09', 'coverage rewards', 19_506_365.5],
		['hivemapper', '2024-03', 'map contributors', 42_857],
		['hivemapper', '2024-03', 'buzz contributors', 4235],
		['hivemapper', '2024-03', 'QA (AI trainer)  contributors', 22_688],
		['dimo', '2022-12', 'rewards', 2_251_252],
		['dimo', '2022-12', 'price', 0.04],
		['dimo', '2022-12', '$rewards', 91_527],
		['dimo', '2022-12', 'rewards in bTC', 5.39],
		['dimo', '2022-12', 'cars', 2310],
		['dimo', '2025-01', 'cars', 158_507],
		['render', '2023-11', 'node operator', null],
		['render', '2023-11', '$ price', 2.8],
		['render', '2023-11', 'rewards $', 958_610],
		['render', '2023-11', 'rewards claimed', 342_840.2],
		['render', '2023-11', '# nodes', 300],
		['render', '2024-02', '# nodes', 452],
		['filecoin', '2020-10', 'circulating_fil', 20_978_960],
		['filecoin', '2020-10', 'avg_price', 35.95],
		['filecoin', '2020-10', 'unlocked rewards (relative to total supply)', 0.0008],
		['filecoin', '2020-10', 'rewards in BTC', 5036],
		['filecoin', '2022-02', 'changed_locked_fil', -1_107_428],
		['filecoin', '2023-04', 'changed_burnt_fil', 751_660],
		['filecoin', '2023-04', 't (epochs)', 2_816_880],
		['filecoin', '2023-05', 't (epochs)', null],
		['filecoin', '2023-05', 'unlocked rewards (FIL)', 7_125_916.16],
		['filecoin', '2024-12', 'avg_price', 7.21],
		['akash', '2020-09', '$-price', null],
		['akash', '2020-09', 'Annualized Inflation (Est. APR)', 0.54],
		['akash', '2020-09', 'AKT Supply (Est.)', 100_000_000],
		['akash', '2020-10', 'onetime mint', 2_800_000],
		['akash', '2020-10', 'token rewards ($)', 1_247_905.58],
		['akash', '2020-11', 'annualized inflation from rewards', 0.445],
		['akash', '2024-12', '$-price', 4.18],
		['akash', '2024-12', 'token rewards (AKT) (delta circ_supply - onetime mints)', null]
	])('%s %s %j = %j', (key, month, column, value) => {
		expect(at(key, month, column)).toBe(value);
	});

	test('Render keeps its comment column as text', () => {
		const { months, text } = shipped('render');
		expect(text.comment[months.indexOf('2023-11')]).toBe('from polygon data');
		expect(text.comment[months.indexOf('2024-06')]).toBe('RNP 13 in effect');
		expect(text.comment[months.indexOf('2025-01')]).toBeNull();
	});
});

describe('USD rewards per device', () => {
	test.each<[NetworkKey, string, number | null]>([
		['helium', '2019-08', 66_311 / 100],
		['helium', '2021-12', 47_959_801 / 409_487],
		['helium', '2023-04', 2_430_247 / 990_615],
		['helium', '2023-05', null],
		['helium_mobile', '2025-01', 1_272_922 / 25_327],
		['hivemapper', '2024-03', 3_383_291 / 42_857],
		['dimo', '2022-12', 91_527 / 2310],
		['render', '2023-11', 958_610 / 300]
	])('%s %s = %d', (key, month, value) => {
		const series = shipped(key);
		expect(rewardsPerDeviceUsd(series)?.[series.months.indexOf(month)]).toBe(value);
	});

	test.each<NetworkKey>(['filecoin', 'akash'])('%s has no size, so none', (key) => {
		expect(rewardsPerDeviceUsd(shipped(key))).toBeNull();
	});

	// The files' USD rewards are their own token rewards × price: within 9% every month
	// (prices are rounded, and a few months use a slightly different price).
	test.each(KEYS)('%s: rewards × price ≈ USD rewards', (key) => {
		const info = NETWORKS[key];
		if (!info.rewardsUsdColumn) return;
		const { columns } = shipped(key);
		const price = columns[info.priceColumn];
		const tokens = columns[info.rewardsTokenColumn];
		const usd = columns[info.rewardsUsdColumn];
		let compared = 0;
		price.forEach((p, i) => {
			const t = tokens[i];
			const u = usd[i];
			if (p === null || t === null || u === null) return;
			expect(Math.abs((p * t) / u - 1)).toBeLessThan(0.09);
			compared++;
		});
		expect(compared).toBeGreaterThan(10);
	});
});
