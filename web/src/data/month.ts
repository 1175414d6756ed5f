/**
 * Calendar months for the shipped network histories (1kx, Tokenomics of DePINs dataset
 * (github.com/1kx-network/depin_tokenomics)). Each file writes its month differently; this
 * normalises all of them to 'YYYY-MM' and maps months onto the simulation's week axis.
 * Pure TypeScript: no DOM, no Node APIs.
 */

/** The simulation counts 52 weeks a year, so a month is 52/12 weeks. */
export const WEEKS_PER_MONTH = 52 / 12;

const MONTH_NAMES = [
	'january',
	'february',
	'march',
	'april',
	'may',
	'june',
	'july',
	'august',
	'september',
	'october',
	'november',
	'december'
];

/** 1..12 for a month's English name or its three-letter abbreviation, else 0. */
function monthFromName(name: string): number {
	const n = name.toLowerCase();
	return MONTH_NAMES.findIndex((full) => full === n || full.slice(0, 3) === n) + 1;
}

function format(year: number, month: number, raw: string): string {
	if (!(month >= 1 && month <= 12) || !(year >= 1900 && year <= 2999)) {
		throw new Error(`Not a month: ${JSON.stringify(raw)}`);
	}
	return `${year}-${String(month).padStart(2, '0')}`;
}

/**
 * Normalises a month cell to 'YYYY-MM'. Accepts `2019-8` / `2019-08`, `08/2022` (MM/YYYY),
 * `10/31/2020` (M/D/YYYY, US order: the month that day falls in) and `Sep 2020`. Throws on
 * anything else.
 */
export function parseMonth(raw: string): string {
	const s = raw.trim();
	let m = /^(\d{4})-(\d{1,2})$/.exec(s);
	if (m) return format(Number(m[1]), Number(m[2]), raw);
	m = /^(\d{1,2})\/(\d{4})$/.exec(s);
	if (m) return format(Number(m[2]), Number(m[1]), raw);
	m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
	if (m) {
		const day = Number(m[2]);
		if (day < 1 || day > 31) throw new Error(`Not a month: ${JSON.stringify(raw)}`);
		return format(Number(m[3]), Number(m[1]), raw);
	}
	m = /^([A-Za-z]+) (\d{4})$/.exec(s);
	if (m) {
		const month = monthFromName(m[1]);
		if (month === 0) throw new Error(`Not a month: ${JSON.stringify(raw)}`);
		return format(Number(m[2]), month, raw);
	}
	throw new Error(`Not a month: ${JSON.stringify(raw)}`);
}

/** Months since year 0 of a 'YYYY-MM' month (consecutive months differ by exactly 1). */
export function monthIndex(month: string): number {
	const [year, m] = month.split('-').map(Number);
	return year * 12 + (m - 1);
}

/** Week offset of each month's start from the first month's start (week 0). */
export function monthWeeks(months: readonly string[]): number[] {
	if (months.length === 0) return [];
	const first = monthIndex(months[0]);
	return months.map((month) => ((monthIndex(month) - first) * 52) / 12);
}
