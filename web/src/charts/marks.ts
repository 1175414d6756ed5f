/**
 * Where a chart draws its marks (labelled flags on the time axis, e.g. regime changes): each
 * label goes on the first of two rows where it does not overlap the previous one, or is left
 * out (the flag stays, and its label is still in the tooltip and the text alternative).
 */
import type { ChartMark } from './chart-types';

/** Rough width of one character of an 10-px label, in pixels. */
export const MARK_CHAR_WIDTH = 5.6;
const ROWS = 2;
const GAP = 4;

export interface PlacedMark extends ChartMark {
	/** Horizontal position of the flag. */
	readonly x: number;
	/** Row of the label (0 or 1), or -1 when the label is left out. */
	readonly row: number;
	/** Where the label's text starts (it may be shifted left to stay inside the plot). */
	readonly labelX: number;
}

/** Places marks inside [left, right]; marks outside are dropped. Sorted by week. */
export function layoutMarks(
	marks: readonly ChartMark[],
	x: (week: number) => number,
	left: number,
	right: number,
	charWidth = MARK_CHAR_WIDTH
): PlacedMark[] {
	const rowEnds: number[] = Array(ROWS).fill(-Infinity);
	return [...marks]
		.sort((a, b) => a.week - b.week)
		.map((mark) => ({ mark, px: x(mark.week) }))
		.filter(({ px }) => px >= left - 0.5 && px <= right + 0.5)
		.map(({ mark, px }) => {
			const width = mark.label.length * charWidth;
			const labelX = Math.max(left, Math.min(px + 3, right - width));
			const row = rowEnds.findIndex((end) => labelX >= end + GAP);
			if (row >= 0) rowEnds[row] = labelX + width;
			return { ...mark, x: px, row, labelX };
		});
}
