import { describe, expect, test } from 'vitest';
import {
	describeEvent,
	formatMagnitude,
	formatWeeks,
	leverLabel
} from '../../../web/src/events/event-text';
import { eventLook } from '../../../web/src/events/event-look';
import { EVENT_TYPES } from '../../../web/src/scenario/events';

describe('events in words', () => {
	test('magnitudes with their units', () => {
		expect(formatMagnitude('enforcement', 1.5)).toBe('1.5×');
		expect(formatMagnitude('regional_ban', 0.5)).toBe('50%');
		expect(formatMagnitude('bull_market', 2.5)).toBe('+2.5 per year');
		expect(formatMagnitude('bear_market', -1.5)).toBe('−1.5 per year');
	});

	test('weeks, inclusive', () => {
		expect(formatWeeks({ type: 'clarity', start: 163, duration: 1, magnitude: 1 })).toBe(
			'week 163'
		);
		expect(formatWeeks({ type: 'enforcement', start: 150, duration: 13, magnitude: 1 })).toBe(
			'weeks 150–162'
		);
	});

	test('one line per event, saying when it outlasts the run', () => {
		const e = { type: 'enforcement', start: 150, duration: 13, magnitude: 1 };
		expect(describeEvent(e)).toBe('Enforcement action, weeks 150–162 (13 weeks), severity 1×');
		expect(describeEvent({ ...e, start: 510 }, 520)).toContain('runs past the end of the run');
		expect(describeEvent({ ...e, start: 600 }, 520)).toContain('after the end of the run');
	});

	test('levers are named by their labels in sentences', () => {
		expect(leverLabel('region_share')).toBe('Regulated region’s share');
		expect(leverLabel('nonsense')).toBe('nonsense');
	});

	test('each type has its own colour and tag (never colour alone)', () => {
		const looks = EVENT_TYPES.map((t) => eventLook(t.key));
		expect(new Set(looks.map((l) => l.color)).size).toBe(EVENT_TYPES.length);
		expect(new Set(looks.map((l) => l.tag)).size).toBe(EVENT_TYPES.length);
		expect(eventLook('nonsense').tag).toBe('?');
	});
});
