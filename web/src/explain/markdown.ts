/**
 * A small Markdown reader for our own docs (docs/model.md): headings, paragraphs, lists,
 * tables, fenced code, rules, and inline code, strong and emphasis. It returns a tree of plain
 * data that Svelte renders as elements with text children, so nothing is ever parsed as HTML:
 * a stray `<` in the docs shows as a `<`. Links and images are kept as their text.
 */

export type Inline =
	| { readonly kind: 'text'; readonly text: string }
	| { readonly kind: 'code'; readonly text: string }
	| { readonly kind: 'strong'; readonly children: readonly Inline[] }
	| { readonly kind: 'em'; readonly children: readonly Inline[] };

export type Align = 'left' | 'center' | 'right' | null;

export type Block =
	| { readonly kind: 'heading'; readonly level: number; readonly children: readonly Inline[] }
	| { readonly kind: 'paragraph'; readonly children: readonly Inline[] }
	| {
			readonly kind: 'list';
			readonly ordered: boolean;
			readonly items: readonly (readonly Inline[])[];
	  }
	| {
			readonly kind: 'table';
			readonly align: readonly Align[];
			readonly header: readonly (readonly Inline[])[];
			readonly rows: readonly (readonly (readonly Inline[])[])[];
	  }
	| { readonly kind: 'code'; readonly text: string }
	| { readonly kind: 'rule' };

const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const LIST_ITEM = /^\s{0,3}([-*+]|\d{1,9}[.)])\s+(.*)$/;
const FENCE = /^\s{0,3}(```|~~~)/;
const RULE = /^\s{0,3}([-*_])(\s*\1){2,}\s*$/;
const TABLE_DELIMITER = /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/;

export function parseMarkdown(source: string): Block[] {
	const lines = source.replace(/\r\n?/g, '\n').split('\n');
	const blocks: Block[] = [];
	let i = 0;
	while (i < lines.length) {
		const line = lines[i];
		if (line.trim() === '') {
			i++;
			continue;
		}
		const fence = FENCE.exec(line);
		if (fence) {
			const body: string[] = [];
			i++;
			while (i < lines.length && !lines[i].trimStart().startsWith(fence[1])) body.push(lines[i++]);
			i++; // the closing fence (or the end)
			blocks.push({ kind: 'code', text: body.join('\n') });
			continue;
		}
		const heading = HEADING.exec(line);
		if (heading) {
			blocks.push({
				kind: 'heading',
				level: heading[1].length,
				children: parseInline(heading[2])
			});
			i++;
			continue;
		}
		if (RULE.test(line)) {
			blocks.push({ kind: 'rule' });
			i++;
			continue;
		}
		if (line.includes('|') && i + 1 < lines.length && TABLE_DELIMITER.test(lines[i + 1])) {
			const header = splitRow(line);
			const align = splitRow(lines[i + 1]).map(alignOf);
			i += 2;
			const rows: Inline[][][] = [];
			while (i < lines.length && lines[i].trim() !== '' && lines[i].includes('|')) {
				const cells = splitRow(lines[i++]);
				rows.push(header.map((_, c) => parseInline(cells[c] ?? '')));
			}
			blocks.push({ kind: 'table', align, header: header.map(parseInline), rows });
			continue;
		}
		const item = LIST_ITEM.exec(line);
		if (item) {
			const ordered = /\d/.test(item[1]);
			const items: string[] = [];
			while (i < lines.length) {
				const next = LIST_ITEM.exec(lines[i]);
				if (next && /\d/.test(next[1]) === ordered) {
					items.push(next[2]);
					i++;
				} else if (lines[i].trim() !== '' && !startsBlock(lines, i) && items.length > 0) {
					items[items.length - 1] += ` ${lines[i].trim()}`; // a continuation line
					i++;
				} else break;
			}
			blocks.push({ kind: 'list', ordered, items: items.map(parseInline) });
			continue;
		}
		const text: string[] = [];
		while (
			i < lines.length &&
			lines[i].trim() !== '' &&
			(text.length === 0 || !startsBlock(lines, i))
		) {
			text.push(lines[i++].trim());
		}
		blocks.push({ kind: 'paragraph', children: parseInline(text.join(' ')) });
	}
	return blocks;
}

function startsBlock(lines: readonly string[], i: number): boolean {
	const line = lines[i];
	return (
		HEADING.test(line) ||
		FENCE.test(line) ||
		RULE.test(line) ||
		LIST_ITEM.test(line) ||
		(line.includes('|') && i + 1 < lines.length && TABLE_DELIMITER.test(lines[i + 1]))
	);
}

/** Cells of a table row: split on `|` outside code spans and not escaped. */
function splitRow(line: string): string[] {
	let row = line.trim();
	if (row.startsWith('|')) row = row.slice(1);
	if (row.endsWith('|') && !row.endsWith('\\|')) row = row.slice(0, -1);
	const cells: string[] = [];
	let cell = '';
	let inCode = false;
	for (let i = 0; i < row.length; i++) {
		const ch = row[i];
		if (ch === '\\' && row[i + 1] === '|') {
			cell += '|';
			i++;
		} else if (ch === '`') {
			inCode = !inCode;
			cell += ch;
		} else if (ch === '|' && !inCode) {
			cells.push(cell.trim());
			cell = '';
		} else cell += ch;
	}
	cells.push(cell.trim());
	return cells;
}

function alignOf(delimiter: string): Align {
	const left = delimiter.startsWith(':');
	const right = delimiter.endsWith(':');
	if (left && right) return 'center';
	if (right) return 'right';
	if (left) return 'left';
	return null;
}

const ESCAPABLE = /[!-/:-@[-`{-~]/;
const WORD = /[\p{L}\p{N}]/u;
const SPACE = /\s/;

/** Inline Markdown: `code`, **strong**, *em* / _em_, backslash escapes; the rest is text. */
export function parseInline(source: string): Inline[] {
	const out: Inline[] = [];
	let text = '';
	const flush = () => {
		if (text) out.push({ kind: 'text', text });
		text = '';
	};
	let i = 0;
	while (i < source.length) {
		const ch = source[i];
		if (ch === '\\' && i + 1 < source.length && ESCAPABLE.test(source[i + 1])) {
			text += source[i + 1];
			i += 2;
			continue;
		}
		if (ch === '`') {
			const run = /^`+/.exec(source.slice(i))![0];
			const end = source.indexOf(run, i + run.length);
			if (end > 0) {
				flush();
				out.push({ kind: 'code', text: source.slice(i + run.length, end).trim() });
				i = end + run.length;
				continue;
			}
			text += run;
			i += run.length;
			continue;
		}
		if (ch === '*' || ch === '_') {
			const marker = source.startsWith(ch + ch, i) ? ch + ch : ch;
			const end = closingMarker(source, i, marker);
			if (end > 0) {
				flush();
				const children = parseInline(source.slice(i + marker.length, end));
				out.push(marker.length === 2 ? { kind: 'strong', children } : { kind: 'em', children });
				i = end + marker.length;
				continue;
			}
			text += marker;
			i += marker.length;
			continue;
		}
		text += ch;
		i++;
	}
	flush();
	return out;
}

/**
 * Where the emphasis opened by `marker` at `start` closes, or −1 when it does not open one.
 * Openers are followed by a non-space; an underscore also needs a non-word before it, so that
 * names like `burn_ema` or `b_{t−1}` stay text. Closers mirror that.
 */
function closingMarker(source: string, start: number, marker: string): number {
	const after = source[start + marker.length];
	if (after === undefined || SPACE.test(after)) return -1;
	const underscore = marker[0] === '_';
	if (underscore && start > 0 && WORD.test(source[start - 1])) return -1;
	for (let j = start + marker.length + 1; j <= source.length - marker.length; j++) {
		if (source[j] === '`') {
			const close = source.indexOf('`', j + 1);
			if (close > 0) j = close;
			continue;
		}
		if (!source.startsWith(marker, j)) continue;
		if (marker.length === 1 && source[j + 1] === marker) {
			j++; // part of a double marker: not ours
			continue;
		}
		if (SPACE.test(source[j - 1])) continue;
		const next = source[j + marker.length];
		if (underscore && next !== undefined && WORD.test(next)) continue;
		return j;
	}
	return -1;
}

/** The plain text of inline content (for headings' ids and tests). */
export function inlineText(inlines: readonly Inline[]): string {
	return inlines
		.map((n) => (n.kind === 'text' || n.kind === 'code' ? n.text : inlineText(n.children)))
		.join('');
}
