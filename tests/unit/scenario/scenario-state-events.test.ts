import { describe, expect, test } from 'vitest';
import { ScenarioState } from '../../../web/src/state/scenario.svelte';

describe('ScenarioState: editing events and resetting a group', () => {
	test('add, move, update and remove events; the link follows in a stable order', () => {
		const s = new ScenarioState();
		expect(s.addEvent('enforcement', 200)).toBe(0);
		expect(s.addEvent('clarity', 100)).toBe(1);
		expect(s.fragment).toContain('ev=clarity:100:1:1,enforcement:200:13:1');
		// Editing keeps each event at its index (the list is in editing order)…
		s.moveEvent(0, 50);
		expect(s.events[0]).toEqual({ type: 'enforcement', start: 50, duration: 13, magnitude: 1 });
		s.updateEvent(0, { duration: 900, magnitude: 2.5 });
		expect(s.events[0]).toMatchObject({ duration: 520, magnitude: 2.5 });
		// …and the engine gets the link's order.
		expect(s.snapshot().events.map((e) => e.type)).toEqual(['enforcement', 'clarity']);
		s.moveEvent(0, 150);
		expect(s.snapshot().events.map((e) => e.type)).toEqual(['clarity', 'enforcement']);
		expect(s.fragment).toContain('ev=clarity:100:1:1,enforcement:150:520:2.5');
		s.removeEvent(1);
		expect(s.fragment).toContain('ev=enforcement:150:520:2.5');
		s.removeEvent(0);
		expect(s.fragment).not.toContain('ev=');
		expect(s.addEvent('nonsense', 1)).toBe(-1);
	});

	test('events are clamped to the run length', () => {
		const s = new ScenarioState();
		s.set('horizon_weeks', 100);
		const i = s.addEvent('bull_market', 400);
		expect(s.events[i]).toEqual({ type: 'bull_market', start: 99, duration: 70, magnitude: 2.5 });
	});

	test('a preset’s own events are not written to the link until they change', () => {
		const s = new ScenarioState();
		s.applyPreset('regulatory-shock');
		expect(s.fragment).not.toContain('ev=');
		s.moveEvent(0, 160);
		expect(s.fragment).toContain('ev=enforcement:160:13:1,clarity:163:1:1');
	});

	test('resetGroup restores one group to the preset and leaves the others', () => {
		const s = new ScenarioState();
		s.applyPreset('tipping-demo');
		s.set('inertia', 0.2);
		s.set('bass_imitation', 0.5);
		s.set('uptime', 0.9);
		s.resetGroup('users');
		expect(s.params.inertia).toBe(0.75);
		expect(s.params.bass_imitation).toBe(1);
		expect(s.params.uptime).toBe(0.9);
	});
});
