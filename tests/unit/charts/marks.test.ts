import { describe, expect, test } from 'vitest';
import { layoutMarks } from '../../../web/src/charts/marks';

const x = (week: number) => 50 + week; // 1 px a week from x = 50

describe('marks on the time axis', () => {
	test('labels go on the first free row; a third crowded label is left out', () => {
		const placed = layoutMarks(
			[
				{ week: 100, label: 'plateau' },
				{ week: 10, label: 'critical mass crossed' },
				{ week: 20, label: 'halving' },
				{ week: 30, label: 'ban' }
			],
			x,
			50,
			600,
			5
		);
		expect(placed.map((m) => m.week)).toEqual([10, 20, 30, 100]);
		expect(placed.map((m) => m.row)).toEqual([0, 1, -1, 1]);
		expect(placed[0].x).toBe(60);
		expect(placed[0].labelX).toBe(63);
	});

	test('marks outside the plot are dropped; labels near the right edge shift left', () => {
		const placed = layoutMarks(
			[
				{ week: -5, label: 'before' },
				{ week: 540, label: 'death spiral' },
				{ week: 900, label: 'after' }
			],
			x,
			50,
			600,
			5
		);
		expect(placed).toHaveLength(1);
		expect(placed[0].x).toBe(590);
		expect(placed[0].labelX + 'death spiral'.length * 5).toBe(600);
		expect(placed[0].row).toBe(0);
	});
});
