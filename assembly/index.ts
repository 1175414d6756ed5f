// THE ABI of the model core: the only exports the host sees. Numbers in, numbers out.
// Called by web/src/engine/core.ts (browser worker and Node alike):
//   setParam(id, value) for every parameter, clearEvents() and addEvent(…) for each scripted
//   event, then init(seed) once per run,
//   then step(n) as the clock asks; rows are read from seriesPtr() (see series.ts).
import { PARAM_COUNT, P } from './generated/params';
import { METRIC_COUNT } from './generated/metrics';
import { applyBuilderEffects } from './model/builders';
import { computeService } from './model/coverage';
import { ledgerStock, resetLedger } from './model/ledger';
import { markParamsChanged, refreshDerived } from './model/derived';
import { stepWeek } from './model/step';
import {
	Rng,
	STREAM_CITIES,
	STREAM_DEVICES,
	STREAM_EVENTS,
	STREAM_MARKET,
	STREAM_MINERS,
	STREAM_PLACEMENT,
	STREAM_REGIME
} from './rng';
import { resetRandomEvents } from './events';
export { addEvent, clearEvents } from './events';
import { MAX_WEEKS, series, writeRow } from './series';
import { World } from './world';
import { generatePopulation } from './spatial/cities';
import {
	coverage,
	devices,
	Grid,
	MAX_SIDE,
	MIN_SIDE,
	population,
	users as cellUsers
} from './spatial/grid';
import { deviceCount, minerCount, resetAgents } from './spatial/agents';
import { hip17Limit as hip17LimitOf } from './spatial/hip17';
import { AgentStreams, placeDevices } from './spatial/placement';
import { countUnprofitable, rates } from './spatial/rewards';
import { spatialService } from './spatial/service';
import { stepWeekSpatial } from './spatial/step';
import { distributeUsers } from './spatial/users';

const params = new StaticArray<f64>(PARAM_COUNT);
const world = new World();
const marketRng = new Rng();
const regimeRng = new Rng();
const eventRng = new Rng();
const grid = new Grid();
const cityRng = new Rng();
const streams = new AgentStreams();
/** Which engine init()/initSpatial() last set up: step() runs the same one. */
let spatial = false;

/** Sets parameter `id` (ids: assembly/generated/params.ts). Takes effect at the next step. */
export function setParam(id: i32, value: f64): void {
	if (id >= 0 && id < PARAM_COUNT) {
		unchecked((params[id] = value));
		markParamsChanged();
	}
}

export function getParam(id: i32): f64 {
	return id >= 0 && id < PARAM_COUNT ? unchecked(params[id]) : NaN;
}

/** Resets the world to week 0 from the current parameters and writes row 0. */
export function init(seed: u32): void {
	spatial = false;
	refreshDerived(params);
	resetWorld(seed);
	computeService(world, params);
	writeRow(world, params);
}

/**
 * Resets to week 0 for the spatial engine (assembly/spatial/): a side×side hex grid (side
 * clamped to [4, 512]), a population map of `cities` synthetic cities (0: uniform), miners
 * comparing `candidates` cells per device (1 to 64; 1: uniform-random placement by pop^α_loc),
 * round(D₀) devices placed, U₀ spread ∝ population. step() then runs the spatial engine.
 */
export function initSpatial(seed: u32, side: i32, cities: i32, candidates: i32): void {
	spatial = true;
	refreshDerived(params);
	resetWorld(seed);
	const g = grid;
	g.reset(min<i32>(max<i32>(side, MIN_SIDE), MAX_SIDE));
	g.candidates = min<i32>(max<i32>(candidates, 1), 64);
	g.regionColumns = <i32>Math.round(params[P.region_share] * <f64>g.side);
	cityRng.seed(seed, STREAM_CITIES);
	streams.placement.seed(seed, STREAM_PLACEMENT);
	streams.miners.seed(seed, STREAM_MINERS);
	streams.devices.seed(seed, STREAM_DEVICES);
	resetAgents();
	rates.reset();
	generatePopulation(g, cities, cityRng);
	g.setRanges();
	placeDevices(world, params, g, streams, <i32>Math.round(Math.max(0.0, world.devices)));
	world.devices = <f64>deviceCount;
	distributeUsers(world, g);
	spatialService(world, params, g);
	writeRow(world, params);
}

function resetWorld(seed: u32): void {
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
	resetLedger(w);
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
	w.baselineCum = 0;
	w.networkTime = 0;
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
	w.exits = 0;
	w.relocated = 0;
	resetRandomEvents();
	applyBuilderEffects(w, params);
	marketRng.seed(seed, STREAM_MARKET);
	regimeRng.seed(seed, STREAM_REGIME);
	eventRng.seed(seed, STREAM_EVENTS);
}

/** Advances up to `weeks` weekly steps, stopping at the run length. Returns the week reached. */
export function step(weeks: i32): i32 {
	refreshDerived(params);
	const horizon = min<i32>(<i32>unchecked(params[P.horizon_weeks]), MAX_WEEKS);
	for (let i = 0; i < weeks && world.week < horizon; i++) {
		if (spatial) stepWeekSpatial(world, params, grid, marketRng, regimeRng, eventRng, streams);
		else stepWeek(world, params, marketRng, regimeRng, eventRng);
		writeRow(world, params);
	}
	return world.week;
}

/**
 * The integer ledger (model/ledger.ts), after the latest step: `kind` 0 circulating supply,
 * 1 locked, 2 cumulative minted, 3 cumulative burned, in base units of 10⁻⁶ token; −1 for any
 * other kind. i64, so a BigInt in JS (the stocks can exceed 2⁵³).
 */
export function ledgerBase(kind: i32): i64 {
	return ledgerStock(world, kind);
}

export function week(): i32 {
	return world.week;
}

/** θ, the effective network time of the Filecoin hybrid emission after the latest step (years). */
export function networkTime(): f64 {
	return world.networkTime;
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

/** Side of the spatial grid (0 before the first initSpatial). Cells: side², index r·side + q. */
export function gridSide(): i32 {
	return grid.side;
}

/** Map frames of the spatial engine (assembly/spatial/grid.ts): f64 per cell. */
export function cellPopulationPtr(): usize {
	return changetype<usize>(population);
}

export function cellUsersPtr(): usize {
	return changetype<usize>(cellUsers);
}

/** Map frames of the spatial engine: i32 per cell (devices placed; footprints covering). */
export function cellDevicesPtr(): usize {
	return changetype<usize>(devices);
}

export function cellCoveragePtr(): usize {
	return changetype<usize>(coverage);
}

/** Display columns of the regulated region, the map's western band (Grid.regionColumns). */
export function regionColumns(): i32 {
	return grid.regionColumns;
}

/** Cells a device placed in `cell` covers (7 or 19; assembly/spatial/grid.ts cellRange). */
export function cellReach(cell: i32): i32 {
	return cell >= 0 && cell < grid.cells ? grid.footprintSize(cell) : 0;
}

/** Miners owning at least one device (spatial engine). */
export function spatialMiners(): i32 {
	return minerCount;
}

/** Devices whose income in the latest week was below their running cost (spatial engine). */
export function spatialUnprofitable(): i32 {
	return spatial ? countUnprofitable() : 0;
}

/** HIP-17 density limit (assembly/spatial/hip17.ts), exported for the I9 examples. */
export function hip17Limit(occupied: i32, target: i32, threshold: i32, max: i32): i32 {
	return hip17LimitOf(occupied, target, threshold, max);
}

/** Next u32 of a fresh stream, for the PRNG twin test only (re-seeds a scratch generator). */
const scratchRng = new Rng();
export function rngSeed(seed: u32, stream: u32): void {
	scratchRng.seed(seed, stream);
}
export function rngNext(): u32 {
	return scratchRng.nextU32();
}
