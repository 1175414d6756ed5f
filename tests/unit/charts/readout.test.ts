import { describe, expect, test } from 'vitest';
import {
	lastWeek,
	lineValue,
	nearestPoint,
	readoutText,
	tableWeeks
} from '../../../web/src/charts/readout';
import { metricColumn } from '../../../web/src/model/metrics';
import { storeOf } from './store';

const devices = metricColumn('devices');
const store = storeOf({ devices: [100, 150, 240] });

describe('chart readouts', () => {
	test('reads a column at a week, NaN outside the weeks held', () => {
		const line = { column: devices, label: 'Devices', color: '#000' };
		expect(lineValue(line, store, 1)).toBe(150);
		expect(lineValue(line, store, 3)).toBeNaN();
		expect(lineValue(line, store, -1)).toBeNaN();
	});

	test('reads monthly samples within their reach, the nearest one winning', () => {
		const points = [
			{ week: 2.17, value: 10 },
			{ week: 6.5, value: 20 }
		];
		expect(nearestPoint(points, 4, 2.17)?.value).toBe(10);
		expect(nearestPoint(points, 5, 2.17)?.value).toBe(20);
		expect(nearestPoint(points, 20, 2.17)).toBeNull();
		const line = { column: 100, label: 'Real', color: '#000', points, reach: 2.17 };
		expect(lineValue(line, store, 6)).toBe(20);
		expect(lineValue(line, store, 30)).toBeNaN();
	});

	test('the last readable week covers the run and the samples, within the horizon', () => {
		const run = { column: devices, label: 'Devices', color: '#000' };
		const real = {
			column: 100,
			label: 'Real',
			color: '#000',
			points: [{ week: 40.2, value: 1 }],
			reach: 2
		};
		expect(lastWeek([run], store, 520)).toBe(2);
		expect(lastWeek([run, real], store, 520)).toBe(42);
		expect(lastWeek([run, real], store, 30)).toBe(30);
		expect(lastWeek([run], storeOf({}), 520)).toBe(-1);
	});

	test('the sentence a screen reader hears', () => {
		expect(
			readoutText('Week 120', [
				{ label: 'Devices', text: '12,345' },
				{ label: 'Backlog', text: '210' }
			])
		).toBe('Week 120: Devices 12,345; Backlog 210');
	});

	test('data tables list every 13th week and always the last', () => {
		expect(tableWeeks(-1)).toEqual([]);
		expect(tableWeeks(0)).toEqual([0]);
		expect(tableWeeks(26)).toEqual([0, 13, 26]);
		expect(tableWeeks(30)).toEqual([0, 13, 26, 30]);
		expect(tableWeeks(520)).toHaveLength(41);
	});
});
