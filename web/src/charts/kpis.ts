/**
 * The stakeholder KPIs of MODEL.md B10 shown above the charts, read at one week (the shared
 * cursor, or the latest week): manufacturers, miners, builders, users and the protocol.
 */
import { formatPercent, formatUsd } from '../lib/format';
import { metricColumn } from '../model/metrics';
import type { SeriesSource } from './chart-types';
import { formatCountFull, formatMonths, formatWeeks } from './formats';

export interface Kpi {
	/** Stable id (the metric key, or a name for a derived figure): the data-testid is kpi-<id>. */
	readonly id: string;
	readonly stakeholder: string;
	readonly label: string;
	readonly value: (source: SeriesSource, week: number) => number;
	readonly format: (value: number) => string;
}

function metricKpi(
	key: string,
	stakeholder: string,
	label: string,
	format: (value: number) => string
): Kpi {
	const column = metricColumn(key);
	return { id: key, stakeholder, label, format, value: (s, w) => s.value(w, column) };
}

const infra = metricColumn('builders_infra');
const apps = metricColumn('builders_app');

/** Devices first: the headline number of a DePIN network. */
export const KPIS: readonly Kpi[] = [
	metricKpi('devices', 'Miners', 'Devices', formatCountFull),
	metricKpi('miner_income_usd_month', 'Miners', 'Net income per device / month', formatUsd),
	metricKpi('payback_months', 'Miners', 'Device payback', formatMonths),
	metricKpi('shipments', 'Manufacturers', 'Shipments / week', formatCountFull),
	metricKpi('lead_time_weeks', 'Manufacturers', 'Delivery lead time', formatWeeks),
	{
		id: 'builders',
		stakeholder: 'Builders',
		label: 'Builder teams (infra + apps)',
		format: formatCountFull,
		value: (s, w) => s.value(w, infra) + s.value(w, apps)
	},
	metricKpi('users', 'Users', 'Users', formatCountFull),
	metricKpi('coverage', 'Users', 'Population covered', formatPercent),
	metricKpi('price_usd', 'Token', 'Token price', formatUsd),
	metricKpi('coverage_ratio', 'Protocol', 'Revenue ÷ emissions', formatPercent)
];

/** Each KPI's text at `week` ('–' for all when the week is not held). */
export function kpiTexts(source: SeriesSource, week: number): string[] {
	const held = week >= 0 && week < source.length;
	return KPIS.map((k) => (held ? k.format(k.value(source, week)) : '–'));
}
