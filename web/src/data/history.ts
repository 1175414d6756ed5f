/**
 * Real DePIN network histories, monthly: which shipped file holds which network, which of its
 * columns are the network's size, token price and rewards, and a parser that turns a file
 * into typed columns on the simulation's week axis. Data: 1kx, Tokenomics of DePINs dataset
 * (github.com/1kx-network/depin_tokenomics), commit ff2e881, March 2025; the files and their
 * attribution are in public/data/depin-history/. Pure TypeScript: no DOM, no Node APIs.
 */
import { parseCsvTable, parseNumberColumn } from './csv';
import { monthIndex, monthWeeks, parseMonth } from './month';

/** Where the site serves the files (Vite copies public/ verbatim; relative to the page). */
export const HISTORY_DIR = './data/depin-history/';

export type NetworkKey =
	'helium' | 'helium_mobile' | 'hivemapper' | 'dimo' | 'render' | 'filecoin' | 'akash';

export interface NetworkInfo {
	readonly key: NetworkKey;
	readonly label: string;
	/** File name in public/data/depin-history/. */
	readonly file: string;
	/** The token rewards are paid in. */
	readonly token: string;
	/** The column holding the month. */
	readonly monthColumn: string;
	/** Network size (devices, contributors…), or null if the file has none. */
	readonly sizeColumn: string | null;
	/** What one unit of size is, e.g. 'hotspots'. */
	readonly sizeUnit: string | null;
	/** Token price in USD. */
	readonly priceColumn: string;
	/** Token rewards per month to the supply side, in tokens. */
	readonly rewardsTokenColumn: string;
	/** The same rewards in USD (the file's own token × price). */
	readonly rewardsUsdColumn: string | null;
	/** USD rewards per device = rewardsUsdColumn / sizeColumn, where both exist. */
	readonly perDevice: { readonly rewardsUsd: string; readonly devices: string } | null;
	/** What a calibration should know about the file. */
	readonly note: string;
}

function network(info: Omit<NetworkInfo, 'perDevice'> & { perDevice?: boolean }): NetworkInfo {
	const { perDevice = false, ...rest } = info;
	return {
		...rest,
		perDevice:
			perDevice && rest.rewardsUsdColumn && rest.sizeColumn
				? { rewardsUsd: rest.rewardsUsdColumn, devices: rest.sizeColumn }
				: null
	};
}

export const NETWORKS: Readonly<Record<NetworkKey, NetworkInfo>> = {
	helium: network({
		key: 'helium',
		label: 'Helium IoT (LoRaWAN)',
		file: 'helium_rewards_data.csv',
		token: 'HNT',
		monthColumn: 'month',
		sizeColumn: '# hotspots',
		sizeUnit: 'hotspots',
		priceColumn: '$-price',
		rewardsTokenColumn: 'token rewards hotspots (HNT)',
		rewardsUsdColumn: 'token rewards hotspots ($)',
		perDevice: true,
		note:
			'Price is an assumed 0.10 before listing (to 2020-03). Hotspot counts stop after ' +
			'2023-04. In 2024-05..07 the total doubles but hotspot rewards do not (the share ' +
			'column still says 0.62).'
	}),
	helium_mobile: network({
		key: 'helium_mobile',
		label: 'Helium Mobile',
		file: 'helium_mobile_rewards_data.csv',
		token: 'MOBILE',
		monthColumn: 'month',
		sizeColumn: 'hotspots (onboarded)',
		sizeUnit: 'hotspots',
		priceColumn: '$ price',
		rewardsTokenColumn: 'token rewards hotspots (MOBILE)',
		rewardsUsdColumn: '$ rewards hotspots',
		perDevice: true,
		note:
			'Price is 0.001 before listing (2022-08..10). Hotspots are a flat 8,500 from ' +
			'2023-04 to 2024-01 (a placeholder, not a count).'
	}),
	hivemapper: network({
		key: 'hivemapper',
		label: 'Hivemapper (dashcam mapping)',
		file: 'hivemapper_rewards_data.csv',
		token: 'HONEY',
		monthColumn: 'month',
		sizeColumn: 'map contributors',
		sizeUnit: 'contributors',
		priceColumn: 'price',
		rewardsTokenColumn: 'coverage rewards',
		rewardsUsdColumn: 'rewards$',
		perDevice: true,
		note:
			'"coverage rewards" is map coverage + bounty + burst; buzz, FTM and QA rewards are ' +
			'not in it. Contributors are round estimates to 2023-09 and spike to 42,857 in 2024-03.'
	}),
	dimo: network({
		key: 'dimo',
		label: 'DIMO (connected cars)',
		file: 'dimo_token_rewards.csv',
		token: 'DIMO',
		monthColumn: 'month',
		sizeColumn: 'cars',
		sizeUnit: 'cars',
		priceColumn: 'price',
		rewardsTokenColumn: 'rewards',
		rewardsUsdColumn: '$rewards',
		perDevice: true,
		note: 'Price is rounded to cents, so $rewards is not exactly rewards × price.'
	}),
	render: network({
		key: 'render',
		label: 'Render (GPU rendering)',
		file: 'render_rewards_data.csv',
		token: 'RENDER',
		monthColumn: 'month',
		sizeColumn: '# nodes',
		sizeUnit: 'nodes',
		priceColumn: '$ price',
		rewardsTokenColumn: 'rewards claimed',
		rewardsUsdColumn: 'rewards $',
		perDevice: true,
		note:
			'"rewards $" is rewards claimed × price, not the scheduled emission in the second ' +
			'column. Node counts jump (300, 2145, 452, 266, 1108…).'
	}),
	filecoin: network({
		key: 'filecoin',
		label: 'Filecoin (storage)',
		file: 'filecoin_data_rewards.csv',
		token: 'FIL',
		monthColumn: 'month',
		sizeColumn: null,
		sizeUnit: null,
		priceColumn: 'avg_price',
		rewardsTokenColumn: 'unlocked rewards (FIL)',
		rewardsUsdColumn: 'unlocked rewards ($)',
		note:
			'Dated by month end (10/31/2020) to 2023-04, then by month start (5/1/2023). ' +
			'Minting, epoch and most change columns stop after 2023-04. No network size.'
	}),
	akash: network({
		key: 'akash',
		label: 'Akash (compute)',
		file: 'akash_data_rewards.csv',
		token: 'AKT',
		monthColumn: 'Date',
		sizeColumn: null,
		sizeUnit: null,
		priceColumn: '$-price',
		rewardsTokenColumn: 'token rewards (AKT) (delta circ_supply - onetime mints)',
		rewardsUsdColumn: 'token rewards ($)',
		note:
			'Rewards are inferred from changes in circulating supply; USD rewards stop after ' +
			'2023-04 and token rewards after 2024-10; late supply figures are round estimates. ' +
			'No network size.'
	})
};

export interface HistorySeries {
	readonly network: NetworkKey;
	/** One per row, 'YYYY-MM', strictly increasing. */
	readonly months: string[];
	/** Week offset of each month's start from the first month (week 0), 52/12 weeks a month. */
	readonly weeks: number[];
	/** Every numeric column by its (trimmed) header name; null where the cell is empty.
	 * Percentages are fractions (0.30% → 0.003). */
	readonly columns: Record<string, (number | null)[]>;
	/** Columns that are not numbers (e.g. Render's "comment"); null where empty. */
	readonly text: Record<string, (string | null)[]>;
}

/** Parses one network's monthly CSV. Throws if a month is unreadable or out of order, or if
 * a column NETWORKS names is missing or not numeric. */
export function parseHistoryCsv(text: string, network: NetworkKey): HistorySeries {
	const info = NETWORKS[network];
	const { header, rows } = parseCsvTable(text);
	const monthAt = header.indexOf(info.monthColumn);
	if (monthAt < 0) throw new Error(`${info.file}: no column ${JSON.stringify(info.monthColumn)}`);

	const months = rows.map((row) => parseMonth(row[monthAt]));
	for (let i = 1; i < months.length; i++) {
		if (monthIndex(months[i]) <= monthIndex(months[i - 1])) {
			throw new Error(`${info.file}: month ${months[i]} does not follow ${months[i - 1]}`);
		}
	}

	const columns: Record<string, (number | null)[]> = {};
	const textColumns: Record<string, (string | null)[]> = {};
	header.forEach((name, c) => {
		if (c === monthAt) return;
		const cells = rows.map((row) => row[c]);
		const numbers = parseNumberColumn(cells);
		if (numbers) columns[name] = numbers;
		else textColumns[name] = cells.map((cell) => (cell.trim() === '' ? null : cell.trim()));
	});

	const named = [info.sizeColumn, info.priceColumn, info.rewardsTokenColumn, info.rewardsUsdColumn];
	for (const name of named) {
		if (name !== null && !(name in columns)) {
			throw new Error(`${info.file}: no numeric column ${JSON.stringify(name)}`);
		}
	}

	return { network, months, weeks: monthWeeks(months), columns, text: textColumns };
}

/** USD rewards per device each month (null where either input is missing or size is 0),
 * or null if the network has no size column. */
export function rewardsPerDeviceUsd(series: HistorySeries): (number | null)[] | null {
	const derivation = NETWORKS[series.network].perDevice;
	if (!derivation) return null;
	const usd = series.columns[derivation.rewardsUsd];
	const devices = series.columns[derivation.devices];
	return usd.map((u, i) => {
		const d = devices[i];
		return u === null || d === null || d === 0 ? null : u / d;
	});
}
