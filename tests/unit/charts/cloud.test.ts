import { describe, expect, test } from 'vitest';
import {
	CLOUD,
	capexBars,
	cloudSentences,
	cloudSeries,
	cloudSummary,
	minerShareOf,
	multiple
} from '../../../web/src/charts/cloud';
import { metricColumn } from '../../../web/src/model/metrics';
import { PRESET_INDEX, presetParams } from '../../../web/src/scenario/presets';
import { defaultParams } from '../../../web/src/scenario/schema';
import type { ParamValues } from '../../../web/src/scenario/schema';
import { runToStore, storeOf } from './store';

const shares = {
	miner_share: 0.59,
	builder_share_infra: 0,
	builder_share_app: 0,
	investor_share: 0.35,
	validator_share: 0.06
};

describe('the miners’ share of emissions', () => {
	test('is the lever when the shares fit in 1, scaled down with the rest when they do not', () => {
		expect(minerShareOf(shares)).toBe(0.59);
		expect(minerShareOf({ ...shares, miner_share: 0.8, investor_share: 0.6 })).toBeCloseTo(
			0.8 / 1.46,
			12
		);
	});

	test('matches what the core pays miners (week 1: income per device from the initial state)', async () => {
		const params: ParamValues = { ...defaultParams(), miner_share: 0.8, investor_share: 0.6 };
		const store = await runToStore(params, 1);
		const at = (key: string) => store.value(1, metricColumn(key));
		const perWeek = 12 / 52;
		const online = Math.max(params.initial_devices * params.uptime, 1);
		const minerUsd =
			(at('miner_income_usd_month') * perWeek + params.device_opex_usd_month * perWeek) * online -
			at('direct_usd');
		const minted = at('emission_tokens') + at('remint_tokens');
		expect(minerUsd / (params.initial_price_usd * minted)).toBeCloseTo(minerShareOf(params), 9);
	});
});

describe('DePIN vs cloud figures', () => {
	const params = { ...shares, service_price_usd: 0.5, cloud_price_usd: 6 };
	const store = storeOf({
		users: [0, 100, 200],
		usage_per_user: [2, 2, 3],
		served_share: [1, 1, 0.5],
		emission_tokens: [0, 1000, 1000],
		remint_tokens: [0, 0, 100],
		price_usd: [0.1, 0.2, 0.4],
		emissions_usd: [0, 200, 400],
		revenue_usd: [0, 100, 150],
		manufacturer_revenue_usd: [0, 5000, 1000]
	});
	const flows = cloudSeries(store, params);

	test('cumulative hardware spend, emissions to miners and usage revenue', () => {
		expect([0, 1, 2].map((w) => flows.value(w, CLOUD.hardwareCum))).toEqual([0, 5000, 6000]);
		expect(flows.value(1, CLOUD.minerEmissionsCum)).toBeCloseTo(0.59 * 1000 * 0.2, 9);
		expect(flows.value(2, CLOUD.minerEmissionsCum)).toBeCloseTo(0.59 * (200 + 1100 * 0.4), 9);
		expect(flows.value(2, CLOUD.revenueCum)).toBe(250);
	});

	test('units served, subsidy per unit (undefined below one unit a week) and savings', () => {
		expect(flows.value(2, CLOUD.unitsServed)).toBe(300); // 200 users × 3 × 0.5
		expect(flows.value(0, CLOUD.subsidyPerUnit)).toBeNaN();
		expect(flows.value(1, CLOUD.subsidyPerUnit)).toBe(1); // $200 / 200 units
		expect(flows.value(2, CLOUD.savingsCum)).toBeCloseTo((200 + 300) * 5.5, 9);
	});

	test('the summary at a week and its sentences', () => {
		const s = cloudSummary(flows, store, params, 2);
		expect(s.discount).toBeCloseTo(11 / 12, 12);
		expect(s.userBillWeek).toBe(1.5);
		expect(s.cloudBillWeek).toBe(18);
		expect(s.subsidyPerUnitToDate).toBeCloseTo(600 / 500, 12);
		const text = cloudSentences(s);
		expect(text.price).toContain('91.7% cheaper');
		expect(text.price).toContain('$1.50 a week, against $18.00');
		expect(text.capex).toContain('Miners have spent $6k on devices');
		// $377.60 of emissions to miners and $250 of revenue against $6,000 of devices.
		expect(text.capex).toContain('paid them $377.60 (6.29% of their spend)');
		expect(text.capex).toContain('for the service (4.17% of it)');
		expect(text.subsidy).toContain('$1.33 of tokens per unit served');
		expect(text.savings).toContain('saved $2.75k');
	});

	test('without a comparator (price 0) the panel says so; a dearer network says dearer', () => {
		const none = cloudSentences(cloudSummary(flows, store, { ...params, cloud_price_usd: 0 }, 2));
		expect(none.price).toContain('no centralised comparator');
		expect(none.savings).toBeNull();
		const dear = cloudSummary(flows, store, { ...params, cloud_price_usd: 0.25 }, 2);
		expect(cloudSentences(dear).price).toContain('100% dearer');
	});

	test('emissions that repaid the devices many times over, and revenue that is a rounding error', () => {
		const s = cloudSummary(flows, store, params, 2);
		const text = cloudSentences({ ...s, minerEmissionsCum: 15_300, revenueCum: 12 });
		expect(text.capex).toContain('paid them $15.3k (2.55× their spend)');
		expect(text.capex).toContain('for the service (less than 1% of it)');
		expect(cloudSentences({ ...s, minerEmissionsCum: 90_000 }).capex).toContain(
			'(15× their spend)'
		);
	});

	test('capex bars share one scale; ratios need a base', () => {
		const bars = capexBars(cloudSummary(flows, store, params, 2));
		expect(bars.map((b) => b.id)).toEqual(['hardware', 'emissions', 'revenue']);
		expect(bars[0].share).toBe(1);
		expect(bars[2].share).toBeCloseTo(250 / 6000, 12);
		expect(multiple(30, 10)).toBe(3);
		expect(multiple(30, 0)).toBeNull();
	});
});

describe('against the real core', () => {
	test('hardware spend is Σ shipments × device price; revenue is units served × price', async () => {
		const params = presetParams(PRESET_INDEX.get('flywheel-demo'));
		const store = await runToStore(params, 160);
		const flows = cloudSeries(store, params);
		let shipped = 0;
		let units = 0;
		for (let w = 0; w < store.length; w++) {
			shipped += store.value(w, metricColumn('shipments'));
			units += flows.value(w, CLOUD.unitsServed);
		}
		const last = store.length - 1;
		expect(flows.value(last, CLOUD.hardwareCum)).toBeCloseTo(shipped * params.device_capex_usd, 3);
		expect(flows.value(last, CLOUD.revenueCum)).toBeCloseTo(units * params.service_price_usd, 3);
		expect(flows.value(last, CLOUD.hardwareCum)).toBeGreaterThan(0);
	});
});
