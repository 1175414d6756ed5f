/**
 * The page's keyboard shortcuts: one table for the key handler and the help dialog.
 * Matching uses `event.code` for the Alt combinations, because on macOS Alt+K types "˚"
 * (event.key changes, the physical key does not). `?` is matched by the character it types,
 * whatever the layout, and never while someone is typing in a field.
 */

export type ShortcutAction = 'toggle-play' | 'step' | 'reset' | 'help';

export interface Shortcut {
	/** Alternatives, each a combination of keys as shown to people: [['Alt', 'K']], [['←'], ['→']]. */
	readonly keys: readonly (readonly string[])[];
	readonly description: string;
	/** Null for keys the browser handles itself (listed in the help only). */
	readonly action: ShortcutAction | null;
}

export const SHORTCUTS: readonly Shortcut[] = [
	{ keys: [['Alt', 'K']], description: 'Play or pause the run', action: 'toggle-play' },
	{ keys: [['Alt', '.']], description: 'Step one week (pauses first)', action: 'step' },
	{ keys: [['Alt', 'Shift', 'R']], description: 'Reset the run to week 0', action: 'reset' },
	{ keys: [['?']], description: 'Open this help', action: 'help' },
	{ keys: [['Esc']], description: 'Close a dialog', action: null },
	{ keys: [['Space']], description: 'Press the focused button (Play, Step…)', action: null },
	{
		keys: [['←'], ['→']],
		description: 'Move the focused slider or the timeline one step',
		action: null
	},
	{
		keys: [['Home'], ['End']],
		description: 'Move the focused timeline to week 0 or to the last week',
		action: null
	},
	{
		keys: [['←'], ['→'], ['Shift', '←'], ['Shift', '→']],
		description:
			'On a focused chart: move the time cursor one week (ten with Shift); Esc clears it',
		action: null
	},
	{
		keys: [['←'], ['↑'], ['→'], ['↓'], ['+'], ['−'], ['0']],
		description: 'On the focused map: pan, zoom in, zoom out, reset the view',
		action: null
	}
];

/** The fields of a KeyboardEvent that matter here (easy to build in tests). */
export interface KeyPress {
	readonly key: string;
	readonly code: string;
	readonly altKey: boolean;
	readonly shiftKey: boolean;
	readonly ctrlKey: boolean;
	readonly metaKey: boolean;
	readonly repeat?: boolean;
}

export interface KeyContext {
	/** Focus is in a field that takes text (where `?` is a character, not a command). */
	readonly typing: boolean;
	/** A modal dialog is open: the page behind it is inert, so are its commands. */
	readonly dialogOpen: boolean;
}

/** The action a key press asks for, or null when it is not a shortcut here. */
export function shortcutFor(press: KeyPress, context: KeyContext): ShortcutAction | null {
	if (context.dialogOpen || press.ctrlKey || press.metaKey) return null;
	if (press.altKey) {
		if (press.code === 'KeyK' && !press.shiftKey && !press.repeat) return 'toggle-play';
		if (press.code === 'Period' && !press.shiftKey) return 'step';
		if (press.code === 'KeyR' && press.shiftKey && !press.repeat) return 'reset';
		return null;
	}
	if (press.key === '?' && !context.typing && !press.repeat) return 'help';
	return null;
}

/** Input types in which typed characters are text (a range or a checkbox takes none). */
const TEXT_INPUTS = new Set([
	'text',
	'search',
	'email',
	'url',
	'tel',
	'password',
	'number',
	'date',
	'datetime-local',
	'month',
	'week',
	'time'
]);

/** The parts of an element that tell whether it takes typed text. */
export interface FocusTarget {
	readonly tagName?: string;
	readonly type?: string;
	readonly isContentEditable?: boolean;
}

export function isTyping(target: FocusTarget | null | undefined): boolean {
	if (!target?.tagName) return false;
	const tag = target.tagName.toUpperCase();
	if (tag === 'TEXTAREA') return true;
	if (tag === 'INPUT') return TEXT_INPUTS.has((target.type ?? 'text').toLowerCase());
	return target.isContentEditable === true;
}
