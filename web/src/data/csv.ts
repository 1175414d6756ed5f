/**
 * Generic CSV reading for the shipped network histories (public/data/depin-history/, from
 * 1kx, Tokenomics of DePINs dataset (github.com/1kx-network/depin_tokenomics)).
 * RFC 4180 quoting, and the spreadsheet-style numbers those files use: thousands separators
 * inside quotes ("1,123,923"), percent signs ("0.30%"), `$` prefixes ("$2.80") and empty
 * cells. Strict on purpose: anything ambiguous is an error or NaN, never a silent guess.
 * Pure TypeScript: no DOM, no Node APIs.
 */

/** Splits CSV text into rows of cells. Handles quotes, `""` escapes, CRLF/LF/CR and a BOM. */
export function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let cell = '';
	let quoted = false; // inside a quoted field
	let quoteLine = 0; // where it opened
	let wasQuoted = false; // the current field was quoted (only a separator may follow)
	let lineHasContent = false;
	let line = 1;
	const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;

	const endCell = (): void => {
		row.push(cell);
		cell = '';
		wasQuoted = false;
	};
	const endRow = (): void => {
		if (lineHasContent) {
			endCell();
			rows.push(row);
		}
		row = [];
		cell = '';
		wasQuoted = false;
		lineHasContent = false;
		line++;
	};

	for (let i = 0; i < src.length; i++) {
		const c = src[i];
		if (quoted) {
			if (c === '"') {
				if (src[i + 1] === '"') {
					cell += '"';
					i++;
				} else {
					quoted = false;
					wasQuoted = true;
				}
			} else {
				if (c === '\n') line++;
				cell += c;
			}
			continue;
		}
		if (c === ',') {
			lineHasContent = true;
			endCell();
		} else if (c === '\r' || c === '\n') {
			if (c === '\r' && src[i + 1] === '\n') i++;
			endRow();
		} else if (wasQuoted) {
			throw new Error(`CSV line ${line}: unexpected ${JSON.stringify(c)} after a quoted field`);
		} else if (c === '"') {
			if (cell !== '') throw new Error(`CSV line ${line}: stray quote inside an unquoted field`);
			quoted = true;
			quoteLine = line;
			lineHasContent = true;
		} else {
			cell += c;
			lineHasContent = true;
		}
	}
	if (quoted) throw new Error(`CSV line ${quoteLine}: unterminated quoted field`);
	endRow();
	return rows;
}

export interface CsvTable {
	/** Column names, trimmed (the source files have stray trailing spaces in a few). */
	readonly header: string[];
	/** Data rows, each exactly as long as the header. */
	readonly rows: string[][];
}

/** Parses CSV text whose first row is a header; every row must have the header's width. */
export function parseCsvTable(text: string): CsvTable {
	const [first, ...rows] = parseCsv(text);
	if (!first) throw new Error('CSV: no header row');
	const header = first.map((name) => name.trim());
	const seen = new Set<string>();
	for (const name of header) {
		if (seen.has(name)) throw new Error(`CSV: duplicate column ${JSON.stringify(name)}`);
		seen.add(name);
	}
	rows.forEach((row, i) => {
		if (row.length !== header.length) {
			throw new Error(
				`CSV data row ${i + 1}: ${row.length} cells, header has ${header.length} columns`
			);
		}
	});
	return { header, rows };
}

// Optional sign, optional `$`, optional sign again ("-$5" or "$-5"), then either a number
// with well-formed thousands groups or a plain decimal, then an optional `%`.
const NUMBER = /^([-+]?)(\$?)([-+]?)(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)(%?)$/;

/**
 * Reads one cell as a number. Empty (or blank) is null; anything that is not a number is NaN.
 * `"1,123,923"` → 1123923, `"$2.80"` → 2.8, `"0.30%"` → 0.003 (percent becomes a fraction,
 * shifted in decimal so that it is the double nearest the written value).
 */
export function parseNumber(raw: string): number | null {
	const s = raw.trim();
	if (s === '') return null;
	const m = NUMBER.exec(s);
	if (!m) return Number.NaN;
	const [, sign1, dollar, sign2, body, percent] = m;
	if (sign1 && sign2) return Number.NaN;
	if (dollar && percent) return Number.NaN;
	const value = Number(body.replaceAll(',', '') + (percent ? 'e-2' : ''));
	if (value === 0) return 0;
	return sign1 === '-' || sign2 === '-' ? -value : value;
}

/**
 * Reads a column of cells as numbers, or returns null if any non-empty cell is not a number
 * (a text column such as a comment). A numeric column therefore never holds NaN.
 */
export function parseNumberColumn(cells: readonly string[]): (number | null)[] | null {
	const out: (number | null)[] = [];
	for (const cell of cells) {
		const v = parseNumber(cell);
		if (v !== null && !Number.isFinite(v)) return null;
		out.push(v);
	}
	return out;
}
