/**
 * Every export parsed back by a real parser of its format: CSL-JSON and RIS by Citation.js, BibTeX
 * by Citation.js and by the parser behind Zotero's Better BibTeX import, CSV by Papa Parse. The
 * five seed articles cover every case of articles.yaml: no outlet, no date, a date from the
 * address, a byline, an address found elsewhere and none at all. Unknown fields must be absent.
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toBibtex } from '../../utils/export/bibtex';
import { toCslJson } from '../../utils/export/csl';
import { citeFact } from '../../utils/export/fact-citation';
import { CSV_COLUMNS, toCsv, toJson, type ExportData } from '../../utils/export/facts-table';
import { toRis } from '../../utils/export/ris';
import { buildBundle } from '../../utils/seeds/read-seeds';
import { articleMeta } from '../../utils/store/library';

const bundle = buildBundle(process.cwd());
const articles = bundle.articles.map(articleMeta);
const byId = (id: string) => articles.find((a) => a.id === id)!;
const AKHBAR = '000_6e08de1c6a9042cb'; // outlet stated, address found elsewhere, no date
const NO_OUTLET = '001_78a32093246eff71'; // no outlet, no address, no date
const STATED_DATE = '002_9ae56ba73361bc49'; // date stated in the text
const BYLINE = '004_6bb8b83b75ee0431'; // byline, date from the address

interface CslData {
  id: string;
  reporter?: string;
  type: string;
  title: string;
  'container-title'?: string;
  author?: { literal?: string; family?: string }[];
  issued?: { 'date-parts'?: number[][]; raw?: string };
  URL?: string;
}

function item(items: CslData[], id: string): CslData {
  return items.find((i) => i.id === `siyaq-${id}` || i.id.endsWith(id))!;
}

describe('CSL-JSON', () => {
  const items = new Cite(JSON.parse(toCslJson(articles))).data as CslData[];

  it('is read by Citation.js as newspaper articles with their known fields', () => {
    expect(items).toHaveLength(5);
    expect(item(items, BYLINE)).toMatchObject({ type: 'article-newspaper', title: byId(BYLINE).headline, author: [{ literal: 'محمد الغرياني' }], issued: { 'date-parts': [[2020, 11, 20]] } });
    expect(item(items, BYLINE).URL).toBe(byId(BYLINE).address.url);
    expect(item(items, STATED_DATE).issued).toEqual({ 'date-parts': [[2021, 4, 21]] });
    expect(item(items, AKHBAR)['container-title']).toBe('أخبار ليبيا24');
  });

  it('leaves unknown fields out', () => {
    const none = item(items, NO_OUTLET);
    expect(none).not.toHaveProperty('container-title');
    expect(none).not.toHaveProperty('issued');
    expect(none).not.toHaveProperty('URL');
    expect(none).not.toHaveProperty('author');
    expect(item(items, AKHBAR)).not.toHaveProperty('issued');
  });
});

describe('BibTeX', () => {
  const text = toBibtex(articles);

  it('is read by the parser of Zotero’s Better BibTeX without errors, with the known fields only', () => {
    const library = parseBibtex(text);
    expect(library.errors).toEqual([]);
    expect(library.entries).toHaveLength(5);
    const entry = (id: string) => library.entries.find((e) => e.key === `siyaq-${id}`)!;
    expect(entry(BYLINE).fields.title).toBe(byId(BYLINE).headline);
    expect(entry(BYLINE).fields.author).toEqual([{ name: 'محمد الغرياني' }]);
    expect(entry(BYLINE).fields.date).toBe('2020-11-20');
    expect(entry(BYLINE).fields.url).toBe(byId(BYLINE).address.url);
    expect(entry(AKHBAR).fields.journal).toBe('أخبار ليبيا24');
    expect(Object.keys(entry(NO_OUTLET).fields).sort()).toEqual(['entrysubtype', 'language', 'title']);
  });

  it('is read by Citation.js', () => {
    const items = new Cite(text).data as CslData[];
    expect(items).toHaveLength(5);
    expect(item(items, STATED_DATE).title).toBe(byId(STATED_DATE).headline);
    expect(item(items, STATED_DATE).issued?.['date-parts']).toEqual([[2021, 4, 21]]);
  });

  it('escapes what LaTeX would read as a command', () => {
    const odd = { ...byId(NO_OUTLET), headline: 'نسبة 50% & {أقواس} _ و # و $ و \\ و ~ و ^' };
    const library = parseBibtex(toBibtex([odd]));
    expect(library.errors).toEqual([]);
    expect(library.entries[0]!.fields.title).toBe(odd.headline);
  });
});

describe('RIS', () => {
  const text = toRis(articles);

  it('is read by Citation.js as newspaper articles with their known fields', () => {
    const items = new Cite(text).data as CslData[];
    expect(items).toHaveLength(5);
    const bashagha = items.find((i) => i.title === byId(BYLINE).headline)!;
    expect(bashagha.type).toBe('article-newspaper');
    // Citation.js keeps a NEWS record's full RIS date as written (YYYY/MM/DD/), for the processor to read.
    expect(bashagha.issued).toEqual({ raw: '2020/11/20/' });
    expect(bashagha).toMatchObject({ reporter: 'محمد الغرياني' }); // RIS's AU of a NEWS record is its reporter
    expect(bashagha.URL).toBe(byId(BYLINE).address.url);
    const none = items.find((i) => i.title === byId(NO_OUTLET).headline)!;
    expect(none).not.toHaveProperty('issued');
    expect(none).not.toHaveProperty('URL');
  });

  it('writes one tag a line, CR LF, and ends every record', () => {
    expect(text.split('\r\n').filter(Boolean).every((line) => /^[A-Z][A-Z0-9]  - /.test(line))).toBe(true);
    expect(text.match(/^TY  - NEWS$/gm)).toHaveLength(5);
    expect(text.match(/^ER  - $/gm)).toHaveLength(5);
  });
});

describe('CSV and JSON', () => {
  const entities = bundle.entities.filter((e) => ['mustafa-al-muqrin', 'libyan-intelligence-service'].includes(e.id));
  const data: ExportData = { entities, articles: [byId(AKHBAR)], names: Object.fromEntries(bundle.entities.map((e) => [e.id, e.name])) };

  it('is UTF-8 with a byte-order mark, and Papa Parse reads one row per sourced fact', () => {
    const text = toCsv(data);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const parsed = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...CSV_COLUMNS]);
    const muqrin = entities.find((e) => e.id === 'mustafa-al-muqrin')!;
    const facts = muqrin.roles.flatMap((r) => r.evidence).length + muqrin.relations.flatMap((r) => r.evidence).length + muqrin.evidence.length;
    const rows = parsed.data.filter((r) => r.entity_id === 'mustafa-al-muqrin');
    expect(rows).toHaveLength(facts);
    expect(rows[0]).toMatchObject({ entity_name: 'مصطفى المقرعن', fact: 'role', title: 'رئيس جهاز المخابرات الليبية العامة', related_entity_name: 'جهاز المخابرات الليبية', from: '2015-05', date_basis: 'stated', outlet: 'أخبار ليبيا24', published: '' });
    // A quote with a comma and quotation marks survives the round trip.
    for (const row of rows) expect(muqrin.roles.flatMap((r) => r.evidence).concat(muqrin.relations.flatMap((r) => r.evidence)).map((e) => e.quote)).toContain(row.quote);
  });

  it('keeps a cell that a spreadsheet would run as a formula as text', () => {
    const odd = { ...entities[0]!, id: 'odd', name: '=HYPERLINK("x")' } as (typeof entities)[number];
    const parsed = Papa.parse<Record<string, string>>(toCsv({ ...data, entities: [odd] }).slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.data[0]!.entity_name).toBe(`'=HYPERLINK("x")`);
  });

  it('exports JSON with the records and the articles they cite', () => {
    const parsed = JSON.parse(toJson(data));
    expect(parsed.entities.map((e: { id: string }) => e.id).sort()).toEqual(['libyan-intelligence-service', 'mustafa-al-muqrin']);
    expect(parsed.articles[0]).toMatchObject({ id: AKHBAR, outlet: { name: 'أخبار ليبيا24' } });
    expect(parsed.articles[0]).not.toHaveProperty('text');
  });
});

describe('citing a fact', () => {
  it('says in Arabic and in English what is known and what is not', () => {
    const quote = 'اقتباس للتجربة';
    expect(citeFact(quote, byId(BYLINE), 'ar')).toBe(`«${quote}»، ${byId(BYLINE).headline}، الناشر غير مذكور، محمد الغرياني، 20 نوفمبر 2020 (من رابط المقال)، ${decodeURI(byId(BYLINE).address.url!)}.`);
    expect(citeFact(quote, byId(BYLINE), 'en')).toBe(`“${quote}”. ${byId(BYLINE).headline}. outlet not stated. محمد الغرياني. 20 November 2020 (from the article's address). ${byId(BYLINE).address.url}.`);
    expect(citeFact(quote, byId(NO_OUTLET), 'en')).toContain('date not stated. original address unknown.');
    expect(citeFact(quote, byId(NO_OUTLET), 'ar')).toContain('الرابط الأصلي غير معروف');
  });
});
