/**
 * A scenario: everything needed to reproduce a run exactly. It is the unit of sharing,
 * embedding and the command line. Links carry it in the URL fragment (codec.ts).
 */
import { defaultParams } from './schema';
import type { ParamValues } from './schema';
import type { ScenarioEvent } from './events';

/** Version of the link format and schema; bump it (and add a decoder) when keys change meaning. */
export const SCHEMA_VERSION = 1;
/** Version of the model equations; runs are reproducible for the same model version. */
export const MODEL_VERSION = 1;
export const DEFAULT_SEED = 1;
export const MAX_SEED = 0xffffffff;

export interface Scenario {
	readonly seed: number;
	/** The preset the scenario starts from (presets.ts), or null for the schema defaults. */
	readonly preset: string | null;
	/** Every parameter's value (the preset's, then whatever was changed). */
	readonly params: ParamValues;
	/** Shocks on the timeline (events.ts), in a stable order. */
	readonly events: readonly ScenarioEvent[];
}

export function defaultScenario(): Scenario {
	return { seed: DEFAULT_SEED, preset: null, params: defaultParams(), events: [] };
}
