import { describe, expect, test } from 'vitest';
import { scaleLinear } from 'd3-scale';
import { layoutBars, tagWidth, weekAt } from '../../../web/src/events/timeline-layout';
import type { BarInput, LayoutOptions } from '../../../web/src/events/timeline-layout';

const options = (width: number, horizon = 520): LayoutOptions => ({
	x: scaleLinear()
		.domain([0, horizon])
		.range([10, width - 10]),
	left: 10,
	right: width - 10,
	charWidth: 6,
	tagCharWidth: 8,
	padding: 5
});

const bar = (start: number, duration: number, label = 'Enforcement action'): BarInput => ({
	start,
	duration,
	tag: 'ENF',
	label
});

/** Horizontal extent of a bar and its label, as drawn. */
function extent(b: ReturnType<typeof layoutBars>['bars'][number], label: string, o: LayoutOptions) {
	const w = label.length * o.charWidth;
	if (b.labelSide === 'right') return [b.x, b.labelX + w];
	if (b.labelSide === 'left') return [b.labelX - w, b.x + b.width];
	return [b.x, b.x + b.width];
}

describe('event bars on the timeline', () => {
	test('a bar spans its weeks on the scale', () => {
		const o = options(540); // one pixel a week
		const { bars, lanes } = layoutBars([bar(100, 200)], o);
		expect(bars[0].x).toBeCloseTo(110);
		expect(bars[0].width).toBeCloseTo(200);
		expect(bars[0].labelSide).toBe('inside');
		expect(lanes).toBe(1);
	});

	test('a one-week event is at least as wide as its tag, and its label goes beside it', () => {
		const o = options(530);
		const { bars } = layoutBars([bar(163, 1, 'Regulatory clarity')], o);
		expect(bars[0].width).toBe(tagWidth('ENF', o));
		expect(bars[0].labelSide).toBe('right');
		expect(bars[0].labelX).toBeGreaterThan(bars[0].x + bars[0].width);
	});

	test('near the right edge the label goes to the left and the bar stays on the plot', () => {
		const o = options(530);
		const { bars } = layoutBars([bar(519, 1)], o);
		expect(bars[0].x + bars[0].width).toBeLessThanOrEqual(o.right);
		expect(bars[0].labelSide).toBe('left');
		expect(bars[0].labelX).toBeLessThan(bars[0].x);
	});

	test('an event after the end of a shortened run is drawn at the right edge', () => {
		const o = options(530, 100);
		const { bars } = layoutBars([bar(300, 10)], o);
		expect(bars[0].x + bars[0].width).toBeLessThanOrEqual(o.right);
		expect(bars[0].x).toBeGreaterThanOrEqual(o.left);
	});

	test('overlapping events go to different lanes; separate ones share a lane', () => {
		const o = options(1060); // two pixels a week
		const events = [bar(150, 13), bar(163, 1, 'Regulatory clarity'), bar(400, 50), bar(10, 30)];
		const { bars, lanes } = layoutBars(events, o);
		expect(bars.map((b) => b.index)).toEqual([0, 1, 2, 3]);
		expect(bars[0].lane).not.toBe(bars[1].lane);
		expect(bars[3].lane).toBe(0);
		expect(lanes).toBe(2);
		// No two bars (with their labels) overlap within a lane.
		for (const a of bars) {
			for (const b of bars) {
				if (a === b || a.lane !== b.lane) continue;
				const [a0, a1] = extent(a, events[a.index].label, o);
				const [b0, b1] = extent(b, events[b.index].label, o);
				expect(a1 <= b0 || b1 <= a0).toBe(true);
			}
		}
	});

	test('no events still give one (empty) lane', () => {
		expect(layoutBars([], options(400))).toEqual({ bars: [], lanes: 1 });
	});

	test('a pixel maps back to its week', () => {
		expect(weekAt(10, 10, 530, 520)).toBe(0);
		expect(weekAt(270, 10, 530, 520)).toBe(260);
		expect(weekAt(5, 10, 10, 520)).toBe(0);
	});
});
