/** Runs the WASM core or the reference for a scenario and returns all rows. */
import type { Core } from '../../web/src/engine/core';
import { ReferenceModel } from '../../web/src/model/reference';
import type { ScenarioEvent } from '../../web/src/scenario/events';
import type { ParamValues } from '../../web/src/scenario/schema';

export function runCore(
	core: Core,
	params: ParamValues,
	seed: number,
	weeks: number,
	events: readonly ScenarioEvent[] = []
): Float64Array {
	core.setParams(params);
	core.setEvents(events);
	core.init(seed);
	const reached = core.step(weeks);
	return core.copyRows(0, reached);
}

export function runReference(
	params: ParamValues,
	seed: number,
	weeks: number,
	events: readonly ScenarioEvent[] = []
): Float64Array {
	const model = new ReferenceModel(params);
	model.setEvents(events);
	model.init(seed);
	model.step(weeks);
	return model.rows().slice();
}

/** Index of the first element where two runs differ bit for bit (Object.is), or -1. */
export function firstDifference(a: Float64Array, b: Float64Array): number {
	if (a.length !== b.length) return Math.min(a.length, b.length);
	for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return i;
	return -1;
}
