import { describe, expect, it } from 'vitest';
import { SHORTCUTS, isTyping, shortcutFor } from '../../../web/src/explain/shortcuts';
import type { KeyPress } from '../../../web/src/explain/shortcuts';

const idle = { typing: false, dialogOpen: false };

function press(key: string, code: string, mods: Partial<KeyPress> = {}): KeyPress {
	return { key, code, altKey: false, shiftKey: false, ctrlKey: false, metaKey: false, ...mods };
}

describe('shortcutFor', () => {
	it('maps Alt+K, Alt+., Alt+Shift+R and ? to their actions', () => {
		expect(shortcutFor(press('k', 'KeyK', { altKey: true }), idle)).toBe('toggle-play');
		expect(shortcutFor(press('.', 'Period', { altKey: true }), idle)).toBe('step');
		expect(shortcutFor(press('R', 'KeyR', { altKey: true, shiftKey: true }), idle)).toBe('reset');
		expect(shortcutFor(press('?', 'Slash', { shiftKey: true }), idle)).toBe('help');
	});

	it('matches the physical key for Alt combinations (macOS Option+K types ˚)', () => {
		expect(shortcutFor(press('˚', 'KeyK', { altKey: true }), idle)).toBe('toggle-play');
		expect(shortcutFor(press('≥', 'Period', { altKey: true }), idle)).toBe('step');
		expect(shortcutFor(press('‰', 'KeyR', { altKey: true, shiftKey: true }), idle)).toBe('reset');
	});

	it('leaves plain letters, Ctrl/Cmd combinations and the wrong modifiers alone', () => {
		expect(shortcutFor(press('k', 'KeyK'), idle)).toBeNull();
		expect(shortcutFor(press('r', 'KeyR', { altKey: true }), idle)).toBeNull();
		expect(shortcutFor(press('K', 'KeyK', { altKey: true, shiftKey: true }), idle)).toBeNull();
		expect(shortcutFor(press('k', 'KeyK', { altKey: true, ctrlKey: true }), idle)).toBeNull();
		expect(shortcutFor(press('?', 'Slash', { metaKey: true }), idle)).toBeNull();
		expect(shortcutFor(press(' ', 'Space'), idle)).toBeNull();
	});

	it('types ? into a field instead of opening the help', () => {
		expect(shortcutFor(press('?', 'Slash'), { typing: true, dialogOpen: false })).toBeNull();
		expect(
			shortcutFor(press('k', 'KeyK', { altKey: true }), { typing: true, dialogOpen: false })
		).toBe('toggle-play');
	});

	it('does nothing while a modal dialog is open (the page behind is inert)', () => {
		const modal = { typing: false, dialogOpen: true };
		expect(shortcutFor(press('?', 'Slash'), modal)).toBeNull();
		expect(shortcutFor(press('k', 'KeyK', { altKey: true }), modal)).toBeNull();
	});

	it('ignores auto-repeat for toggles but lets a held Alt+. keep stepping', () => {
		expect(shortcutFor(press('k', 'KeyK', { altKey: true, repeat: true }), idle)).toBeNull();
		expect(shortcutFor(press('?', 'Slash', { repeat: true }), idle)).toBeNull();
		expect(shortcutFor(press('.', 'Period', { altKey: true, repeat: true }), idle)).toBe('step');
	});
});

describe('isTyping', () => {
	it('is true for text fields, false for sliders, buttons and checkboxes', () => {
		expect(isTyping({ tagName: 'INPUT', type: 'number' })).toBe(true);
		expect(isTyping({ tagName: 'input', type: 'text' })).toBe(true);
		expect(isTyping({ tagName: 'TEXTAREA' })).toBe(true);
		expect(isTyping({ tagName: 'DIV', isContentEditable: true })).toBe(true);
		expect(isTyping({ tagName: 'INPUT', type: 'range' })).toBe(false);
		expect(isTyping({ tagName: 'INPUT', type: 'checkbox' })).toBe(false);
		expect(isTyping({ tagName: 'BUTTON' })).toBe(false);
		expect(isTyping(null)).toBe(false);
	});
});

describe('SHORTCUTS (the help table)', () => {
	it('lists every action once, with keys that shortcutFor really accepts', () => {
		const actions = SHORTCUTS.map((s) => s.action).filter((a) => a !== null);
		expect(new Set(actions)).toEqual(new Set(['toggle-play', 'step', 'reset', 'help']));
		expect(actions.length).toBe(4);
		const codes: Record<string, string> = { K: 'KeyK', '.': 'Period', R: 'KeyR', '?': 'Slash' };
		for (const s of SHORTCUTS.filter((s) => s.action)) {
			expect(s.keys.length).toBe(1);
			const combo = s.keys[0];
			const key = combo[combo.length - 1];
			const mods = { altKey: combo.includes('Alt'), shiftKey: combo.includes('Shift') };
			expect(shortcutFor(press(key, codes[key], mods), idle)).toBe(s.action);
		}
	});
});
