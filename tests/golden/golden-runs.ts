/**
 * Golden outputs: every preset, run on the release core with seed 1, summarised as every metric
 * at a few weeks, rounded to 6 significant digits so that the files are reviewable and stable.
 * Shared by tests/golden/golden.test.ts and scripts/update-golden.mjs.
 */
import type { Core } from '../../web/src/engine/core';
import { METRICS, METRIC_COUNT } from '../../web/src/model/metrics';
import { PRESETS, presetEvents, presetParams } from '../../web/src/scenario/presets';

export const GOLDEN_WEEKS = [0, 1, 26, 52, 104, 156, 208, 260, 364, 520];
export const GOLDEN_SEED = 1;

export type Golden = Record<string, Record<string, number>>;

const round = (value: number) => Number(value.toPrecision(6));

export function goldenOf(core: Core, presetKey: string): Golden {
	const preset = PRESETS.find((p) => p.key === presetKey)!;
	const params = { ...presetParams(preset), horizon_weeks: 520 };
	core.setParams(params);
	core.setEvents(presetEvents(preset));
	core.init(GOLDEN_SEED);
	core.step(520);
	const rows = core.copyRows(0, 520);
	const golden: Golden = {};
	for (const week of GOLDEN_WEEKS) {
		golden[`week ${week}`] = Object.fromEntries(
			METRICS.map((m, i) => [m.key, round(rows[week * METRIC_COUNT + i])])
		);
	}
	return golden;
}

export const goldenFile = (presetKey: string) => `tests/golden/expected/${presetKey}.json`;
