/**
 * Which charts the page shows and what each plots: the two sides of the flywheel (supply and
 * demand) and the token economy that links them. Colours are Okabe–Ito (colour-vision safe);
 * a dash pattern is the second encoding.
 */
import { metricColumn } from '../model/metrics';
import { formatCount, formatPercent, formatUsd } from '../lib/format';
import type { YKind } from './scales';

export const PALETTE = {
	blue: '#0072B2',
	orange: '#E69F00',
	green: '#009E73',
	vermillion: '#D55E00',
	purple: '#CC79A7',
	sky: '#56B4E9'
} as const;

export interface PanelLine {
	readonly column: number;
	readonly label: string;
	readonly color: string;
	readonly dash?: string;
}

export interface Panel {
	readonly id: string;
	readonly title: string;
	readonly kind: YKind;
	readonly format: (value: number) => string;
	readonly lines: readonly PanelLine[];
}

export const PANELS: readonly Panel[] = [
	{
		id: 'chart-supply',
		title: 'Miners: devices deployed',
		kind: 'linear',
		format: formatCount,
		lines: [
			{ column: metricColumn('devices'), label: 'Devices', color: PALETTE.blue },
			{ column: metricColumn('backlog'), label: 'Backlog', color: PALETTE.orange, dash: '5 3' }
		]
	},
	{
		id: 'chart-demand',
		title: 'Users: adoption',
		kind: 'linear',
		format: formatCount,
		lines: [{ column: metricColumn('users'), label: 'Users', color: PALETTE.green }]
	},
	{
		id: 'chart-price',
		title: 'Token price (log scale)',
		kind: 'log',
		format: formatUsd,
		lines: [{ column: metricColumn('price_usd'), label: 'Price', color: PALETTE.purple }]
	},
	{
		id: 'chart-flows',
		title: 'Revenue vs emissions, USD per week (log scale)',
		kind: 'log',
		format: formatUsd,
		lines: [
			{ column: metricColumn('revenue_usd'), label: 'Usage revenue', color: PALETTE.green },
			{
				column: metricColumn('emissions_usd'),
				label: 'Emissions',
				color: PALETTE.vermillion,
				dash: '5 3'
			}
		]
	}
];

export interface Kpi {
	readonly column: number;
	readonly label: string;
	readonly format: (value: number) => string;
}

export const KPIS: readonly Kpi[] = [
	{ column: metricColumn('devices'), label: 'Devices', format: formatCount },
	{ column: metricColumn('users'), label: 'Users', format: formatCount },
	{ column: metricColumn('coverage'), label: 'Population covered', format: formatPercent },
	{ column: metricColumn('price_usd'), label: 'Token price', format: formatUsd },
	{
		column: metricColumn('miner_income_usd_month'),
		label: 'Net income per device / month',
		format: formatUsd
	},
	{ column: metricColumn('coverage_ratio'), label: 'Revenue ÷ emissions', format: formatPercent }
];
