import { useState } from 'preact/hooks';
import { localDay } from '@/lib/dates';
import { EXPORT_FORMATS } from '@/lib/export/formats';
import { EXPORT_FORMAT_IDS, type ExportFormatId, type ExportInput } from '@/lib/export/types';
import { downloadText } from './download';

interface Props {
  /** What to export when a button is pressed (the selection, the filter, the page, everything). */
  load: (format: ExportFormatId) => Promise<ExportInput>;
  /** Part of the file name: "library", "page", "selection". */
  scope: string;
  formats?: readonly ExportFormatId[];
}

const papers = (count: number) => `${count.toLocaleString()} ${count === 1 ? 'paper' : 'papers'}`;

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** One button per format; each downloads a file and says how many papers went into it. */
export function ExportButtons({ load, scope, formats = EXPORT_FORMAT_IDS }: Props) {
  const [status, setStatus] = useState('');
  const run = async (id: ExportFormatId) => {
    const format = EXPORT_FORMATS[id];
    try {
      setStatus('Reading the library…');
      const input = await load(id);
      setStatus(`Writing ${papers(input.papers.length)} as ${format.label}…`);
      await nextFrame();
      const text = format.write(input);
      const filename = `margin-${scope}-${localDay(input.exportedAt)}.${format.extension}`;
      downloadText(document, filename, format.mime, text);
      setStatus(`Exported ${papers(input.papers.length)} to ${filename}`);
    } catch (error) {
      setStatus(`Export failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  return (
    <div class="export">
      <div class="export-buttons">
        {formats.map((id) => (
          <button key={id} type="button" data-margin-export={id} onClick={() => void run(id)}>
            {EXPORT_FORMATS[id].label}
          </button>
        ))}
      </div>
      <p class="export-status" role="status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}
