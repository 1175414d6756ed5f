import { describe, expect, it } from 'vitest';
import { GROUP_LABELS, PARAMS, PARAM_INDEX } from '../../../web/src/scenario/schema';
import { EVENT_TYPES } from '../../../web/src/scenario/events';
import { CHALLENGES, STAKEHOLDERS } from '../../../web/src/explain/content';

describe('the brief explained: stakeholders and challenges', () => {
	it('has the brief’s four stakeholders, each with a lever group that has levers', () => {
		expect(STAKEHOLDERS.map((s) => s.key)).toEqual([
			'manufacturers',
			'miners',
			'builders',
			'users'
		]);
		for (const s of STAKEHOLDERS) {
			expect(GROUP_LABELS[s.group]).toBeTruthy();
			expect(PARAMS.some((p) => p.group === s.group)).toBe(true);
		}
	});

	it('has the four challenges, each tied to levers that exist in the schema', () => {
		expect(CHALLENGES.map((c) => c.key)).toEqual([
			'technical',
			'economic',
			'regulatory',
			'adoption'
		]);
		for (const c of CHALLENGES) {
			expect(c.levers.length).toBeGreaterThan(0);
			for (const key of c.levers) expect(PARAM_INDEX.has(key), key).toBe(true);
			for (const key of c.events ?? [])
				expect(
					EVENT_TYPES.some((t) => t.key === key),
					key
				).toBe(true);
		}
	});

	it('shows most challenge levers under the default choices (a hidden one says why)', () => {
		for (const c of CHALLENGES) {
			const shown = c.levers.filter((key) => !PARAMS[PARAM_INDEX.get(key)!].shownWhen);
			expect(shown.length, c.key).toBeGreaterThan(0);
		}
	});
});
