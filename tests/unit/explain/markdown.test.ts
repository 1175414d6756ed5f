import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inlineText, parseInline, parseMarkdown } from '../../../web/src/explain/markdown';
import type { Block } from '../../../web/src/explain/markdown';

describe('parseInline', () => {
	it('reads code, strong and emphasis, and keeps the rest as text', () => {
		expect(parseInline('a `b*c` **d** _e_ *f*')).toEqual([
			{ kind: 'text', text: 'a ' },
			{ kind: 'code', text: 'b*c' },
			{ kind: 'text', text: ' ' },
			{ kind: 'strong', children: [{ kind: 'text', text: 'd' }] },
			{ kind: 'text', text: ' ' },
			{ kind: 'em', children: [{ kind: 'text', text: 'e' }] },
			{ kind: 'text', text: ' ' },
			{ kind: 'em', children: [{ kind: 'text', text: 'f' }] }
		]);
	});

	it('leaves underscores inside names and subscripts alone', () => {
		for (const text of [
			'burn_ema ← burn_ema + (b_{t−1} − burn_ema)/τ_NE',
			'Φ((ln B − ln ι_t)/σ_ι)'
		]) {
			expect(parseInline(text)).toEqual([{ kind: 'text', text }]);
		}
	});

	it('keeps markers that open nothing as text (xoshiro128** stream)', () => {
		expect(inlineText(parseInline('own xoshiro128** stream'))).toBe('own xoshiro128** stream');
		expect(parseInline('2 * 3 = 6')).toEqual([{ kind: 'text', text: '2 * 3 = 6' }]);
	});

	it('never turns angle brackets into anything but text', () => {
		expect(parseInline('<img src=x onerror=alert(1)> & <b>')).toEqual([
			{ kind: 'text', text: '<img src=x onerror=alert(1)> & <b>' }
		]);
	});

	it('honours backslash escapes of punctuation only', () => {
		expect(inlineText(parseInline('\\*not em\\* E₀ \\ ι₀'))).toBe('*not em* E₀ \\ ι₀');
	});
});

describe('parseMarkdown', () => {
	it('reads headings, paragraphs (joined lines), lists with continuations and rules', () => {
		const blocks = parseMarkdown('# Title\n\nOne\nline.\n\n- a\n  more\n- b\n\n---\n1. x\n');
		expect(blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph', 'list', 'rule', 'list']);
		expect(blocks[0]).toEqual({
			kind: 'heading',
			level: 1,
			children: [{ kind: 'text', text: 'Title' }]
		});
		expect(inlineText((blocks[1] as Extract<Block, { kind: 'paragraph' }>).children)).toBe(
			'One line.'
		);
		const list = blocks[2] as Extract<Block, { kind: 'list' }>;
		expect(list.items.map(inlineText)).toEqual(['a more', 'b']);
		expect((blocks[4] as Extract<Block, { kind: 'list' }>).ordered).toBe(true);
	});

	it('reads tables with alignment, escaped pipes and pipes inside code', () => {
		const [table] = parseMarkdown('| a | b |\n| :-- | --: |\n| `x|y` | 1 \\| 2 |\n| short |\n');
		expect(table.kind).toBe('table');
		if (table.kind !== 'table') return;
		expect(table.align).toEqual(['left', 'right']);
		expect(table.header.map(inlineText)).toEqual(['a', 'b']);
		expect(table.rows.map((row) => row.map(inlineText))).toEqual([
			['x|y', '1 | 2'],
			['short', '']
		]);
	});

	it('keeps fenced code verbatim', () => {
		expect(parseMarkdown('```ts\nconst a = **b**;\n  x\n```\nafter')).toEqual([
			{ kind: 'code', text: 'const a = **b**;\n  x' },
			{ kind: 'paragraph', children: [{ kind: 'text', text: 'after' }] }
		]);
	});

	it('reads docs/model.md: its sections, its tables and its equations as text', () => {
		const source = readFileSync(new URL('../../../docs/model.md', import.meta.url), 'utf8');
		const blocks = parseMarkdown(source);
		const headings = blocks.filter((b) => b.kind === 'heading').map((b) => inlineText(b.children));
		expect(headings[0]).toBe('The model, as implemented');
		expect(headings).toContain('Equations');
		expect(blocks.filter((b) => b.kind === 'table').length).toBeGreaterThanOrEqual(3);
		const text = JSON.stringify(blocks);
		expect(text).toContain('E₀·2^(−⌊t/H⌋)');
		// No paragraph starts with a table row or a heading: every block was recognised.
		for (const b of blocks) {
			if (b.kind === 'paragraph') expect(inlineText(b.children)).not.toMatch(/^(\||#)/);
		}
	});
});
