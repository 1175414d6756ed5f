/**
 * Which charts the page shows, grouped by stakeholder (manufacturers, miners, builders, users)
 * and theme (token, revenue vs emissions), and what each plots. Colours are Okabe–Ito
 * (colour-vision safe); a dash pattern is the second encoding and the legend names each line.
 * Scales: counts that grow from zero are linear; prices and money flows that span decades are
 * log; incomes and returns that span decades and can turn negative are symlog.
 */
import { metricColumn } from '../model/metrics';
import { formatCount, formatNumber, formatPercent, formatUsd } from '../lib/format';
import { NEVER_MONTHS, formatCountFull, formatMonths, formatWeeks } from './formats';
import type { ChartLine, ChartReference } from './chart-types';
import type { YKind } from './scales';

/** Okabe & Ito (2008). Yellow and black are left out: too faint on white, or on a dark page. */
export const PALETTE = {
	blue: '#0072B2',
	orange: '#E69F00',
	green: '#009E73',
	vermillion: '#D55E00',
	purple: '#CC79A7',
	sky: '#56B4E9'
} as const;

/** Dash patterns, the redundant encoding of a chart's second and third lines. */
export const DASH = {
	solid: undefined,
	dashed: '6 3',
	dotted: '1.5 3',
	dashDot: '7 3 1.5 3'
} as const;

export type PanelLine = ChartLine;

export interface Panel {
	/** Also the chart's data-testid. */
	readonly id: string;
	readonly title: string;
	/** Unit of the y axis, said in the chart's description. */
	readonly unit: string;
	readonly kind: YKind;
	/** Width of the linear region around zero of a symlog axis. */
	readonly symlogConstant?: number;
	/** Axis ticks. */
	readonly format: (value: number) => string;
	/** Read-out values (the axis format if absent). */
	readonly readout?: (value: number) => string;
	/** Values that are drawn (others leave a gap): e.g. a payback of "never". */
	readonly valid?: (value: number) => boolean;
	readonly reference?: ChartReference;
	readonly lines: readonly PanelLine[];
}

export interface Stakeholder {
	readonly id: string;
	readonly title: string;
	/** One sentence: what this group cares about. */
	readonly summary: string;
	readonly panels: readonly Panel[];
}

const col = metricColumn;

export const STAKEHOLDERS: readonly Stakeholder[] = [
	{
		id: 'manufacturers',
		title: 'Device manufacturers',
		summary:
			'Miners order devices; manufacturers ship them as capacity allows, so a rush builds a backlog.',
		panels: [
			{
				id: 'chart-supply',
				title: 'Devices deployed and on order',
				unit: 'devices',
				kind: 'linear',
				format: formatCount,
				readout: formatCountFull,
				lines: [
					{ column: col('devices'), label: 'Devices', color: PALETTE.blue },
					{ column: col('backlog'), label: 'Backlog', color: PALETTE.orange, dash: DASH.dashed }
				]
			},
			{
				id: 'chart-lead-time',
				title: 'Delivery lead time',
				unit: 'weeks',
				kind: 'linear',
				format: formatNumber,
				readout: formatWeeks,
				lines: [{ column: col('lead_time_weeks'), label: 'Lead time', color: PALETTE.vermillion }]
			}
		]
	},
	{
		id: 'miners',
		title: 'Miners',
		summary:
			'Device owners earn token rewards (and any direct revenue) net of running costs, and buy more devices while the return looks good.',
		panels: [
			{
				id: 'chart-income',
				title: 'Net income per device, USD a month (symlog scale)',
				unit: 'US dollars a month',
				kind: 'symlog',
				symlogConstant: 1,
				format: formatUsd,
				lines: [{ column: col('miner_income_usd_month'), label: 'Income', color: PALETTE.green }]
			},
			{
				id: 'chart-roi',
				title: 'Expected annual return on a device (symlog scale)',
				unit: 'percent a year',
				kind: 'symlog',
				symlogConstant: 0.01,
				format: formatPercent,
				lines: [{ column: col('roi_annual'), label: 'ROI', color: PALETTE.purple }]
			},
			{
				id: 'chart-payback',
				title: 'Months for a device to pay for itself (log scale; gaps: never)',
				unit: 'months',
				kind: 'log',
				format: formatNumber,
				readout: formatMonths,
				valid: (v) => v < NEVER_MONTHS,
				lines: [{ column: col('payback_months'), label: 'Payback', color: PALETTE.blue }]
			}
		]
	},
	{
		id: 'builders',
		title: 'Builders',
		summary:
			'Infrastructure teams lower users’ switching costs; application teams make the network worth joining. Grants pay some of them in tokens.',
		panels: [
			{
				id: 'chart-builders',
				title: 'Builder teams',
				unit: 'teams',
				kind: 'linear',
				format: formatCount,
				readout: formatCountFull,
				lines: [
					{ column: col('builders_infra'), label: 'Infrastructure', color: PALETTE.blue },
					{
						column: col('builders_app'),
						label: 'Applications',
						color: PALETTE.orange,
						dash: DASH.dashed
					}
				]
			},
			{
				id: 'chart-grants',
				title: 'Builder grants, USD a week',
				unit: 'US dollars a week',
				kind: 'linear',
				format: formatUsd,
				lines: [{ column: col('grants_usd'), label: 'Grants', color: PALETTE.green }]
			}
		]
	},
	{
		id: 'users',
		title: 'Users',
		summary:
			'Coverage and quality draw users in, against the inertia of the centralised service they already use.',
		panels: [
			{
				id: 'chart-demand',
				title: 'Users',
				unit: 'users',
				kind: 'linear',
				format: formatCount,
				readout: formatCountFull,
				lines: [{ column: col('users'), label: 'Users', color: PALETTE.green }]
			},
			{
				id: 'chart-service',
				title: 'Coverage, quality and willingness to switch',
				unit: 'percent',
				kind: 'linear',
				format: formatPercent,
				lines: [
					{ column: col('coverage'), label: 'Coverage', color: PALETTE.blue },
					{
						column: col('quality'),
						label: 'Quality',
						color: PALETTE.vermillion,
						dash: DASH.dashed
					},
					{
						column: col('adoption_gate'),
						label: 'Willing to switch',
						color: PALETTE.purple,
						dash: DASH.dotted
					}
				]
			}
		]
	},
	{
		id: 'token',
		title: 'Token',
		summary:
			'Emissions mint tokens, usage burns them, investors’ allocations unlock over time; the price follows the flows.',
		panels: [
			{
				id: 'chart-price',
				title: 'Token price, USD (log scale)',
				unit: 'US dollars',
				kind: 'log',
				format: formatUsd,
				lines: [{ column: col('price_usd'), label: 'Price', color: PALETTE.purple }]
			},
			{
				id: 'chart-token-supply',
				title: 'Token supply',
				unit: 'tokens',
				kind: 'linear',
				format: formatNumber,
				lines: [
					{ column: col('supply_total'), label: 'Total', color: PALETTE.blue },
					{
						column: col('supply_circulating'),
						label: 'Circulating',
						color: PALETTE.green,
						dash: DASH.dashed
					},
					{
						column: col('supply_locked'),
						label: 'Locked',
						color: PALETTE.orange,
						dash: DASH.dotted
					}
				]
			},
			{
				id: 'chart-mint-burn',
				title: 'Tokens minted and burned to date',
				unit: 'tokens',
				kind: 'linear',
				format: formatNumber,
				lines: [
					{ column: col('minted_cum'), label: 'Minted', color: PALETTE.vermillion },
					{ column: col('burned_cum'), label: 'Burned', color: PALETTE.blue, dash: DASH.dashed }
				]
			}
		]
	},
	{
		id: 'protocol',
		title: 'Revenue vs emissions',
		summary:
			'Does usage pay for the network? The coverage ratio is usage revenue divided by the value of the week’s emissions; above 1 the network no longer lives on subsidy.',
		panels: [
			{
				id: 'chart-flows',
				title: 'Usage revenue and emissions, USD a week (log scale)',
				unit: 'US dollars a week',
				kind: 'log',
				format: formatUsd,
				lines: [
					{ column: col('revenue_usd'), label: 'Usage revenue', color: PALETTE.green },
					{
						column: col('emissions_usd'),
						label: 'Emissions',
						color: PALETTE.vermillion,
						dash: DASH.dashed
					}
				]
			},
			{
				id: 'chart-coverage-ratio',
				title: 'Coverage ratio, revenue ÷ emissions (log scale)',
				unit: 'ratio',
				kind: 'log',
				format: formatNumber,
				reference: { value: 1, label: 'revenue = emissions' },
				lines: [{ column: col('coverage_ratio'), label: 'Ratio', color: PALETTE.blue }]
			}
		]
	}
];

/** Every panel, in page order. */
export const PANELS: readonly Panel[] = STAKEHOLDERS.flatMap((s) => s.panels);
