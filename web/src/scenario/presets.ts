/**
 * Named scenarios: a one-paragraph description and the parameters that differ from the schema
 * defaults. A link names its preset (`preset=…`) and then only what differs from it. Preset
 * keys are part of the link contract: never rename or reuse one.
 */
import { PARAM_INDEX, defaultParams } from './schema';
import type { ParamValues } from './schema';
import type { ScenarioEvent } from './events';

export interface Preset {
	readonly key: string;
	readonly label: string;
	readonly description: string;
	readonly params: Readonly<Partial<ParamValues>>;
	/** Shocks the preset scripts on its timeline. */
	readonly events?: readonly ScenarioEvent[];
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
		key: 'tipping-demo',
		label: 'Tipping point',
		description:
			'The chicken-and-egg problem in its purest form (MODEL.md §12.3): one uniform territory, a ' +
			'subsidy that halves every two years, users who pay $1 a week and are reluctant to leave the ' +
			'cloud (inertia 0.75), and no market noise. At 100k tokens a week the network fizzles; ' +
			'at 300k it tips and most users come. Start the same network half-built and it survives ' +
			'even with no subsidy at all: the outcome depends on where you start (hysteresis).',
		params: {
			emission_mode: 1,
			emission_initial: 100_000,
			emission_decay_rate: 0.345,
			device_opex_usd_month: 4.3,
			ship_delay: 4,
			bass_imitation: 1,
			service_price_usd: 1,
			usage_per_user: 1,
			cloud_price_usd: 0,
			inertia: 0.75,
			market_mode: 1,
			bull_drift: 0,
			bear_drift: 0,
			market_volatility: 0,
			density_classes: 1,
			initial_devices: 0,
			miner_awareness: 0.01
		}
	}
];

export const PRESET_INDEX: ReadonlyMap<string, Preset> = new Map(PRESETS.map((p) => [p.key, p]));

/** Full parameter values of a preset (schema defaults overridden by the preset). */
export function presetParams(preset: Preset | undefined): ParamValues {
	return { ...defaultParams(), ...(preset?.params ?? {}) } as ParamValues;
}

/** A preset's scripted events (none for most). */
export function presetEvents(preset: Preset | undefined): ScenarioEvent[] {
	return [...(preset?.events ?? [])];
}

/** Keys in presets that the schema does not know: a programming error, caught by a unit test. */
export function unknownPresetKeys(): string[] {
	return PRESETS.flatMap((p) => Object.keys(p.params).filter((k) => !PARAM_INDEX.has(k)));
}
