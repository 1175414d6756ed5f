/**
 * Shocks on the timeline: regulatory events and forced market regimes (MODEL.md §6.6).
 * A scenario carries a list of them; links write them as `ev=type:start:duration:magnitude,…`.
 * The order of EVENT_TYPES is the core's event type id (scripts/gen-core-ids.mjs): append only,
 * never rename a key.
 */
import type { Issue } from './validate';

export interface EventTypeSpec {
	readonly key: string;
	readonly label: string;
	/** What the magnitude means, with its range and default. */
	readonly magnitude: {
		readonly label: string;
		readonly unit: string;
		readonly min: number;
		readonly max: number;
		readonly default: number;
	};
	readonly defaultDuration: number;
	readonly doc: string;
	readonly source: string;
}

export const EVENT_TYPES: readonly EventTypeSpec[] = [
	{
		key: 'enforcement',
		label: 'Enforcement action',
		magnitude: { label: 'Severity', unit: '×', min: 0, max: 3, default: 1 },
		defaultDuration: 13,
		doc: 'A securities suit or similar: at its start speculators sell 30% of market cap (×severity) and enterprise users’ inertia rises by 0.2 (×severity, lasting); while it lasts price impact doubles (delistings) and shipments to the regulated region stop.',
		source: 'SEC v. Nova Labs (2025)'
	},
	{
		key: 'regional_ban',
		label: 'Regional ban',
		magnitude: {
			label: 'Share of the region’s devices removed',
			unit: '',
			min: 0,
			max: 1,
			default: 0.5
		},
		defaultDuration: 26,
		doc: 'At its start the given share of the devices in the regulated region is removed; half of them relocate over about 26 weeks. While it lasts, shipments to the region stop.',
		source: 'China 2021 mining ban'
	},
	{
		key: 'equipment_rule',
		label: 'Equipment rule',
		magnitude: { label: 'Severity', unit: '×', min: 0, max: 3, default: 1 },
		defaultDuration: 52,
		doc: 'A certification or spectrum rule: while it lasts devices cost 30% more and take 8 weeks longer to ship (×severity).',
		source: '[A] CBRS/FCC-style rules'
	},
	{
		key: 'clarity',
		label: 'Regulatory clarity',
		magnitude: { label: 'Strength', unit: '×', min: 0, max: 3, default: 1 },
		defaultDuration: 1,
		doc: 'Good news from regulators: at its start speculators buy 10% of market cap and inertia falls by 0.1 (×strength, lasting).',
		source: 'Nova Labs dismissal (2025)'
	},
	{
		key: 'bull_market',
		label: 'Bull market',
		magnitude: { label: 'Market drift', unit: '1/year', min: -3, max: 6, default: 2.5 },
		defaultDuration: 70,
		doc: 'Forces a bull market with the given yearly drift of the crypto market index while it lasts.',
		source: '2020–21 crypto bull (MODEL.md §12.2)'
	},
	{
		key: 'bear_market',
		label: 'Bear market',
		magnitude: { label: 'Market drift', unit: '1/year', min: -6, max: 3, default: -1.5 },
		defaultDuration: 78,
		doc: 'Forces a bear market with the given yearly drift of the crypto market index while it lasts.',
		source: 'HNT −96%, FIL −98% from peaks (1kx)'
	}
];

export const EVENT_TYPE_INDEX: ReadonlyMap<string, number> = new Map(
	EVENT_TYPES.map((t, i) => [t.key, i])
);

/** The largest number of scripted events a scenario may carry (the core's table holds more). */
export const MAX_SCRIPTED_EVENTS = 32;
export const MAX_EVENT_WEEK = 1040;
export const MAX_EVENT_DURATION = 520;

export interface ScenarioEvent {
	readonly type: string;
	/** Week the event starts (its effects apply from this week's step). */
	readonly start: number;
	/** Weeks it lasts (at least 1). */
	readonly duration: number;
	readonly magnitude: number;
}

/** Events in a stable order (by start, then type), so that the same list gives the same link. */
export function sortEvents(events: readonly ScenarioEvent[]): ScenarioEvent[] {
	return [...events].sort(
		(a, b) =>
			a.start - b.start ||
			(EVENT_TYPE_INDEX.get(a.type) ?? 0) - (EVENT_TYPE_INDEX.get(b.type) ?? 0) ||
			a.duration - b.duration ||
			a.magnitude - b.magnitude
	);
}

export function encodeEvents(events: readonly ScenarioEvent[]): string {
	return sortEvents(events)
		.map((e) => `${e.type}:${e.start}:${e.duration}:${e.magnitude}`)
		.join(',');
}

/** Reads `type:start:duration:magnitude,…`; keeps every valid event and reports the rest. */
export function decodeEvents(text: string): { events: ScenarioEvent[]; issues: Issue[] } {
	const events: ScenarioEvent[] = [];
	const issues: Issue[] = [];
	const parts = text.split(',').filter((part) => part.trim() !== '');
	for (const part of parts) {
		if (events.length >= MAX_SCRIPTED_EVENTS) {
			issues.push({
				key: 'ev',
				message: `Only the first ${MAX_SCRIPTED_EVENTS} events were kept.`
			});
			break;
		}
		const checked = checkEvent(part);
		if ('event' in checked) events.push(checked.event);
		else issues.push({ key: 'ev', message: checked.message });
	}
	return { events: sortEvents(events), issues };
}

function checkEvent(part: string): { event: ScenarioEvent } | { message: string } {
	const shown = part.slice(0, 40);
	const [type, startText, durationText, magnitudeText, ...rest] = part.split(':');
	const id = EVENT_TYPE_INDEX.get(type);
	if (id === undefined)
		return { message: `Ignored the event “${shown}”: unknown type “${type.slice(0, 24)}”.` };
	const spec = EVENT_TYPES[id];
	const start = Number(startText);
	const duration =
		durationText === undefined || durationText === '' ? spec.defaultDuration : Number(durationText);
	const magnitude =
		magnitudeText === undefined || magnitudeText === ''
			? spec.magnitude.default
			: Number(magnitudeText);
	if (rest.length > 0) return { message: `Ignored the event “${shown}”: too many fields.` };
	if (!Number.isInteger(start) || start < 0 || start > MAX_EVENT_WEEK) {
		return {
			message: `Ignored the event “${shown}”: its start week must be a whole number from 0 to ${MAX_EVENT_WEEK}.`
		};
	}
	if (!Number.isInteger(duration) || duration < 1 || duration > MAX_EVENT_DURATION) {
		return {
			message: `Ignored the event “${shown}”: its duration must be a whole number of weeks from 1 to ${MAX_EVENT_DURATION}.`
		};
	}
	const { min, max } = spec.magnitude;
	if (!Number.isFinite(magnitude) || magnitude < min || magnitude > max) {
		return {
			message: `Ignored the event “${shown}”: its ${spec.magnitude.label.toLowerCase()} must be from ${min} to ${max}.`
		};
	}
	return { event: { type, start, duration, magnitude } };
}
