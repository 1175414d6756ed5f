/**
 * The daily HNT/USD series shipped beside the monthly histories (public/data/depin-history/
 * hnt-usd-max.csv, from 1kx, Tokenomics of DePINs dataset
 * (github.com/1kx-network/depin_tokenomics)): one row a day, price, market cap and volume.
 * Also averages it by calendar month, to compare with Helium's monthly `$-price`.
 * Pure TypeScript: no DOM, no Node APIs.
 */
import { parseCsvTable, parseNumberColumn } from './csv';

export const HNT_DAILY_FILE = 'hnt-usd-max.csv';

export interface DailySeries {
	/** One per row, 'YYYY-MM-DD' (UTC), strictly increasing. */
	readonly days: string[];
	/** Every other column by header name (price, market_cap, total_volume); null where empty. */
	readonly columns: Record<string, (number | null)[]>;
}

/** Parses a daily CSV whose first column is a date ('2020-04-18 00:00:00 UTC' or '2020-04-18').
 * Throws on an unreadable or out-of-order date or a non-numeric column. */
export function parseDailyCsv(text: string): DailySeries {
	const { header, rows } = parseCsvTable(text);
	const days = rows.map((row) => {
		const m = /^(\d{4}-\d{2}-\d{2})(?: 00:00:00 UTC)?$/.exec(row[0].trim());
		if (!m) throw new Error(`Not a day: ${JSON.stringify(row[0])}`);
		return m[1];
	});
	for (let i = 1; i < days.length; i++) {
		if (days[i] <= days[i - 1]) throw new Error(`Day ${days[i]} does not follow ${days[i - 1]}`);
	}
	const columns: Record<string, (number | null)[]> = {};
	header.slice(1).forEach((name, c) => {
		const values = parseNumberColumn(rows.map((row) => row[c + 1]));
		if (!values) throw new Error(`Column ${JSON.stringify(name)} is not numeric`);
		columns[name] = values;
	});
	return { days, columns };
}

/** Mean of each calendar month's non-empty values ('YYYY-MM'), in order. Partial months
 * (the first and last) are averaged over the days present; a month with no values is left out. */
export function monthlyMeans(
	days: readonly string[],
	values: readonly (number | null)[]
): { months: string[]; means: number[] } {
	const totals = new Map<string, { sum: number; count: number }>();
	days.forEach((day, i) => {
		const month = day.slice(0, 7);
		const total = totals.get(month) ?? { sum: 0, count: 0 };
		totals.set(month, total);
		const v = values[i];
		if (v !== null) {
			total.sum += v;
			total.count++;
		}
	});
	const months: string[] = [];
	const means: number[] = [];
	for (const [month, { sum, count }] of totals) {
		if (count === 0) continue;
		months.push(month);
		means.push(sum / count);
	}
	return { months, means };
}
