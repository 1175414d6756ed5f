/**
 * View preferences kept in the browser (localStorage), never in the scenario link: the theme
 * and the motion setting. Storage can be missing or throw (sandboxed iframes, privacy modes),
 * so every access is guarded and a failure just means "not remembered".
 */

export type Theme = 'auto' | 'light' | 'dark' | 'contrast';

export const THEMES: readonly { readonly key: Theme; readonly label: string }[] = [
	{ key: 'auto', label: 'Auto (system)' },
	{ key: 'light', label: 'Light' },
	{ key: 'dark', label: 'Dark' },
	{ key: 'contrast', label: 'High contrast' }
];

/** The part of Storage we use. */
export interface PreferenceStore {
	getItem(key: string): string | null;
	setItem(key: string, value: string): void;
	removeItem(key: string): void;
}

const THEME_KEY = 'depin-playground:theme';
const MOTION_KEY = 'depin-playground:motion';

/** The window's localStorage, or null where reading it throws or it is absent. */
export function browserStore(
	win: Pick<Window, 'localStorage'> | undefined
): PreferenceStore | null {
	try {
		return win?.localStorage ?? null;
	} catch {
		return null;
	}
}

function read(store: PreferenceStore | null, key: string): string | null {
	try {
		return store?.getItem(key) ?? null;
	} catch {
		return null;
	}
}

function write(store: PreferenceStore | null, key: string, value: string | null): void {
	try {
		if (value === null) store?.removeItem(key);
		else store?.setItem(key, value);
	} catch {
		// Quota or a sandbox: the choice still applies to this page, it is just not remembered.
	}
}

export function isTheme(value: unknown): value is Theme {
	return THEMES.some((theme) => theme.key === value);
}

export function readTheme(store: PreferenceStore | null): Theme {
	const stored = read(store, THEME_KEY);
	return isTheme(stored) ? stored : 'auto';
}

/** Remembers the theme; `auto` is the default, so it is stored as no entry at all. */
export function writeTheme(store: PreferenceStore | null, theme: Theme): void {
	write(store, THEME_KEY, theme === 'auto' ? null : theme);
}

/** The remembered motion choice if there is one, else the system's. */
export function readReducedMotion(store: PreferenceStore | null, systemPrefers: boolean): boolean {
	const stored = read(store, MOTION_KEY);
	if (stored === 'reduce') return true;
	if (stored === 'allow') return false;
	return systemPrefers;
}

/** Remembers an explicit choice; matching the system again forgets it (the system decides). */
export function writeReducedMotion(
	store: PreferenceStore | null,
	reduced: boolean,
	systemPrefers: boolean
): void {
	write(store, MOTION_KEY, reduced === systemPrefers ? null : reduced ? 'reduce' : 'allow');
}

/**
 * Puts the view on the root element, where app.css reads it: `data-theme` picks the colour
 * variables, `data-motion="reduce"` switches CSS transitions and animations off.
 */
export function applyView(root: HTMLElement, theme: Theme, reducedMotion: boolean): void {
	root.dataset.theme = theme;
	if (reducedMotion) root.dataset.motion = 'reduce';
	else delete root.dataset.motion;
}
