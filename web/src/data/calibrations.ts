/**
 * Which presets are calibrated against a real network's history, and how the run's weeks line
 * up with that history's calendar months (week 0 = the first day of `weekZero`; a month is
 * 52/12 weeks, as in docs/calibration-helium.md and tests/golden/helium-fit.test.ts).
 * Also the attribution the shipped data must carry (public/data/depin-history/README.md).
 * Pure TypeScript: no DOM, no Node APIs.
 */
import type { NetworkKey } from './history';
import { WEEKS_PER_MONTH, monthIndex } from './month';

export interface Calibration {
	/** Preset key (web/src/scenario/presets.ts). */
	readonly preset: string;
	readonly network: NetworkKey;
	/** The calendar month week 0 of the run starts, 'YYYY-MM'. */
	readonly weekZero: string;
	/** Where the fit is described. */
	readonly doc: string;
}

export const CALIBRATIONS: readonly Calibration[] = [
	{
		preset: 'helium-like',
		network: 'helium',
		weekZero: '2019-08',
		doc: 'docs/calibration-helium.md'
	}
];

export function calibrationFor(preset: string | null): Calibration | null {
	return CALIBRATIONS.find((c) => c.preset === preset) ?? null;
}

/** The attribution of public/data/depin-history/ (its README says to keep it beside the data). */
export const HISTORY_SOURCE = {
	cite: '1kx, Tokenomics of DePINs dataset',
	url: 'https://github.com/1kx-network/depin_tokenomics',
	shown: 'github.com/1kx-network/depin_tokenomics',
	version: 'commit ff2e881, March 2025'
} as const;

/** The week a calendar month starts, counted from week 0 = the first day of `weekZero`. */
export function monthStartWeek(month: string, weekZero: string): number {
	return (monthIndex(month) - monthIndex(weekZero)) * WEEKS_PER_MONTH;
}

const MONTH_ABBR = [
	'Jan',
	'Feb',
	'Mar',
	'Apr',
	'May',
	'Jun',
	'Jul',
	'Aug',
	'Sep',
	'Oct',
	'Nov',
	'Dec'
];

/** The calendar month a week falls in, e.g. 'Nov 2021' (week 0 = the first day of weekZero). */
export function monthOfWeek(week: number, weekZero: string): string {
	const index = monthIndex(weekZero) + Math.floor((week + 1e-9) / WEEKS_PER_MONTH);
	return `${MONTH_ABBR[index % 12]} ${Math.floor(index / 12)}`;
}

/** The weeks each calendar year starts (January) within weeks 0..last, labelled by year. */
export function yearStarts(weekZero: string, last: number): { week: number; label: string }[] {
	const first = Number(weekZero.slice(0, 4));
	const out: { week: number; label: string }[] = [];
	for (let year = first; ; year++) {
		const week = monthStartWeek(`${year}-01`, weekZero);
		if (week > last) break;
		if (week >= 0) out.push({ week, label: String(year) });
	}
	return out;
}

/** At most `most` ticks: every k-th one, k the smallest stride that fits. */
export function thinTicks<T>(ticks: readonly T[], most: number): T[] {
	const stride = Math.max(1, Math.ceil(ticks.length / Math.max(1, most)));
	return ticks.filter((_, i) => i % stride === 0);
}
