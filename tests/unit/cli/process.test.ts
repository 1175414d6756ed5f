// The command line as a process (node scripts/sim.mjs), as scripts will use it. Few tests: each
// spawn costs about a second. The WASM core must be built (npm test builds it first).
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { METRICS } from '../../../web/src/model/metrics';
import { PARAMS } from '../../../web/src/scenario/schema';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const TIMEOUT = 60_000;

interface Result {
	readonly code: number | null;
	readonly stdout: string;
	readonly stderr: string;
}

function sim(args: readonly string[]): Promise<Result> {
	return new Promise((resolve) => {
		execFile(
			process.execPath,
			['scripts/sim.mjs', ...args],
			{ cwd: root, maxBuffer: 64 * 1024 * 1024 },
			(error, stdout, stderr) => {
				const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
				resolve({ code, stdout, stderr });
			}
		);
	});
}

describe('node scripts/sim.mjs', () => {
	test(
		'CSV: the metric columns, weeks 0..N, the supply ledger adds up, the same seed gives the same bytes',
		async () => {
			const args = ['--weeks', '52', '--seed', '11', '--format', 'csv'];
			// One after the other: a first run may have to build the core.
			const first = await sim(args);
			const second = await sim(args);
			expect(first.code, first.stderr).toBe(0);
			expect(second.stdout).toBe(first.stdout);

			const [header, ...lines] = first.stdout.trimEnd().split('\n');
			const columns = header.split(',');
			expect(columns).toEqual(METRICS.map((m) => m.key));
			const needed =
				'week devices users coverage price_usd supply_total minted_cum burned_cum ' +
				'revenue_usd emissions_usd coverage_ratio miner_income_usd_month backlog';
			expect(columns).toEqual(expect.arrayContaining(needed.split(' ')));

			const rows = lines.map((line) => line.split(',').map(Number));
			expect(rows.map((r) => r[0])).toEqual([...Array(53).keys()]);
			const [supply, minted, burned] = ['supply_total', 'minted_cum', 'burned_cum'].map((k) =>
				columns.indexOf(k)
			);
			const s0 = rows[0][supply];
			for (const row of rows) {
				const expected = s0 + row[minted] - row[burned];
				expect(Math.abs(row[supply] - expected)).toBeLessThanOrEqual(
					1e-9 * Math.max(Math.abs(expected), 1)
				);
			}
		},
		TIMEOUT
	);

	test(
		'--list-params: JSON with every schema key',
		async () => {
			const result = await sim(['--list-params']);
			expect(result.code, result.stderr).toBe(0);
			const keys = JSON.parse(result.stdout).map((p: { key: string }) => p.key);
			expect(keys).toEqual(PARAMS.map((p) => p.key));
			const needed =
				'emission_initial inertia initial_devices initial_users innovator_miners ' +
				'device_capex_usd device_opex_usd_month uptime';
			expect(keys).toEqual(expect.arrayContaining(needed.split(' ')));
		},
		TIMEOUT
	);

	test.each([[['--set', 'nope=1']], [['--weeks', '0']], [['--engine', 'quantum']]])(
		'bad input %j: exit 2, nothing on stdout, one line on stderr',
		async (args) => {
			const result = await sim(args);
			expect(result.code).toBe(2);
			expect(result.stdout).toBe('');
			expect(result.stderr).toMatch(/^sim: [^\n]+\n$/);
		},
		TIMEOUT
	);
});
