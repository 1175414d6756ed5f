/**
 * The integer base-unit ledger of MODEL.md I1 (assembly/model/ledger.ts, docs/model.md
 * "Integer ledger") checked week by week against its rule and against the f64 ledger of the rows.
 */
import type { Core, LedgerBase } from '../../web/src/engine/core';
import { LEDGER_UNIT } from '../../web/src/engine/core-abi';
import { metricColumn } from '../../web/src/model/metrics';
import { poolShareScale } from '../../web/src/model/reference';
import type { ParamValues } from '../../web/src/scenario/schema';
import type { ScenarioEvent } from '../../web/src/scenario/events';

/** Round half to even, as WASM f64.nearest (|x| < 2⁵² here, where x + 0.5 is exact). */
export function roundHalfEven(x: number): number {
	const r = Math.round(x); // half up
	return r - x === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/** The ledger's one conversion rule: round half to even of the f64 product tokens·10⁶. */
export function toBase(tokens: number): bigint {
	return tokens > 0 ? BigInt(roundHalfEven(tokens * LEDGER_UNIT)) : 0n;
}

const min = (a: bigint, b: bigint) => (a < b ? a : b);
const U = 2 ** -53; // unit roundoff of f64

/** Investors' share after the pools are scaled to sum to 1 (the core's pools.ts, same f64 ops). */
function investorShare(p: ParamValues): number {
	return p.investor_share * poolShareScale(p);
}

export interface LedgerReport {
	problem: string | null;
	/** Worst discrepancy as a share of its bound, over every stock and week. */
	worstShare: number;
	/** Worst discrepancy in base units (f64·10⁶ against the integer ledger). */
	worstBase: number;
	/** Weeks where b ≤ S (base units) cut the rounded burn, and where unlock ≤ L cut the unlock. */
	burnCapped: number;
	unlockCapped: number;
}

/**
 * Steps a run prepared by `start` (init or initSpatial after setParams) one week at a time and
 * checks, every week: the exact identity supply + locked = S₀ + minted − burned, no negative
 * stock, burned ≤ S₀ + minted, each flow converted once by the rule (burn capped by the supply
 * before the mint, unlock by the locked balance), minted ≤ scheduled emission + re-mint cap, and
 * agreement with the f64 ledger within the derived bound. Bounds after t weeks (docs/model.md):
 * |f64·10⁶ − base| ≤ 2t + ½ (circulating), t (locked), t + ½ (total), t/2 (minted),
 * 3t/2 + 1 (burned) base units, plus (24t + 8) f64 roundings of the largest amount involved,
 * u·(S₀ + minted)·10⁶ with u = 2⁻⁵³.
 */
export function checkLedger(
	core: Core,
	params: ParamValues,
	start: () => void,
	weeks: number
): LedgerReport {
	start();
	const share = investorShare(params);
	// The Filecoin hybrid (mode 4) can mint more than E₀ in a week when capacity catches up with
	// the baseline (deferred rewards), never more than its whole allocation E₀/(1 − e^(−λ/52)).
	const scheduleMax =
		params.emission_mode === 4
			? params.emission_initial / -Math.expm1(-params.emission_decay_rate / 52)
			: Math.max(
					params.emission_initial,
					params.emission_mode === 3 ? params.emission_after_step : 0
				);
	let prev: LedgerBase = core.ledger();
	const s0 = prev.supply;
	let worstShare = 0;
	let worstBase = 0;
	let burnCapped = 0;
	let unlockCapped = 0;
	const report = (problem: string | null): LedgerReport => ({
		problem,
		worstShare,
		worstBase,
		burnCapped,
		unlockCapped
	});

	if (s0 !== toBase(params.initial_supply))
		return report(`week 0: S₀ = ${s0} base units, expected ${toBase(params.initial_supply)}`);
	if (prev.locked !== 0n || prev.minted !== 0n || prev.burned !== 0n)
		return report(
			`week 0: locked, minted, burned = ${prev.locked}, ${prev.minted}, ${prev.burned}`
		);

	for (let t = 1; t <= weeks; t++) {
		if (core.step(1) !== t) return report(`week ${t}: step did not advance`);
		const l = core.ledger();
		const row = core.copyRows(t, t);
		const at = (key: string) => row[metricColumn(key)];
		const w = `week ${t}`;

		if (l.supply + l.locked !== s0 + l.minted - l.burned)
			return report(`${w}: ${l.supply} + ${l.locked} ≠ ${s0} + ${l.minted} − ${l.burned}`);
		if (l.supply < 0n || l.locked < 0n)
			return report(`${w}: negative stock ${l.supply}, ${l.locked}`);
		if (l.burned > s0 + l.minted) return report(`${w}: burned ${l.burned} > S₀ + minted`);

		// Each flow converted once, by the rule.
		const mintedTokens = at('emission_tokens') + at('remint_tokens');
		const minted = toBase(mintedTokens);
		const burned = min(toBase(at('burn_tokens')), prev.supply);
		const unlocked = min(toBase(at('unlock_tokens')), prev.locked);
		const locked = min(toBase(share * mintedTokens), minted);
		if (toBase(at('burn_tokens')) > prev.supply) burnCapped++;
		if (toBase(at('unlock_tokens')) > prev.locked) unlockCapped++;
		if (l.minted - prev.minted !== minted)
			return report(`${w}: minted ${l.minted - prev.minted}, expected ${minted}`);
		if (l.burned - prev.burned !== burned)
			return report(`${w}: burned ${l.burned - prev.burned}, expected ${burned}`);
		if (l.locked - prev.locked !== locked - unlocked)
			return report(`${w}: locked moved ${l.locked - prev.locked}, expected ${locked - unlocked}`);
		if (minted > toBase(at('emission_tokens') + params.remint_cap))
			return report(`${w}: minted ${minted} above emission + re-mint cap`);
		if (at('emission_tokens') > scheduleMax)
			return report(`${w}: emission ${at('emission_tokens')} above the schedule's ${scheduleMax}`);

		// Agreement with the f64 ledger of the row.
		const rel = (24 * t + 8) * U * (params.initial_supply + at('minted_cum')) * LEDGER_UNIT;
		const pairs: [string, bigint, number][] = [
			['supply_circulating', l.supply, 2 * t + 0.5],
			['supply_locked', l.locked, t],
			['supply_total', l.supply + l.locked, t + 0.5],
			['minted_cum', l.minted, t / 2],
			['burned_cum', l.burned, 1.5 * t + 1]
		];
		for (const [key, base, units] of pairs) {
			const gap = Math.abs(at(key) * LEDGER_UNIT - Number(base));
			const bound = units + rel;
			worstShare = Math.max(worstShare, gap / bound);
			worstBase = Math.max(worstBase, gap);
			if (gap > bound)
				return report(
					`${w}: ${key} ${at(key)}·10⁶ is ${gap} base units from ${base} (bound ${bound})`
				);
		}
		prev = l;
	}
	return report(null);
}

/** checkLedger over a whole run of the aggregate engine (params.horizon_weeks weeks). */
export function checkAggregateLedger(
	core: Core,
	params: ParamValues,
	seed: number,
	events: readonly ScenarioEvent[] = []
): LedgerReport {
	return checkLedger(
		core,
		params,
		() => start(core, params, events, () => core.init(seed)),
		params.horizon_weeks
	);
}

/** checkLedger over a whole run of the spatial engine on a side² grid. */
export function checkSpatialLedger(
	core: Core,
	params: ParamValues,
	seed: number,
	events: readonly ScenarioEvent[] = [],
	side = 24
): LedgerReport {
	return checkLedger(
		core,
		params,
		() => start(core, params, events, () => core.initSpatial(seed, { side })),
		params.horizon_weeks
	);
}

function start(
	core: Core,
	params: ParamValues,
	events: readonly ScenarioEvent[],
	init: () => void
): void {
	core.setParams(params);
	core.setEvents(events);
	init();
}
