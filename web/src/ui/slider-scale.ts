/**
 * Maps a slider's position to a parameter value. Linear parameters use the native range
 * (min, max, step). Wide ranges (log, symlog) use POSITIONS evenly spaced positions on a
 * d3 log or symlog scale, so that 1k and 1M are both reachable with a pointer or arrow keys.
 */
import { scaleLinear, scaleLog, scaleSymlog } from 'd3-scale';
import type { ParamSpec } from '../scenario/param-spec';
import { quantise } from '../scenario/validate';

export const POSITIONS = 1000;

export interface SliderRange {
	readonly min: number;
	readonly max: number;
	readonly step: number;
}

export function sliderRange(spec: ParamSpec): SliderRange {
	return spec.scale === 'linear'
		? { min: spec.min, max: spec.max, step: spec.step }
		: { min: 0, max: POSITIONS, step: 1 };
}

function positionScale(spec: ParamSpec) {
	const domain = [spec.min, spec.max];
	if (spec.scale === 'log') return scaleLog().domain(domain).range([0, POSITIONS]);
	if (spec.scale === 'symlog') {
		// The constant sets where the scale turns from linear to logarithmic: one step above min.
		return scaleSymlog().domain(domain).range([0, POSITIONS]).constant(Math.max(spec.step, 1e-9));
	}
	return scaleLinear().domain(domain).range([spec.min, spec.max]);
}

export function valueToPosition(spec: ParamSpec, value: number): number {
	if (spec.scale === 'linear') return value;
	return Math.round(positionScale(spec)(value));
}

export function positionToValue(spec: ParamSpec, position: number): number {
	if (spec.scale === 'linear') return quantise(position, spec);
	if (position <= 0) return spec.min;
	if (position >= POSITIONS) return spec.max;
	const raw = positionScale(spec).invert(position);
	// Round to 3 significant digits, then to the parameter's step.
	return quantise(Number(raw.toPrecision(3)), spec);
}
