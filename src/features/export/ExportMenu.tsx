// The export menu, a chunk of its own (with graphology, the GEXF writer, PapaParse and cytoscape-svg): loaded
// only when a reader opens it.
import { useEffect, useRef, useState } from 'react';
import {
  meetingRows,
  toCsv,
  toGexf,
  toGraphml,
  toJson,
  viewNetwork,
  windowOf,
  type EvidenceById,
  type ExportView,
} from '../../core/export';
import { parsePairId } from '../../core/graph';
import type { Evidence } from '../../core/schema';
import { useAppStoreApi } from '../../core/store';
import { useT } from '../../i18n';
import { useDrawnGraph, useGraphIndex, usePalette } from '../explorer/context';
import { useCy } from '../graph/context';
import { problemText } from '../loading/LoadError';
import { evidenceFile, GraphLoadError } from '../loading/loadGraph';
import { evidenceClient, evidenceQuery } from '../loading/queries';
import { captionOf } from './caption';
import { download, fileName, type ViewNamed } from './download';
import { viewPng, viewSvg } from './picture';

type Format = 'png' | 'svg' | 'csv' | 'json' | 'gexf' | 'graphml';
const TYPES: Record<Format, string> = {
  png: 'image/png',
  svg: 'image/svg+xml',
  csv: 'text/csv;charset=utf-8',
  json: 'application/json',
  gexf: 'application/gexf+xml',
  graphml: 'application/graphml+xml',
};
/** In the menu's order. */
const FORMATS = Object.keys(TYPES) as Format[];

export function ExportMenu({ onClose }: { onClose: () => void }) {
  const t = useT();
  const cy = useCy();
  const index = useGraphIndex();
  const drawn = useDrawnGraph();
  const palette = usePalette();
  const store = useAppStoreApi();
  const [state, setState] = useState<{ busy?: Format; error?: string; done?: string }>({});
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);

  const view = (): ExportView => {
    const s = store.getState();
    return {
      index,
      visibility: drawn.visibility(),
      range: s.range ?? index.span,
      orgFilters: s.orgFilters,
      lang: s.lang,
    };
  };

  /** What the view is about, as its link says it: the selected meeting, person or pair, and the filters. */
  const named = (): ViewNamed => {
    const s = store.getState();
    const pair = s.selectedEdge ? parsePairId(s.selectedEdge) : null;
    return {
      meeting: s.selectedMeeting ?? undefined,
      person: s.selectedEntity ?? pair?.a,
      with: pair?.b,
      orgs: s.orgFilters,
    };
  };

  /**
   * The quotes of every meeting in view, each evidence file fetched once (and kept for the panel). A meeting's
   * quotes come only from the file it names: a record for it in another file is not its evidence.
   */
  const evidenceOf = async (v: ExportView): Promise<EvidenceById> => {
    const hashes = [...new Set(v.visibility.meetings.map((m) => m.evidence))];
    const files = new Map(
      await Promise.all(
        hashes.map(async (hash) => [hash, await evidenceClient.fetchQuery(evidenceQuery(hash))] as const),
      ),
    );
    const out = new Map<string, Evidence>();
    for (const m of v.visibility.meetings) {
      const record = files.get(m.evidence)?.get(m.id);
      if (!record) throw new GraphLoadError({ kind: 'missing-record', id: m.id }, evidenceFile(m.evidence));
      out.set(m.id, record);
    }
    return out;
  };

  const run = async (format: Format) => {
    setState({ busy: format });
    try {
      const v = view();
      const name = fileName(windowOf(v), named(), format);
      const caption = () => captionOf(v, palette, t, store.getState().selectedMeeting);
      let content: Blob | string;
      if (format === 'png') content = await viewPng(cy, caption());
      else if (format === 'svg') content = viewSvg(cy, caption());
      else if (format === 'csv') content = toCsv(meetingRows(v, await evidenceOf(v)));
      else if (format === 'json') content = toJson(v, await evidenceOf(v));
      else if (format === 'gexf') content = toGexf(viewNetwork(v));
      else content = toGraphml(viewNetwork(v));
      download(name, content, TYPES[format]);
      setState({ done: t.exportDone(name) });
    } catch (e) {
      const why = e instanceof GraphLoadError ? problemText(e.problem, t).text : (e as Error).message;
      setState({ error: t.exportFailed(format.toUpperCase(), why) });
    }
  };

  return (
    <div
      className="export-menu"
      role="menu"
      aria-label={t.export}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      {FORMATS.map((format, i) => (
        <button
          key={format}
          ref={i === 0 ? first : undefined}
          type="button"
          role="menuitem"
          className="export-menu__item"
          disabled={state.busy !== undefined}
          onClick={() => void run(format)}
        >
          {t.exportFormat[format]}
        </button>
      ))}
      <p className="export-menu__status" role="status">
        {state.busy ? t.exportPreparing : (state.done ?? '')}
      </p>
      {state.error && (
        <p className="export-menu__error" role="alert">
          {state.error}
        </p>
      )}
    </div>
  );
}
