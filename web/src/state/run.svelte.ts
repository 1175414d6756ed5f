/**
 * RunState: the UI's view of the running model. It sends commands to the engine worker and
 * pulls new rows on requestAnimationFrame, one request in flight, only while something is
 * new (playing, or just after a command). Loads are coalesced: while one is in flight only the
 * newest scenario waits, so dragging a slider never queues stale runs.
 * If the worker or the WASM core fails, `failure` says why and `restart()` starts a new one.
 */
import { untrack } from 'svelte';
import type { EngineClient } from '../engine/client';
import type { Frame, MapFrame } from '../engine/api';
import type { Scenario } from '../scenario/scenario';
import { SeriesStore } from '../lib/series-store';
import { DEFAULT_SPEED, isDecimated } from '../lib/speed';

type Command = 'play' | 'pause' | 'reset';

const DECIMATED_PULL_MS = 100;
/**
 * Map frames are megabytes (four arrays of side² cells): at most ten a second, which is smooth
 * for a map and keeps the garbage collector from stalling the page while it plays.
 */
const MAP_FRAME_MS = 100;
const ANALYSIS_MS = 250;

export class RunState {
	week = $state(0);
	horizon = $state(0);
	playing = $state(false);
	/** True once the first frame has arrived. */
	ready = $state(false);
	failure = $state<string | null>(null);
	/** Bumped whenever `series` changes; charts derive from it. */
	version = $state(0);
	/**
	 * Bumped with `version`, but at most four times a second while playing: for analyses that
	 * read the whole run (loop dominance, regimes), which need not run at the display rate.
	 */
	analysisVersion = $state(0);
	readonly series = new SeriesStore();
	/** Simulated weeks per second while playing (lib/speed.ts lists the offered speeds). */
	speed = $state(DEFAULT_SPEED.weeksPerSecond);
	/** True at the top speed: frames are pulled (and drawn) about ten times a second. */
	readonly decimated = $derived(isDecimated(this.speed));
	/** The spatial engine's newest map, while a map is watched (watchMap); population kept. */
	map = $state.raw<(MapFrame & { population: Float64Array }) | null>(null);

	#startEngine: () => EngineClient;
	#engine: EngineClient;
	#scenario: Scenario | null = null;
	#pendingLoad: { scenario: Scenario; atWeek: number } | null = null;
	#loading = false;
	#pulling = false;
	/** Bumped by restart(): answers from a dead worker (if any ever come) are ignored. */
	#generation = 0;
	#dirty = true;
	#raf = 0;
	#mapWatchers = 0;
	#mapAskedAt = -Infinity;
	#mapOwed = false;
	#mapBusy = false;
	#analysedAt = -Infinity;
	#analysedVersion = 0;

	constructor(startEngine: () => EngineClient) {
		this.#startEngine = startEngine;
		this.#engine = this.#connect();
	}

	/** Runs `scenario`; keeps the current week (the new run is computed up to it at once). */
	load(scenario: Scenario, keepWeek = true): void {
		this.#scenario = scenario;
		// Untracked: the caller's effect must depend on the scenario, not on the ticking week.
		this.#pendingLoad = { scenario, atWeek: keepWeek ? untrack(() => this.week) : 0 };
		void this.#drainLoads();
	}

	play(): void {
		void this.#command('play');
	}

	pause(): void {
		void this.#command('pause');
	}

	toggle(): void {
		if (this.playing) this.pause();
		else this.play();
	}

	reset(): void {
		void this.#command('reset');
	}

	/** Moves the run to `week` (0..horizon): the same scenario replayed up to it, paused. */
	seek(week: number): void {
		if (!this.#scenario) return;
		this.#pendingLoad = { scenario: this.#scenario, atWeek: Math.max(0, Math.round(week)) };
		void this.#command('pause').then(() => this.#drainLoads());
	}

	async step(weeks = 1): Promise<void> {
		await this.#call(() => this.#engine.api.step(weeks));
	}

	setSpeed(weeksPerSecond: number): void {
		this.speed = weeksPerSecond;
		void this.#call(() => this.#engine.api.setSpeed(weeksPerSecond));
	}

	/** Asks the engine for map frames until the returned function is called. */
	watchMap(): () => void {
		this.#mapWatchers++;
		this.#dirty = true;
		return () => {
			this.#mapWatchers--;
		};
	}

	/** After a failure: a new worker, the same scenario, back at week 0. */
	restart(): void {
		this.#engine.terminate();
		this.#generation++;
		// Calls to the dead worker may never settle: don't wait for them.
		this.#loading = false;
		this.#pulling = false;
		this.failure = null;
		this.map = null;
		this.#engine = this.#connect();
		// A new worker starts at the engine's default speed: give it the chosen one.
		if (this.speed !== DEFAULT_SPEED.weeksPerSecond) this.setSpeed(this.speed);
		if (this.#scenario) this.load(this.#scenario, false);
	}

	start(): () => void {
		let lastPull = 0;
		const loop = (now: number) => {
			this.#raf = requestAnimationFrame(loop);
			// A pull that skipped the map (too soon after the last) leaves it owed; a map that is
			// starting or catching up has more to show.
			const mapWanted = this.#mapWatchers > 0 && (this.#mapOwed || this.#mapBusy);
			const mapDue = mapWanted && now - this.#mapAskedAt >= MAP_FRAME_MS;
			const wanted = this.#dirty || this.playing || mapDue;
			// At max speed the page renders decimated: about ten pulls (and redraws) a second.
			const rested = !(this.playing && this.decimated) || now - lastPull >= DECIMATED_PULL_MS;
			if (wanted && rested && !this.#pulling && !this.#loading && !this.failure) {
				lastPull = now;
				void this.#pull();
			}
		};
		this.#raf = requestAnimationFrame(loop);
		return () => {
			cancelAnimationFrame(this.#raf);
			this.#engine.terminate();
		};
	}

	#connect(): EngineClient {
		const engine = this.#startEngine();
		engine.onFailure((message) => this.#fail(message));
		return engine;
	}

	async #command(command: Command): Promise<void> {
		await this.#call(() => this.#engine.api[command]());
		if (command === 'play') this.playing = true;
		if (command !== 'play') this.playing = false;
	}

	/** Sends a command; afterwards the next animation frame pulls what it changed. */
	async #call<T>(send: () => Promise<T>, marksDirty = true): Promise<T | undefined> {
		if (this.failure) return undefined;
		const generation = this.#generation;
		try {
			const result = await send();
			if (generation !== this.#generation) return undefined;
			if (marksDirty) this.#dirty = true;
			return result;
		} catch (error) {
			if (generation === this.#generation) {
				this.#fail(error instanceof Error ? error.message : String(error));
			}
			return undefined;
		}
	}

	async #drainLoads(): Promise<void> {
		if (this.#loading) return;
		this.#loading = true;
		const generation = this.#generation;
		while (this.#pendingLoad && !this.failure && generation === this.#generation) {
			const { scenario, atWeek } = this.#pendingLoad;
			this.#pendingLoad = null;
			await this.#call(() => this.#engine.api.load(scenario, atWeek));
		}
		if (generation === this.#generation) this.#loading = false;
	}

	async #pull(): Promise<void> {
		this.#pulling = true;
		this.#dirty = false;
		const generation = this.#generation;
		const now = performance.now();
		const withMap = this.#mapWatchers > 0 && now - this.#mapAskedAt >= MAP_FRAME_MS;
		if (withMap) this.#mapAskedAt = now;
		this.#mapOwed = this.#mapWatchers > 0 && !withMap;
		const frame = await this.#call(() => this.#engine.api.pull(withMap), false);
		if (generation !== this.#generation) return;
		this.#pulling = false;
		if (frame) this.#apply(frame);
	}

	#apply(frame: Frame): void {
		if (this.series.apply(frame)) this.version++;
		const now = performance.now();
		const due = !frame.playing || now - this.#analysedAt >= ANALYSIS_MS;
		if (this.#analysedVersion !== this.version && due) {
			this.#analysedAt = now;
			this.#analysedVersion = this.version;
			this.analysisVersion++;
		}
		if (frame.map) this.#applyMap(frame.map);
		this.#mapBusy = frame.mapBusy ?? false;
		this.week = frame.week;
		this.horizon = frame.horizon;
		this.playing = frame.playing;
		this.ready = true;
	}

	#applyMap(map: MapFrame): void {
		const population =
			map.population ?? (this.map?.revision === map.revision ? this.map.population : null);
		// A frame without its population belongs to a run whose first frame we never saw.
		if (population) this.map = { ...map, population };
	}

	#fail(message: string): void {
		this.failure = message;
		this.playing = false;
	}
}
