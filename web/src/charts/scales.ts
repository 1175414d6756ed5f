/**
 * Pure chart math (d3 computes, Svelte renders): y domains over the weeks held and SVG path
 * strings for one metric column. Log charts skip non-positive values.
 */
import { scaleLinear, scaleLog } from 'd3-scale';
import type { ScaleContinuousNumeric } from 'd3-scale';
import { line } from 'd3-shape';
import type { SeriesStore } from '../lib/series-store';

export type YKind = 'linear' | 'log';

/** Lowest decade a log chart shows below its maximum. */
const LOG_DECADES = 6;

export function yDomain(
	series: SeriesStore,
	columns: readonly number[],
	kind: YKind
): [number, number] {
	let lo = Infinity;
	let hi = 0;
	for (let week = 0; week < series.length; week++) {
		for (const column of columns) {
			const v = series.value(week, column);
			if (!Number.isFinite(v)) continue;
			if (v > hi) hi = v;
			if (v > 0 && v < lo) lo = v;
		}
	}
	if (kind === 'linear') return [0, hi > 0 ? hi : 1];
	if (hi <= 0) return [0.01, 1];
	const floor = hi / 10 ** LOG_DECADES;
	const low = Math.max(lo, floor);
	return low < hi ? [low, hi] : [hi / 10, hi * 10];
}

export function yScale(
	kind: YKind,
	domain: [number, number],
	range: [number, number]
): ScaleContinuousNumeric<number, number> {
	return kind === 'log'
		? scaleLog().domain(domain).range(range).nice().clamp(true)
		: scaleLinear().domain(domain).range(range).nice();
}

export function seriesPath(
	series: SeriesStore,
	column: number,
	x: (week: number) => number,
	y: (value: number) => number,
	kind: YKind
): string {
	const weeks = Array.from({ length: series.length }, (_, week) => week);
	const path = line<number>()
		.defined((week) => {
			const v = series.value(week, column);
			return Number.isFinite(v) && (kind === 'linear' || v > 0);
		})
		.x((week) => x(week))
		.y((week) => y(series.value(week, column)));
	return path(weeks) ?? '';
}

/** Ticks of a y axis: powers of ten on a log axis spanning more than a decade, else d3's. */
export function yTicks(scale: ScaleContinuousNumeric<number, number>, kind: YKind): number[] {
	if (kind === 'linear') return scale.ticks(4);
	const [lo, hi] = scale.domain();
	const decades: number[] = [];
	for (let e = Math.ceil(Math.log10(lo)); e <= Math.floor(Math.log10(hi)); e++)
		decades.push(10 ** e);
	if (decades.length < 2) return scale.ticks(3);
	const stride = Math.ceil(decades.length / 5);
	return decades.filter((_, i) => i % stride === 0);
}
