/**
 * The causal loops of the model (docs/model.md, "Loop dominance (the diagram)") and how strongly
 * each one acts, week by week, read from the run's weekly metrics alone.
 *
 * Method: every edge and every loop is measured as a weekly rate (a fraction of its stock per
 * week), so that loops of different lengths and units can be compared on one scale. Rates are
 * trailing means over WINDOW weeks of changes of asinh(value / scale), a logarithm that stays
 * finite at zero and for negative values. A loop's score is the rate at which it is moving the
 * network now:
 * - R1, the flywheel: the slowest of the growth rates of devices, users and usage revenue (a
 *   reinforcing loop turns only as fast as its weakest link; 0 when any of them shrinks).
 * - B1, emission sell pressure: the token's fall relative to the crypto market (β_X = 1, the
 *   default), times the share of the token's flows that are emissions rather than usage.
 * - B2, density saturation: device growth that lands on covered ground (× coverage) and is not
 *   matched by user growth, i.e. rewards and users per device diluted.
 * - B3, miner churn: miners leaving faster than new devices arrive (exit rate − deployment rate).
 * The dominant loop is the one with the highest score above DOMINANCE_FLOOR; a new leader takes
 * over only after leading for CONFIRM_WEEKS weeks in a row, by SWITCH_MARGIN over the dominant
 * loop's score, so that noise and near ties do not flip it.
 * Loop gains (products of estimated elasticities) were rejected: the elasticity of the price to
 * the emissions sold cannot be estimated from the series (both move together mechanically, since
 * emissions are valued at the price), and ratios of small changes blow up when a source is flat.
 */
import { metricColumn } from './metrics';

export type LoopId = 'R1' | 'B1' | 'B2' | 'B3';
export type NodeId =
	| 'devices'
	| 'coverage'
	| 'users'
	| 'revenue'
	| 'value'
	| 'rewards'
	| 'selling'
	| 'density'
	| 'churn';
export type EdgeId =
	| 'devices-coverage'
	| 'coverage-users'
	| 'users-revenue'
	| 'revenue-value'
	| 'value-rewards'
	| 'rewards-devices'
	| 'rewards-selling'
	| 'selling-value'
	| 'devices-density'
	| 'density-rewards'
	| 'rewards-churn'
	| 'churn-devices';

/** Weekly values by column: SeriesStore fits. */
export interface WeeklySeries {
	readonly length: number;
	value(week: number, column: number): number;
}

export interface LoopNode {
	readonly id: NodeId;
	readonly label: string;
	/** What measures it (metric keys of web/src/model/metrics.ts). */
	readonly measure: string;
}

export interface LoopEdge {
	readonly id: EdgeId;
	readonly from: NodeId;
	readonly to: NodeId;
	/** +1: the target moves with the source; −1: against it. */
	readonly polarity: 1 | -1;
	/** The loops it belongs to, the first one colours it. */
	readonly loops: readonly LoopId[];
	/** The model's equation behind it, and what its weekly rate measures. */
	readonly meaning: string;
}

export interface LoopSpec {
	readonly id: LoopId;
	readonly kind: 'reinforcing' | 'balancing';
	/** Lower case, for sentences: "the flywheel". */
	readonly name: string;
	/** The cycle, first node repeated at the end. */
	readonly path: readonly NodeId[];
	/** What happens when this loop dominates. */
	readonly story: string;
}

export const LOOP_NODES: readonly LoopNode[] = [
	{ id: 'devices', label: 'Devices', measure: 'devices' },
	{ id: 'coverage', label: 'Coverage', measure: 'coverage' },
	{ id: 'users', label: 'Users', measure: 'users' },
	{ id: 'revenue', label: 'Revenue', measure: 'revenue_usd' },
	{ id: 'value', label: 'Token value', measure: 'price_usd, market_index' },
	{ id: 'rewards', label: 'Rewards', measure: 'price_usd, shipments' },
	{ id: 'selling', label: 'Miners sell', measure: 'emission_tokens, supply_circulating' },
	{ id: 'density', label: 'Density', measure: 'devices, coverage, users' },
	{ id: 'churn', label: 'Churn', measure: 'devices, shipments, devices_banned' }
];

export const LOOP_EDGES: readonly LoopEdge[] = [
	{
		id: 'devices-coverage',
		from: 'devices',
		to: 'coverage',
		polarity: 1,
		loops: ['R1'],
		meaning: 'B3 coverage: device growth × (1 − coverage), the footprint on uncovered ground'
	},
	{
		id: 'coverage-users',
		from: 'coverage',
		to: 'users',
		polarity: 1,
		loops: ['R1'],
		meaning: 'B5 market M = M_max·C: the users’ growth rate'
	},
	{
		id: 'users-revenue',
		from: 'users',
		to: 'revenue',
		polarity: 1,
		loops: ['R1'],
		meaning: 'B5 R = U·q_u·p_s: the revenue’s growth rate'
	},
	{
		id: 'revenue-value',
		from: 'revenue',
		to: 'value',
		polarity: 1,
		loops: ['R1'],
		meaning: 'B6 burn and B9 fundamental value: revenue growth × usage share of the token flows'
	},
	{
		id: 'value-rewards',
		from: 'value',
		to: 'rewards',
		polarity: 1,
		loops: ['R1', 'B1'],
		meaning: 'B7 π = P·s_m·E/D: the price’s growth rate'
	},
	{
		id: 'rewards-devices',
		from: 'rewards',
		to: 'devices',
		polarity: 1,
		loops: ['R1', 'B2'],
		meaning: 'B8 orders from expected ROI: shipments per device per week'
	},
	{
		id: 'rewards-selling',
		from: 'rewards',
		to: 'selling',
		polarity: 1,
		loops: ['B1'],
		meaning: 'B9 sells σ_m of the miners’ tokens: tokens minted per circulating token per week'
	},
	{
		id: 'selling-value',
		from: 'selling',
		to: 'value',
		polarity: -1,
		loops: ['B1'],
		meaning: 'B9 price step: the token’s fall against the market × emissions’ share of flows'
	},
	{
		id: 'devices-density',
		from: 'devices',
		to: 'density',
		polarity: 1,
		loops: ['B2', 'B3'],
		meaning: 'B3 overlap: device growth × coverage, the footprint on covered ground'
	},
	{
		id: 'density-rewards',
		from: 'density',
		to: 'rewards',
		polarity: -1,
		loops: ['B2', 'B3'],
		meaning: 'B7 dilution: device growth on covered ground not matched by user growth'
	},
	{
		id: 'rewards-churn',
		from: 'rewards',
		to: 'churn',
		polarity: -1,
		loops: ['B3'],
		meaning: 'B8 exits δ_hw + δ_e·σ(−β_c·π^e/c_op): devices leaving per device per week'
	},
	{
		id: 'churn-devices',
		from: 'churn',
		to: 'devices',
		polarity: -1,
		loops: ['B3'],
		meaning: 'B8 D ← D + Ship − X: exits minus shipments per device per week, when positive'
	}
];

export const LOOPS: readonly LoopSpec[] = [
	{
		id: 'R1',
		kind: 'reinforcing',
		name: 'the flywheel',
		path: ['devices', 'coverage', 'users', 'revenue', 'value', 'rewards', 'devices'],
		story: 'devices, users and revenue grow together'
	},
	{
		id: 'B1',
		kind: 'balancing',
		name: 'emission sell pressure',
		path: ['rewards', 'selling', 'value', 'rewards'],
		story: 'miners sell their rewards and the token falls'
	},
	{
		id: 'B2',
		kind: 'balancing',
		name: 'density saturation',
		path: ['devices', 'density', 'rewards', 'devices'],
		story: 'new devices land on covered ground and dilute rewards'
	},
	{
		id: 'B3',
		kind: 'balancing',
		name: 'miner churn',
		path: ['devices', 'density', 'rewards', 'churn', 'devices'],
		story: 'miners leave faster than new devices arrive'
	}
];

export const LOOP_IDS: readonly LoopId[] = LOOPS.map((loop) => loop.id);

export function loopSpec(id: LoopId): LoopSpec {
	return LOOPS.find((loop) => loop.id === id)!;
}

/** Weeks of the trailing window every rate is averaged over (a quarter). */
export const WINDOW = 13;
/** Below this score (0.05% a week, ≈ 2.6% a year) no loop is said to dominate. */
export const DOMINANCE_FLOOR = 0.0005;
/** A new leader must lead this many weeks in a row before it is called dominant… */
export const CONFIRM_WEEKS = 4;
/** …by this factor over the dominant loop's own score, while that one is above the floor. */
export const SWITCH_MARGIN = 1.25;

export type LoopScores = Readonly<Record<LoopId, number>>;

/** Everything the diagram shows at one week. All values are finite. */
export interface LoopState {
	readonly week: number;
	/** Signed weekly rate each edge carries (fraction per week; −0.01 = −1%/week). */
	readonly edges: Readonly<Record<EdgeId, number>>;
	/** Each loop's dominance score (fraction per week, ≥ 0). */
	readonly scores: LoopScores;
	/** The loop with the highest score this week (before confirmation), or null. */
	readonly leader: LoopId | null;
	/** The trailing growth rates behind the scores (fraction per week). */
	readonly growth: { readonly devices: number; readonly users: number; readonly revenue: number };
}

const COL = {
	devices: metricColumn('devices'),
	users: metricColumn('users'),
	coverage: metricColumn('coverage'),
	price: metricColumn('price_usd'),
	market: metricColumn('market_index'),
	revenue: metricColumn('revenue_usd'),
	emissionsUsd: metricColumn('emissions_usd'),
	emission: metricColumn('emission_tokens'),
	remint: metricColumn('remint_tokens'),
	circulating: metricColumn('supply_circulating'),
	shipments: metricColumn('shipments'),
	banned: metricColumn('devices_banned'),
	relocating: metricColumn('devices_relocating')
} as const;

/** One unit of each stock: asinh(v / scale) ≈ ln(2v / scale) well above it, and 0 at 0. */
const SCALE = { devices: 1, users: 1, revenue: 1 } as const;
/** Prices are kept above 1e-9 USD by the model; this floor only guards an all-zero series. */
const LOG_FLOOR = 1e-12;

function finite(value: number): number {
	return Number.isFinite(value) ? value : 0;
}

function clamp01(value: number): number {
	return Math.min(1, Math.max(0, value));
}

/** a / b, or 0 when b is 0 (or the result is not finite). */
function ratio(a: number, b: number): number {
	return b > 0 ? finite(a / b) : 0;
}

/**
 * The loop rates of a run, computed once for its first `length` weeks (prefix sums make every
 * week O(1)). Build a new one whenever the series changes.
 */
export class LoopSignals {
	readonly length: number;
	readonly #series: WeeklySeries;
	/** Prefix sums over weeks 1..k of exits, shipments and last week's devices. */
	readonly #exits: Float64Array;
	readonly #shipments: Float64Array;
	readonly #base: Float64Array;
	/** Prefix sums over weeks 0..k−1 of emissions (USD), revenue, tokens minted, circulating supply. */
	readonly #emissionsUsd: Float64Array;
	readonly #revenue: Float64Array;
	readonly #minted: Float64Array;
	readonly #circulating: Float64Array;
	/** Each week's state, computed on first request. */
	readonly #states: (LoopState | undefined)[] = [];

	constructor(series: WeeklySeries, length = series.length) {
		this.length = Math.max(0, Math.min(Math.floor(length), series.length));
		this.#series = series;
		const n = this.length + 1;
		this.#exits = new Float64Array(n);
		this.#shipments = new Float64Array(n);
		this.#base = new Float64Array(n);
		this.#emissionsUsd = new Float64Array(n);
		this.#revenue = new Float64Array(n);
		this.#minted = new Float64Array(n);
		this.#circulating = new Float64Array(n);
		for (let k = 0; k < this.length; k++) {
			const v = (column: number) => Math.max(0, this.#v(k, column));
			this.#emissionsUsd[k + 1] = this.#emissionsUsd[k] + v(COL.emissionsUsd);
			this.#revenue[k + 1] = this.#revenue[k] + v(COL.revenue);
			this.#minted[k + 1] = this.#minted[k] + v(COL.emission) + v(COL.remint);
			this.#circulating[k + 1] = this.#circulating[k] + v(COL.circulating);
			let exits = 0;
			let shipments = 0;
			let base = 0;
			if (k > 0) {
				// B8: D_k = D_{k−1} − banned + Ship − X + relocated, relocated from the relocating stock.
				const banned = v(COL.banned);
				const relocated = Math.max(
					0,
					this.#v(k - 1, COL.relocating) + 0.5 * banned - this.#v(k, COL.relocating)
				);
				base = Math.max(0, this.#v(k - 1, COL.devices));
				shipments = v(COL.shipments);
				exits = Math.max(0, base + shipments - banned + relocated - this.#v(k, COL.devices));
			}
			this.#exits[k + 1] = this.#exits[k] + exits;
			this.#shipments[k + 1] = this.#shipments[k] + shipments;
			this.#base[k + 1] = this.#base[k] + base;
		}
	}

	#v(week: number, column: number): number {
		return finite(this.#series.value(week, column));
	}

	/** Trailing mean weekly change of asinh(value / scale). */
	#growth(week: number, column: number, scale: number): number {
		const from = Math.max(0, week - WINDOW);
		if (week === from) return 0;
		const change =
			Math.asinh(this.#v(week, column) / scale) - Math.asinh(this.#v(from, column) / scale);
		return finite(change / (week - from));
	}

	#logGrowth(week: number, column: number): number {
		const from = Math.max(0, week - WINDOW);
		if (week === from) return 0;
		const log = (w: number) => Math.log(Math.max(LOG_FLOOR, this.#v(w, column)));
		return finite((log(week) - log(from)) / (week - from));
	}

	/** Sum of prefix-summed `sums` over the weeks of the window ending at `week`. */
	#windowSum(sums: Float64Array, week: number, firstWeek: number): number {
		return sums[week + 1] - sums[firstWeek];
	}

	state(week: number): LoopState {
		if (this.length === 0) return emptyState(0);
		const t = Math.max(0, Math.min(Math.floor(week), this.length - 1));
		return (this.#states[t] ??= this.#compute(t));
	}

	#compute(t: number): LoopState {
		const from = Math.max(0, t - WINDOW);
		const gD = this.#growth(t, COL.devices, SCALE.devices);
		const gU = this.#growth(t, COL.users, SCALE.users);
		const gR = this.#growth(t, COL.revenue, SCALE.revenue);
		const gP = this.#logGrowth(t, COL.price);
		// B9: ln P moves by κ_p·ln((MC + Buy)/(MC + Sell)) + β_X·Δln X; β_X = 1 (the default).
		const gExcess = gP - this.#logGrowth(t, COL.market);
		const coverage = clamp01(this.#v(t, COL.coverage));

		// Flows over the window's weeks from+1..t (week 0 has no flows).
		const base = this.#windowSum(this.#base, t, from + 1);
		const exitRate = ratio(this.#windowSum(this.#exits, t, from + 1), base);
		const deployRate = ratio(this.#windowSum(this.#shipments, t, from + 1), base);
		// Token flows over weeks from..t.
		const emissionsUsd = this.#windowSum(this.#emissionsUsd, t, from);
		const revenue = this.#windowSum(this.#revenue, t, from);
		const subsidyShare = ratio(emissionsUsd, emissionsUsd + revenue);
		const usageShare = ratio(revenue, emissionsUsd + revenue);
		const mintRate = ratio(
			this.#windowSum(this.#minted, t, from),
			this.#windowSum(this.#circulating, t, from)
		);

		const unmatched = gD > 0 ? clamp01((gD - gU) / gD) : 0;
		const scores: Record<LoopId, number> = {
			R1: Math.max(0, Math.min(gD, gU, gR)),
			B1: Math.max(0, -gExcess) * subsidyShare,
			B2: Math.max(0, gD) * coverage * unmatched,
			B3: Math.max(0, exitRate - deployRate)
		};
		const edges: Record<EdgeId, number> = {
			'devices-coverage': gD * (1 - coverage),
			'coverage-users': gU,
			'users-revenue': gR,
			'revenue-value': gR * usageShare,
			'value-rewards': gP,
			'rewards-devices': deployRate,
			'rewards-selling': mintRate,
			'selling-value': -scores.B1,
			'devices-density': Math.max(0, gD) * coverage,
			'density-rewards': -scores.B2,
			'rewards-churn': exitRate,
			'churn-devices': -scores.B3
		};
		for (const id of LOOP_IDS) scores[id] = finite(scores[id]);
		for (const edge of LOOP_EDGES) edges[edge.id] = finite(edges[edge.id]);
		return {
			week: t,
			edges,
			scores,
			leader: leaderOf(scores),
			growth: { devices: gD, users: gU, revenue: gR }
		};
	}
}

function emptyState(week: number): LoopState {
	const scores = { R1: 0, B1: 0, B2: 0, B3: 0 };
	const edges = Object.fromEntries(LOOP_EDGES.map((edge) => [edge.id, 0])) as Record<
		EdgeId,
		number
	>;
	return { week, edges, scores, leader: null, growth: { devices: 0, users: 0, revenue: 0 } };
}

/** The loop with the highest score, if it reaches the floor; ties go to the first in LOOPS. */
export function leaderOf(scores: LoopScores): LoopId | null {
	let best: LoopId | null = null;
	let bestScore = DOMINANCE_FLOOR;
	for (const id of LOOP_IDS) {
		if (scores[id] >= bestScore && (best === null || scores[id] > bestScore)) {
			best = id;
			bestScore = scores[id];
		}
	}
	return best;
}

/** The loop state at one week of the series (O(week): prefer LoopSignals for many weeks). */
export function loopStateAt(series: WeeklySeries, week: number): LoopState {
	return new LoopSignals(series, Math.min(series.length, week + 1)).state(week);
}

/**
 * The dominant loop of each of the first `length` weeks (null: none yet). A prefix of the
 * history of a longer run is the history of the shorter one: a week's entry never changes
 * once computed, so the history can be shown as the run plays.
 */
export function dominantLoopHistory(
	series: WeeklySeries,
	length = series.length,
	signals = new LoopSignals(series, length)
): (LoopId | null)[] {
	const history: (LoopId | null)[] = [];
	let current: LoopId | null = null;
	let challenger: LoopId | null = null;
	let streak = 0;
	for (let week = 0; week < signals.length; week++) {
		const { leader, scores } = signals.state(week);
		const holds =
			leader === current ||
			(current !== null &&
				leader !== null &&
				scores[current] >= DOMINANCE_FLOOR &&
				scores[leader] <= scores[current] * SWITCH_MARGIN);
		if (holds) {
			streak = 0;
		} else {
			streak = leader === challenger ? streak + 1 : 1;
			challenger = leader;
			if (streak >= CONFIRM_WEEKS) {
				current = leader;
				streak = 0;
			}
		}
		history.push(current);
	}
	return history;
}

/** The first week of the uninterrupted stretch of history[week]'s value that contains `week`. */
export function dominantSince(history: readonly (LoopId | null)[], week: number): number {
	let start = Math.max(0, Math.min(week, history.length - 1));
	while (start > 0 && history[start - 1] === history[start]) start--;
	return start;
}

export function loopTitle(id: LoopId): string {
	return `${loopSpec(id).name} (${id})`;
}

/** "Since week 61 the flywheel (R1) dominates", for the banner and the narration. */
export function dominanceSentence(history: readonly (LoopId | null)[], week: number): string {
	if (history.length === 0) return 'No loop dominates yet';
	const at = Math.max(0, Math.min(week, history.length - 1));
	const loop = history[at];
	const since = dominantSince(history, at);
	if (loop === null) {
		return since === 0 ? 'No loop dominates yet' : `Since week ${since} no loop clearly dominates`;
	}
	return `Since week ${since} ${loopTitle(loop)} dominates`;
}
