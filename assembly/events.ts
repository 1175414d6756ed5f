// Shocks on the timeline (MODEL.md §6.6): a preallocated table of events, scripted by the host
// (clearEvents/addEvent) plus random regulatory events drawn from their own PRNG stream, and
// the modifiers they impose on this week's step. Types: assembly/generated/events.ts.
//   enforcement m:  at start Spec −0.3m·MC, ι_reg += 0.2m; while active κ_p ×(1 + m), shipments to the region halted
//   regional_ban f: at start remove f·share·D devices (half relocate, returning at 1/26 per week); while active shipments halted
//   equipment_rule m: while active c_cap ×(1 + 0.3m), τ_ship + 8m weeks
//   clarity m:      at start Spec +0.1m·MC, ι_reg −= 0.1m
//   bull/bear_market μ: while active the regime is forced, with drift μ per year
import { E } from './generated/events';
import { P } from './generated/params';
import { derived } from './model/derived';
import { Rng } from './rng';
import { World } from './world';

export const MAX_EVENTS: i32 = 64;
const RANDOM_EVENT_WEEKS: f64 = 13.0;
const RANDOM_EVENT_TYPES: i32 = 4; // enforcement, regional_ban, equipment_rule, clarity

const evType = new StaticArray<i32>(MAX_EVENTS);
const evStart = new StaticArray<f64>(MAX_EVENTS);
const evDuration = new StaticArray<f64>(MAX_EVENTS);
const evMagnitude = new StaticArray<f64>(MAX_EVENTS);
let scriptedCount: i32 = 0;
let eventCount: i32 = 0;

export function clearEvents(): void {
	scriptedCount = 0;
	eventCount = 0;
}

/** Appends a scripted event; returns its index, or −1 if the table is full or the type unknown. */
export function addEvent(type: i32, start: f64, duration: f64, magnitude: f64): i32 {
	if (scriptedCount >= MAX_EVENTS || type < 0 || type > <i32>E.bear_market) return -1;
	eventCount = scriptedCount;
	append(type, start, duration, magnitude);
	scriptedCount = eventCount;
	return scriptedCount - 1;
}

/** Forgets the random events of the previous run (called by init). */
export function resetRandomEvents(): void {
	eventCount = scriptedCount;
}

function append(type: i32, start: f64, duration: f64, magnitude: f64): void {
	if (eventCount >= MAX_EVENTS) return;
	const i = eventCount;
	unchecked((evType[i] = type));
	unchecked((evStart[i] = start));
	unchecked((evDuration[i] = duration));
	unchecked((evMagnitude[i] = magnitude));
	eventCount++;
}

/** Draws this week's random event (always two draws), then sets the week's modifiers. */
export function stepEvents(w: World, p: StaticArray<f64>, eventRng: Rng): void {
	const t = <f64>w.week;
	const happens = eventRng.uniform() < derived.eventChance;
	const pick = eventRng.uniform();
	if (happens) {
		const type = min<i32>(<i32>(pick * <f64>RANDOM_EVENT_TYPES), RANDOM_EVENT_TYPES - 1);
		append(type, t, RANDOM_EVENT_WEEKS, type == <i32>E.regional_ban ? 0.5 : 1.0);
	}

	w.kappaMult = 1.0;
	w.shipHalt = 0.0;
	w.capexMult = 1.0;
	w.shipDelayAdd = 0.0;
	w.forcedRegime = -1;
	w.forcedDrift = 0.0;
	w.specShock = 0.0;
	w.banShare = 0.0;
	w.eventsActive = 0;
	const share = unchecked(p[P.region_share]);
	for (let i = 0; i < eventCount; i++) {
		const start = unchecked(evStart[i]);
		if (t < start || t >= start + unchecked(evDuration[i])) continue;
		const starts = t == start;
		const type = unchecked(evType[i]);
		const m = unchecked(evMagnitude[i]);
		w.eventsActive += 1;
		if (type == <i32>E.enforcement) {
			w.kappaMult *= 1.0 + m;
			w.shipHalt = share;
			if (starts) {
				w.specShock -= 0.3 * m;
				w.inertiaReg += 0.2 * m;
			}
		} else if (type == <i32>E.regional_ban) {
			w.shipHalt = share;
			if (starts) w.banShare += m * share;
		} else if (type == <i32>E.equipment_rule) {
			w.capexMult *= 1.0 + 0.3 * m;
			w.shipDelayAdd += 8.0 * m;
		} else if (type == <i32>E.clarity) {
			if (starts) {
				w.specShock += 0.1 * m;
				w.inertiaReg -= 0.1 * m;
			}
		} else {
			w.forcedRegime = type == <i32>E.bull_market ? 1 : 0;
			w.forcedDrift = m;
		}
	}
	if (w.banShare > 1.0) w.banShare = 1.0;
}
