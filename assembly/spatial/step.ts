// One weekly step of the spatial engine: the aggregate step (model/step.ts) with B3, B5 and B7
// computed on the grid and its agents, and B8's device flows turned into device and miner
// agents. B1, B2, B4, B6, B9 and the aggregate B8 (expectations, orders, backlog, shipments)
// are shared with the aggregate engine.
import { stepEvents } from '../events';
import { Rng } from '../rng';
import { World } from '../world';
import { stepBuilders } from '../model/builders';
import { stepEmission } from '../model/emission';
import { stepMarket } from '../model/market';
import { stepPrice } from '../model/price';
import { stepRewards } from '../model/rewards';
import { stepSinks } from '../model/sinks';
import { stepSupply, updateGrowth } from '../model/supply';
import { Grid } from './grid';
import { AgentStreams, stepPlacement } from './placement';
import { spatialRewards } from './rewards';
import { spatialService } from './service';
import { spatialUsers } from './users';

export function stepWeekSpatial(
	w: World,
	p: StaticArray<f64>,
	g: Grid,
	marketRng: Rng,
	regimeRng: Rng,
	eventRng: Rng,
	streams: AgentStreams
): void {
	stepEvents(w, p, eventRng); // B1: events
	stepMarket(w, p, marketRng, regimeRng); // B1: market
	stepEmission(w, p); // B2
	spatialService(w, p, g); // B3 on the grid
	stepBuilders(w, p); // B4
	spatialUsers(w, p, g); // B5 on the grid
	stepSinks(w, p); // B6
	stepRewards(w, p); // B7: pools and the mean income that drives orders
	spatialRewards(w, p, g); // B7 per device, miners' own expectations
	const devicesBefore = w.devices;
	const growthBefore = w.growthEma;
	stepSupply(w, p); // B8: orders, backlog, shipments
	stepPlacement(w, p, g, streams); // B8: device agents leave and arrive
	w.growthEma = growthBefore; // the growth signal follows the agents, not the aggregate count
	updateGrowth(w, devicesBefore);
	stepPrice(w, p); // B9
	w.week += 1;
}
