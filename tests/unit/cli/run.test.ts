// The whole command line in-process (web/src/cli/main.ts with a fake stdout and stderr): exit
// statuses, the one-line errors and real runs of the release core (npm test builds it first).
import { describe, expect, test } from 'vitest';
import { main } from '../../../web/src/cli/main';
import { COLUMNS } from '../../../web/src/cli/format';
import { SPATIAL_DEFAULTS } from '../../../web/src/engine/core';
import { loadCoreInNode } from '../../../web/src/engine/load-core-node';
import { spatialSide } from '../../../web/src/cli/engines';
import { METRIC_COUNT } from '../../../web/src/model/metrics';
import { decodeScenario } from '../../../web/src/scenario/codec';
import { PRESETS, PRESET_INDEX, presetParams } from '../../../web/src/scenario/presets';
import { PARAMS, defaultParams } from '../../../web/src/scenario/schema';
import { runCore } from '../../helpers/run-core';
import { BAD_INPUT } from './cases';
import type { MainOptions } from '../../../web/src/cli/main';

async function sim(argv: readonly string[], options?: MainOptions) {
	let stdout = '';
	let stderr = '';
	const io = { out: (t: string) => void (stdout += t), err: (t: string) => void (stderr += t) };
	const code = await main(argv, io, options);
	return { code, stdout, stderr };
}

function expectOneErrorLine(result: { stdout: string; stderr: string }, message: RegExp) {
	expect(result.stdout).toBe('');
	expect(result.stderr).toMatch(/^sim: [^\n]+\n$/);
	expect(result.stderr.trimEnd()).toMatch(message);
}

describe('bad input: exit 2, one line on stderr, nothing on stdout', () => {
	test.each(BAD_INPUT)('%s', async (_, argv, message) => {
		const result = await sim(argv);
		expect(result.code).toBe(2);
		expectOneErrorLine(result, message);
	});
});

test('an internal error: exit 1 and one line', async () => {
	const result = await sim(['--weeks', '52'], {
		prepareCore: () => {
			throw new Error('no core\nat all');
		}
	});
	expect(result.code).toBe(1);
	expectOneErrorLine(result, /^sim: internal error: no core at all$/);
});

describe('runs', () => {
	test('CSV: the header, then weeks 0..N with exactly the numbers of the core', async () => {
		const result = await sim(['--weeks', '52', '--seed', '7', '--set', 'uptime=0.9']);
		expect(result).toMatchObject({ code: 0, stderr: '' });
		const [header, ...lines] = result.stdout.trimEnd().split('\n');
		expect(header.split(',')).toEqual(COLUMNS);
		expect(lines.map((l) => Number(l.split(',')[0]))).toEqual([...Array(53).keys()]);
		const core = await loadCoreInNode('release');
		const params = { ...defaultParams(), uptime: 0.9, horizon_weeks: 52 };
		const expected = runCore(core, params, 7, 52);
		const read = lines.flatMap((l) => l.split(',').map(Number));
		expect(read).toHaveLength(53 * METRIC_COUNT);
		expect(read.every((x, i) => Object.is(x, expected[i]) || x === expected[i])).toBe(true);
	});

	test('a preset’s scripted events are run, and a link carries them', async () => {
		const shock = PRESET_INDEX.get('regulatory-shock')!;
		const result = await sim(['--preset', shock.key, '--format', 'json']);
		expect(result.code).toBe(0);
		const output = JSON.parse(result.stdout);
		expect(output.scenario.events).toEqual(shock.events);
		const core = await loadCoreInNode('release');
		const expected = runCore(core, presetParams(shock), 1, 520, shock.events);
		expect(output.rows.flat()).toEqual(Array.from(expected));
		const withoutEvents = runCore(core, presetParams(shock), 1, 520);
		expect(Array.from(withoutEvents)).not.toEqual(Array.from(expected));
		const viaLink = await sim(['--scenario', 'v=1&ev=enforcement:150:13:1,clarity:163:1:1']);
		const viaPreset = await sim(['--preset', shock.key]);
		expect(viaLink.stdout).toBe(viaPreset.stdout);
	});

	test('JSON: the same rows; its link runs the same scenario again', async () => {
		const preset = PRESETS.at(-1)?.key ?? '';
		const argv = ['--preset', preset, '--weeks', '60', '--seed', '3'];
		const json = await sim([...argv, '--format', 'json']);
		expect(json.code).toBe(0);
		const output = JSON.parse(json.stdout);
		expect(output.columns).toEqual(COLUMNS);
		expect(output.rows).toHaveLength(61);
		expect(output.scenario).toMatchObject({ seed: 3, preset });
		expect(output.scenario.params.horizon_weeks).toBe(60);
		expect(decodeScenario(output.scenario.link).scenario).toEqual({
			seed: output.scenario.seed,
			preset: output.scenario.preset,
			params: output.scenario.params,
			events: output.scenario.events
		});
		const csv = await sim(argv);
		const again = await sim(['--scenario', `#${output.scenario.link}`]);
		expect(again.stdout).toBe(csv.stdout);
		const csvRows = csv.stdout.trimEnd().split('\n').slice(1);
		expect(csvRows).toEqual(output.rows.map((r: number[]) => r.map(String).join(',')));
	});

	test('--engine spatial: exactly the rows of the core’s spatial engine on a grid of √world_cells', async () => {
		const argv = [
			'--engine',
			'spatial',
			'--weeks',
			'52',
			'--seed',
			'5',
			'--set',
			'world_cells=10000'
		];
		const result = await sim([...argv, '--format', 'json']);
		expect(result).toMatchObject({ code: 0, stderr: '' });
		const output = JSON.parse(result.stdout);
		expect(output.engine).toBe('spatial');
		const core = await loadCoreInNode('release');
		core.setParams({ ...defaultParams(), world_cells: 10_000, horizon_weeks: 52 });
		core.setEvents([]);
		core.initSpatial(5, { ...SPATIAL_DEFAULTS, side: 100 });
		core.step(52);
		expect(spatialSide(10_000)).toBe(100);
		expect(output.rows.flat()).toEqual(Array.from(core.copyRows(0, 52)));
		const aggregate = runCore(
			core,
			{ ...defaultParams(), world_cells: 10_000, horizon_weeks: 52 },
			5,
			52
		);
		expect(output.rows.flat()).not.toEqual(Array.from(aggregate));
	});

	test('the grid side follows the service area, within 4–512', () => {
		expect([10, 10_000, 200_000, 100_000_000].map(spatialSide)).toEqual([4, 100, 447, 512]);
	});

	test('the run length defaults to the schema default of horizon_weeks', async () => {
		const result = await sim([]);
		const horizon = PARAMS.find((p) => p.key === 'horizon_weeks')?.default;
		expect(result.stdout.trimEnd().split('\n')).toHaveLength(Number(horizon) + 2);
	});
});

describe('lists and help need no core', () => {
	const noCore = { prepareCore: () => Promise.reject(new Error('the core was loaded')) };

	test('--list-params: every schema parameter with its contract fields', async () => {
		const result = await sim(['--list-params'], noCore);
		expect(result.code).toBe(0);
		const params = JSON.parse(result.stdout);
		expect(params.map((p: { key: string }) => p.key)).toEqual(PARAMS.map((p) => p.key));
		expect(Object.keys(params[0])).toEqual(
			'key label unit min max step default group symbol doc source'.split(' ')
		);
		expect(params[0]).toMatchObject({ key: PARAMS[0].key, default: PARAMS[0].default });
	});

	test('--list-presets: key, label, description and the changed parameters', async () => {
		const result = await sim(['--list-presets'], noCore);
		expect(result.code).toBe(0);
		expect(JSON.parse(result.stdout)).toEqual(
			PRESETS.map(({ key, label, description, params }) => ({ key, label, description, params }))
		);
	});

	test('--help prints the usage on stdout', async () => {
		const result = await sim(['--help'], noCore);
		expect(result).toMatchObject({ code: 0, stderr: '' });
		expect(result.stdout).toMatch(/^Usage:\n {2}npm run --silent sim -- \[--preset NAME\]/);
	});
});
