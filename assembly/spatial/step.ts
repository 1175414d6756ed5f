// One weekly step of the spatial engine: the aggregate step (model/step.ts) with B3 and B5
// computed on the grid and the device flows of B8 placed on cells. B1, B2, B4, B6, B7, B9 and
// the aggregate B8 dynamics (expectations, orders, backlog, shipping, exits) are shared.
import { stepEvents } from '../events';
import { Rng } from '../rng';
import { World } from '../world';
import { stepBuilders } from '../model/builders';
import { stepEmission } from '../model/emission';
import { stepMarket } from '../model/market';
import { stepPrice } from '../model/price';
import { stepRewards } from '../model/rewards';
import { stepSinks } from '../model/sinks';
import { stepSupply } from '../model/supply';
import { Grid } from './grid';
import { stepPlacement } from './placement';
import { spatialService } from './service';
import { spatialUsers } from './users';

export function stepWeekSpatial(
	w: World,
	p: StaticArray<f64>,
	g: Grid,
	marketRng: Rng,
	regimeRng: Rng,
	eventRng: Rng,
	placementRng: Rng
): void {
	stepEvents(w, p, eventRng); // B1: events
	stepMarket(w, p, marketRng, regimeRng); // B1: market
	stepEmission(w, p); // B2
	spatialService(w, p, g); // B3 on the grid
	stepBuilders(w, p); // B4
	spatialUsers(w, p, g); // B5 on the grid
	stepSinks(w, p); // B6
	stepRewards(w, p); // B7
	stepSupply(w, p); // B8: aggregate flows
	stepPlacement(w, p, g, placementRng); // B8: whole devices on cells
	stepPrice(w, p); // B9
	w.week += 1;
}
