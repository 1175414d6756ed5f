/**
 * Known results of MODEL.md §8 on the real release WASM: emission schedules against their
 * closed forms (I6), the burn-and-mint fixed point (I5) and the Bass diffusion limit (I3).
 */
import { beforeAll, describe, expect, test } from 'vitest';
import type { Core } from '../../web/src/engine/core';
import { loadCoreInNode } from '../../web/src/engine/load-core-node';
import { METRIC_COUNT, metricColumn } from '../../web/src/model/metrics';
import { defaultParams } from '../../web/src/scenario/schema';
import type { ParamValues } from '../../web/src/scenario/schema';

let core: Core;
beforeAll(async () => {
	core = await loadCoreInNode();
});

function run(overrides: Partial<ParamValues>, weeks: number) {
	const params = { ...defaultParams(), horizon_weeks: weeks, ...overrides } as ParamValues;
	core.setParams(params);
	core.init(1);
	core.step(weeks);
	const rows = core.copyRows(0, weeks);
	return (week: number, key: string) => rows[week * METRIC_COUNT + metricColumn(key)];
}

const relative = (a: number, b: number) => Math.abs(a - b) / Math.max(Math.abs(b), 1e-300);

describe('I6: emission schedules against their closed forms (net emissions off)', () => {
	const E0 = 1_154_000;
	test('halving (HIP-20): each 104-week period mints half the one before; total → 2·104·E₀', () => {
		const at = run(
			{ emission_mode: 0, emission_initial: E0, halving_weeks: 104, remint_cap: 0 },
			1040
		);
		for (let period = 1; period <= 10; period++) {
			const expected = 104 * E0 * (2 - 2 ** (1 - period));
			expect(relative(at(104 * period, 'minted_cum'), expected)).toBeLessThan(1e-12);
		}
		// Yearly issuance in the HIP-20 shape: 60, 60, 30, 30, 15… in units of 52·E₀.
		expect(at(104, 'minted_cum') - at(52, 'minted_cum')).toBeCloseTo(52 * E0, 3);
		expect(at(156, 'minted_cum') - at(104, 'minted_cum')).toBeCloseTo(26 * E0, 3);
	});

	test('exponential decay: Σ E₀e^(−λt/52) = E₀(1 − qᵀ)/(1 − q)', () => {
		const lambda = 0.115;
		const at = run(
			{ emission_mode: 1, emission_initial: E0, emission_decay_rate: lambda, remint_cap: 0 },
			520
		);
		const q = Math.exp(-lambda / 52);
		for (const t of [1, 52, 260, 520]) {
			expect(relative(at(t, 'minted_cum'), (E0 * (1 - q ** t)) / (1 - q))).toBeLessThan(1e-9);
		}
	});

	test('fixed and two-step table', () => {
		const fixed = run({ emission_mode: 2, emission_initial: 1000, remint_cap: 0 }, 300);
		expect(fixed(300, 'minted_cum')).toBe(300_000);
		const table = run(
			{
				emission_mode: 3,
				emission_initial: 43_900,
				emission_step_week: 52,
				emission_after_step: 19_600,
				remint_cap: 0
			},
			156
		);
		expect(table(52, 'minted_cum')).toBeCloseTo(52 * 43_900, 6);
		expect(table(156, 'minted_cum')).toBeCloseTo(52 * 43_900 + 104 * 19_600, 6);
	});

	test('the net-emission re-mint never exceeds its cap, and re-mints burned tokens', () => {
		const cap = 11_507;
		const at = run({ remint_cap: cap }, 520);
		let reminted = 0;
		for (let w = 1; w <= 520; w++) {
			expect(at(w, 'remint_tokens')).toBeLessThanOrEqual(cap);
			reminted += at(w, 'remint_tokens');
		}
		expect(reminted).toBeGreaterThan(0);
		expect(reminted).toBeLessThanOrEqual(at(520, 'burned_cum'));
	});
});

describe('I5: burn-and-mint equilibrium', () => {
	test('with speculation off and miners selling everything, P → R/E and the burn → E', () => {
		// A saturated network (coverage 1, every addressable user adopted, no churn) has constant
		// revenue R = $1M/week; fixed emission E = 1M tokens/week, all to miners, all sold.
		const at = run(
			{
				emission_mode: 2,
				emission_initial: 1_000_000,
				remint_cap: 0,
				miner_share: 1,
				investor_share: 0,
				validator_share: 0,
				miner_sell_fraction: 1,
				momentum: 0,
				fundamentals_pull: 0,
				market_mode: 1,
				bull_drift: 0,
				bear_drift: 0,
				market_volatility: 0,
				initial_devices: 1_000_000,
				world_cells: 10_000,
				market_size: 1_000_000,
				initial_users: 1_000_000,
				user_churn: 0,
				quality_churn: 0,
				usage_per_user: 1,
				service_price_usd: 1,
				app_usage_effect: 0,
				burn_share: 1,
				sink_mode: 0
			},
			1040
		);
		expect(at(1040, 'revenue_usd')).toBe(1_000_000);
		expect(relative(at(1040, 'price_usd'), 1)).toBeLessThan(0.01);
		expect(relative(at(1040, 'burn_tokens'), 1_000_000)).toBeLessThan(0.01);
		// Supply stops changing at the fixed point.
		expect(relative(at(1040, 'supply_total'), at(1039, 'supply_total'))).toBeLessThan(1e-4);
	});
});

describe('I3: Bass diffusion limit', () => {
	test.each([
		[0.03, 0.38],
		[0.01, 0.5],
		[0.05, 1]
	])(
		'p = %s, q = %s: U/M follows F(t) = (1 − e^(−(p+q)t))/(1 + (q/p)e^(−(p+q)t)) within 0.015',
		(p, q) => {
			// Coverage 1 (a dense network), gate 1 (no inertia), no churn: users follow Bass exactly.
			const at = run(
				{
					bass_innovation: p,
					bass_imitation: q,
					inertia: 0,
					initial_devices: 1_000_000,
					world_cells: 10_000,
					initial_users: 0,
					user_churn: 0,
					quality_churn: 0,
					market_size: 1_000_000
				},
				1040
			);
			for (let week = 0; week <= 1040; week += 13) {
				const t = week / 52;
				const e = Math.exp(-(p + q) * t);
				const bass = (1 - e) / (1 + (q / p) * e);
				expect(Math.abs(at(week, 'users') / 1_000_000 - bass), `week ${week}`).toBeLessThan(0.015);
			}
		}
	);
});

describe('capacity networks (storage, compute)', () => {
	test('no capacity, no users (D7); users never exceed what capacity can serve, give or take churn', () => {
		const base = {
			network_kind: 1,
			capacity_per_device: 10,
			usage_per_user: 5,
			app_usage_effect: 0,
			initial_users: 1000
		};
		const empty = run({ ...base, initial_devices: 0, emission_initial: 0 }, 200);
		for (let w = 1; w <= 200; w++) expect(empty(w, 'revenue_usd')).toBe(0);
		const small = run(
			{ ...base, initial_devices: 100, emission_initial: 0, innovator_miners: 0 },
			52
		);
		// 100 devices × 0.8 uptime × 0.95 honest × 10 units = 760 units/week: 152 users at 5 units.
		expect(small(0, 'served_share')).toBeCloseTo(760 / 5000, 12);
		expect(small(1, 'users')).toBeLessThan(1000);
	});
});
