import { describe, expect, test } from 'vitest';
import {
	LEVER_GROUPS,
	changedInGroup,
	resetGroupValues
} from '../../../web/src/scenario/param-groups';
import { GROUP_LABELS, PARAMS, defaultParams } from '../../../web/src/scenario/schema';
import { PRESET_INDEX, presetParams } from '../../../web/src/scenario/presets';

describe('lever groups', () => {
	test('every lever is in exactly one group; the groups follow GROUP_LABELS', () => {
		const keys = LEVER_GROUPS.flatMap((g) => g.params.map((p) => p.key));
		expect(keys.sort()).toEqual(PARAMS.map((p) => p.key).sort());
		expect(LEVER_GROUPS.every((g) => g.params.length > 0)).toBe(true);
		expect(LEVER_GROUPS.map((g) => g.label)).toEqual(Object.values(GROUP_LABELS));
		// The shocks' levers (regulated region, random events) are in a group that says so.
		const shocks = LEVER_GROUPS.find((g) => g.params.some((p) => p.key === 'region_share'));
		expect(shocks?.label).toMatch(/Shocks/);
		expect(shocks?.params.map((p) => p.key)).toContain('random_event_rate');
	});

	test('changes are counted per group against the base values', () => {
		const base = defaultParams();
		const params = { ...base, uptime: 0.9, device_capex_usd: 700, inertia: 1 };
		expect(changedInGroup(params, base, 'miners').sort()).toEqual(['device_capex_usd', 'uptime']);
		expect(changedInGroup(params, base, 'users')).toEqual(['inertia']);
		expect(changedInGroup(params, base, 'token')).toEqual([]);
	});

	test('a group reset restores only that group, to the preset’s values', () => {
		const base = presetParams(PRESET_INDEX.get('tipping-demo'));
		const params = { ...base, inertia: 0.2, bass_imitation: 0.5, device_capex_usd: 900 };
		const reset = resetGroupValues(params, base, 'users');
		expect(reset.inertia).toBe(0.75);
		expect(reset.bass_imitation).toBe(1);
		expect(reset.device_capex_usd).toBe(900);
		expect(params.inertia).toBe(0.2); // the input is not changed
		expect(changedInGroup(reset, base, 'users')).toEqual([]);
	});
});
