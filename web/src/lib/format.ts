/** Number formatting for readouts, axes and slider value texts. */
import { format } from 'd3-format';

const si = format('.3~s');
const fixed2 = format(',.2f');
const sig3 = format('.3~r');
const exponent = format('.3~e');
/** Below this, decimals would run to a dozen zeros: 1.95e−18 instead. */
const TINY = 1e-6;
const tiny = (abs: number) => exponent(abs).replace('-', '−');

/** Compact human number: 1.15M, 42.1k, 0.0591, 3.2. */
export function formatNumber(value: number): string {
	if (!Number.isFinite(value)) return '–';
	const abs = Math.abs(value);
	if (abs === 0) return '0';
	if (abs >= 1000) return si(value).replace('G', 'B');
	if (abs >= 1) return Number.isInteger(value) ? String(value) : sig3(value);
	if (abs < TINY) return `${value < 0 ? '−' : ''}${tiny(abs)}`;
	return sig3(value);
}

/** Counts of things (devices, users): whole numbers, compact above a thousand. */
export function formatCount(value: number): string {
	if (!Number.isFinite(value)) return '–';
	return Math.abs(value) >= 1000 ? formatNumber(value) : String(Math.round(value));
}

export function formatUsd(value: number): string {
	if (!Number.isFinite(value)) return '–';
	const abs = Math.abs(value);
	const sign = value < 0 ? '−' : '';
	if (abs >= 1000) return `${sign}$${si(abs).replace('G', 'B')}`;
	if (abs >= 1) return `${sign}$${Number.isInteger(abs) ? abs : fixed2(abs)}`;
	if (abs > 0 && abs < TINY) return `${sign}$${tiny(abs)}`;
	return `${sign}$${sig3(abs)}`;
}

/** Below this a percentage reads "< 0.001%": a dozen zeros say nothing and overflow a box. */
const SMALLEST_PERCENT = 0.001;

export function formatPercent(share: number): string {
	if (!Number.isFinite(share)) return '–';
	const percent = share * 100;
	if (percent !== 0 && Math.abs(percent) < SMALLEST_PERCENT) {
		return `${percent < 0 ? '> −' : '< '}${SMALLEST_PERCENT}%`;
	}
	return `${sig3(percent)}%`;
}

const SINGULAR: Readonly<Record<string, string>> = {
	weeks: 'week',
	devices: 'device',
	users: 'user',
	teams: 'team',
	cells: 'cell',
	classes: 'class',
	copies: 'copy',
	tokens: 'token',
	events: 'event'
};

/** A value with its unit, as read out by screen readers and shown beside sliders. */
export function formatWithUnit(value: number, unit: string): string {
	if (value === 1 && SINGULAR[unit]) return `1 ${SINGULAR[unit]}`;
	if (unit === 'USD') return formatUsd(value);
	if (unit.startsWith('USD/')) return `${formatUsd(value)}/${unit.slice(4)}`;
	if (unit === 'devices' || unit === 'users') return `${formatCount(value)} ${unit}`;
	const text = formatNumber(value);
	return unit ? `${text} ${unit}` : text;
}
