// THE ABI of the model core: the only exports the host sees. Numbers in, numbers out.
// Called by web/src/engine/core.ts (browser worker and Node alike):
//   setParam(id, value) for every parameter, clearEvents() and addEvent(…) for each scripted
//   event, then init(seed) once per run,
//   then step(n) as the clock asks; rows are read from seriesPtr() (see series.ts).
import { PARAM_COUNT, P } from './generated/params';
import { METRIC_COUNT } from './generated/metrics';
import { applyBuilderEffects } from './model/builders';
import { computeService } from './model/coverage';
import { stepWeek } from './model/step';
import { Rng, STREAM_EVENTS, STREAM_MARKET, STREAM_REGIME } from './rng';
import { resetRandomEvents } from './events';
export { addEvent, clearEvents } from './events';
import { MAX_WEEKS, series, writeRow } from './series';
import { World } from './world';

const params = new StaticArray<f64>(PARAM_COUNT);
const world = new World();
const marketRng = new Rng();
const regimeRng = new Rng();
const eventRng = new Rng();

/** Sets parameter `id` (ids: assembly/generated/params.ts). Takes effect at the next step. */
export function setParam(id: i32, value: f64): void {
	if (id >= 0 && id < PARAM_COUNT) unchecked((params[id] = value));
}

export function getParam(id: i32): f64 {
	return id >= 0 && id < PARAM_COUNT ? unchecked(params[id]) : NaN;
}

/** Resets the world to week 0 from the current parameters and writes row 0. */
export function init(seed: u32): void {
	const w = world;
	w.week = 0;
	w.devices = params[P.initial_devices];
	w.backlog = 0;
	w.capacity = params[P.initial_capacity];
	w.expectedIncome = 0;
	w.users = Math.min(params[P.initial_users], params[P.market_size]);
	w.price = params[P.initial_price_usd];
	w.supply = params[P.initial_supply];
	w.minted = 0;
	w.burned = 0;
	w.lnMarket = 0;
	w.growthEma = 0;
	w.dLnMarket = 0;
	w.emission = 0;
	w.burn = 0;
	w.revenue = 0;
	w.income = 0;
	w.orders = 0;
	w.shipments = 0;
	w.gate = 0;
	w.marketCap = w.price * w.supply;
	w.locked = 0;
	w.burnEma = 0;
	w.bull = true;
	w.regimeAge = 0;
	w.buildersInfra = params[P.initial_builders];
	w.buildersApp = params[P.initial_builders];
	w.remint = 0;
	w.unlock = 0;
	w.minerTokens = 0;
	w.builderTokens = 0;
	w.lockedTokens = 0;
	w.grantsUsd = 0;
	w.directUsd = 0;
	w.inertiaReg = 0;
	w.relocating = 0;
	w.banned = 0;
	w.shipHalt = 0;
	w.eventsActive = 0;
	resetRandomEvents();
	applyBuilderEffects(w, params);
	computeService(w, params);
	marketRng.seed(seed, STREAM_MARKET);
	regimeRng.seed(seed, STREAM_REGIME);
	eventRng.seed(seed, STREAM_EVENTS);
	writeRow(w, params);
}

/** Advances up to `weeks` weekly steps, stopping at the run length. Returns the week reached. */
export function step(weeks: i32): i32 {
	const horizon = min<i32>(<i32>params[P.horizon_weeks], MAX_WEEKS);
	for (let i = 0; i < weeks && world.week < horizon; i++) {
		stepWeek(world, params, marketRng, regimeRng, eventRng);
		writeRow(world, params);
	}
	return world.week;
}

export function week(): i32 {
	return world.week;
}

export function seriesPtr(): usize {
	return changetype<usize>(series);
}

export function paramCount(): i32 {
	return PARAM_COUNT;
}

export function metricCount(): i32 {
	return METRIC_COUNT;
}

export function maxWeeks(): i32 {
	return MAX_WEEKS;
}

/** Next u32 of a fresh stream, for the PRNG twin test only (re-seeds a scratch generator). */
const scratchRng = new Rng();
export function rngSeed(seed: u32, stream: u32): void {
	scratchRng.seed(seed, stream);
}
export function rngNext(): u32 {
	return scratchRng.nextU32();
}
