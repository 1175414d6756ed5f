/**
 * Shared by the Node benchmark (bench/node-bench.ts) and the Chromium page (bench/browser-bench.ts),
 * so both environments measure exactly the same thing: how many 520-week runs per second the
 * WASM core (value) and the TypeScript ReferenceModel (baseline) complete, in interleaved rounds.
 * A run is what an ensemble does per member: set every parameter, init(seed), step(520 weeks).
 * Interleaving (alternating which engine goes first each round) and taking medians makes the
 * ratio robust to CPU frequency drift, GC pauses and noisy neighbours. Nothing here asserts a
 * timing; it only throws when an engine did not actually simulate the requested weeks.
 */
import type { Core } from '../web/src/engine/core';
import { ReferenceModel } from '../web/src/model/reference';
import type { ParamValues } from '../web/src/scenario/schema';
import { METRIC_COUNT, metricColumn } from '../web/src/model/metrics';
import { PRESET_INDEX, presetEvents, presetParams } from '../web/src/scenario/presets';

export const RUN_WEEKS = 520;

/** One full run for `seed`; returns the week reached (must be RUN_WEEKS). */
export type RunFn = (seed: number) => number;

/** The WASM core: setParams (one ABI call per parameter), init, step. */
export function wasmRun(core: Core, params: ParamValues): RunFn {
	return (seed) => {
		core.setParams(params);
		core.init(seed);
		return core.step(RUN_WEEKS);
	};
}

/** The reference: one reused instance (no per-run allocation), same three phases. */
export function referenceRun(params: ParamValues): RunFn {
	const model = new ReferenceModel(params);
	const keys = Object.keys(params);
	return (seed) => {
		for (const key of keys) model.setParam(key, params[key]);
		model.init(seed);
		return model.step(RUN_WEEKS);
	};
}

export interface MeasureOptions {
	warmupRounds: number;
	rounds: number;
	/** Minimum wall time per engine per round. */
	roundMs: number;
	now: () => number;
	/** Called between rounds (the browser yields to its event loop here). */
	pause?: () => Promise<void>;
}

export interface Comparison {
	/** Median of the WASM rounds. */
	value: number;
	/** Median of the reference rounds. */
	baseline: number;
	valueRounds: number[];
	baselineRounds: number[];
}

export function median(xs: readonly number[]): number {
	const s = [...xs].sort((a, b) => a - b);
	const mid = s.length >> 1;
	return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Seeds differ per run (and never repeat within a benchmark). */
function seedSequence(): () => number {
	let i = 0;
	return () => Math.imul(++i, 0x9e3779b1) >>> 0;
}

function checkWeeks(reached: number, engine: string): void {
	if (reached !== RUN_WEEKS) {
		throw new Error(`${engine} stopped at week ${reached}, not ${RUN_WEEKS}`);
	}
}

/**
 * Interleaved comparison of `value` and `baseline` rounds; `round` returns one figure for one
 * engine (runs/s or ms/run). Even rounds start with the value engine, odd rounds with the
 * baseline, so neither always benefits from a warmer cache or a fresher turbo budget.
 */
async function interleave(
	engines: { value: RunFn; baseline: RunFn },
	opts: MeasureOptions,
	round: (run: RunFn, name: string) => number
): Promise<Comparison> {
	const valueRounds: number[] = [];
	const baselineRounds: number[] = [];
	for (let r = 0; r < opts.warmupRounds + opts.rounds; r++) {
		const order = r % 2 === 0 ? (['value', 'baseline'] as const) : (['baseline', 'value'] as const);
		for (const which of order) {
			const figure = round(engines[which], which === 'value' ? 'WASM core' : 'reference');
			if (r >= opts.warmupRounds) (which === 'value' ? valueRounds : baselineRounds).push(figure);
			await opts.pause?.();
		}
	}
	return {
		value: median(valueRounds),
		baseline: median(baselineRounds),
		valueRounds,
		baselineRounds
	};
}

/** Runs per second: each round repeats runs until `roundMs` of wall time has passed. */
export function measureThroughput(
	engines: { value: RunFn; baseline: RunFn },
	opts: MeasureOptions
): Promise<Comparison> {
	const nextSeed = seedSequence();
	return interleave(engines, opts, (run, name) => {
		const start = opts.now();
		let runs = 0;
		for (;;) {
			checkWeeks(run(nextSeed()), name);
			runs++;
			const elapsed = opts.now() - start;
			if (elapsed >= opts.roundMs) return (runs * 1000) / elapsed;
		}
	});
}

/**
 * Milliseconds for one run, each run timed on its own (what one slider change costs before the
 * chart can update): per round, the median of `runsPerRound` individually timed runs.
 */
export function measureSingleRun(
	engines: { value: RunFn; baseline: RunFn },
	opts: MeasureOptions & { runsPerRound: number }
): Promise<Comparison> {
	const nextSeed = seedSequence();
	return interleave(engines, opts, (run, name) => {
		const samples: number[] = [];
		for (let i = 0; i < opts.runsPerRound; i++) {
			const seed = nextSeed();
			const start = opts.now();
			const reached = run(seed);
			samples.push(opts.now() - start);
			checkWeeks(reached, name);
		}
		return median(samples);
	});
}

/** One spatial measurement: a grid side and the scenario (the default one, or a preset's). */
export interface SpatialCase {
	side: number;
	/** A preset's key (web/src/scenario/presets.ts); none: the default scenario. */
	preset?: string;
}

/** Steps per second of the spatial engine for one case (median over rounds). */
export interface SpatialResult {
	/** `128`, or `512-helium-like` for a preset's scenario. */
	name: string;
	side: number;
	stepsPerSecond: number;
	rounds: number[];
	/** The most devices on the map during the run. */
	peakDevices: number;
}

/**
 * The spatial engine (seed 1, default grid options): one warm-up run, then `rounds` timed runs
 * of the same 520 weeks per case (the same seed, so the same workload: the number of devices
 * to place depends on the market path); steps/s = 520 / seconds per run.
 */
export function measureSpatial(
	core: Core,
	cases: readonly SpatialCase[],
	rounds: number,
	now: () => number
): SpatialResult[] {
	const devices = metricColumn('devices');
	const run = ({ side, preset: key }: SpatialCase) => {
		const preset = key === undefined ? undefined : PRESET_INDEX.get(key);
		if (key !== undefined && !preset) throw new Error(`unknown preset ${key}`);
		core.setParams(presetParams(preset));
		core.setEvents(presetEvents(preset));
		core.initSpatial(1, { side });
		const start = now();
		const reached = core.step(RUN_WEEKS);
		if (reached !== RUN_WEEKS) throw new Error(`spatial run stopped at week ${reached}`);
		return RUN_WEEKS / ((now() - start) / 1000);
	};
	return cases.map((c) => {
		run(c);
		const timed = Array.from({ length: rounds }, () => run(c));
		const rows = core.copyRows(0, RUN_WEEKS);
		let peakDevices = 0;
		for (let w = 0; w <= RUN_WEEKS; w++) {
			peakDevices = Math.max(peakDevices, rows[w * METRIC_COUNT + devices]);
		}
		const name = c.preset ? `${c.side}-${c.preset}` : String(c.side);
		return { name, side: c.side, stepsPerSecond: median(timed), rounds: timed, peakDevices };
	});
}
