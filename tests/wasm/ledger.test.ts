/**
 * MODEL.md I1, the integer base-unit ledger (assembly/model/ledger.ts) on the real release WASM:
 * exact conservation every week, one rounding rule per flow, b ≤ S, minted ≤ schedule, and
 * agreement with the f64 ledger within the derived bound. Every preset, random draws over the
 * whole schema with events, the extremes of the schema, and the spatial engine.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Core } from '../../web/src/engine/core';
import { LEDGER_UNIT, LedgerKind } from '../../web/src/engine/core-abi';
import { loadCoreInNode } from '../../web/src/engine/load-core-node';
import { PRESETS, presetEvents, presetParams } from '../../web/src/scenario/presets';
import { defaultParams } from '../../web/src/scenario/schema';
import type { ParamValues } from '../../web/src/scenario/schema';
import type { ScenarioEvent } from '../../web/src/scenario/events';
import { eventsArb, paramsArb, seedArb } from '../helpers/arbitraries';
import { checkAggregateLedger, checkSpatialLedger, roundHalfEven } from '../helpers/ledger';

let core: Core;
beforeAll(async () => {
	core = await loadCoreInNode();
});

const aggregate = (params: ParamValues, seed: number, events: readonly ScenarioEvent[] = []) =>
	checkAggregateLedger(core, params, seed, events);
const spatial = (params: ParamValues, seed: number, events: readonly ScenarioEvent[] = []) =>
	checkSpatialLedger(core, params, seed, events);

describe('I1: the integer ledger', () => {
	test('the conversion rule is round half to even of tokens·10⁶ (S₀ ties)', () => {
		const cases: [number, bigint][] = [
			[0.5e-6, 0n],
			[1.5e-6, 2n],
			[2.5e-6, 2n],
			[3.5e-6, 4n],
			[1_234_567.0000025, 1_234_567_000_002n],
			[0.4999e-6, 0n],
			[2e9, 2_000_000_000_000_000n]
		];
		for (const [supply, base] of cases) {
			expect(roundHalfEven(supply * LEDGER_UNIT)).toBe(Number(base));
			core.setParams({ ...defaultParams(), initial_supply: supply });
			core.init(1);
			expect(core.ledger().supply, `S₀ = ${supply}`).toBe(base);
		}
		expect(core.exports.ledgerBase(LedgerKind.burned + 1)).toBe(-1n);
		expect(core.exports.ledgerBase(-1)).toBe(-1n);
	});

	test.each(PRESETS.map((p) => p.key))('preset %s, 1040 weeks', (key) => {
		const preset = PRESETS.find((p) => p.key === key)!;
		const params = { ...presetParams(preset), horizon_weeks: 1040 };
		const result = aggregate(params, 1, presetEvents(preset));
		expect(result.problem).toBeNull();
		expect(result.worstShare).toBeLessThanOrEqual(1);
	});

	test('random draws over the whole schema, with events, 1040 weeks', () => {
		fc.assert(
			fc.property(paramsArb, seedArb, eventsArb, (params, seed, events) => {
				const result = aggregate({ ...params, horizon_weeks: 1040 }, seed, events);
				if (result.problem) throw new Error(result.problem);
			}),
			{ numRuns: 100 }
		);
	}, 120_000);

	test('the largest amounts the schema allows stay exact beyond 2⁵³ base units', () => {
		const params: ParamValues = {
			...defaultParams(),
			horizon_weeks: 1040,
			initial_supply: 2e9,
			emission_mode: 2, // fixed: E₀ every week
			emission_initial: 10_000_000,
			remint_cap: 10_000_000,
			burn_smoothing: 1
		};
		const result = aggregate(params, 3);
		expect(result.problem).toBeNull();
		const end = core.ledger();
		expect(end.minted).toBeGreaterThanOrEqual(1040n * 10_000_000n * 1_000_000n);
		expect(end.supply + end.locked + end.burned).toBeGreaterThan(2n ** 53n);
	});

	// Amounts with sub-micro-token fractions make the rounded flows disagree with the f64 ledger
	// in the direction that would overdraw the integer stocks without the caps.
	test('demand burns the whole supply every week: b ≤ S binds in base units', () => {
		const params: ParamValues = {
			...defaultParams(),
			horizon_weeks: 520,
			initial_supply: 0,
			emission_mode: 2,
			// 1000000003.3 base units a week, 0.2 of it (200000000.66) locked: rounded separately
			// they leave one base unit less in circulation than the f64 ledger does.
			emission_initial: 1000.0000033,
			investor_share: 0.2,
			remint_cap: 0,
			sink_mode: 0,
			burn_share: 1,
			initial_devices: 100_000,
			initial_users: 1_000_000,
			initial_price_usd: 0.001
		};
		const result = aggregate(params, 1);
		expect(result.problem).toBeNull();
		expect(result.burnCapped).toBeGreaterThan(10);
	});

	test('dust locked: the f64 balance vests, the integer one is empty, unlock ≤ L binds', () => {
		const params: ParamValues = {
			...defaultParams(),
			horizon_weeks: 260,
			emission_mode: 2,
			// 2 base units minted a week, 0.4 of one locked: rounds to 0, yet L_f64 grows to 40
			// base units by the cliff and then vests 1/13 of that a week.
			emission_initial: 2e-6,
			investor_share: 0.2,
			remint_cap: 0,
			vesting_cliff_weeks: 100,
			vesting_weeks: 13
		};
		const result = aggregate(params, 1);
		expect(result.problem).toBeNull();
		expect(result.unlockCapped).toBeGreaterThan(10);
		expect(core.ledger().locked).toBe(0n);
	});

	test('the spatial engine keeps the same ledger (24² grid, random draws with events)', () => {
		fc.assert(
			fc.property(paramsArb, seedArb, eventsArb, (params, seed, events) => {
				// At most 50k potential miners keep each run short (placement dominates).
				const small = {
					...params,
					horizon_weeks: 520,
					max_miners: Math.min(params.max_miners, 50_000)
				};
				const result = spatial(small, seed, events);
				if (result.problem) throw new Error(result.problem);
			}),
			{ numRuns: 8 }
		);
		const result = spatial({ ...defaultParams(), horizon_weeks: 520, max_miners: 50_000 }, 1);
		expect(result.problem).toBeNull();
		expect(core.ledger().minted).toBeGreaterThan(0n);
	}, 120_000);
});
