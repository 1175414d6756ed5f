import { describe, expect, test } from 'vitest';
import { eventKeyAction } from '../../../web/src/events/event-keys';

describe('keys on an event bar', () => {
	test('arrows move by a week, with Shift by ten', () => {
		expect(eventKeyAction('ArrowRight', false, 150, 519)).toEqual({ kind: 'move', start: 151 });
		expect(eventKeyAction('ArrowLeft', false, 150, 519)).toEqual({ kind: 'move', start: 149 });
		expect(eventKeyAction('ArrowUp', true, 150, 519)).toEqual({ kind: 'move', start: 160 });
		expect(eventKeyAction('ArrowDown', true, 150, 519)).toEqual({ kind: 'move', start: 140 });
	});

	test('PageUp/PageDown move by ten; Home and End go to the ends; moves stay in the run', () => {
		expect(eventKeyAction('PageUp', false, 150, 519)).toEqual({ kind: 'move', start: 160 });
		expect(eventKeyAction('PageDown', false, 5, 519)).toEqual({ kind: 'move', start: 0 });
		expect(eventKeyAction('Home', false, 150, 519)).toEqual({ kind: 'move', start: 0 });
		expect(eventKeyAction('End', false, 150, 519)).toEqual({ kind: 'move', start: 519 });
		expect(eventKeyAction('ArrowRight', true, 515, 519)).toEqual({ kind: 'move', start: 519 });
	});

	test('Delete and Backspace remove, Enter edits, other keys do nothing', () => {
		expect(eventKeyAction('Delete', false, 1, 9).kind).toBe('remove');
		expect(eventKeyAction('Backspace', false, 1, 9).kind).toBe('remove');
		expect(eventKeyAction('Enter', false, 1, 9).kind).toBe('edit');
		expect(eventKeyAction('a', false, 1, 9).kind).toBe('none');
		expect(eventKeyAction('Tab', false, 1, 9).kind).toBe('none');
	});
});
