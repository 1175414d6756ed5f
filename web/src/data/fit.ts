/**
 * How well a simulated run fits a monthly network history (MODEL.md §12.0): monthly means of
 * weekly values, log-errors and their rms, point targets, the lag from the income peak to the
 * peak of device additions, and the largest value of a series in a window. The calibration
 * script (scripts/calibrate-helium.mjs) and the golden test (tests/golden/helium-fit.test.ts)
 * both measure the fit with these. Pure TypeScript: no DOM, no Node APIs.
 */
import { WEEKS_PER_MONTH } from './month';

/** A value that may be missing (an empty cell, or a month the run does not reach). */
export type Maybe = number | null;

/**
 * Mean of the weekly values in each month. Month i covers the whole weeks w with
 * starts[i] ≤ w < starts[i] + 52/12 (`starts` as in HistorySeries.weeks: week 0 is the first
 * month's first day); null when the run has none of those weeks.
 */
export function monthlyMeans(weekly: ArrayLike<number>, starts: readonly number[]): Maybe[] {
	const eps = 1e-9;
	return starts.map((start) => {
		const end = start + WEEKS_PER_MONTH;
		let sum = 0;
		let n = 0;
		for (let w = Math.max(0, Math.ceil(start - eps)); w < end - eps && w < weekly.length; w++) {
			sum += weekly[w];
			n++;
		}
		return n === 0 ? null : sum / n;
	});
}

export interface MonthlyFit {
	/** The run's monthly means (null for months the run does not reach). */
	readonly model: Maybe[];
	/** ln(model/data) month by month (null where either is missing). */
	readonly errors: Maybe[];
	/** rms of the errors. */
	readonly rms: number;
}

/** The run's monthly means against a monthly data column (the first starts.length months). */
export function monthlyFit(
	weekly: ArrayLike<number>,
	starts: readonly number[],
	data: readonly Maybe[]
): MonthlyFit {
	const model = monthlyMeans(weekly, starts);
	const errors = logErrors(model, data.slice(0, starts.length));
	return { model, errors, rms: rms(errors) };
}

/** ln(model/data), or null unless both are finite and positive. */
export function logError(model: Maybe, data: Maybe): Maybe {
	if (model === null || data === null) return null;
	if (!(model > 0 && data > 0 && Number.isFinite(model) && Number.isFinite(data))) return null;
	return Math.log(model / data);
}

/** ln(model/data) pair by pair (the shorter length). */
export function logErrors(model: readonly Maybe[], data: readonly Maybe[]): Maybe[] {
	const n = Math.min(model.length, data.length);
	return Array.from({ length: n }, (_, i) => logError(model[i], data[i]));
}

/** Root mean square of the values that are not null; NaN if there are none. */
export function rms(values: readonly Maybe[]): number {
	let sum = 0;
	let n = 0;
	for (const v of values) {
		if (v === null) continue;
		sum += v * v;
		n++;
	}
	return n === 0 ? NaN : Math.sqrt(sum / n);
}

/** The value whose |ln| is largest (the worst log-error, or the worst ratio's log), or null. */
export function worstOf(values: readonly Maybe[]): Maybe {
	let worst: Maybe = null;
	for (const v of values) {
		if (v !== null && (worst === null || Math.abs(v) > Math.abs(worst))) worst = v;
	}
	return worst;
}

/** Week of the largest value in weeks from..to (inclusive, clipped to the run; the first if
 * tied), or -1 if the window is empty. */
export function peakWeek(values: ArrayLike<number>, from: number, to: number): number {
	let best = -1;
	for (let w = Math.max(0, from); w <= Math.min(to, values.length - 1); w++) {
		if (best < 0 || values[w] > values[best]) best = w;
	}
	return best;
}

/** Largest value in weeks from..to (inclusive, clipped to the run); -Infinity if empty. */
export function maxOver(values: ArrayLike<number>, from: number, to: number): number {
	const w = peakWeek(values, from, to);
	return w < 0 ? -Infinity : values[w];
}

/** Week-on-week change: out[0] = 0, out[w] = values[w] − values[w − 1]. */
export function weeklyChange(values: ArrayLike<number>): number[] {
	return Array.from({ length: values.length }, (_, w) => (w === 0 ? 0 : values[w] - values[w - 1]));
}

export interface PeakLag {
	/** Week of the highest income per device in the window. */
	readonly incomePeak: number;
	/** Week of the largest net device additions (devices[w] − devices[w − 1]) in the window. */
	readonly addsPeak: number;
	/** addsPeak − incomePeak, in weeks (MODEL.md §8 I10: 17–52 for Helium). */
	readonly lag: number;
}

/**
 * The lag from the income peak to the peak of net device additions, both searched in weeks
 * from..to. Start `from` after the launch window (MODEL.md §12.2 caveat 1 uses week 26): the
 * first weeks' income per device is huge only because there are so few devices.
 */
export function peakLag(
	income: ArrayLike<number>,
	devices: ArrayLike<number>,
	from: number,
	to: number
): PeakLag {
	const incomePeak = peakWeek(income, from, to);
	const addsPeak = peakWeek(weeklyChange(devices), from, to);
	return { incomePeak, addsPeak, lag: addsPeak - incomePeak };
}

export interface PointTarget {
	/** Week of the run to read. */
	readonly week: number;
	/** The data's value there. */
	readonly data: number;
}

export interface PointFit extends PointTarget {
	/** The run's value in that week (null if the run is shorter). */
	readonly model: Maybe;
	/** model / data (null if either is missing or not positive). */
	readonly ratio: Maybe;
}

/** The run against single-week targets (e.g. hotspots at weeks 52, 90, 125, 195). */
export function pointFits(weekly: ArrayLike<number>, targets: readonly PointTarget[]): PointFit[] {
	return targets.map((t) => {
		const model = t.week >= 0 && t.week < weekly.length ? weekly[t.week] : null;
		const e = logError(model, t.data);
		return { ...t, model, ratio: e === null ? null : Math.exp(e) };
	});
}

/** The largest factor between model and data, max(ratio, 1/ratio); Infinity if any is missing. */
export function worstFactor(fits: readonly PointFit[]): number {
	let worst = 1;
	for (const f of fits) {
		if (f.ratio === null) return Infinity;
		worst = Math.max(worst, f.ratio, 1 / f.ratio);
	}
	return worst;
}

/**
 * The Helium calibration's checkpoints (MODEL.md §9 row 1): hotspots ≈ 6k at week 52, 27k at
 * week 90, 409k at week 125 and 990k at week 195, each read against the data month named
 * (week 0 = 2019-08-01; week 195 is the end of the hotspot counts, 2023-04).
 */
export const HELIUM_TARGETS: readonly { readonly week: number; readonly month: string }[] = [
	{ week: 52, month: '2020-08' },
	{ week: 90, month: '2021-04' },
	{ week: 125, month: '2021-12' },
	{ week: 195, month: '2023-04' }
];

/** The income-peak → adds-peak lag: searched in weeks from..to, expected within min..max
 * (MODEL.md §8 I10, §12.2; launch weeks < 26 excluded, §12.2 caveat 1). */
export const HELIUM_LAG = { from: 26, to: 195, min: 17, max: 52 } as const;

/** Revenue / emissions must stay below `max` in weeks from..to (MODEL.md §12.1). */
export const HELIUM_REVENUE_SHARE = { from: 60, to: 200, max: 0.01 } as const;
