import { describe, expect, it } from 'vitest';
import {
	browserStore,
	readReducedMotion,
	readTheme,
	writeReducedMotion,
	writeTheme
} from '../../../web/src/lib/preferences';
import type { PreferenceStore } from '../../../web/src/lib/preferences';

function memoryStore(): PreferenceStore & { data: Map<string, string> } {
	const data = new Map<string, string>();
	return {
		data,
		getItem: (k) => data.get(k) ?? null,
		setItem: (k, v) => void data.set(k, v),
		removeItem: (k) => void data.delete(k)
	};
}

const throwing: PreferenceStore = {
	getItem() {
		throw new Error('SecurityError');
	},
	setItem() {
		throw new Error('QuotaExceededError');
	},
	removeItem() {
		throw new Error('SecurityError');
	}
};

describe('view preferences', () => {
	it('remembers a theme, and auto as no entry at all', () => {
		const store = memoryStore();
		expect(readTheme(store)).toBe('auto');
		writeTheme(store, 'contrast');
		expect(readTheme(store)).toBe('contrast');
		writeTheme(store, 'auto');
		expect(store.data.size).toBe(0);
		expect(readTheme(store)).toBe('auto');
	});

	it('ignores a stored value that is not a theme', () => {
		const store = memoryStore();
		store.setItem('depin-playground:theme', 'neon');
		expect(readTheme(store)).toBe('auto');
	});

	it('follows the system for motion until someone chooses otherwise', () => {
		const store = memoryStore();
		expect(readReducedMotion(store, true)).toBe(true);
		expect(readReducedMotion(store, false)).toBe(false);
		writeReducedMotion(store, true, false);
		expect(readReducedMotion(store, false)).toBe(true);
		writeReducedMotion(store, false, true);
		expect(readReducedMotion(store, true)).toBe(false);
		writeReducedMotion(store, true, true); // back to what the system says: forget the choice
		expect(store.data.size).toBe(0);
	});

	it('survives storage that throws or is missing (sandboxed iframes)', () => {
		expect(readTheme(throwing)).toBe('auto');
		expect(() => writeTheme(throwing, 'dark')).not.toThrow();
		expect(readReducedMotion(throwing, true)).toBe(true);
		expect(() => writeReducedMotion(throwing, false, true)).not.toThrow();
		expect(readTheme(null)).toBe('auto');
		const sandboxed = {
			get localStorage(): Storage {
				throw new Error('SecurityError');
			}
		};
		expect(browserStore(sandboxed)).toBeNull();
		expect(browserStore(undefined)).toBeNull();
	});
});
