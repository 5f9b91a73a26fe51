// Two independent readers of Word files: python-docx (lxml underneath, strict about XML) and
// LibreOffice. A file both open is one Word opens too.
import { spawnSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';

function run(
  cmd: string,
  args: string[],
  timeout = 180_000,
): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout, maxBuffer: 50_000_000 });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Every paragraph's text (body, then table cells) as python-docx reads it; throws with python's words if it cannot open the file. */
export function pythonDocxText(path: string): string[] {
  const script = [
    'import docx, json, sys',
    'from docx.oxml.ns import qn',
    'from docx.text.run import Run',
    // python-docx 0.8's Paragraph.text leaves out hyperlinks' runs (a contact's mailto link); 1.x reads them.
    'def text(p):',
    '    runs = []',
    '    for c in p._p:',
    '        if c.tag == qn("w:r"): runs.append(c)',
    '        elif c.tag == qn("w:hyperlink"): runs.extend(r for r in c if r.tag == qn("w:r"))',
    '    return "".join(Run(r, p).text for r in runs)',
    'd = docx.Document(sys.argv[1])',
    'out = [text(p) for p in d.paragraphs]',
    'for t in d.tables:',
    '    for row in t.rows:',
    '        for cell in row.cells:',
    '            out.extend(text(p) for p in cell.paragraphs)',
    'out.append(d.core_properties.title or "")',
    'sys.stdout.write(json.dumps(out))',
  ].join('\n');
  const r = run('/usr/bin/python3', ['-c', script, path]);
  if (r.status !== 0)
    throw new Error(`python-docx could not open ${basename(path)}: ${r.stderr.trim().split('\n').at(-1)}`);
  return JSON.parse(r.stdout) as string[];
}

/** Converts each file to PDF with LibreOffice and returns each PDF's text; throws if any is not converted. */
export async function libreOfficeText(paths: string[], outDir: string): Promise<string[]> {
  await mkdir(outDir, { recursive: true });
  // A fresh profile per run: a shared one can be locked by another soffice.
  const profile = pathToFileURL(join(outDir, 'lo-profile')).href;
  const r = run('soffice', [
    `-env:UserInstallation=${profile}`,
    '--headless',
    '--convert-to',
    'pdf',
    '--outdir',
    outDir,
    ...paths,
  ]);
  return paths.map((p) => {
    const pdf = join(outDir, basename(p).replace(/\.docx$/, '.pdf'));
    const text = run('pdftotext', ['-enc', 'UTF-8', pdf, '-']);
    if (text.status !== 0)
      throw new Error(`LibreOffice did not convert ${basename(p)} (${r.stderr.trim() || r.stdout.trim()})`);
    return text.stdout;
  });
}
