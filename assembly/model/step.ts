// One weekly step of the aggregate engine: the ordered blocks of MODEL.md §6.2. Each block
// reads what the blocks before it wrote this week (cadCAD semantics). Builders (B4), events
// and the spatial engine arrive with issue #3; their slots are marked here.
import { Rng } from '../rng';
import { World } from '../world';
import { computeCoverage } from './coverage';
import { stepEmission } from './emission';
import { stepMarket } from './market';
import { stepPrice } from './price';
import { stepBurn, stepRewards, stepSupply } from './supply';
import { stepUsers } from './users';

export function stepWeek(w: World, p: StaticArray<f64>, marketRng: Rng): void {
	stepMarket(w, p, marketRng); // B1
	stepEmission(w, p); // B2
	computeCoverage(w, p); // B3
	// B4 builders: issue #3
	stepUsers(w, p); // B5
	stepBurn(w, p); // B6
	stepRewards(w, p); // B7
	stepSupply(w, p); // B8
	stepPrice(w, p); // B9
	w.week += 1;
}
