/**
 * Where each event bar and its label go on the timeline: x from the weeks scale, a lane (row)
 * so that no two bars or labels overlap, and the label inside the bar when it fits, else to
 * its right, else to its left. Text widths are estimated from a mean character width: the
 * page's fonts vary and measuring would need the DOM.
 */

export interface BarInput {
	readonly start: number;
	readonly duration: number;
	/** Short tag always drawn on the bar (e.g. ENF). */
	readonly tag: string;
	/** Longer label drawn beside the tag where there is room. */
	readonly label: string;
}

export interface BarLayout {
	/** Position of the event in the input list. */
	readonly index: number;
	readonly x: number;
	readonly width: number;
	readonly lane: number;
	/** Where the label is drawn: in the bar after the tag, to the right, or to the left. */
	readonly labelSide: 'inside' | 'right' | 'left';
	/** x of the label's anchor (its start; its end for 'left'). */
	readonly labelX: number;
}

export interface LayoutOptions {
	/** Pixels of week `w` (a d3 linear scale works). */
	readonly x: (week: number) => number;
	/** The plot's left and right edges in pixels. */
	readonly left: number;
	readonly right: number;
	/** Mean width of a character of the label and of the tag, in pixels. */
	readonly charWidth: number;
	readonly tagCharWidth: number;
	/** Padding inside a bar and the gap between neighbours, in pixels. */
	readonly padding: number;
}

export function tagWidth(tag: string, options: LayoutOptions): number {
	return tag.length * options.tagCharWidth + 2 * options.padding;
}

/** The narrowest a bar is drawn: its tag must fit (a one-week event is a few pixels wide). */
function barWidth(bar: BarInput, options: LayoutOptions): { x: number; width: number } {
	const x0 = Math.min(Math.max(options.x(bar.start), options.left), options.right);
	const x1 = Math.min(Math.max(options.x(bar.start + bar.duration), options.left), options.right);
	const width = Math.max(x1 - x0, tagWidth(bar.tag, options));
	// A bar near the right edge is shifted left so that its tag stays on the plot.
	const x = Math.max(options.left, Math.min(x0, options.right - width));
	return { x, width };
}

export function layoutBars(
	bars: readonly BarInput[],
	options: LayoutOptions
): { bars: BarLayout[]; lanes: number } {
	const { padding } = options;
	const placed = bars.map((bar, index) => {
		const { x, width } = barWidth(bar, options);
		const labelWidth = bar.label.length * options.charWidth;
		const inTag = tagWidth(bar.tag, options);
		let labelSide: BarLayout['labelSide'];
		let labelX: number;
		let from = x;
		let to = x + width;
		if (width >= inTag + labelWidth + padding) {
			labelSide = 'inside';
			labelX = x + inTag;
		} else if (x + width + padding + labelWidth <= options.right) {
			labelSide = 'right';
			labelX = x + width + padding;
			to = labelX + labelWidth;
		} else {
			labelSide = 'left';
			labelX = x - padding;
			from = labelX - labelWidth;
		}
		return { index, x, width, labelSide, labelX, from, to };
	});

	// Greedy interval packing, leftmost first: each bar goes in the first lane it fits.
	const laneEnds: number[] = [];
	const lanes = new Map<number, number>();
	for (const p of [...placed].sort((a, b) => a.from - b.from || a.index - b.index)) {
		let lane = laneEnds.findIndex((end) => end + padding <= p.from);
		if (lane < 0) lane = laneEnds.push(p.to) - 1;
		else laneEnds[lane] = p.to;
		lanes.set(p.index, lane);
	}
	return {
		bars: placed.map(({ index, x, width, labelSide, labelX }) => ({
			index,
			x,
			width,
			lane: lanes.get(index) ?? 0,
			labelSide,
			labelX
		})),
		lanes: Math.max(1, laneEnds.length)
	};
}

/** The week under pixel `px` on a scale from `left` (week 0) to `right` (week `horizon`). */
export function weekAt(px: number, left: number, right: number, horizon: number): number {
	if (right <= left) return 0;
	return ((px - left) / (right - left)) * horizon;
}
