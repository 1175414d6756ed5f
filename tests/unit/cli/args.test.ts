// The command line's grammar and scenario resolution (web/src/cli/args.ts, scenario.ts).
import { describe, expect, test } from 'vitest';
import { parseCommand } from '../../../web/src/cli/args';
import type { Command } from '../../../web/src/cli/args';
import { UsageError } from '../../../web/src/cli/errors';
import { encodeScenario } from '../../../web/src/scenario/codec';
import { PRESETS, PRESET_INDEX, presetParams } from '../../../web/src/scenario/presets';
import { DEFAULT_SEED, defaultScenario } from '../../../web/src/scenario/scenario';
import type { Scenario } from '../../../web/src/scenario/scenario';
import { defaultParams } from '../../../web/src/scenario/schema';
import { BAD_INPUT } from './cases';

// A preset that changes something, if there is one (the list of presets grows).
const PRESET = (PRESETS.find((p) => Object.keys(p.params).length > 0) ?? PRESETS[0]).key;
const presetValues = presetParams(PRESET_INDEX.get(PRESET));
const scenario = (seed: number, preset: string | null, changes: Record<string, number> = {}) => ({
	seed,
	preset,
	params: { ...(preset === null ? defaultParams() : presetValues), ...changes },
	events: []
});

function run(argv: readonly string[]): Extract<Command, { kind: 'run' }> {
	const command = parseCommand(argv);
	if (command.kind !== 'run') throw new Error(`expected a run, got ${command.kind}`);
	return command;
}

describe('parseCommand: good command lines give the right scenario', () => {
	const link = encodeScenario(scenario(5, PRESET, { uptime: 0.9 }));
	const cases: readonly (readonly [string, readonly string[], Scenario])[] = [
		['no flags: the schema defaults', [], defaultScenario()],
		['a preset', ['--preset', PRESET], scenario(DEFAULT_SEED, PRESET)],
		['a link fragment', ['--scenario', link], scenario(5, PRESET, { uptime: 0.9 })],
		['a link fragment with #', ['--scenario', `#${link}`], scenario(5, PRESET, { uptime: 0.9 })],
		[
			'a full URL',
			['--scenario', `https://example.org/play/?x=1#${link}`],
			scenario(5, PRESET, { uptime: 0.9 })
		],
		['an empty link is the defaults', ['--scenario', ''], defaultScenario()],
		[
			'--set over a preset',
			['--preset', PRESET, '--set', 'uptime=0.6'],
			scenario(1, PRESET, { uptime: 0.6 })
		],
		[
			'--set over a link',
			['--scenario', link, '--set', 'uptime=0.7'],
			scenario(5, PRESET, { uptime: 0.7 })
		],
		[
			'a later --set wins',
			['--set', 'uptime=0.6', '--set', 'uptime=0.7'],
			scenario(1, null, { uptime: 0.7 })
		],
		['--set=key=value', ['--set=uptime=0.6'], scenario(1, null, { uptime: 0.6 })],
		[
			'--set is quantised to the step',
			['--set', 'emission_initial=500400'],
			scenario(1, null, { emission_initial: 500_000 })
		],
		[
			'--set at the bounds',
			['--set', 'uptime=0.5', '--set', 'emission_initial=0'],
			scenario(1, null, { uptime: 0.5, emission_initial: 0 })
		],
		[
			'--seed over a link',
			['--scenario', link, '--seed', '9'],
			scenario(9, PRESET, { uptime: 0.9 })
		],
		['--seed 0', ['--seed', '0'], scenario(0, null)],
		['--seed at the maximum', ['--seed', '4294967295'], scenario(4294967295, null)],
		['--weeks', ['--weeks', '52'], scenario(1, null, { horizon_weeks: 52 })],
		[
			'--weeks wins over --set',
			['--weeks', '60', '--set', 'horizon_weeks=100'],
			scenario(1, null, { horizon_weeks: 60 })
		],
		['--weeks at the maximum', ['--weeks', '1040'], scenario(1, null, { horizon_weeks: 1040 })]
	];
	test.each(cases)('%s', (_, argv, expected) => {
		expect(run(argv).scenario).toEqual(expected);
	});

	test('engine and format default to aggregate and csv, and can be chosen', () => {
		expect(run([])).toMatchObject({ engine: 'aggregate', format: 'csv' });
		expect(run(['--format', 'json', '--engine', 'aggregate'])).toMatchObject({ format: 'json' });
		expect(run(['--engine', 'spatial']).engine).toBe('spatial');
	});

	test.each([
		[['--list-params'], 'list-params'],
		[['--list-presets'], 'list-presets'],
		[['--help'], 'help'],
		[['-h'], 'help'],
		[['--seed', '3', '--help'], 'help']
	])('%j is %s', (argv, kind) => {
		expect(parseCommand(argv).kind).toBe(kind);
	});
});

describe('parseCommand: bad command lines are a UsageError with a one-line reason', () => {
	test.each(BAD_INPUT)('%s', (_, argv, message) => {
		let error: unknown;
		try {
			parseCommand(argv);
		} catch (e) {
			error = e;
		}
		expect(error).toBeInstanceOf(UsageError);
		expect((error as Error).message).toMatch(message);
		expect((error as Error).message).not.toMatch(/[\r\n]/);
	});
});
