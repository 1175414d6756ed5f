import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { decodeScenario, encodeScenario } from '../../../web/src/scenario/codec';
import { DEFAULT_SEED, defaultScenario } from '../../../web/src/scenario/scenario';
import { PARAMS, PARAM_INDEX, defaultParams } from '../../../web/src/scenario/schema';
import {
	PRESETS,
	PRESET_INDEX,
	presetParams,
	unknownPresetKeys
} from '../../../web/src/scenario/presets';
import { checkValue, quantise } from '../../../web/src/scenario/validate';
import { scenarioArb } from '../../helpers/arbitraries';

describe('encodeScenario', () => {
	test('the default scenario is just a version and a seed', () => {
		expect(encodeScenario(defaultScenario())).toBe(`v=1&seed=${DEFAULT_SEED}`);
	});

	test('writes only changed parameters, in schema order, quantised to their step', () => {
		const params = { ...defaultParams(), inertia: 0.8049, emission_initial: 500_000 };
		expect(encodeScenario({ seed: 7, preset: null, params, events: [] })).toBe(
			'v=1&seed=7&emission_initial=500000&inertia=0.8'
		);
	});

	test('is canonical: the same scenario always gives the same link', () => {
		fc.assert(
			fc.property(scenarioArb, (s) => {
				const shuffled = Object.fromEntries(Object.entries(s.params).reverse());
				expect(encodeScenario({ ...s, params: shuffled })).toBe(encodeScenario(s));
			})
		);
	});
});

describe('decodeScenario', () => {
	test('round trip: decode(encode(s)) is s, with no issues', () => {
		fc.assert(
			fc.property(scenarioArb, (s) => {
				const { scenario, issues } = decodeScenario(`#${encodeScenario(s)}`);
				expect(issues).toEqual([]);
				expect(scenario).toEqual(s);
			}),
			{ numRuns: 200 }
		);
	});

	test('a preset is the base: only what differs from it is written, and read back', () => {
		const base = presetParams(PRESET_INDEX.get('tipping-demo'));
		const link = encodeScenario({
			seed: 2,
			preset: 'tipping-demo',
			params: { ...base, uptime: 0.9 },
			events: []
		});
		expect(link).toBe('v=1&preset=tipping-demo&seed=2&uptime=0.9');
		const { scenario, issues } = decodeScenario(link);
		expect(issues).toEqual([]);
		expect(scenario.preset).toBe('tipping-demo');
		expect(scenario.params).toEqual({ ...base, uptime: 0.9 });
		expect(scenario.events).toEqual([]);
		// Changing a preset's value back to the schema default is written explicitly.
		expect(
			encodeScenario({
				seed: 2,
				preset: 'tipping-demo',
				params: { ...base, inertia: 0.5 },
				events: []
			})
		).toBe('v=1&preset=tipping-demo&seed=2&inertia=0.5');
	});

	test('an unknown preset is reported; the rest of the link is kept', () => {
		const { scenario, issues } = decodeScenario('v=1&inertia=0.7&preset=nope');
		expect(scenario.preset).toBeNull();
		expect(scenario.params.inertia).toBe(0.7);
		expect(issues.map((i) => i.message)).toEqual([
			'Unknown preset “nope”; started from the defaults.'
		]);
	});

	test('every preset names only schema keys, with values in range', () => {
		expect(unknownPresetKeys()).toEqual([]);
		for (const preset of PRESETS) {
			for (const [key, value] of Object.entries(preset.params)) {
				const spec = PARAMS[PARAM_INDEX.get(key)!];
				expect(checkValue(spec, value).issue, `${preset.key}.${key}`).toBeUndefined();
				// On the lever's grid, or a link could not carry it.
				expect(quantise(value as number, spec), `${preset.key}.${key} on its step`).toBe(value);
			}
		}
	});

	test('an empty fragment is the default scenario', () => {
		expect(decodeScenario('')).toEqual({ scenario: defaultScenario(), issues: [] });
		expect(decodeScenario('#')).toEqual({ scenario: defaultScenario(), issues: [] });
	});

	test.each([
		['unknown key', 'v=1&seed=3&foo=1&inertia=0.9', /unknown setting “foo”/, { inertia: 0.9 }],
		['not a number', 'v=1&inertia=lots&uptime=0.9', /not a number/, { inertia: 0.5, uptime: 0.9 }],
		['empty value', 'v=1&inertia=&uptime=0.9', /not a number/, { inertia: 0.5, uptime: 0.9 }],
		['above the maximum', 'v=1&inertia=9', /above the maximum; used 1.5/, { inertia: 1.5 }],
		['below the minimum', 'v=1&uptime=0.1', /below the minimum; used 0.5/, { uptime: 0.5 }],
		['infinite', 'v=1&uptime=Infinity', /not a number; used the default 0.8/, { uptime: 0.8 }],
		['future version', 'v=99&inertia=0.7', /newer version/, { inertia: 0.7 }],
		['bad version', 'v=abc&inertia=0.7', /version “abc” is not valid/, { inertia: 0.7 }],
		['repeated key', 'v=1&inertia=0.7&inertia=0.6', /more than once/, { inertia: 0.6 }]
	])('%s: reported, the rest kept', (_name, fragment, message, expected) => {
		const { scenario, issues } = decodeScenario(fragment);
		expect(issues.map((i) => i.message).join('\n')).toMatch(message);
		expect(scenario.params).toMatchObject(expected);
	});

	test.each(['seed=-1', 'seed=1.5', 'seed=4294967296', 'seed=x', 'seed='])(
		'a bad seed (%s) is reported and replaced',
		(fragment) => {
			const { scenario, issues } = decodeScenario(`v=1&${fragment}&inertia=0.7`);
			expect(scenario.seed).toBe(DEFAULT_SEED);
			expect(scenario.params.inertia).toBe(0.7);
			expect(issues).toHaveLength(1);
			expect(issues[0].message).toMatch(/seed/);
		}
	);

	test('malformed percent-encoding and garbage never throw', () => {
		for (const text of [
			'%',
			'%E0%A4%A',
			'&&&==',
			'=1',
			'v=1&%zz=3',
			'\u0000',
			'#?#&',
			'inertia=%ZZ'
		]) {
			expect(() => decodeScenario(text)).not.toThrow();
		}
	});

	test('an absurdly long fragment is refused politely', () => {
		const { scenario, issues } = decodeScenario('v=1&' + 'x'.repeat(10_000));
		expect(scenario).toEqual(defaultScenario());
		expect(issues[0].message).toMatch(/too long/);
	});

	test('any string decodes without throwing, to a scenario within the schema ranges', () => {
		const key = fc.constantFrom(...PARAMS.map((p) => p.key), 'v', 'seed', 'zzz');
		const pair = fc.tuple(key, fc.string()).map(([k, v]) => `${k}=${encodeURIComponent(v)}`);
		const fragment = fc.oneof(
			fc.string(),
			fc.array(pair).map((pairs) => pairs.join('&'))
		);
		fc.assert(
			fc.property(fragment, (text) => {
				const { scenario } = decodeScenario(text);
				expect(Number.isInteger(scenario.seed)).toBe(true);
				for (const spec of PARAMS) {
					const v = scenario.params[spec.key];
					expect(v).toBeGreaterThanOrEqual(spec.min);
					expect(v).toBeLessThanOrEqual(spec.max);
				}
			}),
			{ numRuns: 500 }
		);
	});
});

describe('events in links', () => {
	test('events are written in a stable order and read back', () => {
		const events = [
			{ type: 'clarity', start: 163, duration: 1, magnitude: 1 },
			{ type: 'enforcement', start: 150, duration: 13, magnitude: 1 }
		];
		const link = encodeScenario({ ...defaultScenario(), events });
		expect(link).toBe('v=1&seed=1&ev=enforcement:150:13:1,clarity:163:1:1');
		const { scenario, issues } = decodeScenario(link);
		expect(issues).toEqual([]);
		expect(scenario.events).toEqual([...events].reverse());
	});

	test.each([
		['unknown type', 'ev=flood:10:5:1', /unknown type “flood”/],
		['start out of range', 'ev=enforcement:2000:13:1', /start week must be a whole number/],
		['zero duration', 'ev=enforcement:10:0:1', /duration must be a whole number/],
		['magnitude out of range', 'ev=regional_ban:10:5:2', /must be from 0 to 1/],
		['too many fields', 'ev=clarity:1:1:1:1', /too many fields/]
	])('%s: reported, the other events kept', (_name, fragment, message) => {
		const { scenario, issues } = decodeScenario(`v=1&${fragment},clarity:5:1:1`);
		expect(issues.map((i) => i.message).join('\n')).toMatch(message);
		expect(scenario.events).toEqual([{ type: 'clarity', start: 5, duration: 1, magnitude: 1 }]);
	});

	test('defaults fill a short event; an empty list is no events', () => {
		expect(decodeScenario('ev=regional_ban:20').scenario.events).toEqual([
			{ type: 'regional_ban', start: 20, duration: 26, magnitude: 0.5 }
		]);
		expect(decodeScenario('ev=').scenario.events).toEqual([]);
	});
});
