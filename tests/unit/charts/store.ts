/** Test helpers: a SeriesStore from plain values, or from a run of the real core. */
import { SeriesStore } from '../../../web/src/lib/series-store';
import { METRIC_COUNT, metricColumn } from '../../../web/src/model/metrics';
import { loadCoreInNode } from '../../../web/src/engine/load-core-node';
import type { ScenarioEvent } from '../../../web/src/scenario/events';
import type { ParamValues } from '../../../web/src/scenario/schema';
import { runCore } from '../../helpers/run-core';

/** A store whose rows hold the given metrics (by key), week by week; others are 0. */
export function storeOf(columns: Readonly<Record<string, readonly number[]>>): SeriesStore {
	const weeks = Math.max(0, ...Object.values(columns).map((v) => v.length));
	const rows = new Float64Array(weeks * METRIC_COUNT);
	for (const [key, values] of Object.entries(columns)) {
		const c = metricColumn(key);
		values.forEach((v, w) => (rows[w * METRIC_COUNT + c] = v));
	}
	return storeFromRows(rows);
}

export function storeFromRows(rows: Float64Array): SeriesStore {
	const store = new SeriesStore();
	const weeks = rows.length / METRIC_COUNT;
	store.apply({
		revision: 0,
		fromWeek: 0,
		week: weeks - 1,
		rows,
		playing: false,
		horizon: Math.max(weeks - 1, 1)
	});
	return store;
}

/** Runs the release core and returns its rows as a store. */
export async function runToStore(
	params: ParamValues,
	weeks: number,
	events: readonly ScenarioEvent[] = [],
	seed = 1
): Promise<SeriesStore> {
	const core = await loadCoreInNode();
	return storeFromRows(runCore(core, params, seed, weeks, events));
}
