/**
 * Validation of one parameter value against the schema: parse, clamp to [min, max] and
 * quantise to the step. Never throws; explains every change in plain words.
 */
import type { ParamSpec } from './param-spec';

export interface Issue {
	/** Parameter or field the issue is about, when there is one. */
	readonly key?: string;
	readonly message: string;
}

export interface Checked {
	readonly value: number;
	readonly issue?: Issue;
}

/** Number of decimals in a step such as 0.001 (3) or 1000 (0). */
export function stepDecimals(step: number): number {
	const text = String(step);
	const exp = /e-(\d+)$/.exec(text);
	if (exp) return Number(exp[1]);
	const dot = text.indexOf('.');
	return dot < 0 ? 0 : text.length - dot - 1;
}

/** Rounds to the nearest multiple of the step, without binary noise (0.1 + 0.2 stays 0.3). */
export function quantise(value: number, spec: ParamSpec): number {
	const q = Math.round(value / spec.step) * spec.step;
	const clamped = Math.min(spec.max, Math.max(spec.min, q));
	return Number(clamped.toFixed(stepDecimals(spec.step)));
}

export function checkValue(spec: ParamSpec, raw: unknown): Checked {
	const value =
		typeof raw === 'number'
			? raw
			: typeof raw === 'string' && raw.trim() !== ''
				? Number(raw)
				: NaN;
	if (!Number.isFinite(value)) {
		const shown = String(raw).slice(0, 24);
		return {
			value: spec.default,
			issue: {
				key: spec.key,
				message: `“${spec.label}” was “${shown}”, which is not a number; used the default ${spec.default}.`
			}
		};
	}
	if (value < spec.min || value > spec.max) {
		const bound = value < spec.min ? spec.min : spec.max;
		const side = value < spec.min ? 'below the minimum' : 'above the maximum';
		return {
			value: quantise(bound, spec),
			issue: { key: spec.key, message: `“${spec.label}” was ${value}, ${side}; used ${bound}.` }
		};
	}
	return { value: quantise(value, spec) };
}
