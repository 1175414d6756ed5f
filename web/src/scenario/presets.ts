/**
 * Named scenarios: a one-paragraph description and the parameters that differ from the schema
 * defaults. A link names its preset (`preset=…`) and then only what differs from it. Preset
 * keys are part of the link contract: never rename or reuse one.
 */
import { PARAM_INDEX, defaultParams } from './schema';
import type { ParamValues } from './schema';

export interface Preset {
	readonly key: string;
	readonly label: string;
	readonly description: string;
	readonly params: Readonly<Partial<ParamValues>>;
}

export const PRESETS: readonly Preset[] = [
	{
		key: 'flywheel-demo',
		label: 'Flywheel (the default)',
		description:
			'A generic wireless network with Helium-like halving emissions. The subsidy bootstraps a few ' +
			'thousand devices; growth stalls as emissions halve and income per device falls; then usage ' +
			'revenue from slowly adopting users lifts the token and the flywheel spins up.',
		params: {}
	},
	{
		key: 'cloud-inertia',
		label: 'Stuck on cloud',
		description:
			'The same network facing users who are very reluctant to leave centralised providers ' +
			'(inertia 1.2). Miners deploy while the subsidy lasts, but users trickle in too slowly for ' +
			'revenue to replace emissions: the chicken-and-egg problem.',
		params: { inertia: 1.2 }
	}
];

export const PRESET_INDEX: ReadonlyMap<string, Preset> = new Map(PRESETS.map((p) => [p.key, p]));

/** Full parameter values of a preset (schema defaults overridden by the preset). */
export function presetParams(preset: Preset | undefined): ParamValues {
	return { ...defaultParams(), ...(preset?.params ?? {}) } as ParamValues;
}

/** Keys in presets that the schema does not know: a programming error, caught by a unit test. */
export function unknownPresetKeys(): string[] {
	return PRESETS.flatMap((p) => Object.keys(p.params).filter((k) => !PARAM_INDEX.has(k)));
}
