/**
 * --list-params and --list-presets: the schema and the presets as JSON, for scripts that build
 * --set and --preset flags. The fields are listed explicitly: they are part of the contract.
 */
import { PRESETS } from '../scenario/presets';
import { PARAMS } from '../scenario/schema';

export function listParams(): string {
	const params = PARAMS.map((p) => ({
		key: p.key,
		label: p.label,
		unit: p.unit,
		min: p.min,
		max: p.max,
		step: p.step,
		default: p.default,
		group: p.group,
		symbol: p.symbol,
		doc: p.doc,
		source: p.source
	}));
	return `${JSON.stringify(params, null, '\t')}\n`;
}

/** Each preset with the parameters it changes from the schema defaults. */
export function listPresets(): string {
	const presets = PRESETS.map((p) => ({
		key: p.key,
		label: p.label,
		description: p.description,
		params: { ...p.params }
	}));
	return `${JSON.stringify(presets, null, '\t')}\n`;
}
