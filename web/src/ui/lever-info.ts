/**
 * What a lever's info disclosure says, in plain words: its meaning (the schema's doc), its unit,
 * range, the value it resets to, its symbol in the model docs and where that value comes from.
 */
import type { ParamSpec } from '../scenario/param-spec';
import { formatWithUnit } from '../lib/format';

export interface LeverFact {
	readonly term: string;
	readonly detail: string;
}

/** The unit in words; shares and plain ratios have none in the schema. */
export function unitText(spec: ParamSpec): string {
	if (spec.options) return 'a choice between policies';
	if (spec.unit !== '') return spec.unit;
	return spec.min >= 0 && spec.max <= 1 ? 'a share from 0 to 1 (0.5 = 50%)' : 'none (a ratio)';
}

/** A value as the lever shows it: the option's name for a choice, else number and unit. */
export function valueText(spec: ParamSpec, value: number): string {
	if (spec.options) return spec.options[value] ?? String(value);
	return formatWithUnit(value, spec.unit);
}

/** “[A]” marks an assumption with no public source (MODEL.md); say so in words. */
export function sourceText(source: string): string {
	const assumed = /^\[A\]\s*;?\s*/.exec(source);
	if (!assumed) return source;
	const rest = source.slice(assumed[0].length).trim();
	return rest ? `Assumption of the model (${rest})` : 'Assumption of the model (no public source)';
}

/**
 * The facts listed under the doc. `base` is the value the group's reset restores (the preset's
 * or the schema default); `origin` says which (“the default”, “the preset Tipping point”).
 */
export function leverFacts(spec: ParamSpec, base: number, origin: string): LeverFact[] {
	const facts: LeverFact[] = [{ term: 'Unit', detail: unitText(spec) }];
	facts.push(
		spec.options
			? { term: 'Options', detail: spec.options.join(', ') }
			: {
					term: 'Range',
					detail: `${valueText(spec, spec.min)} to ${valueText(spec, spec.max)}`
				}
	);
	facts.push({ term: 'Reset value', detail: `${valueText(spec, base)} (${origin})` });
	facts.push({ term: 'Symbol', detail: spec.symbol });
	facts.push({ term: 'Source', detail: sourceText(spec.source) });
	return facts;
}
