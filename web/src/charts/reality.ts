/**
 * The reality check: a real network's monthly history beside the run, on the run's week axis
 * (data/calibrations.ts says which month week 0 is). The real values are monthly (averages
 * or totals), drawn as dots at the middle of their month joined by a dotted line; the run is a
 * weekly line. What is compared: network size (devices), token price, and the rewards paid to
 * the supply side in USD a month. Pure: unit-tested in tests/unit/charts/reality.test.ts.
 */
import { monthlyFit } from '../data/fit';
import type { HistorySeries, NetworkInfo } from '../data/history';
import { WEEKS_PER_MONTH } from '../data/month';
import { monthStartWeek } from '../data/calibrations';
import { formatCount, formatUsd } from '../lib/format';
import { metricColumn } from '../model/metrics';
import type { ChartLine, Point, SeriesSource } from './chart-types';
import { minerShareOf } from './cloud';
import { DerivedSource, columnOf } from './derived-source';
import { formatCountFull } from './formats';
import { DASH, PALETTE } from './panels';
import type { YKind } from './scales';

/** Columns of realitySeries(). */
export const REALITY = { devices: 0, price: 1, rewardsMonth: 2 } as const;
/** Column id of the real line in a chart (any id distinct from the run's). */
const REAL_LINE = 100;

type Params = Readonly<Record<string, number>>;

/** The run's side of the comparison: devices, token price, miners' rewards in USD a month. */
export function realitySeries(run: SeriesSource, params: Params): DerivedSource {
	const share = minerShareOf(params);
	const emission = columnOf(run, metricColumn('emission_tokens'));
	const remint = columnOf(run, metricColumn('remint_tokens'));
	const price = columnOf(run, metricColumn('price_usd'));
	const rewards = emission.map((e, w) => share * (e + remint[w]) * price[w] * WEEKS_PER_MONTH);
	return new DerivedSource([columnOf(run, metricColumn('devices')), price, rewards], run.length);
}

export interface RealityPanel {
	readonly id: string;
	readonly title: string;
	readonly unit: string;
	readonly kind: YKind;
	readonly format: (value: number) => string;
	readonly readout: (value: number) => string;
	/** Column of realitySeries(). */
	readonly runColumn: number;
	readonly runLabel: string;
	/** Column of the history file. */
	readonly realColumn: string;
	readonly realLabel: string;
}

function capitalised(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

/** What can be compared for a network (size only if the file has it). */
export function realityPanels(network: NetworkInfo): RealityPanel[] {
	const panels: RealityPanel[] = [];
	if (network.sizeColumn && network.sizeUnit) {
		panels.push({
			id: 'reality-size',
			title: `${capitalised(network.sizeUnit)} (log scale)`,
			unit: network.sizeUnit,
			kind: 'log',
			format: formatCount,
			readout: formatCountFull,
			runColumn: REALITY.devices,
			runLabel: 'Run: devices',
			realColumn: network.sizeColumn,
			realLabel: `Real: ${network.sizeUnit}`
		});
	}
	panels.push({
		id: 'reality-price',
		title: `${network.token} price, USD (log scale)`,
		unit: 'US dollars',
		kind: 'log',
		format: formatUsd,
		readout: formatUsd,
		runColumn: REALITY.price,
		runLabel: 'Run: token price',
		realColumn: network.priceColumn,
		realLabel: `Real: ${network.token}`
	});
	if (network.rewardsUsdColumn) {
		panels.push({
			id: 'reality-rewards',
			title: 'Rewards to the supply side, USD a month (log scale)',
			unit: 'US dollars a month',
			kind: 'log',
			format: formatUsd,
			readout: formatUsd,
			runColumn: REALITY.rewardsMonth,
			runLabel: 'Run: miners’ rewards',
			realColumn: network.rewardsUsdColumn,
			realLabel: 'Real: rewards'
		});
	}
	return panels;
}

/** A history column as samples at the middle of each month (empty cells left out). */
export function realPoints(history: HistorySeries, column: string, weekZero: string): Point[] {
	const values = history.columns[column] ?? [];
	const points: Point[] = [];
	history.months.forEach((month, i) => {
		const v = values[i];
		if (v !== null && v !== undefined && Number.isFinite(v)) {
			points.push({ week: monthStartWeek(month, weekZero) + WEEKS_PER_MONTH / 2, value: v });
		}
	});
	return points;
}

/** The week the last month with data in any of the panels' columns ends (0 if none). */
export function realSpan(
	history: HistorySeries,
	panels: readonly RealityPanel[],
	weekZero: string
): number {
	let end = 0;
	for (const panel of panels) {
		const points = realPoints(history, panel.realColumn, weekZero);
		if (points.length) end = Math.max(end, points[points.length - 1].week + WEEKS_PER_MONTH / 2);
	}
	return Math.ceil(end - 1e-9);
}

/** The chart's lines: the run's (unless `withRun` is false) and the real samples. */
export function realityLines(
	panel: RealityPanel,
	history: HistorySeries,
	weekZero: string,
	withRun: boolean
): ChartLine[] {
	const real: ChartLine = {
		column: REAL_LINE,
		label: panel.realLabel,
		color: PALETTE.vermillion,
		dash: DASH.dotted,
		points: realPoints(history, panel.realColumn, weekZero),
		reach: WEEKS_PER_MONTH / 2
	};
	if (!withRun) return [real];
	return [{ column: panel.runColumn, label: panel.runLabel, color: PALETTE.blue }, real];
}

export interface SizeFit {
	/** Months compared (those with data that the run has reached). */
	readonly months: number;
	/** Root mean square of ln(run / real), monthly means of the run's weeks. */
	readonly rms: number;
	/** exp(rms): the typical factor between the run and the data. */
	readonly factor: number;
}

/** How far the run's devices are from the real network size, month by month; null if no
 * month can be compared yet. */
export function sizeFit(
	run: SeriesSource,
	history: HistorySeries,
	network: NetworkInfo,
	weekZero: string
): SizeFit | null {
	if (!network.sizeColumn || run.length === 0) return null;
	const data = history.columns[network.sizeColumn];
	const starts = history.months.map((m) => monthStartWeek(m, weekZero));
	const devices = columnOf(run, metricColumn('devices'));
	const fit = monthlyFit(devices, starts, data);
	const months = fit.errors.filter((e) => e !== null).length;
	if (months === 0) return null;
	return { months, rms: fit.rms, factor: Math.exp(fit.rms) };
}

/** Keys whose value differs from the preset's (the run is no longer the calibrated one). */
export function changedFrom(params: Params, preset: Params): string[] {
	return Object.keys(preset).filter((key) => params[key] !== preset[key]);
}
