/**
 * Levers by group (stakeholder or theme): which ones differ from the scenario's base values
 * (the preset's, or the schema defaults) and how to put one group back without touching the
 * others.
 */
import type { ParamGroup, ParamSpec } from './param-spec';
import { GROUP_LABELS, PARAMS } from './schema';
import type { ParamValues } from './schema';

export interface LeverGroup {
	readonly group: ParamGroup;
	readonly label: string;
	readonly params: readonly ParamSpec[];
}

/** Groups in the order of GROUP_LABELS, each with its levers in schema order. */
export const LEVER_GROUPS: readonly LeverGroup[] = (Object.keys(GROUP_LABELS) as ParamGroup[]).map(
	(group) => ({
		group,
		label: GROUP_LABELS[group],
		params: PARAMS.filter((p) => p.group === group)
	})
);

/** Keys of the group's levers whose value differs from the base. */
export function changedInGroup(
	params: Readonly<ParamValues>,
	base: Readonly<ParamValues>,
	group: ParamGroup
): string[] {
	return PARAMS.filter((p) => p.group === group && params[p.key] !== base[p.key]).map((p) => p.key);
}

/** The values with the group's levers set back to the base; every other lever is kept. */
export function resetGroupValues(
	params: Readonly<ParamValues>,
	base: Readonly<ParamValues>,
	group: ParamGroup
): ParamValues {
	const next: ParamValues = { ...params };
	for (const p of PARAMS) if (p.group === group) next[p.key] = base[p.key];
	return next;
}
