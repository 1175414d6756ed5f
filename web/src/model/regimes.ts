/**
 * Regime changes read from a run's weekly metrics, for the narration and the charts' marks.
 * Every event is reported at the week its condition is first met, from weeks up to that one
 * only: the events of a shorter run are a prefix of those of a longer one, so recomputing from
 * scratch each time the series grows (O(weeks)) never moves or drops an announced event.
 *
 * Definitions (trailing rates over WINDOW = 13 weeks, as in loops.ts):
 * - take-off: devices and users both grow by ≥ 2% a week (with ≥ 100 users). Once per run.
 * - critical mass: users' growth turns self-sustaining: users grow faster than devices, the
 *   users added this quarter exceed those added the quarter before (adoption accelerates),
 *   usage revenue is worth ≥ 5% of the emissions over the quarter (usage starts to pay) and
 *   miners still earn more than their running costs (net income > 0). Once per run.
 * - plateau: after growth of ≥ 1% a week, devices change by less than 0.2% a week for 13 weeks
 *   in a row. Again only after growth has resumed.
 * - death spiral: devices fell every week for 13 weeks, by ≥ 0.5% a week on average, and the
 *   token price is lower than 13 weeks ago. Again only after devices grow by ≥ 0.5% a week.
 * - revenue crossover: the coverage ratio over the quarter (usage revenue / value of emissions,
 *   both summed over the trailing 13 weeks so that price swings do not make it flicker) reaches
 *   1; back below 0.8 is the reverse crossover.
 * - loop change: another loop becomes dominant (loops.ts dominantLoopHistory).
 */
import { formatCount, formatNumber, formatPercent, formatUsd } from '../lib/format';
import { metricColumn } from './metrics';
import {
	LoopSignals,
	WINDOW,
	dominanceSentence,
	dominantLoopHistory,
	loopSpec,
	loopTitle
} from './loops';
import type { LoopId, WeeklySeries } from './loops';

export type RegimeKind =
	| 'revenue_crossover'
	| 'subsidy_return'
	| 'take_off'
	| 'critical_mass'
	| 'plateau'
	| 'death_spiral'
	| 'loop_change';

export interface RegimeEvent {
	readonly week: number;
	readonly kind: RegimeKind;
	/** "Week 61: coverage ratio passed 1 — usage revenue now exceeds the value of emissions" */
	readonly message: string;
	/** The loop that became dominant (loop_change only). */
	readonly loop?: LoopId;
}

export const TAKE_OFF_RATE = 0.02;
export const TAKE_OFF_USERS = 100;
export const CRITICAL_MASS_USAGE_SHARE = 0.05;
export const GROWING_RATE = 0.01;
export const PLATEAU_RATE = 0.002;
export const PLATEAU_WEEKS = 13;
export const SPIRAL_WEEKS = 13;
/** Average weekly fall of devices over SPIRAL_WEEKS; growth at this rate re-arms the event. */
export const SPIRAL_RATE = 0.005;
export const CROSSOVER_UP = 1;
export const CROSSOVER_DOWN = 0.8;

/** Short labels for flags on the charts' time axis. */
export const REGIME_LABELS: Readonly<Record<RegimeKind, string>> = {
	revenue_crossover: 'Revenue > emissions',
	subsidy_return: 'Emissions > revenue',
	take_off: 'Take-off',
	critical_mass: 'Critical mass',
	plateau: 'Plateau',
	death_spiral: 'Death spiral',
	loop_change: 'Loop change'
};

const COL = {
	devices: metricColumn('devices'),
	users: metricColumn('users'),
	price: metricColumn('price_usd'),
	revenue: metricColumn('revenue_usd'),
	emissionsUsd: metricColumn('emissions_usd'),
	income: metricColumn('miner_income_usd_month')
} as const;

function finite(value: number): number {
	return Number.isFinite(value) ? value : 0;
}

/** Revenue over the value of emissions; +∞ when there is revenue and no emission to compare. */
function coverageRatio(revenue: number, emissions: number): number {
	if (emissions <= 1e-6) return revenue > 0 ? Infinity : 0;
	return finite(revenue / emissions);
}

/** The regime changes of the first `length` weeks, by week (ties in RegimeKind order). */
export function detectRegimes(
	series: WeeklySeries,
	length = series.length,
	signals = new LoopSignals(series, length),
	history = dominantLoopHistory(series, length, signals)
): RegimeEvent[] {
	const events: RegimeEvent[] = [];
	const v = (week: number, column: number) => finite(series.value(week, column));
	const add = (week: number, kind: RegimeKind, text: string, loop?: LoopId) =>
		events.push({ week, kind, message: `Week ${week}: ${text}`, ...(loop ? { loop } : {}) });

	let above = false;
	let tookOff = false;
	let criticalMass = false;
	let grew = false;
	let flatWeeks = 0;
	let spiralArmed = true;
	let fallingWeeks = 0;
	let revenueSum = 0;
	let emissionsSum = 0;
	const revenueAt: number[] = [];
	const emissionsAt: number[] = [];

	for (let t = 0; t < signals.length; t++) {
		const { devices: gD, users: gU } = signals.state(t).growth;
		const users = v(t, COL.users);
		revenueAt.push(Math.max(0, v(t, COL.revenue)));
		emissionsAt.push(Math.max(0, v(t, COL.emissionsUsd)));
		revenueSum += revenueAt[t];
		emissionsSum += emissionsAt[t];
		if (t > WINDOW) {
			revenueSum -= revenueAt[t - WINDOW - 1];
			emissionsSum -= emissionsAt[t - WINDOW - 1];
		}

		const ratio = coverageRatio(revenueSum, emissionsSum);
		if (!above && ratio >= CROSSOVER_UP) {
			above = true;
			add(
				t,
				'revenue_crossover',
				'coverage ratio passed 1 — usage revenue now exceeds the value of emissions'
			);
		} else if (above && ratio < CROSSOVER_DOWN) {
			above = false;
			add(
				t,
				'subsidy_return',
				`coverage ratio fell to ${formatNumber(ratio)} — emissions are worth more than usage revenue again`
			);
		}

		if (
			!tookOff &&
			t >= WINDOW &&
			users >= TAKE_OFF_USERS &&
			gD >= TAKE_OFF_RATE &&
			gU >= TAKE_OFF_RATE
		) {
			tookOff = true;
			add(
				t,
				'take_off',
				`take-off — devices grow by ${formatPercent(gD)} and users by ${formatPercent(gU)} a week`
			);
		}

		if (!criticalMass && t >= 2 * WINDOW) {
			const added = users - v(t - WINDOW, COL.users);
			const addedBefore = v(t - WINDOW, COL.users) - v(t - 2 * WINDOW, COL.users);
			const earning = v(t, COL.income) > 0;
			const accelerating = addedBefore > 0 && added > addedBefore;
			if (gU > gD && accelerating && earning && ratio >= CRITICAL_MASS_USAGE_SHARE) {
				criticalMass = true;
				add(
					t,
					'critical_mass',
					'critical mass crossed — users grow faster than the network and adoption is accelerating'
				);
			}
		}

		if (gD >= GROWING_RATE) grew = true;
		flatWeeks = t >= WINDOW && Math.abs(gD) < PLATEAU_RATE ? flatWeeks + 1 : 0;
		if (grew && flatWeeks >= PLATEAU_WEEKS) {
			grew = false;
			add(
				t,
				'plateau',
				`plateau — devices have changed by less than ${formatPercent(PLATEAU_RATE)} a week for ${PLATEAU_WEEKS} weeks`
			);
		}

		fallingWeeks = t > 0 && v(t, COL.devices) < v(t - 1, COL.devices) ? fallingWeeks + 1 : 0;
		if (gD >= SPIRAL_RATE) spiralArmed = true;
		if (
			spiralArmed &&
			fallingWeeks >= SPIRAL_WEEKS &&
			v(t, COL.devices) <= v(t - SPIRAL_WEEKS, COL.devices) * (1 - SPIRAL_RATE) ** SPIRAL_WEEKS &&
			v(t, COL.price) < v(t - SPIRAL_WEEKS, COL.price)
		) {
			spiralArmed = false;
			add(
				t,
				'death_spiral',
				`death spiral — devices and the token price have both fallen for ${SPIRAL_WEEKS} weeks`
			);
		}

		const loop = history[t];
		if (t > 0 && loop !== null && loop !== history[t - 1]) {
			add(t, 'loop_change', `${loopTitle(loop)} now dominates — ${loopSpec(loop).story}`, loop);
		}
	}
	return events;
}

/** A flag on a chart's time axis (charts/chart-types.ts ChartMark). */
export interface RegimeMark {
	readonly week: number;
	readonly label: string;
}

/** The charts' marks for `events`; loop changes are labelled "R1 dominates". */
export function regimeMarks(
	events: readonly RegimeEvent[],
	{ loops = true }: { loops?: boolean } = {}
): RegimeMark[] {
	return events
		.filter((event) => loops || event.kind !== 'loop_change')
		.map((event) => ({
			week: event.week,
			label: event.loop ? `${event.loop} dominates` : REGIME_LABELS[event.kind]
		}));
}

/** The newest event at or before `week`, if any. */
export function latestRegime(events: readonly RegimeEvent[], week: number): RegimeEvent | null {
	for (let i = events.length - 1; i >= 0; i--) if (events[i].week <= week) return events[i];
	return null;
}

/** "Describe now": the state of the run at `week` in two or three sentences. */
export function describeRun(
	series: WeeklySeries,
	week: number,
	history: readonly (LoopId | null)[],
	events: readonly RegimeEvent[],
	horizon?: number
): string {
	if (series.length === 0) return 'The run has not started yet.';
	const t = Math.max(0, Math.min(Math.floor(week), series.length - 1));
	const v = (column: number) => finite(series.value(t, column));
	const ratio = coverageRatio(v(COL.revenue), v(COL.emissionsUsd));
	const ratioText = Number.isFinite(ratio)
		? `coverage ratio ${formatNumber(ratio)} (usage revenue is ${formatPercent(ratio)} of the value of emissions)`
		: 'usage revenue and no emissions';
	const of = horizon !== undefined && horizon > 0 ? ` of ${horizon}` : '';
	const state =
		`Week ${t}${of}: ${formatCount(v(COL.devices))} devices, ${formatCount(v(COL.users))} users, ` +
		`token price ${formatUsd(v(COL.price))}, ${ratioText}.`;
	const dominance = `${dominanceSentence(history, t)}.`;
	const latest = latestRegime(events, t);
	return latest ? `${state} ${dominance} Last change: ${latest.message}.` : `${state} ${dominance}`;
}

export interface RunAnalysis {
	readonly signals: LoopSignals;
	readonly history: readonly (LoopId | null)[];
	readonly events: readonly RegimeEvent[];
}

let memo: { series: WeeklySeries; revision: number; length: number; analysis: RunAnalysis } | null =
	null;

/**
 * Loop signals, dominant-loop history and regime events of the whole series. The diagram and
 * the narration both ask for them after every frame: the last answer is kept, keyed by the
 * series, its revision (SeriesStore.revision) and length, which within a revision identify
 * its rows (they are only ever appended).
 */
export function analyseRun(series: WeeklySeries & { readonly revision?: number }): RunAnalysis {
	const revision = series.revision ?? NaN;
	if (
		memo &&
		memo.series === series &&
		memo.revision === revision &&
		memo.length === series.length
	) {
		return memo.analysis;
	}
	const signals = new LoopSignals(series);
	const history = dominantLoopHistory(series, series.length, signals);
	const events = detectRegimes(series, series.length, signals, history);
	const analysis = { signals, history, events };
	memo = { series, revision, length: series.length, analysis };
	return analysis;
}
