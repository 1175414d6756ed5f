/** The shape of one model parameter. The schema (schema.ts) is a list of these. */

/** Stakeholder or theme a lever belongs to; drives the grouping of the control panel. */
export type ParamGroup =
	'token' | 'market' | 'miners' | 'manufacturers' | 'builders' | 'users' | 'run';

/** How a slider maps its position to the value: wide ranges use a log or symlog scale. */
export type SliderScale = 'linear' | 'log' | 'symlog';

export interface ParamSpec {
	/** Stable key used in links, the CLI and the core's generated ids. Never reuse a key. */
	readonly key: string;
	/** Symbol in ../docs/model.md and MODEL.md (e.g. `E₀`). */
	readonly symbol: string;
	readonly label: string;
	/** Unit shown beside the value; empty for dimensionless shares. */
	readonly unit: string;
	readonly min: number;
	readonly max: number;
	/** Quantum of the value: links, sliders and validation round to it. */
	readonly step: number;
	readonly default: number;
	readonly group: ParamGroup;
	readonly scale: SliderScale;
	/** One or two sentences for the tooltip and the docs table. */
	readonly doc: string;
	/** Where the default comes from (a MODEL.md section or `[A]` for an assumption). */
	readonly source: string;
	/** For a choice (a policy): the label of each value 0, 1, 2…; min 0, max options.length − 1, step 1. */
	readonly options?: readonly string[];
	/** Shown only when the choice `key` has one of `values` (the lever does nothing otherwise). */
	readonly shownWhen?: { readonly key: string; readonly values: readonly number[] };
}
