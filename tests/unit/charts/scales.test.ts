import { describe, expect, test } from 'vitest';
import { scaleLinear } from 'd3-scale';
import { seriesPath, yDomain, yScale, yTicks } from '../../../web/src/charts/scales';
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

	test('log axes tick on powers of ten, thinned to at most five', () => {
		const y = yScale('log', [0.05, 2000], [100, 0]);
		expect(y.domain()).toEqual([0.01, 10000]);
		expect(yTicks(y, 'log')).toEqual([0.01, 1, 100, 10000]);
		expect(yTicks(yScale('log', [1, 1000], [100, 0]), 'log')).toEqual([1, 10, 100, 1000]);
	});

	test('paths have one point per week and break where a log chart has no positive value', () => {
		const x = scaleLinear().domain([0, 3]).range([0, 30]);
		const y = scaleLinear().domain([0, 10]).range([10, 0]);
		expect(seriesPath(storeOf([0, 10, 5, 0]), 1, x, y, 'linear')).toBe('M0,10L10,0L20,5L30,10');
		expect(seriesPath(storeOf([0, 10, 5, 0]), 1, x, y, 'log')).toBe('M10,0L20,5');
	});
});
