// CSV and JSON text of a run (web/src/cli/format.ts), on a synthetic series: no WASM needed.
import { describe, expect, test } from 'vitest';
import { COLUMNS, toCsv, toJson } from '../../../web/src/cli/format';
import { METRICS, METRIC_COUNT } from '../../../web/src/model/metrics';
import { decodeScenario } from '../../../web/src/scenario/codec';
import { defaultScenario } from '../../../web/src/scenario/scenario';

const tricky = [0.1 + 0.2, 1e-300, -2.5e21, 1 / 3, 123456789.12345679, -0];
const series = new Float64Array(3 * METRIC_COUNT).map((_, i) => {
	const column = i % METRIC_COUNT;
	return column === 0 ? Math.floor(i / METRIC_COUNT) : tricky[i % tricky.length] * (i + 1);
});

describe('toCsv', () => {
	const lines = toCsv(series).split('\n');

	test('a header of the metric keys in order, then one line per week, newline-terminated', () => {
		expect(COLUMNS[0]).toBe('week');
		expect(lines[0]).toBe(METRICS.map((m) => m.key).join(','));
		expect(lines).toHaveLength(3 + 2);
		expect(lines.at(-1)).toBe('');
		expect(lines.slice(1, 4).map((l) => l.split(',')[0])).toEqual(['0', '1', '2']);
	});

	test('every number reads back to the same double', () => {
		const read = lines.slice(1, 4).flatMap((l) => l.split(',').map(Number));
		expect(read.every((x, i) => x === series[i])).toBe(true);
	});
});

describe('toJson', () => {
	test('the scenario with its canonical link, the columns and the same numbers as rows', () => {
		const scenario = { ...defaultScenario(), seed: 42 };
		const output = JSON.parse(toJson(scenario, 'aggregate', series));
		expect(Object.keys(output)).toEqual(['scenario', 'engine', 'model_version', 'columns', 'rows']);
		expect(decodeScenario(output.scenario.link)).toEqual({ scenario, issues: [] });
		expect(output.scenario).toMatchObject({ seed: 42, preset: null, params: scenario.params });
		expect(output.engine).toBe('aggregate');
		expect(output.columns).toEqual(COLUMNS);
		expect(output.rows.flat()).toEqual(Array.from(series, (x) => (Object.is(x, -0) ? 0 : x)));
	});
});
