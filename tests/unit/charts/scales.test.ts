import { describe, expect, test } from 'vitest';
import { scaleLinear } from 'd3-scale';
import {
	drawable,
	niceMagnitude,
	pointsPath,
	seriesPath,
	yDomain,
	yScale,
	yTicks
} from '../../../web/src/charts/scales';
import { SeriesStore } from '../../../web/src/lib/series-store';
import { METRIC_COUNT } from '../../../web/src/model/metrics';

function storeOf(values: number[]): SeriesStore {
	const store = new SeriesStore();
	const rows = new Float64Array(values.length * METRIC_COUNT);
	values.forEach((v, w) => (rows[w * METRIC_COUNT + 1] = v));
	store.apply({
		revision: 0,
		fromWeek: 0,
		week: values.length - 1,
		rows,
		playing: false,
		horizon: 10
	});
	return store;
}

describe('chart scales', () => {
	test('linear domains start at zero; log domains skip zeros and keep at most six decades', () => {
		expect(yDomain(storeOf([0, 5, 20]), [1], 'linear')).toEqual([0, 20]);
		expect(yDomain(storeOf([0, 0.001, 1e6]), [1], 'log')).toEqual([1, 1e6]);
		expect(yDomain(storeOf([0, 0]), [1], 'log')).toEqual([0.01, 1]);
		expect(yDomain(storeOf([]), [1], 'linear')).toEqual([0, 1]);
	});

	test('linear and symlog domains reach below zero for negative values (net incomes)', () => {
		expect(yDomain(storeOf([-3, 5, 20]), [1], 'linear')).toEqual([-3, 20]);
		expect(yDomain(storeOf([-40, -2]), [1], 'symlog')).toEqual([-40, 0]);
		expect(yDomain(storeOf([0, 0]), [1], 'symlog')).toEqual([0, 1]);
	});

	test('a reference level is always inside the domain, even on a log axis far below it', () => {
		expect(yDomain(storeOf([1e-5, 2e-4]), [1], 'log', { include: [1] })).toEqual([1e-5, 1]);
		expect(yDomain(storeOf([1e-12, 2e-4]), [1], 'log', { include: [1] })).toEqual([1e-6, 1]);
		// Far above it: the domain stretches down to the reference, past the six-decade floor.
		expect(yDomain(storeOf([1e3, 1e8]), [1], 'log', { include: [1] })).toEqual([1, 1e8]);
		expect(yDomain(storeOf([1e-3, 1e8]), [1], 'log', { include: [1] })).toEqual([1, 1e8]);
	});

	test('invalid values (a payback of "never") and samples are counted as told', () => {
		const valid = (v: number) => v < 1200;
		expect(yDomain(storeOf([3, 40, 1200]), [1], 'log', { valid })).toEqual([3, 40]);
		const points = [[{ week: 1.5, value: 500 }]];
		expect(yDomain(storeOf([3, 40]), [1], 'log', { points })).toEqual([3, 500]);
		expect(yDomain(storeOf([]), [1], 'linear', { points })).toEqual([0, 500]);
	});

	test('log axes tick on powers of ten, thinned to at most five', () => {
		const y = yScale('log', [0.05, 2000], [100, 0]);
		expect(y.domain()).toEqual([0.01, 10000]);
		expect(yTicks(y, 'log')).toEqual([0.01, 1, 100, 10000]);
		expect(yTicks(yScale('log', [1, 1000], [100, 0]), 'log')).toEqual([1, 10, 100, 1000]);
	});

	test('symlog axes round out to 1, 2 or 5 × 10ⁿ and tick on zero and ± powers of ten', () => {
		expect(niceMagnitude(1100)).toBe(2000);
		expect(niceMagnitude(-3.2)).toBe(-5);
		expect(niceMagnitude(0.07)).toBeCloseTo(0.1, 12);
		expect(niceMagnitude(500)).toBe(500);
		expect(niceMagnitude(0)).toBe(0);
		const y = yScale('symlog', [-3, 3700], [100, 0], 1);
		expect(y.domain()).toEqual([-5, 5000]);
		expect(y(0)).toBeGreaterThan(y(1000));
		// On a tall axis every decade has room; on a short one ticks crowding zero are dropped.
		expect(yTicks(yScale('symlog', [-3, 3700], [1000, 0], 1), 'symlog', 1)).toEqual([
			-1, 0, 1, 10, 100, 1000
		]);
		expect(yTicks(y, 'symlog', 1)).toEqual([0, 10, 100, 1000]);
		const roi = yScale('symlog', [0, 76], [150, 0], 0.01);
		expect(roi.domain()).toEqual([0, 100]);
		expect(yTicks(roi, 'symlog', 0.01)).toEqual([0, 1, 100]);
	});

	test('paths have one point per week and break where a value cannot be drawn', () => {
		const x = scaleLinear().domain([0, 3]).range([0, 30]);
		const y = scaleLinear().domain([0, 10]).range([10, 0]);
		expect(seriesPath(storeOf([0, 10, 5, 0]), 1, x, y, 'linear')).toBe('M0,10L10,0L20,5L30,10');
		expect(seriesPath(storeOf([0, 10, 5, 0]), 1, x, y, 'log')).toBe('M10,0L20,5');
		const under10 = (v: number) => v < 10;
		expect(seriesPath(storeOf([0, 10, 5, 0]), 1, x, y, 'linear', under10)).toBe(
			'M0,10ZM20,5L30,10'
		);
	});

	test('sample paths join samples at fractional weeks and skip what a log axis cannot show', () => {
		const x = scaleLinear().domain([0, 10]).range([0, 100]);
		const y = scaleLinear().domain([0, 10]).range([10, 0]);
		const points = [
			{ week: 0.5, value: 2 },
			{ week: 2.5, value: 0 },
			{ week: 4.5, value: 4 }
		];
		expect(pointsPath(points, x, y, 'linear')).toBe('M5,8L25,10L45,6');
		expect(pointsPath(points, x, y, 'log')).toBe('M5,8ZM45,6Z');
		expect(drawable(NaN, 'linear')).toBe(false);
		expect(drawable(-1, 'symlog')).toBe(true);
	});
});
