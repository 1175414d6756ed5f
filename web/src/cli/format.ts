/**
 * A run's rows as text for stdout. CSV: a header of the metric keys (METRICS, in order), then
 * one line per week; numbers as String(number), which reads back to the same double.
 * JSON: one object with the scenario (and its canonical link), the columns and the rows.
 */
import { METRICS, METRIC_COUNT } from '../model/metrics';
import { encodeScenario } from '../scenario/codec';
import { MODEL_VERSION } from '../scenario/scenario';
import type { Scenario } from '../scenario/scenario';
import { PARAMS } from '../scenario/schema';
import type { EngineName } from './engines';

export const COLUMNS: readonly string[] = METRICS.map((m) => m.key);

/** The rows of a row-major series as arrays of numbers (the week column as an integer). */
function splitRows(series: Float64Array): number[][] {
	const rows: number[][] = [];
	for (let start = 0; start < series.length; start += METRIC_COUNT) {
		const row = Array.from(series.subarray(start, start + METRIC_COUNT));
		row[0] = Math.round(row[0]);
		rows.push(row);
	}
	return rows;
}

export function toCsv(series: Float64Array): string {
	const lines = [COLUMNS.join(',')];
	for (const row of splitRows(series)) lines.push(row.map(String).join(','));
	return `${lines.join('\n')}\n`;
}

/** The JSON output. Non-finite numbers (none are expected) become null, as JSON has no NaN. */
export function toJson(scenario: Scenario, engine: EngineName, series: Float64Array): string {
	const params = Object.fromEntries(PARAMS.map((p) => [p.key, scenario.params[p.key]]));
	const output = {
		scenario: {
			link: encodeScenario(scenario),
			seed: scenario.seed,
			preset: scenario.preset,
			params,
			events: scenario.events
		},
		engine,
		model_version: MODEL_VERSION,
		columns: COLUMNS,
		rows: splitRows(series)
	};
	return `${JSON.stringify(output)}\n`;
}
