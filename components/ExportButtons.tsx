/**
 * Export of entities: citations of the articles they cite (CSL-JSON, BibTeX, RIS) and the data
 * itself (CSV, JSON). The records are asked for when a button is pressed.
 */
import { useState } from 'preact/hooks';
import { toBibtex } from '../utils/export/bibtex';
import { toCslJson } from '../utils/export/csl';
import { toCsv, toJson, type ExportData } from '../utils/export/facts-table';
import { toRis } from '../utils/export/ris';
import { download } from './download';
import { tp } from './page-strings';

type Format = 'csl' | 'bibtex' | 'ris' | 'csv' | 'json';

/** The formats' own names, the same in every language. */
const FORMAT_NAMES: Readonly<Record<Format, string>> = { csl: 'CSL-JSON', bibtex: 'BibTeX', ris: 'RIS', csv: 'CSV', json: 'JSON' };

const WRITERS: Readonly<Record<Format, { ext: string; type: string; write: (data: ExportData) => string }>> = {
  csl: { ext: 'csl.json', type: 'application/vnd.citationstyles.csl+json', write: (d) => toCslJson(d.articles) },
  bibtex: { ext: 'bib', type: 'application/x-bibtex', write: (d) => toBibtex(d.articles) },
  ris: { ext: 'ris', type: 'application/x-research-info-systems', write: (d) => toRis(d.articles) },
  csv: { ext: 'csv', type: 'text/csv;charset=utf-8', write: toCsv },
  json: { ext: 'json', type: 'application/json', write: toJson },
};

/** `name`: the file name without extension; `citations`: offer the citation formats too. */
export function ExportButtons({ name, load, citations = true }: { name: string; load: () => Promise<ExportData>; citations?: boolean }) {
  const [status, setStatus] = useState('');
  const save = (format: Format) => async () => {
    try {
      const writer = WRITERS[format];
      download(`${name}.${writer.ext}`, writer.type, writer.write(await load()));
      setStatus('');
    } catch {
      setStatus(tp('export.failed'));
    }
  };
  const button = (format: Format) => (
    <button type="button" class="export-button" onClick={save(format)}>
      {FORMAT_NAMES[format]}
    </button>
  );
  return (
    <div class="export">
      {citations && (
        <div class="export-group" role="group" aria-label={tp('export.citations')}>
          <span class="export-label">{tp('export.citations')}</span>
          {button('csl')}
          {button('bibtex')}
          {button('ris')}
        </div>
      )}
      <div class="export-group" role="group" aria-label={tp('export.data')}>
        <span class="export-label">{tp('export.data')}</span>
        {button('csv')}
        {button('json')}
      </div>
      <span role="status">{status}</span>
    </div>
  );
}
