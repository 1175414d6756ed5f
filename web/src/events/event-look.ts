/**
 * How each event type looks on the timeline: an Okabe–Ito colour (colour-vision safe) and a
 * short tag written on the bar, so that no type is told apart by colour alone. Market regimes
 * get a dashed outline as well: they are forced conditions, not regulatory acts.
 */
import { PALETTE } from '../charts/panels';

export interface EventLook {
	readonly color: string;
	/** Two to four capitals drawn on the bar and in the list. */
	readonly tag: string;
	/** SVG stroke-dasharray of the bar's outline ('' for solid). */
	readonly dash: string;
}

const LOOKS: Readonly<Record<string, EventLook>> = {
	enforcement: { color: PALETTE.vermillion, tag: 'ENF', dash: '' },
	regional_ban: { color: PALETTE.purple, tag: 'BAN', dash: '' },
	equipment_rule: { color: PALETTE.orange, tag: 'EQP', dash: '' },
	clarity: { color: PALETTE.sky, tag: 'CLR', dash: '' },
	bull_market: { color: PALETTE.green, tag: 'BULL', dash: '5 3' },
	bear_market: { color: PALETTE.blue, tag: 'BEAR', dash: '5 3' }
};

const UNKNOWN: EventLook = { color: '#888888', tag: '?', dash: '2 2' };

export function eventLook(type: string): EventLook {
	return LOOKS[type] ?? UNKNOWN;
}
