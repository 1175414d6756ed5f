/**
 * Pure chart math (d3 computes, Svelte renders): y domains over the weeks held, y scales and
 * their ticks, and SVG path strings for a metric column or a list of samples.
 * Three kinds of y axis: linear (always shows zero), log (skips values ≤ 0, at most six
 * decades) and symlog (log-like on both sides of zero, for incomes and returns that span
 * decades and can turn negative).
 */
import { scaleLinear, scaleLog, scaleSymlog } from 'd3-scale';
import { line } from 'd3-shape';
import type { Point, SeriesSource } from './chart-types';

export type YKind = 'linear' | 'log' | 'symlog';

/** What every kind of y scale offers the chart. */
export interface YScale {
	(value: number): number;
	domain(): number[];
	ticks(count?: number): number[];
}

/** Lowest decade a log chart shows below its maximum. */
const LOG_DECADES = 6;

export interface DomainOptions {
	/** Values that count (e.g. a payback below "never"); all finite values if absent. */
	readonly valid?: (value: number) => boolean;
	/** Values the domain must include (a reference level). */
	readonly include?: readonly number[];
	/** Samples drawn besides the columns. */
	readonly points?: readonly (readonly Point[])[];
}

/** The smallest and largest values seen, and the smallest positive one (for log axes). */
class Extent {
	min = Infinity;
	max = -Infinity;
	minPositive = Infinity;
	maxPositive = 0;

	add(v: number): void {
		if (v < this.min) this.min = v;
		if (v > this.max) this.max = v;
		if (v > 0) {
			if (v < this.minPositive) this.minPositive = v;
			if (v > this.maxPositive) this.maxPositive = v;
		}
	}
}

export function yDomain(
	series: SeriesSource,
	columns: readonly number[],
	kind: YKind,
	options: DomainOptions = {}
): [number, number] {
	const { valid, include = [], points = [] } = options;
	const extent = new Extent();
	const consider = (v: number) => {
		if (Number.isFinite(v) && (!valid || valid(v))) extent.add(v);
	};
	for (let week = 0; week < series.length; week++) {
		for (const column of columns) consider(series.value(week, column));
	}
	for (const samples of points) for (const p of samples) consider(p.value);
	for (const v of include) extent.add(v);

	if (kind === 'log') {
		const hi = extent.maxPositive;
		if (hi <= 0) return [0.01, 1];
		const floor = Math.min(hi / 10 ** LOG_DECADES, ...include.filter((v) => v > 0));
		const low = Math.max(extent.minPositive, floor);
		return low < hi ? [low, hi] : [hi / 10, hi * 10];
	}
	const lo = Math.min(0, extent.min);
	const hi = Math.max(0, extent.max);
	return lo < hi ? [lo, hi] : [0, 1];
}

/** Rounds |value| up to 1, 2 or 5 × a power of ten (keeps the sign; 0 stays 0). */
export function niceMagnitude(value: number): number {
	if (value === 0 || !Number.isFinite(value)) return value;
	const abs = Math.abs(value);
	const decade = 10 ** Math.floor(Math.log10(abs));
	const step = [1, 2, 5, 10].find((m) => m * decade >= abs * (1 - 1e-12)) ?? 10;
	return Math.sign(value) * step * decade;
}

export function yScale(
	kind: YKind,
	domain: [number, number],
	range: [number, number],
	symlogConstant = 1
): YScale {
	if (kind === 'log') return scaleLog().domain(domain).range(range).nice().clamp(true);
	if (kind === 'symlog') {
		const [lo, hi] = domain;
		return scaleSymlog()
			.constant(symlogConstant)
			.domain([niceMagnitude(lo), niceMagnitude(hi)])
			.range(range);
	}
	return scaleLinear().domain(domain).range(range).nice();
}

/** Keeps every stride-th value so that at most `most` remain (the first always stays). */
function thin(values: number[], most: number): number[] {
	const stride = Math.ceil(values.length / most);
	return values.filter((_, i) => i % stride === 0);
}

/** Powers of ten from `from` to `to` inclusive (both > 0). */
function decades(from: number, to: number): number[] {
	const out: number[] = [];
	for (let e = Math.ceil(Math.log10(from) - 1e-9); e <= Math.floor(Math.log10(to) + 1e-9); e++) {
		out.push(10 ** e);
	}
	return out;
}

/**
 * Ticks of a y axis: powers of ten on a log axis spanning more than a decade; zero and
 * ± powers of ten (from the symlog constant up) on a symlog axis; else d3's.
 */
export function yTicks(scale: YScale, kind: YKind, symlogConstant = 1): number[] {
	if (kind === 'linear') return scale.ticks(4);
	const [lo, hi] = scale.domain();
	if (kind === 'log') {
		const powers = decades(lo, hi);
		return powers.length < 2 ? scale.ticks(3) : thin(powers, 5);
	}
	const up = hi > 0 ? spaced(thin(decades(symlogConstant, hi), 4), scale) : [];
	const down =
		lo < 0
			? spaced(
					thin(decades(symlogConstant, -lo), 3).map((v) => -v),
					scale
				)
			: [];
	return [...down.reverse(), 0, ...up];
}

/** Pixels between two tick labels, at least. */
const MIN_TICK_GAP = 13;

/** Ticks going outward from zero, each kept only if it is far enough from the last kept. */
function spaced(outward: number[], scale: YScale): number[] {
	const kept: number[] = [];
	let previous = scale(0);
	for (const t of outward) {
		if (Math.abs(scale(t) - previous) >= MIN_TICK_GAP) {
			kept.push(t);
			previous = scale(t);
		}
	}
	return kept;
}

/** Whether a value can be drawn on this kind of axis. */
export function drawable(value: number, kind: YKind, valid?: (value: number) => boolean): boolean {
	return Number.isFinite(value) && (kind !== 'log' || value > 0) && (!valid || valid(value));
}

export function seriesPath(
	series: SeriesSource,
	column: number,
	x: (week: number) => number,
	y: (value: number) => number,
	kind: YKind,
	valid?: (value: number) => boolean
): string {
	const weeks = Array.from({ length: series.length }, (_, week) => week);
	const path = line<number>()
		.defined((week) => drawable(series.value(week, column), kind, valid))
		.x((week) => x(week))
		.y((week) => y(series.value(week, column)));
	return path(weeks) ?? '';
}

/** The path through samples (e.g. monthly data), broken where a value cannot be drawn. */
export function pointsPath(
	points: readonly Point[],
	x: (week: number) => number,
	y: (value: number) => number,
	kind: YKind,
	valid?: (value: number) => boolean
): string {
	const path = line<Point>()
		.defined((p) => drawable(p.value, kind, valid))
		.x((p) => x(p.week))
		.y((p) => y(p.value));
	return path(points as Point[]) ?? '';
}
