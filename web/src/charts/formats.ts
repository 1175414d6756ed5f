/**
 * Number formats of the charts' readouts, legends and axes, on top of lib/format.ts: a read-out
 * count is exact below a million ("12,345"), a payback of 1200 months means never.
 */
import { format } from 'd3-format';
import { formatCount, formatNumber, formatPercent, formatUsd } from '../lib/format';

const grouped = format(',.0f');

/** The core's payback when a device never pays for itself (assembly/model/supply.ts). */
export const NEVER_MONTHS = 1200;

/** 12,345 below a million; 1.23M above. */
export function formatCountFull(value: number): string {
	if (!Number.isFinite(value)) return '–';
	return Math.abs(value) < 1e6 ? grouped(value).replace('-', '−') : formatNumber(value);
}

export function formatMonths(value: number): string {
	if (!Number.isFinite(value)) return '–';
	if (value >= NEVER_MONTHS) return 'never';
	return `${formatNumber(value)} mo`;
}

export function formatWeeks(value: number): string {
	if (!Number.isFinite(value)) return '–';
	return `${formatNumber(value)} wk`;
}

/** A share or a rate as a percentage; tiny values keep three significant digits. */
export function formatShare(value: number): string {
	return formatPercent(value);
}

export { formatCount, formatNumber, formatUsd };

/** A price or a bill: cents shown between a cent and a thousand dollars ($0.50, $6.00). */
export function formatPrice(value: number): string {
	if (!Number.isFinite(value)) return '–';
	const abs = Math.abs(value);
	if (abs < 0.01 || abs >= 1000) return formatUsd(value);
	return `${value < 0 ? '−' : ''}$${abs.toFixed(2)}`;
}
