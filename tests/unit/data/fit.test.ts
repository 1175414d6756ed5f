// Fit metrics (web/src/data/fit.ts) on tiny series with exact answers: monthly means on the
// 52/12-week month grid, log-errors and their rms, peaks and the income → adds lag, point targets.
import { describe, expect, test } from 'vitest';
import {
	HELIUM_LAG,
	HELIUM_TARGETS,
	logError,
	logErrors,
	maxOver,
	monthlyFit,
	monthlyMeans,
	peakLag,
	peakWeek,
	pointFits,
	rms,
	weeklyChange,
	worstFactor,
	worstOf
} from '../../../web/src/data/fit';
import { monthWeeks } from '../../../web/src/data/month';

const weeks = (n: number) => Array.from({ length: n }, (_, w) => w);

describe('monthlyMeans', () => {
	test('a month covers the whole weeks from its start to 52/12 weeks later', () => {
		// Month 0: weeks 0–4 (0 ≤ w < 4.33); month 1: 5–8 (< 8.67); month 2: 9–12 (< 13).
		const starts = monthWeeks(['2019-08', '2019-09', '2019-10']);
		expect(monthlyMeans(weeks(13), starts)).toEqual([2, 6.5, 10.5]);
	});

	test('a month starting on a whole week includes it: month 3 is weeks 13–17 (< 17.33)', () => {
		const starts = monthWeeks(['2019-08', '2019-09', '2019-10', '2019-11']);
		expect(starts[3]).toBe(13);
		expect(monthlyMeans(weeks(30), starts)[3]).toBe((13 + 14 + 15 + 16 + 17) / 5);
	});

	test('a month the run only partly reaches averages the weeks it has; past the end is null', () => {
		const starts = monthWeeks(['2019-08', '2019-09', '2019-10']);
		expect(monthlyMeans(weeks(7), starts)).toEqual([2, 5.5, null]);
		expect(monthlyMeans([], starts)).toEqual([null, null, null]);
	});
});

describe('log-errors', () => {
	test('ln(model/data), null unless both are finite and positive', () => {
		expect(logError(Math.E, 1)).toBeCloseTo(1, 15);
		expect(logError(2, 4)).toBeCloseTo(-Math.LN2, 15);
		expect(logError(5, 5)).toBe(0);
		for (const [m, d] of [
			[null, 1],
			[1, null],
			[0, 1],
			[1, 0],
			[-1, 1],
			[Infinity, 1],
			[NaN, 1]
		] as const) {
			expect(logError(m, d), `${m}, ${d}`).toBeNull();
		}
	});

	test('pair by pair, over the shorter of the two', () => {
		expect(logErrors([1, 2, null, 4], [1, 1, 1])).toEqual([0, Math.LN2, null]);
	});

	test('rms ignores nulls; NaN when there is nothing to average', () => {
		expect(rms([3, null, -4])).toBe(Math.sqrt(12.5));
		expect(rms([0.5])).toBe(0.5);
		expect(rms([])).toBeNaN();
		expect(rms([null])).toBeNaN();
	});

	test('worstOf keeps the sign of the largest |error|', () => {
		expect(worstOf([0.1, -0.5, 0.3, null])).toBe(-0.5);
		expect(worstOf([null])).toBeNull();
	});

	test('monthlyFit = monthly means, their errors and rms', () => {
		const starts = monthWeeks(['2019-08', '2019-09']);
		const result = monthlyFit([2, 2, 2, 2, 2, 8, 8, 8, 8], starts, [2, 4, 99]);
		expect(result.model).toEqual([2, 8]);
		expect(result.errors).toEqual([0, Math.LN2]);
		expect(result.rms).toBe(Math.sqrt((Math.LN2 * Math.LN2) / 2));
	});
});

describe('peaks and the income → adds lag', () => {
	test('peakWeek: the first largest value in the window, clipped to the run', () => {
		expect(peakWeek([1, 5, 5, 2], 0, 3)).toBe(1);
		expect(peakWeek([9, 5, 7, 2], 1, 99)).toBe(2);
		expect(peakWeek([1, 2], 5, 9)).toBe(-1);
		expect(maxOver([9, 5, 7, 2], 1, 3)).toBe(7);
		expect(maxOver([1], 3, 4)).toBe(-Infinity);
	});

	test('weeklyChange: 0 in week 0, then the week-on-week difference', () => {
		expect(weeklyChange([1, 4, 9, 9])).toEqual([0, 3, 5, 0]);
		expect(weeklyChange([])).toEqual([]);
	});

	test('lag = week of the largest additions − week of the highest income, in the window', () => {
		// The launch spike in income (week 0) is outside the window from week 1.
		const income = [100, 1, 9, 4, 2, 1, 0, 0];
		const devices = [0, 0, 0, 1, 3, 6, 10, 11]; // adds 0 0 0 1 2 3 4 1: peak at week 6
		expect(peakLag(income, devices, 1, 7)).toEqual({ incomePeak: 2, addsPeak: 6, lag: 4 });
		expect(peakLag(income, devices, 0, 7).incomePeak).toBe(0);
	});
});

describe('point targets', () => {
	test('ratio model/data in the named week; null past the run', () => {
		const fits = pointFits(
			[10, 20, 40],
			[
				{ week: 1, data: 10 },
				{ week: 2, data: 80 }
			]
		);
		expect(fits.map((f) => f.model)).toEqual([20, 40]);
		expect(fits[0].ratio).toBeCloseTo(2, 15);
		expect(fits[1].ratio).toBeCloseTo(0.5, 15);
		expect(worstFactor(fits)).toBeCloseTo(2, 15);
		const short = pointFits([10], [{ week: 3, data: 1 }]);
		expect(short[0]).toEqual({ week: 3, data: 1, model: null, ratio: null });
		expect(worstFactor(short)).toBe(Infinity);
		expect(worstFactor([])).toBe(1);
	});

	test('the Helium checkpoints are MODEL.md §9 row 1 weeks, each in its data month', () => {
		expect(HELIUM_TARGETS.map((t) => t.week)).toEqual([52, 90, 125, 195]);
		const starts = monthWeeks(['2019-08', ...HELIUM_TARGETS.map((t) => t.month)]);
		// Each week falls in (or, for week 195, at the end of) its month.
		HELIUM_TARGETS.forEach((t, i) => {
			expect(t.week).toBeGreaterThanOrEqual(starts[i + 1]);
			expect(t.week).toBeLessThanOrEqual(starts[i + 1] + 52 / 12);
		});
		expect(HELIUM_LAG.min).toBeLessThan(HELIUM_LAG.max);
	});
});
