import { describe, expect, test } from 'vitest';
import { dominantLoopHistory } from '../../../web/src/model/loops';
import {
	PLATEAU_WEEKS,
	SPIRAL_WEEKS,
	analyseRun,
	describeRun,
	detectRegimes,
	latestRegime,
	regimeMarks
} from '../../../web/src/model/regimes';
import type { RegimeKind } from '../../../web/src/model/regimes';
import { frameOf, phasedRun, seriesOf } from './synthetic';
import type { Row } from './synthetic';

function weeksOf(rows: Row[], kind: RegimeKind): number[] {
	return detectRegimes(seriesOf(rows))
		.filter((event) => event.kind === kind)
		.map((event) => event.week);
}

/** A flat network whose usage revenue grows from 0.5 to 2 times the value of emissions. */
function crossingRun(ratios: (week: number) => number, weeks = 80): Row[] {
	return Array.from({ length: weeks }, (_, week) => ({
		devices: 1000,
		users: 1000,
		price_usd: 1,
		market_index: 1,
		emission_tokens: 1000,
		emissions_usd: 1000,
		revenue_usd: 1000 * ratios(week),
		coverage_ratio: ratios(week)
	}));
}

describe('regime changes on hand-made runs', () => {
	test('coverage ratio passing 1, said in words', () => {
		const rows = crossingRun((week) => (week < 40 ? 0.5 : 2));
		const events = detectRegimes(seriesOf(rows)).filter((e) => e.kind === 'revenue_crossover');
		// The quarter's revenue passes the quarter's emissions once 8 of its 14 weeks are at 2×.
		expect(events.map((e) => e.week)).toEqual([44]);
		expect(events[0].message).toBe(
			'Week 44: coverage ratio passed 1 — usage revenue now exceeds the value of emissions'
		);
	});

	test('a coverage ratio wobbling around 1 crosses once; a real fall crosses back once', () => {
		const wobble = crossingRun((week) => (week < 20 ? 0.5 : week % 2 === 0 ? 1.3 : 0.85), 60);
		expect(weeksOf(wobble, 'revenue_crossover')).toHaveLength(1);
		expect(weeksOf(wobble, 'subsidy_return')).toEqual([]);
		const back = crossingRun((week) => (week < 20 ? 0.5 : week < 50 ? 2 : 0.3), 90);
		expect(weeksOf(back, 'revenue_crossover')).toHaveLength(1);
		const returned = detectRegimes(seriesOf(back)).filter((e) => e.kind === 'subsidy_return');
		expect(returned).toHaveLength(1);
		expect(returned[0].message).toMatch(
			/^Week \d+: coverage ratio fell to 0\.\d+ — emissions are worth more than usage revenue again$/
		);
	});

	test('take-off: devices and users both growing fast, once there are 100 users', () => {
		const rows = phasedRun({ devices: 100, users: 10, price: 0.1 }, [
			{ weeks: 100, devices: 1.03, users: 1.05, price: 1.01 }
		]);
		const firstHundred = rows.findIndex((row) => (row.users ?? 0) >= 100);
		expect(weeksOf(rows, 'take_off')).toEqual([firstHundred]);
		const slow = phasedRun({ devices: 100, users: 1000, price: 0.1 }, [
			{ weeks: 100, devices: 1.01, users: 1.05 }
		]);
		expect(weeksOf(slow, 'take_off')).toEqual([]);
	});

	test('critical mass: adoption accelerating ahead of the network while usage starts to pay', () => {
		const phases = (income: number) =>
			phasedRun({ devices: 1000, users: 100, price: 1 }, [
				{ weeks: 60, devices: 1.01, users: 1.04, emission: 10_000, revenuePerUser: 1, income }
			]);
		const weeks = weeksOf(phases(30), 'critical_mass');
		expect(weeks).toHaveLength(1);
		expect(weeks[0]).toBeGreaterThanOrEqual(26);
		// Miners losing money: users may come, the network will not hold.
		expect(weeksOf(phases(-1), 'critical_mass')).toEqual([]);
		// Users growing, but no faster than devices: the network is not pulled by demand.
		const even = phasedRun({ devices: 1000, users: 100, price: 1 }, [
			{ weeks: 60, devices: 1.04, users: 1.04, emission: 10_000 }
		]);
		expect(weeksOf(even, 'critical_mass')).toEqual([]);
	});

	test('plateau: devices flat for a quarter after growing, reported once', () => {
		const rows = phasedRun({ devices: 1000, users: 1000, price: 1 }, [
			{ weeks: 30, devices: 1.02, users: 1.02 },
			{ weeks: 60, devices: 1, users: 1.001 }
		]);
		const weeks = weeksOf(rows, 'plateau');
		expect(weeks).toHaveLength(1);
		expect(weeks[0]).toBeGreaterThan(30 + PLATEAU_WEEKS);
		expect(weeks[0]).toBeLessThan(30 + 2 * PLATEAU_WEEKS + 2);
		const neverGrew = phasedRun({ devices: 1000, users: 1000, price: 1 }, [{ weeks: 80 }]);
		expect(weeksOf(neverGrew, 'plateau')).toEqual([]);
	});

	test('death spiral: devices and price falling together for a quarter', () => {
		const rows = phasedRun({ devices: 10_000, users: 5000, price: 1 }, [
			{ weeks: 20, devices: 1.01, users: 1.01 },
			{ weeks: 40, devices: 0.99, users: 0.99, price: 0.99, exitRate: 0.01 }
		]);
		expect(weeksOf(rows, 'death_spiral')).toEqual([20 + SPIRAL_WEEKS]);
		const priceHolds = phasedRun({ devices: 10_000, users: 5000, price: 1 }, [
			{ weeks: 20, devices: 1.01, users: 1.01 },
			{ weeks: 40, devices: 0.99, users: 0.99, price: 1.001, exitRate: 0.01 }
		]);
		expect(weeksOf(priceHolds, 'death_spiral')).toEqual([]);
		const slowDrift = phasedRun({ devices: 10_000, users: 5000, price: 1 }, [
			{ weeks: 20, devices: 1.01, users: 1.01 },
			{ weeks: 40, devices: 0.999, users: 1, price: 0.99, exitRate: 0.001 }
		]);
		expect(weeksOf(slowDrift, 'death_spiral')).toEqual([]);
	});

	test('loop changes follow the dominant-loop history', () => {
		const rows = phasedRun({ devices: 100, users: 10, price: 0.1 }, [
			{ weeks: 100, devices: 1.03, users: 1.05, price: 1.01 },
			{ weeks: 100, devices: 0.99, users: 0.995, price: 0.999, exitRate: 0.01 }
		]);
		const series = seriesOf(rows);
		const history = dominantLoopHistory(series);
		const changes = detectRegimes(series).filter((event) => event.kind === 'loop_change');
		expect(changes.map((event) => event.loop)).toEqual(['R1', 'B3']);
		expect(changes[1].week).toBe(history.indexOf('B3'));
		expect(changes[0].message).toBe(
			`Week ${changes[0].week}: the flywheel (R1) now dominates — devices, users and revenue grow together`
		);
	});

	test('recomputed on a longer run, earlier events never change', () => {
		const rows = phasedRun({ devices: 100, users: 10, price: 0.1 }, [
			{ weeks: 100, devices: 1.03, users: 1.05, price: 1.01, emission: 1000 },
			{ weeks: 40, devices: 1, users: 1.01, emission: 1000 },
			{ weeks: 60, devices: 0.99, users: 0.99, price: 0.99, exitRate: 0.01, emission: 1000 }
		]);
		const series = seriesOf(rows);
		const full = detectRegimes(series);
		expect(new Set(full.map((e) => e.kind)).size).toBeGreaterThanOrEqual(5);
		for (const length of [1, 30, 101, 150, 170, 201]) {
			expect(detectRegimes(series, length)).toEqual(full.filter((e) => e.week < length));
		}
		const weeks = full.map((e) => e.week);
		expect(weeks).toEqual([...weeks].sort((a, b) => a - b));
	});

	test('an all-zero run has no regime changes and describes itself without NaN', () => {
		const series = seriesOf(Array.from({ length: 40 }, () => ({})));
		expect(detectRegimes(series)).toEqual([]);
		const text = describeRun(series, 39, dominantLoopHistory(series), [], 520);
		expect(text).toBe(
			'Week 39 of 520: 0 devices, 0 users, token price $0, coverage ratio 0 (usage revenue is 0% of the value of emissions). No loop dominates yet.'
		);
	});
});

describe('marks and descriptions', () => {
	const rows = phasedRun({ devices: 100, users: 10, price: 0.1 }, [
		{ weeks: 100, devices: 1.03, users: 1.05, price: 1.01, emission: 1000 }
	]);
	const series = seriesOf(rows);
	const history = dominantLoopHistory(series);
	const events = detectRegimes(series);

	test('regimeMarks labels each event for a chart flag', () => {
		const marks = regimeMarks(events);
		expect(marks).toHaveLength(events.length);
		expect(marks.find((m) => m.label === 'R1 dominates')?.week).toBe(history.indexOf('R1'));
		expect(marks.some((m) => m.label === 'Take-off')).toBe(true);
		expect(regimeMarks(events, { loops: false }).some((m) => m.label.endsWith('dominates'))).toBe(
			false
		);
	});

	test('latestRegime is the newest event at or before a week', () => {
		expect(latestRegime(events, 0)).toBeNull();
		expect(latestRegime(events, 100)).toBe(events.at(-1));
		const first = events[0];
		expect(latestRegime(events, first.week)).toBe(first);
	});

	test('describeRun: week, devices, users, price, coverage ratio, dominant loop, last change', () => {
		const text = describeRun(series, 100, history, events, 520);
		expect(text).toMatch(
			/^Week 100 of 520: [\d.]+k devices, [\d.]+k users, token price \$[\d.]+, /
		);
		expect(text).toContain('coverage ratio ');
		expect(text).toContain(`Since week ${history.indexOf('R1')} the flywheel (R1) dominates.`);
		expect(text).toContain(`Last change: ${events.at(-1)!.message}.`);
		expect(describeRun(seriesOf([]), 0, [], [])).toBe('The run has not started yet.');
	});
});

describe('analyseRun', () => {
	test('one analysis per series revision and length, recomputed when rows arrive', () => {
		const rows = phasedRun({ devices: 100, users: 10, price: 0.1 }, [
			{ weeks: 60, devices: 1.03, users: 1.05, price: 1.01 }
		]);
		const series = seriesOf(rows.slice(0, 30));
		const first = analyseRun(series);
		expect(analyseRun(series)).toBe(first);
		expect(first.history).toHaveLength(30);
		series.apply(frameOf(rows.slice(30), 0, 30));
		const grown = analyseRun(series);
		expect(grown).not.toBe(first);
		expect(grown.history.slice(0, 30)).toEqual(first.history);
		expect(grown.events).toEqual(detectRegimes(series));
		// A new run of the same length is a new revision: not mistaken for the old one.
		series.apply(
			frameOf(
				rows.map((row) => ({ ...row, users: 0 })),
				1
			)
		);
		expect(analyseRun(series).events).toEqual(detectRegimes(series));
	});
});
