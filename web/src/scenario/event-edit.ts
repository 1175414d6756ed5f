/**
 * Editing scripted events within a run: every edit goes through clampEvent, so an event on the
 * timeline always starts inside the run, lasts at least a week and keeps its magnitude within
 * the range its type allows (events.ts). Pure functions: the state class and tests share them.
 */
import {
	EVENT_TYPE_INDEX,
	EVENT_TYPES,
	MAX_EVENT_DURATION,
	MAX_EVENT_WEEK,
	MAX_SCRIPTED_EVENTS
} from './events';
import type { EventTypeSpec, ScenarioEvent } from './events';

/** Quantum of a magnitude typed in the editor (links keep whatever number they carry). */
export const MAGNITUDE_STEP = 0.01;

export function eventTypeSpec(type: string): EventTypeSpec | undefined {
	const id = EVENT_TYPE_INDEX.get(type);
	return id === undefined ? undefined : EVENT_TYPES[id];
}

/** The last week an event may start in a run of `horizon` weeks (its last step). */
export function lastStartWeek(horizon: number): number {
	const weeks = Number.isFinite(horizon) ? Math.round(horizon) : MAX_EVENT_WEEK;
	return Math.max(0, Math.min(MAX_EVENT_WEEK, weeks - 1));
}

/** The longest an event may last in a run of `horizon` weeks. */
export function longestDuration(horizon: number): number {
	const weeks = Number.isFinite(horizon) ? Math.round(horizon) : MAX_EVENT_DURATION;
	return Math.max(1, Math.min(MAX_EVENT_DURATION, weeks));
}

function clamp(value: number, min: number, max: number): number {
	return Math.min(max, Math.max(min, value));
}

/** A typed magnitude rounded to MAGNITUDE_STEP, without binary noise (0.1 + 0.2 stays 0.3). */
export function roundMagnitude(value: number): number {
	return Number((Math.round(value / MAGNITUDE_STEP) * MAGNITUDE_STEP).toFixed(2));
}

/**
 * The nearest valid event: start in 0..last week, duration 1..run length (not shortened when
 * the event runs past the end, so moving it back and forth loses nothing), magnitude within
 * its type's range. A number that is not finite falls back to the type's default.
 */
export function clampEvent(event: ScenarioEvent, horizon: number): ScenarioEvent {
	const spec = eventTypeSpec(event.type);
	const start = Number.isFinite(event.start) ? Math.round(event.start) : 0;
	const duration = Number.isFinite(event.duration)
		? Math.round(event.duration)
		: (spec?.defaultDuration ?? 1);
	const range = spec?.magnitude ?? { min: -Infinity, max: Infinity, default: 0 };
	const magnitude = Number.isFinite(event.magnitude) ? event.magnitude : range.default;
	return {
		type: event.type,
		start: clamp(start, 0, lastStartWeek(horizon)),
		duration: clamp(duration, 1, longestDuration(horizon)),
		// + 0 turns −0 into 0: a link writes both as "0", so −0 would not survive a round trip.
		magnitude: clamp(magnitude, range.min, range.max) + 0
	};
}

/** A new event of `type` at `week` with its type's default duration and magnitude. */
export function newEvent(type: string, week: number, horizon: number): ScenarioEvent | undefined {
	const spec = eventTypeSpec(type);
	if (!spec) return undefined;
	return clampEvent(
		{ type, start: week, duration: spec.defaultDuration, magnitude: spec.magnitude.default },
		horizon
	);
}

/** Whether one more event fits in a scenario (the link format caps the list). */
export function canAddEvent(events: readonly ScenarioEvent[]): boolean {
	return events.length < MAX_SCRIPTED_EVENTS;
}

/** The list with event `index` replaced by `patch` applied to it, clamped to the run. */
export function updateEventAt(
	events: readonly ScenarioEvent[],
	index: number,
	patch: Partial<Omit<ScenarioEvent, 'type'>>,
	horizon: number
): readonly ScenarioEvent[] {
	if (index < 0 || index >= events.length) return events;
	const next = clampEvent({ ...events[index], ...patch }, horizon);
	const current = events[index];
	if (
		next.start === current.start &&
		next.duration === current.duration &&
		next.magnitude === current.magnitude
	) {
		return events;
	}
	return events.map((e, i) => (i === index ? next : e));
}

export function removeEventAt(
	events: readonly ScenarioEvent[],
	index: number
): readonly ScenarioEvent[] {
	if (index < 0 || index >= events.length) return events;
	return events.filter((_, i) => i !== index);
}

/** The week after the event's last week (its effects apply in weeks start..end − 1). */
export function eventEnd(event: ScenarioEvent): number {
	return event.start + event.duration;
}
