/**
 * What a chart says about one week: each line's value there, the sentence a screen reader
 * announces ("Week 120: Devices 12,345; Backlog 210"), and the weeks its data table lists.
 */
import type { ChartLine, Point, SeriesSource } from './chart-types';

/** Weeks between rows of a chart's data table (a quarter). */
export const TABLE_STRIDE = 13;

/** The sample nearest to `week` within `reach` weeks of it, or null. */
export function nearestPoint(points: readonly Point[], week: number, reach: number): Point | null {
	let best: Point | null = null;
	for (const p of points) {
		const d = Math.abs(p.week - week);
		if (d <= reach && (best === null || d < Math.abs(best.week - week))) best = p;
	}
	return best;
}

/** A line's value at a week: its sample there, or the source's value; NaN if it has none. */
export function lineValue(line: ChartLine, source: SeriesSource, week: number): number {
	if (line.points) return nearestPoint(line.points, week, line.reach ?? 0.5)?.value ?? NaN;
	return week >= 0 && week < source.length ? source.value(week, line.column) : NaN;
}

/** The last week any line can be read at (-1 if none). */
export function lastWeek(
	lines: readonly ChartLine[],
	source: SeriesSource,
	horizon: number
): number {
	let last = lines.some((l) => !l.points) ? source.length - 1 : -1;
	for (const l of lines) {
		for (const p of l.points ?? []) {
			if (Number.isFinite(p.value)) last = Math.max(last, Math.floor(p.week + (l.reach ?? 0.5)));
		}
	}
	return Math.min(last, Math.max(horizon, source.length - 1));
}

export interface ReadoutItem {
	readonly label: string;
	readonly text: string;
}

/** "Week 120: Devices 12,345; Backlog 210". */
export function readoutText(week: string, items: readonly ReadoutItem[]): string {
	return `${week}: ${items.map((i) => `${i.label} ${i.text}`).join('; ')}`;
}

/** The weeks a data table lists: every `stride`-th week from 0, and the last one. */
export function tableWeeks(last: number, stride = TABLE_STRIDE): number[] {
	if (last < 0) return [];
	const weeks: number[] = [];
	for (let w = 0; w <= last; w += stride) weeks.push(w);
	if (weeks[weeks.length - 1] !== last) weeks.push(last);
	return weeks;
}
