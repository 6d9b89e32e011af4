/**
 * Bundled and run by indexScan.test.ts, with `vscode` answered by the bench's stub: a full scan
 * reads one file while a newer read of the same file starts (as the file watcher does while a large
 * file is still being written). Prints the scan's notices and the indexed articles as one JSON line.
 *
 * Usage: indexScanRace <folder> <file name> <grown|shrunk>: the scan's read sees the file larger
 * than the size limit; the newer read sees it still so (grown) or at its real size (shrunk).
 */
import { ArticleIndex } from '../../../src/extension/index/articleIndex';
import { setWorkspaceFolders, window, workspace, type Uri } from '../../../bench/vscodeStub';

async function main(): Promise<void> {
  const [dir, name, newer] = process.argv.slice(2);
  setWorkspaceFolders([dir]);
  const index = new ArticleIndex({});
  const notices: string[] = [];
  window.showInformationMessage = (...args: unknown[]) => {
    const [message] = args as [string];
    notices.push(message);
    return Promise.resolve(undefined);
  };
  const stat = workspace.fs.stat.bind(workspace.fs);
  let stats = 0;
  workspace.fs.stat = async (uri: Uri) => {
    const s = await stat(uri);
    if (!uri.path.endsWith(`/${name}`)) return s;
    if (++stats === 1) {
      // The scan's read: the newer read begins before this one is settled.
      void index.reanalyze(uri);
      return { ...s, size: 64 * 1024 * 1024 };
    }
    return newer === 'grown' ? { ...s, size: 64 * 1024 * 1024 } : s;
  };
  await index.start();
  await index.whenIdle();
  process.stdout.write(`${JSON.stringify({ notices, articles: index.articles().map((a) => a.relativePath), stats })}\n`);
  index.dispose();
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
