/**
 * `npm run bench`: how much faster the release WASM core is than the plain TypeScript
 * ReferenceModel, in Node and in headless Chromium. The baseline is measured in the same run,
 * interleaved with the WASM rounds, so the ratios are comparable across machines while the
 * absolute figures are not. Nothing here asserts a timing.
 *
 *   ensemble-node      520-week runs per second in this Node process
 *   ensemble-chromium  the same inside headless Chromium (Vite dev server + Playwright)
 *   single-run-node    milliseconds for one individually timed 520-week run in Node
 *   spatial-<side>-node, spatial-<side>-chromium  spatial engine steps per second on a side²
 *                        grid in Node, and in a module worker in Chromium (the default
 *                        scenario; spatial-512-helium-like-*: helium-like, about a million
 *                        devices at its peak; the log gives each run's peak); baseline: the
 *                        aggregate engine's steps per second (ensemble-node × 520), so the ratio
 *                        is the share of the aggregate speed the map keeps
 *
 *   ui-longest-task-256-chromium  the page's longest main-thread task (ms) while the map plays
 *                        at 256²; baseline: the 50 ms budget, ratio = 50/value (bench/ui.mjs)
 *
 * `ratio` always means "how many times faster WASM is": value/baseline for runs/s,
 * baseline/value for ms. Default output is a table; `--json` prints one JSON object per line
 * ({"name", "unit", "value", "baseline", "ratio"}) and nothing else on stdout.
 *
 * Node loads the TypeScript side (bench/node-bench.ts and what it imports) as a native ES module:
 * Vite bundles it into a temporary directory, unminified. Not with runnerImport:
 * its SSR transform turns every imported binding into a getter call on a module object, which
 * slows the reference's hot loops by roughly 20-40% (WASM barely changes) and would inflate the
 * Node ratio.
 * In Chromium the Vite dev server serves native ES modules, so there is no such distortion.
 */
import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from '../scripts/chromium.mjs';
import { build, createServer } from 'vite';
import { benchUi } from './ui.mjs';

const json = process.argv.includes('--json');
const log = (message) => process.stderr.write(`${message}\n`);

const THROUGHPUT = { warmupRounds: 2, rounds: 11, roundMs: 300 };
const SINGLE_RUN = { warmupRounds: 2, rounds: 9, runsPerRound: 40 };
/** The default scenario at three sizes, and helium-like (about a million devices) at 512². */
const SPATIAL_CASES = [
	{ side: 128 },
	{ side: 256 },
	{ side: 512 },
	{ side: 512, preset: 'helium-like' }
];

/** Both figures of a comparison plus its spread (for the log). */
function describe(label, c, unit) {
	const range = (xs) => `${Math.min(...xs).toPrecision(4)}..${Math.max(...xs).toPrecision(4)}`;
	log(
		`  ${label}: WASM ${range(c.valueRounds)} ${unit}, reference ${range(c.baselineRounds)} ${unit}` +
			` (${c.valueRounds.length} rounds each)`
	);
}

const round = (x) => Number(x.toPrecision(4));

function row(name, unit, c, higherIsBetter) {
	const ratio = higherIsBetter ? c.value / c.baseline : c.baseline / c.value;
	return { name, unit, value: round(c.value), baseline: round(c.baseline), ratio: round(ratio) };
}

/** Baseline of the map: the aggregate WASM engine's weekly steps per second in the same place. */
function spatialRows(spatial, ensemble, where) {
	return spatial.map((s) => ({
		name: `spatial-${s.name}-${where}`,
		unit: 'steps/s',
		value: round(s.stepsPerSecond),
		baseline: round(ensemble.value * 520),
		ratio: Number((s.stepsPerSecond / (ensemble.value * 520)).toPrecision(3))
	}));
}

async function benchNode() {
	log('Node: bundling bench/node-bench.ts …');
	const dir = await mkdtemp(join(tmpdir(), 'depin-bench-'));
	let results;
	try {
		await build({
			configFile: false,
			logLevel: 'silent',
			publicDir: false,
			build: {
				ssr: './bench/node-bench.ts',
				outDir: dir,
				minify: false,
				target: 'node20',
				rolldownOptions: { output: { format: 'es', entryFileNames: 'node-bench.mjs' } }
			}
		});
		// load-core-node.ts reads ./generated/core.wasm relative to its own (now bundled) URL.
		await mkdir(join(dir, 'generated'));
		await copyFile('web/src/engine/generated/core.wasm', join(dir, 'generated', 'core.wasm'));
		const module = await import(pathToFileURL(join(dir, 'node-bench.mjs')).href);
		log(`Node ${process.version}: measuring …`);
		results = await module.benchNode(THROUGHPUT, SINGLE_RUN);
		log('Node: spatial engine …');
		results.spatial = await module.benchSpatial(SPATIAL_CASES);
	} finally {
		await rm(dir, { recursive: true, force: true });
	}
	const { ensemble, singleRun, spatial } = results;
	describe('ensemble-node', ensemble, 'runs/s');
	describe('single-run-node', singleRun, 'ms');
	for (const s of spatial) {
		const rounds = s.rounds.map((x) => x.toPrecision(4)).join(', ');
		log(`  spatial-${s.name}-node: ${rounds} steps/s, up to ${Math.round(s.peakDevices)} devices`);
	}
	return [
		row('ensemble-node', 'runs/s', ensemble, true),
		row('single-run-node', 'ms', singleRun, false),
		...spatialRows(spatial, ensemble, 'node')
	];
}

async function benchChromium() {
	const server = await createServer({
		root: process.cwd(),
		configFile: false,
		logLevel: 'silent',
		optimizeDeps: { noDiscovery: true, include: [] },
		server: { host: '127.0.0.1', port: 0, hmr: false, watch: null }
	});
	let browser;
	try {
		await server.listen();
		const { port } = server.httpServer.address();
		browser = await chromium.launch({
			executablePath: chromiumExecutable,
			headless: true,
			args: chromiumArgs
		});
		log(`Chromium ${browser.version()}: measuring …`);
		const page = await browser.newPage();
		page.on('console', (m) => {
			if (m.type() === 'error' || m.type() === 'warning') log(`  [page] ${m.text()}`);
		});
		page.on('pageerror', (e) => log(`  [page error] ${e.message}`));
		await page.goto(`http://127.0.0.1:${port}/bench/browser.html`);
		await page.waitForFunction(() => typeof window.runBench === 'function', null, {
			timeout: 30_000
		});
		const ensemble = await page.evaluate((opts) => window.runBench(opts), THROUGHPUT);
		describe('ensemble-chromium', ensemble, 'runs/s');
		log('Chromium: spatial engine in a worker …');
		const spatial = await page.evaluate(
			([sides, rounds]) => window.runSpatialBench(sides, rounds),
			[SPATIAL_CASES, 3]
		);
		for (const s of spatial) {
			const rounds = s.rounds.map((x) => x.toPrecision(4)).join(', ');
			log(
				`  spatial-${s.name}-chromium: ${rounds} steps/s, up to ${Math.round(s.peakDevices)} devices`
			);
		}
		return [
			row('ensemble-chromium', 'runs/s', ensemble, true),
			...spatialRows(spatial, ensemble, 'chromium')
		];
	} finally {
		await browser?.close();
		await server.close();
	}
}

function printTable(rows) {
	const header = ['name', 'unit', 'value', 'baseline', 'ratio'];
	const cells = rows.map((r) => [
		r.name,
		r.unit,
		String(r.value),
		r.baseline === null ? '–' : String(r.baseline),
		r.ratio === null ? '–' : `${r.ratio}×`
	]);
	const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
	const line = (c) =>
		c.map((s, i) => (i === 0 ? s.padEnd(widths[i]) : s.padStart(widths[i]))).join('  ');
	console.log(
		'ratio = how many times faster the WASM core is (value/baseline for runs/s, baseline/value for ms)'
	);
	console.log(line(header));
	console.log(widths.map((w) => '-'.repeat(w)).join('  '));
	for (const c of cells) console.log(line(c));
	console.log(
		'ui-longest-task: baseline is the 50 ms budget of DESIGN.md, ratio = budget / longest task (≥ 1: within it).'
	);
	console.log(
		'baseline: the TypeScript ReferenceModel (web/src/model/reference.ts), default params, measured in ' +
			'the same process/page, interleaved with the WASM rounds (medians of ' +
			`${THROUGHPUT.rounds} rounds after ${THROUGHPUT.warmupRounds} warm-up rounds).`
	);
}

const started = performance.now();
const nodeRows = await benchNode();
const chromiumRows = await benchChromium();
const uiRows = await benchUi(log);
const rows = [nodeRows[0], ...chromiumRows, ...nodeRows.slice(1), ...uiRows];
if (json) for (const r of rows) console.log(JSON.stringify(r));
else printTable(rows);
log(`done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
