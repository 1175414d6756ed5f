/**
 * Scenario ⇄ URL fragment. The fragment is `v=1[&preset=P]&seed=N&key=value…` with only the
 * parameters that differ from the preset (or the schema defaults), in schema order, quantised
 * to their step: the same scenario always gives the same link. Decoding never throws: whatever is wrong is reported
 * and replaced (defaults, clamped values) while the rest of the scenario is kept.
 */
import { checkValue, quantise } from './validate';
import type { Issue } from './validate';
import { DEFAULT_SEED, MAX_SEED, SCHEMA_VERSION, defaultScenario } from './scenario';
import type { Scenario } from './scenario';
import { PARAMS, PARAM_INDEX } from './schema';
import { PRESET_INDEX, presetEvents, presetParams } from './presets';
import { decodeEvents, encodeEvents } from './events';

/** Longer fragments are not links we made; reading them would only waste time. */
const MAX_FRAGMENT_LENGTH = 8192;

export interface Decoded {
	readonly scenario: Scenario;
	readonly issues: readonly Issue[];
}

export function encodeScenario(scenario: Scenario): string {
	const preset = scenario.preset === null ? undefined : PRESET_INDEX.get(scenario.preset);
	const base = presetParams(preset);
	const parts = [`v=${SCHEMA_VERSION}`];
	if (preset) parts.push(`preset=${preset.key}`);
	parts.push(`seed=${scenario.seed >>> 0}`);
	for (const spec of PARAMS) {
		const value = quantise(scenario.params[spec.key] ?? base[spec.key], spec);
		if (value !== quantise(base[spec.key], spec)) parts.push(`${spec.key}=${value}`);
	}
	// Events are written when they differ from the preset's (an empty `ev=` removes them).
	const events = encodeEvents(scenario.events);
	if (events !== encodeEvents(presetEvents(preset))) parts.push(`ev=${events}`);
	return parts.join('&');
}

export function decodeScenario(fragment: string): Decoded {
	try {
		return decodeUnsafe(fragment);
	} catch {
		// Unreachable by design; kept so that no link can ever break the page.
		return {
			scenario: defaultScenario(),
			issues: [{ message: 'The link could not be read; the default scenario is shown.' }]
		};
	}
}

function decodeUnsafe(fragment: string): Decoded {
	const text = fragment.startsWith('#') ? fragment.slice(1) : fragment;
	const base = defaultScenario();
	if (text.trim() === '') return { scenario: base, issues: [] };
	if (text.length > MAX_FRAGMENT_LENGTH) {
		return {
			scenario: base,
			issues: [
				{
					message: `The link is too long (${text.length} characters) to be a scenario; the default scenario is shown.`
				}
			]
		};
	}

	const issues: Issue[] = [];
	const entries = [...new URLSearchParams(text)];
	// The preset is the base the other values change, wherever it stands in the link.
	let preset: string | null = null;
	const named = entries.filter(([key]) => key === 'preset').at(-1)?.[1];
	if (named !== undefined) {
		if (PRESET_INDEX.has(named)) preset = named;
		else
			issues.push({
				key: 'preset',
				message: `Unknown preset “${named.slice(0, 40)}”; started from the defaults.`
			});
	}
	const presetSpec = preset === null ? undefined : PRESET_INDEX.get(preset);
	const params = presetSpec ? presetParams(presetSpec) : { ...base.params };
	let events = presetEvents(presetSpec);
	let seed = DEFAULT_SEED;
	const seen = new Set<string>();

	for (const [key, raw] of entries) {
		if (seen.has(key))
			issues.push({ key, message: `“${key}” appears more than once; used the last value.` });
		seen.add(key);
		if (key === 'preset') {
			continue;
		} else if (key === 'ev') {
			const decoded = decodeEvents(raw);
			events = decoded.events;
			issues.push(...decoded.issues);
		} else if (key === 'v') {
			const v = Number(raw);
			if (!Number.isInteger(v) || v < 1) {
				issues.push({
					key,
					message: `The link’s version “${raw.slice(0, 12)}” is not valid; read it as version ${SCHEMA_VERSION}.`
				});
			} else if (v > SCHEMA_VERSION) {
				issues.push({
					key,
					message: `The link was made by a newer version of the playground (v${v}); settings this version does not know were ignored.`
				});
			}
		} else if (key === 'seed') {
			const s = Number(raw);
			if (raw.trim() !== '' && Number.isInteger(s) && s >= 0 && s <= MAX_SEED) seed = s;
			else
				issues.push({
					key,
					message: `The seed “${raw.slice(0, 24)}” is not a whole number from 0 to ${MAX_SEED}; used ${DEFAULT_SEED}.`
				});
		} else {
			const id = PARAM_INDEX.get(key);
			if (id === undefined) {
				issues.push({ key, message: `Ignored the unknown setting “${key.slice(0, 40)}”.` });
				continue;
			}
			const checked = checkValue(PARAMS[id], raw);
			params[key] = checked.value;
			if (checked.issue) issues.push(checked.issue);
		}
	}
	return { scenario: { seed, preset, params, events }, issues };
}
