import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
	canAddEvent,
	clampEvent,
	eventEnd,
	lastStartWeek,
	longestDuration,
	newEvent,
	removeEventAt,
	roundMagnitude,
	updateEventAt
} from '../../../web/src/scenario/event-edit';
import {
	EVENT_TYPES,
	MAX_EVENT_DURATION,
	MAX_SCRIPTED_EVENTS,
	decodeEvents,
	encodeEvents
} from '../../../web/src/scenario/events';
import type { ScenarioEvent } from '../../../web/src/scenario/events';

const enforcement: ScenarioEvent = { type: 'enforcement', start: 150, duration: 13, magnitude: 1 };

describe('event limits within a run', () => {
	test('the last start week is the run’s last step; the longest duration the run', () => {
		expect(lastStartWeek(520)).toBe(519);
		expect(lastStartWeek(1)).toBe(0);
		expect(longestDuration(520)).toBe(MAX_EVENT_DURATION);
		expect(longestDuration(100)).toBe(100);
		expect(longestDuration(0)).toBe(1);
	});
});

describe('clampEvent', () => {
	test('keeps a valid event as it is (a preset’s −2.89 keeps its digits)', () => {
		expect(clampEvent(enforcement, 520)).toEqual(enforcement);
		const bear = { type: 'bear_market', start: 118, duration: 70, magnitude: -2.89 };
		expect(clampEvent(bear, 520)).toEqual(bear);
	});

	test('clamps the start to the run and rounds it to a week', () => {
		expect(clampEvent({ ...enforcement, start: -5 }, 520).start).toBe(0);
		expect(clampEvent({ ...enforcement, start: 600 }, 520).start).toBe(519);
		expect(clampEvent({ ...enforcement, start: 12.6 }, 520).start).toBe(13);
	});

	test('clamps the duration to 1..run length, not shortening it at the end of the run', () => {
		expect(clampEvent({ ...enforcement, duration: 0 }, 520).duration).toBe(1);
		expect(clampEvent({ ...enforcement, duration: 900 }, 520).duration).toBe(520);
		expect(clampEvent({ ...enforcement, duration: 900 }, 100).duration).toBe(100);
		expect(clampEvent({ ...enforcement, start: 510, duration: 40 }, 520).duration).toBe(40);
	});

	test('clamps the magnitude to its type’s range', () => {
		expect(clampEvent({ ...enforcement, magnitude: 9 }, 520).magnitude).toBe(3);
		expect(clampEvent({ ...enforcement, magnitude: -1 }, 520).magnitude).toBe(0);
		const ban = { type: 'regional_ban', start: 10, duration: 26, magnitude: 1.5 };
		expect(clampEvent(ban, 520).magnitude).toBe(1);
		const bull = { type: 'bull_market', start: 10, duration: 26, magnitude: -9 };
		expect(clampEvent(bull, 520).magnitude).toBe(-3);
	});

	test('a number that is not finite falls back to the type’s default', () => {
		const e = clampEvent({ type: 'regional_ban', start: NaN, duration: NaN, magnitude: NaN }, 520);
		expect(e).toEqual({ type: 'regional_ban', start: 0, duration: 26, magnitude: 0.5 });
	});

	test('whatever goes in, the result is a valid event that a link carries unchanged', () => {
		fc.assert(
			fc.property(
				fc.constantFrom(...EVENT_TYPES.map((t) => t.key)),
				fc.double(),
				fc.double(),
				fc.double(),
				fc.integer({ min: 1, max: 1040 }),
				(type, start, duration, magnitude, horizon) => {
					const e = clampEvent({ type, start, duration, magnitude }, horizon);
					expect(e.start).toBeGreaterThanOrEqual(0);
					expect(e.start).toBeLessThan(horizon);
					expect(e.duration).toBeGreaterThanOrEqual(1);
					expect(e.duration).toBeLessThanOrEqual(Math.min(horizon, MAX_EVENT_DURATION));
					const decoded = decodeEvents(encodeEvents([e]));
					expect(decoded.issues).toEqual([]);
					expect(decoded.events).toEqual([e]);
				}
			)
		);
	});
});

describe('editing the list', () => {
	test('a new event has its type’s defaults at the given week', () => {
		expect(newEvent('enforcement', 40, 520)).toEqual({ ...enforcement, start: 40 });
		expect(newEvent('clarity', 999, 520)).toEqual({
			type: 'clarity',
			start: 519,
			duration: 1,
			magnitude: 1
		});
		expect(newEvent('nonsense', 4, 520)).toBeUndefined();
	});

	test('update replaces only the event at the index, clamped, and keeps the order', () => {
		const list = [enforcement, { type: 'clarity', start: 10, duration: 1, magnitude: 1 }];
		const moved = updateEventAt(list, 0, { start: 5 }, 520);
		expect(moved).toEqual([{ ...enforcement, start: 5 }, list[1]]);
		expect(updateEventAt(list, 1, { magnitude: 7 }, 520)[1].magnitude).toBe(3);
		expect(updateEventAt(list, 1, { magnitude: 7 }, 520)[0]).toBe(list[0]);
	});

	test('an update that changes nothing, or a bad index, returns the same list', () => {
		const list = [enforcement];
		expect(updateEventAt(list, 0, { start: 150 }, 520)).toBe(list);
		expect(updateEventAt(list, 3, { start: 1 }, 520)).toBe(list);
		expect(removeEventAt(list, -1)).toBe(list);
	});

	test('remove drops the event at the index', () => {
		const other = { type: 'clarity', start: 10, duration: 1, magnitude: 1 };
		expect(removeEventAt([enforcement, other], 0)).toEqual([other]);
	});

	test('the list is capped at the link format’s limit', () => {
		expect(canAddEvent([])).toBe(true);
		expect(canAddEvent(Array(MAX_SCRIPTED_EVENTS - 1).fill(enforcement))).toBe(true);
		expect(canAddEvent(Array(MAX_SCRIPTED_EVENTS).fill(enforcement))).toBe(false);
	});

	test('an event’s end is the week after its last week', () => {
		expect(eventEnd(enforcement)).toBe(163);
	});

	test('typed magnitudes round to hundredths without binary noise', () => {
		expect(roundMagnitude(0.1 + 0.2)).toBe(0.3);
		expect(roundMagnitude(-1.456)).toBe(-1.46);
	});
});
