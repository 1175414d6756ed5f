/** Events in words: the magnitude with its unit, and one line per event for the text list. */
import { eventEnd, eventTypeSpec } from '../scenario/event-edit';
import type { ScenarioEvent } from '../scenario/events';
import { formatNumber, formatPercent } from '../lib/format';
import { PARAMS, PARAM_INDEX } from '../scenario/schema';

/** A lever's label, to name it in a sentence (“Regulated region’s share”). */
export function leverLabel(key: string): string {
	const id = PARAM_INDEX.get(key);
	return id === undefined ? key : PARAMS[id].label;
}

/** A magnitude as read: “1.5×”, “50%”, “−1.5 per year”. */
export function formatMagnitude(type: string, magnitude: number): string {
	const unit = eventTypeSpec(type)?.magnitude.unit ?? '';
	const text = formatNumber(Math.abs(magnitude));
	const signed =
		magnitude < 0 ? `−${text}` : magnitude > 0 && unit === '1/year' ? `+${text}` : text;
	if (unit === '×') return `${signed}×`;
	if (unit === '') return formatPercent(magnitude);
	if (unit === '1/year') return `${signed} per year`;
	return `${signed} ${unit}`;
}

/** “weeks 150–162” (or “week 163” for a one-week event). */
export function formatWeeks(event: ScenarioEvent): string {
	const last = eventEnd(event) - 1;
	return event.duration === 1 ? `week ${event.start}` : `weeks ${event.start}–${last}`;
}

/** One line: “Enforcement action, weeks 150–162 (13 weeks), severity 1×”. */
export function describeEvent(event: ScenarioEvent, horizon?: number): string {
	const spec = eventTypeSpec(event.type);
	const label = spec?.label ?? event.type;
	const length = event.duration === 1 ? '1 week' : `${event.duration} weeks`;
	const what = spec?.magnitude.label.toLowerCase() ?? 'magnitude';
	const late =
		horizon === undefined || eventEnd(event) <= horizon
			? ''
			: event.start >= horizon
				? ', after the end of the run'
				: ', runs past the end of the run';
	return `${label}, ${formatWeeks(event)} (${length}${late}), ${what} ${formatMagnitude(event.type, event.magnitude)}`;
}
