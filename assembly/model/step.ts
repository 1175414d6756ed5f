// One weekly step of the aggregate engine: the ordered blocks of MODEL.md §6.2. Each block
// reads what the blocks before it wrote this week (cadCAD semantics).
import { stepEvents } from '../events';
import { Rng } from '../rng';
import { World } from '../world';
import { stepBuilders } from './builders';
import { computeService } from './coverage';
import { stepEmission } from './emission';
import { stepMarket } from './market';
import { stepPrice } from './price';
import { stepRewards } from './rewards';
import { stepSinks } from './sinks';
import { stepSupply } from './supply';
import { stepUsers } from './users';

export function stepWeek(
	w: World,
	p: StaticArray<f64>,
	marketRng: Rng,
	regimeRng: Rng,
	eventRng: Rng
): void {
	stepEvents(w, p, eventRng); // B1: events
	stepMarket(w, p, marketRng, regimeRng); // B1: market
	stepEmission(w, p); // B2
	computeService(w, p); // B3
	stepBuilders(w, p); // B4
	stepUsers(w, p); // B5
	stepSinks(w, p); // B6
	stepRewards(w, p); // B7
	stepSupply(w, p); // B8
	stepPrice(w, p); // B9
	w.week += 1;
}
