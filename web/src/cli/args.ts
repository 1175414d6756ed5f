/**
 * The command line's grammar: argv → a typed Command, or a UsageError. Flag syntax is checked
 * here (node:util parseArgs, strict); the scenario flags are resolved by scenario.ts.
 */
import { parseArgs } from 'node:util';
import type { Scenario } from '../scenario/scenario';
import { ENGINE_NAMES, isEngineName } from './engines';
import type { EngineName } from './engines';
import { UsageError, quote } from './errors';
import { resolveScenario } from './scenario';

export const FORMATS = ['csv', 'json'] as const;
export type Format = (typeof FORMATS)[number];

export type Command =
	| { readonly kind: 'help' }
	| { readonly kind: 'list-params' }
	| { readonly kind: 'list-presets' }
	| {
			readonly kind: 'run';
			readonly scenario: Scenario;
			readonly engine: EngineName;
			readonly format: Format;
	  };

export const USAGE = `Usage:
  npm run --silent sim -- [--preset NAME] [--scenario LINK] [--set key=value]... [--seed N]
                          [--weeks N] [--engine ${ENGINE_NAMES.join('|')}] [--format ${FORMATS.join('|')}]
  npm run --silent sim -- --list-params     # JSON array of the parameters
  npm run --silent sim -- --list-presets    # JSON array of the presets
  npm run --silent sim -- --help

Runs one scenario and prints one row per week, week 0 (the initial state) first.
Exit status: 0 done, 2 bad input (one line on stderr), 1 internal error.
`;

// Every option is `multiple` so that a repeated one can be refused (except --set).
const OPTIONS = {
	preset: { type: 'string', multiple: true },
	scenario: { type: 'string', multiple: true },
	set: { type: 'string', multiple: true },
	seed: { type: 'string', multiple: true },
	weeks: { type: 'string', multiple: true },
	engine: { type: 'string', multiple: true },
	format: { type: 'string', multiple: true },
	'list-params': { type: 'boolean', multiple: true },
	'list-presets': { type: 'boolean', multiple: true },
	help: { type: 'boolean', multiple: true, short: 'h' }
} as const;

type Values = ReturnType<typeof parseFlags>;
type SingleFlag = 'preset' | 'scenario' | 'seed' | 'weeks' | 'engine' | 'format';
const MODES = ['list-params', 'list-presets', 'help'] as const;

export function parseCommand(argv: readonly string[]): Command {
	const values = parseFlags(argv);
	if (values.help) return { kind: 'help' };
	const modes = MODES.filter((mode) => values[mode]);
	const others = Object.keys(values).filter((flag) => !(MODES as readonly string[]).includes(flag));
	if (modes.length > 1) throw new UsageError(`--${modes[0]} and --${modes[1]} cannot be combined`);
	if (modes.length === 1 && others.length > 0) {
		throw new UsageError(`--${modes[0]} takes no other flag (got --${others[0]})`);
	}
	if (modes.length === 1) return { kind: modes[0] as 'list-params' | 'list-presets' };

	const engine = single(values, 'engine') ?? 'aggregate';
	if (!isEngineName(engine)) {
		throw new UsageError(
			`--engine ${quote(engine)}: unknown engine (${ENGINE_NAMES.join(' or ')})`
		);
	}
	const format = single(values, 'format') ?? 'csv';
	if (!(FORMATS as readonly string[]).includes(format)) {
		throw new UsageError(`--format ${quote(format)}: unknown format (${FORMATS.join(' or ')})`);
	}
	const scenario = resolveScenario({
		preset: single(values, 'preset'),
		link: single(values, 'scenario'),
		sets: values.set ?? [],
		seed: single(values, 'seed'),
		weeks: single(values, 'weeks')
	});
	return { kind: 'run', scenario, engine, format: format as Format };
}

function parseFlags(argv: readonly string[]) {
	try {
		return parseArgs({ args: [...argv], options: OPTIONS, strict: true, allowPositionals: false })
			.values;
	} catch (error) {
		throw new UsageError(describeParseError(error));
	}
}

/** parseArgs' messages span lines and talk about positionals; say it in one short line. */
function describeParseError(error: unknown): string {
	const code = (error as { code?: unknown }).code;
	const message = error instanceof Error ? error.message : String(error);
	const named = /'([^']*)'/.exec(message)?.[1] ?? '';
	const flag = named.split(' ')[0];
	switch (code) {
		case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
			return `unknown flag ${quote(flag)} (see --help)`;
		case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
			return `unexpected argument ${quote(named)}: every value follows its flag, e.g. --seed 7`;
		case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
			if (/does not take an argument/.test(message)) return `${flag} takes no value`;
			return `${flag} needs a value (write ${flag}=VALUE for a value that starts with -)`;
		default:
			throw error;
	}
}

function single(values: Values, flag: SingleFlag): string | undefined {
	const given = values[flag];
	if (given === undefined) return undefined;
	if (given.length > 1) throw new UsageError(`--${flag} given ${given.length} times`);
	return given[0];
}
