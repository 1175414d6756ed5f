// The reality check's series (web/src/charts/reality.ts): real monthly samples on the run's
// week axis, the run's side of the comparison, and the fit of the helium-like preset.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import {
	REALITY,
	changedFrom,
	realPoints,
	realityLines,
	realityPanels,
	realitySeries,
	realSpan,
	sizeFit
} from '../../../web/src/charts/reality';
import { minerShareOf } from '../../../web/src/charts/cloud';
import { NETWORKS, parseHistoryCsv } from '../../../web/src/data/history';
import { WEEKS_PER_MONTH } from '../../../web/src/data/month';
import { metricColumn } from '../../../web/src/model/metrics';
import { PRESET_INDEX, presetEvents, presetParams } from '../../../web/src/scenario/presets';
import { runToStore, storeOf } from './store';

const DIR = fileURLToPath(new URL('../../../public/data/depin-history/', import.meta.url));
const helium = parseHistoryCsv(readFileSync(DIR + NETWORKS.helium.file, 'utf8'), 'helium');

describe('real samples on the week axis', () => {
	test('one sample per month with data, in the middle of its month', () => {
		const hotspots = realPoints(helium, '# hotspots', '2019-08');
		expect(hotspots[0]).toEqual({ week: WEEKS_PER_MONTH / 2, value: 100 });
		expect(hotspots).toHaveLength(45); // 2019-08 … 2023-04; the counts stop there
		const aug2020 = hotspots[12];
		expect(aug2020.week).toBeCloseTo(52 + WEEKS_PER_MONTH / 2, 9);
		const price = realPoints(helium, '$-price', '2019-08');
		expect(price).toHaveLength(helium.months.length);
	});

	test('what is compared depends on the file: size only where there is one', () => {
		expect(realityPanels(NETWORKS.helium).map((p) => p.id)).toEqual([
			'reality-size',
			'reality-price',
			'reality-rewards'
		]);
		expect(realityPanels(NETWORKS.filecoin).map((p) => p.id)).toEqual([
			'reality-price',
			'reality-rewards'
		]);
		const [size] = realityPanels(NETWORKS.helium);
		expect(size.title).toBe('Hotspots (log scale)');
		const both = realityLines(size, helium, '2019-08', true);
		expect(both.map((l) => l.label)).toEqual(['Run: devices', 'Real: hotspots']);
		expect(both[1].points?.length).toBe(45);
		expect(realityLines(size, helium, '2019-08', false)).toHaveLength(1);
	});

	test('the data span ends with the last month of any compared column', () => {
		const panels = realityPanels(NETWORKS.helium);
		// 2019-08 … 2024-12: 65 months (price and rewards go on after the hotspot counts stop).
		expect(realSpan(helium, panels, '2019-08')).toBe(Math.ceil(65 * WEEKS_PER_MONTH));
		expect(realSpan(helium, panels.slice(0, 1), '2019-08')).toBe(195);
	});
});

describe('the run’s side', () => {
	test('devices, price, and miners’ rewards in USD a month', () => {
		const params = { ...presetParams(undefined) };
		const store = storeOf({
			devices: [100, 120],
			price_usd: [0.1, 0.5],
			emission_tokens: [0, 1000],
			remint_tokens: [0, 10]
		});
		const run = realitySeries(store, params);
		expect(run.value(1, REALITY.devices)).toBe(120);
		expect(run.value(1, REALITY.price)).toBe(0.5);
		expect(run.value(1, REALITY.rewardsMonth)).toBeCloseTo(
			minerShareOf(params) * 1010 * 0.5 * WEEKS_PER_MONTH,
			9
		);
	});

	test('the helium-like run fits the real hotspot counts as the golden test says', async () => {
		const preset = PRESET_INDEX.get('helium-like')!;
		const store = await runToStore(presetParams(preset), 200, presetEvents(preset));
		const fit = sizeFit(store, helium, NETWORKS.helium, '2019-08');
		expect(fit?.months).toBe(45);
		expect(fit!.rms).toBeLessThan(0.35);
		expect(fit!.factor).toBeCloseTo(Math.exp(fit!.rms), 12);
		// A run that has not reached a month with data has nothing to compare.
		expect(sizeFit(storeOf({}), helium, NETWORKS.helium, '2019-08')).toBeNull();
		expect(store.value(52, metricColumn('devices'))).toBeGreaterThan(1000);
	});

	test('levers changed from the calibrated preset are listed', () => {
		const preset = presetParams(PRESET_INDEX.get('helium-like'));
		expect(changedFrom(preset, preset)).toEqual([]);
		expect(changedFrom({ ...preset, inertia: 0.5 }, preset)).toEqual(['inertia']);
	});
});
