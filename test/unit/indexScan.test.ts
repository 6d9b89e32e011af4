import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { bundle, type Bundle } from './helpers/bundle';

interface Outcome {
  notices: string[];
  articles: string[];
  stats: number;
}

/**
 * The extension's ArticleIndex over the bench's stub `vscode`: a file read by a full scan and, at
 * the same time, by the file watcher (a large file still being written) is counted in the scan's
 * notice by what was read, and indexed by what was read last.
 */
describe('article index: a scan racing a newer read of the same file', function () {
  this.timeout(60_000);
  let dir: string;
  let race: Bundle;
  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claim-annotator-index-scan-'));
    fs.writeFileSync(path.join(dir, 'ferry.txt'), '"The crossing reopens on Monday," said Captain Ines Calder.\n');
    fs.writeFileSync(path.join(dir, 'report.txt'), '"Fares rose 12 percent," the operator said.\n');
    race = await bundle('test/unit/helpers/indexScanRace.ts', { vscodeStub: true });
  });
  after(() => {
    race.dispose();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  function run(newer: 'grown' | 'shrunk'): Outcome {
    const r = race.run([dir, 'report.txt', newer]);
    assert.strictEqual(r.status, 0, r.stderr);
    return JSON.parse(r.stdout) as Outcome;
  }

  it('a file still too large when read again is named in the scan notice', () => {
    const out = run('grown');
    assert.strictEqual(out.stats, 2, 'the scan and the newer read each looked at the file');
    assert.deepStrictEqual(out.articles, ['ferry.txt']);
    assert.deepStrictEqual(out.notices, ['Claim Annotator skipped 1 file(s): 1 larger than claimAnnotator.maxFileSize (5120 KB).']);
  });

  it('a file that shrank below the limit by the newer read is indexed and not counted as skipped', () => {
    const out = run('shrunk');
    assert.strictEqual(out.stats, 2);
    assert.deepStrictEqual(out.articles, ['ferry.txt', 'report.txt']);
    assert.deepStrictEqual(out.notices, []);
  });
});
