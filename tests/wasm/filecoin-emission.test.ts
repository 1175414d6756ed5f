/**
 * MODEL.md I6 for the Filecoin hybrid emission (emission_mode 4, assembly/model/emission.ts) on
 * the real release WASM: simple minting against 330M(1 − e^(−λt)); a network at or above the
 * baseline has θ(t) = t and mints 770M(1 − e^(−λt)) of baseline rewards; no capacity, no baseline
 * rewards; θ never falls back and never runs ahead of t; θ and the weekly emission against an
 * independent computation of the spec's integral; the ledger stays exact; and the test build
 * agrees bit for bit with the TypeScript reference on hybrid runs.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Core } from '../../web/src/engine/core';
import { loadCoreInNode } from '../../web/src/engine/load-core-node';
import { METRIC_COUNT, metricColumn } from '../../web/src/model/metrics';
import { PRESET_INDEX, presetEvents, presetParams } from '../../web/src/scenario/presets';
import { defaultParams } from '../../web/src/scenario/schema';
import type { ParamValues } from '../../web/src/scenario/schema';
import type { ScenarioEvent } from '../../web/src/scenario/events';
import { eventsArb, paramsArb, seedArb } from '../helpers/arbitraries';
import { brokenInvariant } from '../helpers/invariants';
import { checkAggregateLedger } from '../helpers/ledger';
import { firstDifference, runCore, runReference } from '../helpers/run-core';

const HYBRID = 4;
const LAMBDA = Math.LN2 / 6; // Filecoin simple minting: a six-year half-life
const G = Math.LN2; // the baseline doubles every year
/** E₀ that makes the whole allocation 1.1B tokens: M = E₀/(1 − e^(−λ/52)). */
const E0_FILECOIN = 1.1e9 * -Math.expm1(-LAMBDA / 52);

let core: Core;
beforeAll(async () => {
	core = await loadCoreInNode();
});

const relative = (a: number, b: number) => Math.abs(a - b) / Math.max(Math.abs(b), 1e-300);

interface Week {
	/** Row t: the state at the start of week t (minted_cum sums weeks 0..t−1). */
	at: (key: string) => number;
	/** θ after week t, i.e. at time (t+1)/52 years. */
	theta: number;
}

/** Steps one week at a time and records θ after each week. */
function runWeekly(params: ParamValues, weeks: number, seed = 1): Week[] {
	core.setParams({ ...params, horizon_weeks: weeks });
	core.setEvents([]);
	core.init(seed);
	const thetas: number[] = [];
	for (let t = 0; t < weeks; t++) {
		core.step(1);
		thetas.push(core.exports.networkTime());
	}
	const rows = core.copyRows(0, weeks);
	return Array.from({ length: weeks + 1 }, (_, t) => ({
		at: (key: string) => rows[t * METRIC_COUNT + metricColumn(key)],
		theta: thetas[t]
	}));
}

const hybrid = (overrides: Partial<ParamValues>): ParamValues =>
	({
		...defaultParams(),
		emission_mode: HYBRID,
		emission_initial: E0_FILECOIN,
		emission_decay_rate: LAMBDA,
		baseline_share: 0.7,
		baseline_growth: G,
		remint_cap: 0,
		...overrides
	}) as ParamValues;

/** No devices ever: none at launch, nobody hears of the network, no innovators. */
const EMPTY = { initial_devices: 0, miner_awareness: 0, innovator_miners: 0 };

/** A storage network far above its baseline for 20 years (no economic churn, slow failures). */
const ABOVE = {
	network_kind: 1,
	initial_devices: 1_000_000,
	capacity_per_device: 1_000_000,
	uptime: 0.99,
	economic_churn: 0,
	hardware_failure: 0.015,
	baseline_initial: 1000
};

describe('I6: the Filecoin hybrid emission against its closed forms', () => {
	test('simple minting: Σ = 330M·(1 − e^(−λt)); with no capacity, baseline minting is 0', () => {
		const weeks = runWeekly(hybrid(EMPTY), 1040);
		for (const t of [1, 26, 52, 260, 520, 1040]) {
			expect(weeks[t].at('devices')).toBe(0);
			const simple = 330e6 * -Math.expm1((-LAMBDA * t) / 52);
			expect(relative(weeks[t].at('minted_cum'), simple), `week ${t}`).toBeLessThan(1e-12);
		}
		// θ never moved: not one token of the 770M baseline allocation was minted.
		for (const w of weeks.slice(0, -1)) expect(w.theta).toBe(0);
	});

	test('at or above the baseline all along: θ(t) = t, baseline Σ = 770M·(1 − e^(−λt))', () => {
		const weeks = runWeekly(hybrid(ABOVE), 1040);
		for (let t = 0; t < 1040; t++) {
			// The premise: N ≥ b over the whole week (b(t+1) is the week's highest baseline).
			const capacity = weeks[t].at('devices') * ABOVE.uptime * ABOVE.capacity_per_device;
			expect(capacity).toBeGreaterThan(ABOVE.baseline_initial * Math.exp((G * (t + 1)) / 52));
			expect(weeks[t].theta).toBeLessThanOrEqual((t + 1) / 52);
			expect(Math.abs(weeks[t].theta - (t + 1) / 52), `θ after week ${t}`).toBeLessThan(1e-12);
		}
		for (const t of [1, 52, 260, 520, 1040]) {
			const simple = 330e6 * -Math.expm1((-LAMBDA * t) / 52);
			const baseline = weeks[t].at('minted_cum') - simple;
			expect(relative(baseline, 770e6 * -Math.expm1((-LAMBDA * t) / 52)), `week ${t}`).toBeLessThan(
				1e-9
			);
		}
	});

	test('at the baseline the hybrid pays E₀·e^(−λt/52), exactly the exponential schedule', () => {
		const weeks = runWeekly(hybrid(ABOVE), 520);
		for (let t = 1; t <= 520; t++) {
			const expected = E0_FILECOIN * Math.exp((-LAMBDA * (t - 1)) / 52);
			expect(relative(weeks[t].at('emission_tokens'), expected), `week ${t}`).toBeLessThan(1e-9);
		}
	});

	test('with no baseline share the hybrid is the exponential schedule, whatever the capacity', () => {
		const hybridRun = runWeekly(hybrid({ baseline_share: 0 }), 520);
		const exponential = runWeekly(hybrid({ emission_mode: 1 }), 520);
		for (let t = 1; t <= 520; t++) {
			expect(
				relative(hybridRun[t].at('emission_tokens'), exponential[t].at('emission_tokens'))
			).toBeLessThan(1e-12);
		}
	});
});

/**
 * θ after each week from the devices of each row, computed independently of the core: the
 * integral of min(N, b₀e^(g·s)) over the week from the absolute time the baseline passes N,
 * c = ln(N/b₀)/g (before c the baseline is the smaller, after it N).
 */
function expectedThetas(weeks: Week[], params: ParamValues): number[] {
	const { uptime, capacity_per_device: cap, baseline_initial: b0, baseline_growth: g } = params;
	let capped = 0;
	return weeks.slice(0, -1).map((week, t) => {
		const n = week.at('devices') * uptime * cap;
		const [s0, s1] = [t / 52, (t + 1) / 52];
		const c = n > 0 ? Math.log(n / b0) / g : -Infinity;
		const split = Math.min(Math.max(c, s0), s1);
		capped += (b0 / g) * (Math.exp(g * split) - Math.exp(g * s0)) + n * (s1 - split);
		return Math.log1p((g * capped) / b0) / g;
	});
}

/** Capacity N and baseline b at the start and end of week t. */
function regime(week: Week, t: number, params: ParamValues) {
	const n = week.at('devices') * params.uptime * params.capacity_per_device;
	const b = (s: number) => params.baseline_initial * Math.exp((params.baseline_growth * s) / 52);
	return { above: n >= b(t + 1), below: n <= b(t), crossing: n > b(t) && n < b(t + 1) };
}

// Starts 16× above the baseline with no new devices: the yearly doubling overtakes it after
// about four years (within one week), and it stays below from then on.
const OVERTAKEN = hybrid({
	...ABOVE,
	initial_devices: 1000,
	capacity_per_device: 1000,
	baseline_initial: 990_000 / 16,
	miner_awareness: 0,
	miner_word_of_mouth: 0
});
// Starts empty; innovators order 0.1% of a 10M pool a week: below the baseline for about 30
// weeks, then above it for years, until the doubling baseline overtakes linear growth.
const CATCHING_UP = hybrid({
	network_kind: 1,
	initial_devices: 0,
	miner_awareness: 0,
	innovator_miners: 0.001,
	economic_churn: 0,
	max_miners: 10_000_000,
	initial_capacity: 50_000,
	capacity_per_device: 1_000_000,
	baseline_initial: 1e11
});

describe('θ, the effective network time', () => {
	test.each([
		['overtaken by the baseline', OVERTAKEN],
		['catching up with the baseline', CATCHING_UP],
		['the filecoin-like preset', presetParams(PRESET_INDEX.get('filecoin-like'))]
	])('%s: θ and the weekly emission match the spec’s integral', (name, params) => {
		const weeks = runWeekly(params, 520);
		const expected = expectedThetas(weeks, params);
		for (let t = 0; t < 520; t++) {
			expect(Math.abs(weeks[t].theta - expected[t]), `θ after week ${t}`).toBeLessThan(1e-9);
		}
		// The week's emission: simple part plus M_b·(e^(−λθ_t) − e^(−λθ_{t+1})).
		const rate = params.emission_decay_rate;
		const allocation = params.emission_initial / -Math.expm1(-rate / 52);
		const mb = params.baseline_share * allocation;
		const ms = allocation - mb;
		for (let t = 0; t < 520; t++) {
			const before = t === 0 ? 0 : expected[t - 1];
			const emission =
				ms * (Math.exp((-rate * t) / 52) - Math.exp((-rate * (t + 1)) / 52)) +
				mb * (Math.exp(-rate * before) - Math.exp(-rate * expected[t]));
			expect(relative(weeks[t + 1].at('emission_tokens'), emission), `week ${t}`).toBeLessThan(
				1e-6
			);
		}
		// Each scenario goes through the regimes it is named for.
		const regimes = weeks.slice(0, -1).map((w, t) => regime(w, t, params));
		const count = (key: 'above' | 'below' | 'crossing') => regimes.filter((r) => r[key]).length;
		if (name !== 'the filecoin-like preset') {
			expect(count('above')).toBeGreaterThan(26);
			expect(count('below')).toBeGreaterThan(26);
		}
		if (params === OVERTAKEN) expect(count('crossing')).toBe(1);
	});

	test('deferred, not lost: θ gains on t above the baseline and falls behind below b(θ)', () => {
		// In continuous time θ' = min(N, b(t))/b(θ): the effective time runs faster than real time
		// whenever capacity beats the baseline of the effective time, b(θ) ≤ b(t).
		const params = CATCHING_UP;
		const weeks = runWeekly(params, 520);
		const lag = (t: number) => (t + 1) / 52 - weeks[t].theta;
		const b = (years: number) => params.baseline_initial * Math.exp(params.baseline_growth * years);
		let gaining = 0;
		let losing = 0;
		for (let t = 1; t < 520; t++) {
			const n = weeks[t].at('devices') * params.uptime * params.capacity_per_device;
			if (n <= b(weeks[t - 1].theta)) {
				losing++;
				expect(lag(t), `week ${t}`).toBeGreaterThan(lag(t - 1));
			}
			if (regime(weeks[t], t, params).above && lag(t - 1) > 1e-9) {
				gaining++;
				expect(lag(t), `week ${t}`).toBeLessThan(lag(t - 1));
				// The arrears: more than the schedule pays a network at the baseline all along.
				const onSchedule =
					params.emission_initial * Math.exp((-params.emission_decay_rate * t) / 52);
				expect(weeks[t + 1].at('emission_tokens'), `week ${t}`).toBeGreaterThan(onSchedule);
			}
		}
		expect(gaining).toBeGreaterThan(52);
		expect(losing).toBeGreaterThan(13);
	});

	test('never falls back and never runs ahead of t, over the whole schema and with mid-run changes', () => {
		fc.assert(
			fc.property(
				paramsArb,
				seedArb,
				fc.record({
					week: fc.integer({ min: 1, max: 519 }),
					baseline_initial: fc.double({ min: 1, max: 1e12, noNaN: true }),
					baseline_growth: fc.double({ min: 0, max: 2, noNaN: true })
				}),
				(drawn, seed, change) => {
					const params = { ...drawn, emission_mode: HYBRID, horizon_weeks: 520 };
					core.setParams(params);
					core.setEvents([]);
					core.init(seed);
					let before = 0;
					for (let t = 0; t < 520; t++) {
						// A person moving the baseline levers while the run plays.
						if (t === change.week) core.setParams({ ...params, ...change });
						core.step(1);
						const theta = core.exports.networkTime();
						if (!(theta >= before)) throw new Error(`week ${t}: θ fell from ${before} to ${theta}`);
						if (!(theta <= (t + 1) / 52)) throw new Error(`week ${t}: θ = ${theta} > t`);
						before = theta;
					}
				}
			),
			{ numRuns: 60 }
		);
	});
});

describe('the hybrid keeps the model’s invariants', () => {
	test('no NaN, bounds and supply conservation (I1, I12) over the whole schema, with events', () => {
		fc.assert(
			fc.property(paramsArb, seedArb, eventsArb, (drawn, seed, events) => {
				const params = { ...drawn, emission_mode: HYBRID, horizon_weeks: 1040 };
				const problem = brokenInvariant(runCore(core, params, seed, 1040, events), params);
				if (problem) throw new Error(problem);
			}),
			{ numRuns: 60 }
		);
	});

	test('the integer ledger stays exact (I1): the preset with its events, and random draws', () => {
		const preset = PRESET_INDEX.get('filecoin-like')!;
		const runs: [ParamValues, number, ScenarioEvent[]][] = [
			[{ ...presetParams(preset), horizon_weeks: 1040 }, 1, presetEvents(preset)]
		];
		for (const [drawn, seed, events] of fc.sample(fc.tuple(paramsArb, seedArb, eventsArb), {
			numRuns: 20,
			seed: 3
		})) {
			runs.push([{ ...drawn, emission_mode: HYBRID, horizon_weeks: 520 }, seed, events]);
		}
		for (const [params, seed, events] of runs) {
			const report = checkAggregateLedger(core, params, seed, events);
			expect(report.problem).toBeNull();
		}
	});

	test('minted never exceeds the allocation 1.1B (plus re-mints) however fast capacity grows', () => {
		const weeks = runWeekly(hybrid({ ...ABOVE, horizon_weeks: 1040 }), 1040);
		expect(weeks[1040].at('minted_cum')).toBeLessThanOrEqual(1.1e9);
		expect(weeks[1040].at('minted_cum')).toBeGreaterThan(0.7 * 1.1e9);
	});
});

describe('the WASM test build and the reference agree bit for bit on hybrid runs', () => {
	test('the filecoin-like preset and random hybrid scenarios', async () => {
		const testCore = await loadCoreInNode('test');
		const preset = PRESET_INDEX.get('filecoin-like')!;
		const presetRun = { ...presetParams(preset), horizon_weeks: 1040 };
		expect(
			firstDifference(runCore(testCore, presetRun, 1, 1040), runReference(presetRun, 1, 1040))
		).toBe(-1);
		fc.assert(
			fc.property(paramsArb, seedArb, eventsArb, (drawn, seed, events) => {
				const params = { ...drawn, emission_mode: HYBRID };
				const at = firstDifference(
					runCore(testCore, params, seed, 1040, events),
					runReference(params, seed, 1040, events)
				);
				if (at >= 0) throw new Error(`rows differ at index ${at}`);
			}),
			{ numRuns: 40 }
		);
	});
});
