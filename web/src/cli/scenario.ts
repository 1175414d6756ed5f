/**
 * The scenario of a run from the command line's scenario flags, in this order: the base
 * (--preset NAME, or --scenario LINK, or the schema defaults), then every --set key=value,
 * then --seed, then --weeks (the run length `horizon_weeks`). Strict where the page is lenient:
 * whatever the link decoder or the validator would repair is an error here (UsageError).
 */
import { decodeScenario } from '../scenario/codec';
import { PRESETS, PRESET_INDEX, presetParams, presetEvents } from '../scenario/presets';
import { DEFAULT_SEED, MAX_SEED, defaultScenario } from '../scenario/scenario';
import type { Scenario } from '../scenario/scenario';
import { PARAMS, PARAM_INDEX } from '../scenario/schema';
import type { ParamSpec } from '../scenario/param-spec';
import { checkValue } from '../scenario/validate';
import type { Issue } from '../scenario/validate';
import { UsageError, quote } from './errors';

/** The scenario flags as typed, unparsed. */
export interface ScenarioFlags {
	readonly preset?: string;
	readonly link?: string;
	/** Every --set, in order; a later one wins. */
	readonly sets: readonly string[];
	readonly seed?: string;
	readonly weeks?: string;
}

export const RUN_LENGTH_KEY = 'horizon_weeks';

export function resolveScenario(flags: ScenarioFlags): Scenario {
	if (flags.preset !== undefined && flags.link !== undefined) {
		throw new UsageError(
			'--preset and --scenario cannot be combined (a link names its own preset)'
		);
	}
	const base =
		flags.preset !== undefined
			? fromPreset(flags.preset)
			: flags.link !== undefined
				? fromLink(flags.link)
				: defaultScenario();
	const params = { ...base.params };
	for (const assignment of flags.sets) {
		const [key, value] = parseSet(assignment);
		params[key] = value;
	}
	const seed = flags.seed === undefined ? base.seed : parseSeed(flags.seed);
	if (flags.weeks !== undefined) params[RUN_LENGTH_KEY] = parseWeeks(flags.weeks);
	return { seed, preset: base.preset, params, events: base.events };
}

function fromPreset(name: string): Scenario {
	const preset = PRESET_INDEX.get(name);
	if (!preset) {
		const known = PRESETS.map((p) => p.key).join(', ');
		throw new UsageError(`--preset ${quote(name)}: unknown preset (known: ${known})`);
	}
	return {
		seed: DEFAULT_SEED,
		preset: preset.key,
		params: presetParams(preset),
		events: presetEvents(preset)
	};
}

/** The fragment of a full URL (after `#`), or the text itself (a fragment, with or without `#`). */
export function fragmentOf(link: string): string {
	const hash = link.indexOf('#');
	if (hash >= 0) return link.slice(hash + 1);
	if (/^[a-z][a-z0-9+.-]*:\/\//i.test(link)) {
		throw new UsageError(`--scenario ${quote(link)}: the URL has no #… part with the scenario`);
	}
	return link;
}

function fromLink(link: string): Scenario {
	const { scenario, issues } = decodeScenario(fragmentOf(link));
	if (issues.length > 0) {
		const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
		throw new UsageError(`--scenario: ${withoutRemedy(issues[0])}${more}`);
	}
	return scenario;
}

/** The decoder's messages end with what the page did instead (“; used …”); here nothing is used. */
function withoutRemedy(issue: Issue): string {
	return issue.message
		.replace(/^Ignored the unknown setting (.*)\.$/, 'unknown setting $1')
		.replace(
			/; (used|started|read it|the default scenario)[^;]*$/,
			issue.key === undefined ? '' : ` (${issue.key})`
		);
}

function parseSet(assignment: string): [string, number] {
	const eq = assignment.indexOf('=');
	if (eq < 0) throw new UsageError(`--set ${quote(assignment)}: expected key=value`);
	const key = assignment.slice(0, eq);
	const raw = assignment.slice(eq + 1);
	const id = PARAM_INDEX.get(key);
	if (id === undefined) {
		throw new UsageError(`--set: unknown parameter ${quote(key)} (see --list-params)`);
	}
	const spec = PARAMS[id];
	const checked = checkValue(spec, raw);
	if (checked.issue) {
		const number = raw.trim() === '' ? NaN : Number(raw);
		const problem = Number.isFinite(number) ? `is outside ${range(spec)}` : 'is not a number';
		throw new UsageError(`--set ${key}: ${quote(raw)} ${problem}`);
	}
	return [key, checked.value];
}

function range(spec: ParamSpec): string {
	return `the range ${spec.min} to ${spec.max}${spec.unit ? ` ${spec.unit}` : ''}`;
}

function wholeNumber(text: string, min: number, max: number): number | undefined {
	if (!/^\d+$/.test(text)) return undefined;
	const n = Number(text);
	return n >= min && n <= max ? n : undefined;
}

function parseSeed(text: string): number {
	const seed = wholeNumber(text, 0, MAX_SEED);
	if (seed === undefined) {
		throw new UsageError(`--seed ${quote(text)}: not a whole number from 0 to ${MAX_SEED}`);
	}
	return seed;
}

function parseWeeks(text: string): number {
	const id = PARAM_INDEX.get(RUN_LENGTH_KEY);
	if (id === undefined) throw new Error(`the schema has no ${RUN_LENGTH_KEY}`);
	const { min, max } = PARAMS[id];
	const weeks = wholeNumber(text, min, max);
	if (weeks === undefined) {
		throw new UsageError(`--weeks ${quote(text)}: not a whole number from ${min} to ${max}`);
	}
	return weeks;
}
