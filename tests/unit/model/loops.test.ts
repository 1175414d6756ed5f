import { describe, expect, test } from 'vitest';
import {
	CONFIRM_WEEKS,
	DOMINANCE_FLOOR,
	LOOPS,
	LOOP_EDGES,
	LOOP_NODES,
	LoopSignals,
	dominanceSentence,
	dominantLoopHistory,
	dominantSince,
	leaderOf,
	loopStateAt
} from '../../../web/src/model/loops';
import type { LoopId, LoopState } from '../../../web/src/model/loops';
import { METRICS } from '../../../web/src/model/metrics';
import { phasedRun, seriesOf } from './synthetic';
import type { Row } from './synthetic';

function allFinite(state: LoopState): boolean {
	return [...Object.values(state.edges), ...Object.values(state.scores)].every(Number.isFinite);
}

function counts(history: readonly (LoopId | null)[], from: number): Map<LoopId | null, number> {
	const tally = new Map<LoopId | null, number>();
	for (const loop of history.slice(from)) tally.set(loop, (tally.get(loop) ?? 0) + 1);
	return tally;
}

const growth = phasedRun({ devices: 100, users: 10, price: 0.1 }, [
	{ weeks: 120, devices: 1.03, users: 1.05, price: 1.01 }
]);

describe('the loop structure', () => {
	test('every loop is a closed cycle of existing edges whose signs give its polarity', () => {
		const nodes = new Set(LOOP_NODES.map((node) => node.id));
		for (const loop of LOOPS) {
			expect(loop.path[0]).toBe(loop.path.at(-1));
			let sign = 1;
			for (let i = 0; i + 1 < loop.path.length; i++) {
				const edge = LOOP_EDGES.find((e) => e.from === loop.path[i] && e.to === loop.path[i + 1]);
				expect(edge, `${loop.id}: ${loop.path[i]} → ${loop.path[i + 1]}`).toBeDefined();
				expect(edge!.loops).toContain(loop.id);
				expect(nodes.has(edge!.from) && nodes.has(edge!.to)).toBe(true);
				sign *= edge!.polarity;
			}
			expect(sign).toBe(loop.kind === 'reinforcing' ? 1 : -1);
		}
	});

	test('nodes are measured by metrics that exist', () => {
		const keys = new Set(METRICS.map((m) => m.key));
		for (const node of LOOP_NODES) {
			for (const key of node.measure.split(', ')) expect(keys.has(key), key).toBe(true);
		}
	});
});

describe('loop dominance on hand-made runs', () => {
	test('a growth phase: the flywheel (R1) dominates', () => {
		const series = seriesOf(growth);
		const history = dominantLoopHistory(series);
		expect(history).toHaveLength(growth.length);
		expect(history.slice(CONFIRM_WEEKS + 1).every((loop) => loop === 'R1')).toBe(true);
		const state = new LoopSignals(series).state(100);
		// The slowest link: devices at ln(1.03) a week.
		expect(state.scores.R1).toBeCloseTo(Math.log(1.03), 3);
		expect(state.leader).toBe('R1');
		expect(dominanceSentence(history, 100)).toBe(
			`Since week ${CONFIRM_WEEKS} the flywheel (R1) dominates`
		);
	});

	test('the price falls while emissions are high: emission sell pressure (B1)', () => {
		const rows = phasedRun({ devices: 5000, users: 100, price: 1 }, [
			{ weeks: 60, devices: 1.001, users: 1.001, price: 0.97, emission: 500_000 }
		]);
		const history = dominantLoopHistory(seriesOf(rows));
		expect(history.at(-1)).toBe('B1');
		expect(counts(history, 10).get('B1')).toBe(history.length - 10);
		const state = loopStateAt(seriesOf(rows), 40);
		expect(state.scores.B1).toBeCloseTo(-Math.log(0.97), 2);
		expect(state.edges['selling-value']).toBeLessThan(0);
	});

	test('devices falling with low income: miner churn (B3)', () => {
		const rows = phasedRun({ devices: 50_000, users: 20_000, price: 0.5 }, [
			{ weeks: 60, devices: 0.99, users: 0.998, price: 0.999, exitRate: 0.01, income: -2 }
		]);
		const history = dominantLoopHistory(seriesOf(rows));
		expect(counts(history, 10).get('B3')).toBe(history.length - 10);
		const state = loopStateAt(seriesOf(rows), 50);
		expect(state.scores.B3).toBeCloseTo(0.01, 4);
		expect(state.edges['rewards-churn']).toBeCloseTo(0.01, 4);
		expect(state.edges['churn-devices']).toBeCloseTo(-0.01, 4);
		expect(state.scores.R1).toBe(0);
	});

	test('devices piling onto covered ground faster than users come: density saturation (B2)', () => {
		const rows = phasedRun({ devices: 60_000, users: 1000, price: 1 }, [
			{ weeks: 60, devices: 1.02, users: 1.002, price: 1 }
		]);
		const history = dominantLoopHistory(seriesOf(rows));
		expect(history.at(-1)).toBe('B2');
	});

	test('growth then decline: the flywheel hands over to churn within a quarter', () => {
		const rows = phasedRun({ devices: 100, users: 10, price: 0.1 }, [
			{ weeks: 100, devices: 1.03, users: 1.05, price: 1.01 },
			{ weeks: 100, devices: 0.99, users: 0.995, price: 0.999, exitRate: 0.01 }
		]);
		const history = dominantLoopHistory(seriesOf(rows));
		expect(history[99]).toBe('R1');
		const switched = history.indexOf('B3');
		expect(switched).toBeGreaterThan(100);
		expect(switched).toBeLessThan(100 + 13 + CONFIRM_WEEKS);
		expect(dominanceSentence(history, 199)).toBe(
			`Since week ${switched} miner churn (B3) dominates`
		);
		expect(dominanceSentence(history, 50)).toBe(
			`Since week ${CONFIRM_WEEKS} the flywheel (R1) dominates`
		);
	});

	test('a one-week lead of another loop does not flip the dominant loop', () => {
		const rows = phasedRun({ devices: 100, users: 10, price: 0.1 }, [
			{ weeks: 60, devices: 1.03, users: 1.05, price: 1.01 },
			{ weeks: 1, devices: 1.03, users: 1.05, price: 0.5 },
			{ weeks: 1, devices: 1.03, users: 1.05, price: 2 },
			{ weeks: 40, devices: 1.03, users: 1.05, price: 1.01 }
		]);
		const series = seriesOf(rows);
		const signals = new LoopSignals(series);
		expect(signals.state(61).leader).toBe('B1');
		expect(signals.state(62).leader).toBe('R1');
		expect(dominantLoopHistory(series).slice(CONFIRM_WEEKS)).not.toContain('B1');
	});

	test('the history of a shorter run is a prefix of the longer one', () => {
		const rows = phasedRun({ devices: 100, users: 10, price: 0.1 }, [
			{ weeks: 80, devices: 1.03, users: 1.05, price: 1.01 },
			{ weeks: 80, devices: 0.99, users: 0.995, price: 0.98, exitRate: 0.01 }
		]);
		const series = seriesOf(rows);
		const full = dominantLoopHistory(series);
		for (const length of [1, 5, 90, 120, 161]) {
			expect(dominantLoopHistory(series, length)).toEqual(full.slice(0, length));
		}
	});
});

describe('robustness', () => {
	test('an all-zero run: finite values, no dominant loop', () => {
		const rows: Row[] = Array.from({ length: 60 }, () => ({}));
		const series = seriesOf(rows);
		const signals = new LoopSignals(series);
		for (let week = 0; week < 60; week++) {
			const state = signals.state(week);
			expect(allFinite(state)).toBe(true);
			expect(state.leader).toBeNull();
		}
		const history = dominantLoopHistory(series);
		expect(history.every((loop) => loop === null)).toBe(true);
		expect(dominanceSentence(history, 59)).toBe('No loop dominates yet');
	});

	test('metrics that are 0 at week 0 and then grow give finite values every week', () => {
		const rows = phasedRun({ devices: 0, users: 0, price: 0 }, [{ weeks: 40 }]).map(
			(row, week): Row =>
				week === 0
					? { ...row, price_usd: 0, market_index: 0 }
					: { ...row, devices: week * 50, users: week * week, price_usd: 0.1, market_index: 1 }
		);
		const signals = new LoopSignals(seriesOf(rows));
		for (let week = 0; week < rows.length; week++)
			expect(allFinite(signals.state(week))).toBe(true);
	});

	test('NaN or infinite metrics (never written by the core) do not leak into the scores', () => {
		const rows = phasedRun({ devices: 100, users: 10, price: 0.1 }, [
			{ weeks: 30, devices: 1.03, users: 1.05, price: 1.01 }
		]);
		rows[10] = { ...rows[10], devices: NaN, price_usd: Infinity, shipments: -Infinity };
		const signals = new LoopSignals(seriesOf(rows));
		for (let week = 0; week < rows.length; week++)
			expect(allFinite(signals.state(week))).toBe(true);
	});

	test('an empty series and weeks out of range', () => {
		const empty = seriesOf([]);
		expect(dominantLoopHistory(empty)).toEqual([]);
		expect(dominanceSentence([], 3)).toBe('No loop dominates yet');
		expect(allFinite(new LoopSignals(empty).state(5))).toBe(true);
		const signals = new LoopSignals(seriesOf(growth));
		expect(signals.state(10_000).week).toBe(growth.length - 1);
		expect(signals.state(-3).week).toBe(0);
	});
});

describe('helpers', () => {
	test('leaderOf: the highest score above the floor, ties to the first loop', () => {
		expect(leaderOf({ R1: 0.01, B1: 0.02, B2: 0, B3: 0.015 })).toBe('B1');
		expect(leaderOf({ R1: 0.01, B1: 0.01, B2: 0, B3: 0 })).toBe('R1');
		expect(leaderOf({ R1: DOMINANCE_FLOOR / 2, B1: 0, B2: 0, B3: 0 })).toBeNull();
	});

	test('dominantSince finds the start of the current stretch', () => {
		const history: (LoopId | null)[] = [null, null, 'R1', 'R1', 'B3', 'B3', 'B3'];
		expect(dominantSince(history, 6)).toBe(4);
		expect(dominantSince(history, 3)).toBe(2);
		expect(dominantSince(history, 1)).toBe(0);
		expect(dominanceSentence(history, 6)).toBe('Since week 4 miner churn (B3) dominates');
		expect(dominanceSentence([...history, null], 7)).toBe('Since week 7 no loop clearly dominates');
	});
});
