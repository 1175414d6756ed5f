import { describe, expect, test } from 'vitest';
import { BIG_STEP, cursorAfterKey, shownCursor, weekAtPixel } from '../../../web/src/charts/cursor';

const bounds = { last: 200, start: 120 };

describe('the shared time cursor', () => {
	test('arrows start from the current week and move a week; Shift moves ten', () => {
		expect(cursorAfterKey(null, 'ArrowLeft', false, bounds)).toBe(119);
		expect(cursorAfterKey(null, 'ArrowRight', false, bounds)).toBe(121);
		expect(cursorAfterKey(50, 'ArrowRight', false, bounds)).toBe(51);
		expect(cursorAfterKey(50, 'ArrowLeft', true, bounds)).toBe(50 - BIG_STEP);
		expect(cursorAfterKey(50, 'ArrowRight', true, bounds)).toBe(60);
	});

	test('the cursor stays within the weeks held', () => {
		expect(cursorAfterKey(3, 'ArrowLeft', true, bounds)).toBe(0);
		expect(cursorAfterKey(195, 'ArrowRight', true, bounds)).toBe(200);
		expect(cursorAfterKey(null, 'ArrowRight', false, { last: 10, start: 520 })).toBe(10);
	});

	test('Home and End jump to the ends; Escape clears; other keys are left alone', () => {
		expect(cursorAfterKey(77, 'Home', false, bounds)).toBe(0);
		expect(cursorAfterKey(null, 'End', false, bounds)).toBe(200);
		expect(cursorAfterKey(77, 'Escape', false, bounds)).toBeNull();
		// Nothing to clear: Escape is left to the page (e.g. to close a dialog).
		expect(cursorAfterKey(null, 'Escape', false, bounds)).toBeUndefined();
		expect(cursorAfterKey(77, 'Tab', false, bounds)).toBeUndefined();
		expect(cursorAfterKey(77, 'a', false, bounds)).toBeUndefined();
	});

	test('with nothing held, a key clears the cursor instead of inventing a week', () => {
		expect(cursorAfterKey(null, 'ArrowRight', false, { last: -1, start: 0 })).toBeNull();
	});

	test('a pointer position maps to the nearest week held', () => {
		const invert = (px: number) => (px - 50) / 2; // 2 px a week from x = 50
		expect(weekAtPixel(50, invert, 100)).toBe(0);
		expect(weekAtPixel(90.9, invert, 100)).toBe(20);
		expect(weekAtPixel(10, invert, 100)).toBe(0);
		expect(weekAtPixel(900, invert, 100)).toBe(100);
		expect(weekAtPixel(90, invert, -1)).toBeNull();
		expect(weekAtPixel(NaN, invert, 100)).toBeNull();
	});

	test('a cursor beyond the weeks held (after a reset) is not shown', () => {
		expect(shownCursor(40, 100)).toBe(40);
		expect(shownCursor(140, 100)).toBeNull();
		expect(shownCursor(null, 100)).toBeNull();
	});
});
