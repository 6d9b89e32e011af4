// Faults and hostile input in the real VS Code: what the unit tests cannot show (the workbench's
// file system, comment threads, editors, the index under load). Each test names the promise of the
// README's "Guarantees" it proves.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { analyzeArticle, articleFormat } from '../../../src/core';
import { captureTarget, createSidecarDocument, parseSidecar, serializeSidecar, setAnnotations, utcTimestamp, type Annotation } from '../../../src/core/annotations';
import { escapeMarkdown } from '../../../src/core/markdownEscape';
import type { ClaimAnnotatorApi } from '../../../src/extension/api';
import { AnnotationStore } from '../../../src/extension/annotations/annotationStore';
import { AnnotationCommands } from '../../../src/extension/annotations/ids';
import { Commands } from '../../../src/extension/constants';
import { closeAllEditors, extensionApi, readIfExists, waitFor, workspaceFolder } from './claimAnnotatorHelpers';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
const PHRASE = 'The ferry will run every hour';
const ARTICLE = `Ferry test article

"${PHRASE}," said Captain Ines Calder on Monday.

The operator said fares rose 12 percent, twice the inflation rate.

"Nobody asked the crews," said Tom Reed, a deckhand.
`;
const LINK = '[x](command:workbench.action.quit)';
const IMG = '<img src=x onerror=alert(1)>';

type Level = 'info' | 'warning' | 'error';

interface Message {
  level: Level;
  text: string;
  /** The buttons offered. */
  items: string[];
}

/**
 * Records what the extension tells the reviewer. The extension and this suite share one API
 * object, so the window functions replaced here are the ones the extension calls. A message
 * without buttons is dismissed at once; one with buttons waits for `answer` (or `restore`).
 */
function recordMessages(): {
  messages: Message[];
  restore(): void;
  next(level: Level, pattern: RegExp): Promise<string>;
  answer(level: Level, pattern: RegExp, choice: string): void;
} {
  const win = vscode.window as unknown as Record<string, unknown>;
  const saved = { showInformationMessage: win.showInformationMessage, showWarningMessage: win.showWarningMessage, showErrorMessage: win.showErrorMessage };
  const messages: Message[] = [];
  const pending = new Map<Message, (choice: string | undefined) => void>();
  const waiters: { level: Level; pattern: RegExp; resolve(text: string): void }[] = [];
  const record = (level: Level) => (text: string, ...rest: unknown[]): Thenable<string | undefined> => {
    const message: Message = { level, text, items: rest.filter((r): r is string => typeof r === 'string') };
    messages.push(message);
    for (const w of waiters.filter((w) => w.level === level && w.pattern.test(text))) {
      waiters.splice(waiters.indexOf(w), 1);
      w.resolve(text);
    }
    if (message.items.length === 0) return Promise.resolve(undefined);
    return new Promise((resolve) => pending.set(message, resolve));
  };
  win.showInformationMessage = record('info');
  win.showWarningMessage = record('warning');
  win.showErrorMessage = record('error');
  return {
    messages,
    restore: () => {
      Object.assign(win, saved);
      for (const resolve of pending.values()) resolve(undefined);
      pending.clear();
    },
    next: (level, pattern) => {
      const seen = messages.find((m) => m.level === level && pattern.test(m.text));
      if (seen) return Promise.resolve(seen.text);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no ${level} message matching ${pattern} in ${JSON.stringify(messages)}`)), 20_000);
        waiters.push({ level, pattern, resolve: (text) => (clearTimeout(timer), resolve(text)) });
      });
    },
    answer: (level, pattern, choice) => {
      const message = [...pending.keys()].reverse().find((m) => m.level === level && pattern.test(m.text));
      assert.ok(message, `no open ${level} message matching ${pattern} in ${JSON.stringify(messages)}`);
      assert.ok(message.items.includes(choice), `${choice} is not offered: ${JSON.stringify(message.items)}`);
      pending.get(message)?.(choice);
      pending.delete(message);
    },
  };
}

/** Replaces a getter of the shared `vscode.workspace` object until `restore` (a seam into the extension's own calls). */
function overrideWorkspace<K extends 'isTrusted' | 'fs'>(key: K, value: (typeof vscode.workspace)[K]): () => void {
  const target = vscode.workspace as unknown as Record<string, unknown>;
  const original = Object.getOwnPropertyDescriptor(target, key);
  assert.ok(original?.configurable, `vscode.workspace.${key} cannot be replaced`);
  Object.defineProperty(target, key, { get: () => value, configurable: true, enumerable: original.enumerable });
  assert.strictEqual(target[key], value, `vscode.workspace.${key} was not replaced`);
  return () => Object.defineProperty(target, key, original);
}

function annotationOn(text: string, phrase: string, id: string, fields: Partial<Annotation> = {}): Annotation {
  const start = text.indexOf(phrase);
  assert.ok(start >= 0, phrase);
  return {
    id,
    target: captureTarget(text, start, start + phrase.length),
    verdict: 'unverified',
    note: 'From the other branch.',
    tags: [],
    reviewer: 'Another Reviewer',
    created: '2026-11-22T10:00:00Z',
    modified: '2026-11-22T10:00:00Z',
    ...fields,
  };
}

function sidecarText(article: string, annotations: Annotation[]): string {
  const doc = createSidecarDocument(article);
  setAnnotations(doc, annotations);
  return serializeSidecar(doc);
}

describe('faults and hostile input in the workbench', function () {
  this.timeout(120_000);
  let api: ClaimAnnotatorApi;
  const created: vscode.Uri[] = [];
  const feature = (): ClaimAnnotatorApi['annotations'] => api.annotations;
  const fileIn = (name: string): vscode.Uri => vscode.Uri.joinPath(workspaceFolder().uri, name);
  const sidecarOf = (uri: vscode.Uri): vscode.Uri => uri.with({ path: `${uri.path}.annotations.yaml` });
  const parsed = async (sidecar: vscode.Uri): Promise<Annotation[]> => {
    const text = await readIfExists(sidecar);
    assert.ok(text !== undefined, `${sidecar.path} exists`);
    const result = parseSidecar(text);
    assert.ok(result.ok, 'the sidecar parses');
    return result.sidecar.annotations;
  };
  /** A new article (and its future sidecar), indexed; removed after the suite. */
  const newArticle = async (name: string, text = ARTICLE): Promise<vscode.Uri> => {
    const uri = fileIn(name);
    created.push(uri, sidecarOf(uri));
    await vscode.workspace.fs.writeFile(uri, encode(text));
    await waitFor(`${name} in the index`, () => api.index.get(uri), 20_000);
    await feature().whenIdle();
    return uri;
  };
  const annotate = (uri: vscode.Uri, phrase: string, fields: { verdict?: string; note?: string; tags?: string } = {}): Thenable<string | undefined> => {
    const start = (api.index.get(uri)?.text ?? ARTICLE).indexOf(phrase);
    return vscode.commands.executeCommand<string | undefined>(AnnotationCommands.annotate, {
      uri: uri.toString(),
      start,
      end: start + phrase.length,
      verdict: 'unverified',
      note: 'A note.',
      tags: '',
      ...fields,
    });
  };

  before(async () => {
    api = await extensionApi();
  });

  after(async () => {
    await closeAllEditors();
    for (const uri of created) {
      try {
        fs.chmodSync(uri.fsPath, 0o644);
      } catch {
        // not there
      }
      await Promise.resolve(vscode.workspace.fs.delete(uri, { recursive: true })).catch(() => undefined);
    }
    await api.index.whenIdle();
    await feature().whenIdle();
  });

  it('Restricted Mode: annotating, changing a verdict and setting a speaker write nothing, and the reviewer is told why', async () => {
    const article = await newArticle('faults-untrusted.txt');
    const sidecar = sidecarOf(article);
    const id = await annotate(article, PHRASE, { verdict: 'accurate' });
    assert.ok(id, 'annotated while trusted');
    const before = await readIfExists(sidecar);
    const messages = recordMessages();
    const trustAgain = overrideWorkspace('isTrusted', false);
    try {
      assert.strictEqual(await annotate(article, 'twice the inflation'), undefined);
      assert.ok(messages.messages.some((m) => m.level === 'error' && /Restricted Mode/.test(m.text)), JSON.stringify(messages.messages));
      assert.strictEqual(await vscode.commands.executeCommand<boolean>(AnnotationCommands.changeVerdict, id, 'false'), false);
      assert.strictEqual(await vscode.commands.executeCommand<boolean>(AnnotationCommands.delete, id, true), false);
      const quote = api.index.get(article)?.analysis.quotes.find((q) => q.text.startsWith('Nobody'));
      assert.ok(quote);
      assert.strictEqual(await vscode.commands.executeCommand<boolean>(Commands.setSpeaker, { uri: article.toString(), offset: quote.start + 1 }, 'Someone Else'), false);
      await feature().whenIdle();
      assert.strictEqual(await readIfExists(sidecar), before, 'the sidecar is byte for byte as it was');
      assert.deepStrictEqual([...(feature().store.entry(article)?.records.keys() ?? [])], [id], 'nothing changed in memory either');
      assert.ok(messages.messages.filter((m) => /Restricted Mode/.test(m.text)).length >= 3, JSON.stringify(messages.messages));
    } finally {
      trustAgain();
      messages.restore();
    }
    // The same commands write once the workspace is trusted: the refusal above came from the trust check.
    assert.strictEqual(await vscode.commands.executeCommand<boolean>(AnnotationCommands.changeVerdict, id, 'false'), true);
    assert.deepStrictEqual((await parsed(sidecar)).map((a) => a.verdict), ['false']);
  });

  it('hostile note, reviewer, tag, verdict and speaker text in a comment thread renders inert', async () => {
    const article = await newArticle('faults-hostile-note.txt');
    const sidecar = sidecarOf(article);
    const payload = `${LINK} ${IMG} [y](https://example.invalid/"onmouseover=alert(1)) <script>alert(1)</script>`;
    const record = annotationOn(ARTICLE, PHRASE, '30000000-0000-4000-8000-000000000003', {
      note: `Note ${payload}`,
      reviewer: `Mallory ${payload}`,
      tags: [`tag ${LINK}`, `t ${IMG}`],
      verdict: `false ${LINK}`,
      speaker: `Speaker ${IMG} ${LINK}`,
    });
    // As received in a pull request: written straight to disk.
    fs.writeFileSync(sidecar.fsPath, sidecarText('faults-hostile-note.txt', [record]));
    const thread = await waitFor('the thread of the hostile annotation', () => feature().threads.thread(record.id), 15_000);
    const comment = thread.comments[0];
    const body = comment.body;
    assert.ok(body instanceof vscode.MarkdownString, 'the note is Markdown');
    assert.ok(body.isTrusted !== true && typeof body.isTrusted !== 'object', 'no command link of a note can run');
    assert.ok(!body.supportHtml, 'no HTML in a note');
    assert.ok(!body.supportThemeIcons, 'no theme icons');
    const [note, details] = body.value.split('\n\n---\n\n');
    assert.ok(note.includes(payload), 'the note is the reviewer’s own Markdown, rendered untrusted');
    assert.ok(details, 'tags and speaker are shown below the note');
    for (const raw of [LINK, IMG]) assert.ok(!details.includes(raw), `tags and speaker escaped: ${details}`);
    assert.ok(details.includes(escapeMarkdown(`tag ${LINK}`)) && details.includes(escapeMarkdown(`Speaker ${IMG} ${LINK}`)), details);
    // Names and labels are plain strings: VS Code renders them as text.
    assert.strictEqual(typeof comment.author.name, 'string');
    assert.strictEqual(typeof comment.label, 'string');
    assert.strictEqual(typeof thread.label, 'string');
    const node = feature().tree.nodeOf(record.id);
    assert.ok(node, 'listed in the Annotations view');
    const item = feature().tree.getTreeItem(node);
    const tooltip = item.tooltip;
    assert.ok(tooltip instanceof vscode.MarkdownString);
    assert.ok(tooltip.isTrusted !== true && typeof tooltip.isTrusted !== 'object' && !tooltip.supportHtml, 'the view’s tooltip runs nothing');
    assert.ok(!tooltip.value.includes(`Mallory ${LINK}`), `the reviewer is escaped in the tooltip: ${tooltip.value}`);
    // Editing shows the raw text as a plain string.
    await vscode.commands.executeCommand(AnnotationCommands.edit, comment);
    assert.strictEqual(typeof feature().threads.thread(record.id)?.comments[0].body, 'string');
    await vscode.commands.executeCommand(AnnotationCommands.cancelEdit, feature().threads.thread(record.id)?.comments[0]);
  });

  it('a 50 MB article is skipped with a notice; the articles around it are indexed as usual', async () => {
    const huge = fileIn('faults-huge.txt');
    const small = fileIn('faults-beside-huge.txt');
    created.push(huge, small);
    const before = api.index.articles().length;
    const messages = recordMessages();
    try {
      const paragraph = `"${PHRASE}," said Captain Ines Calder. The operator said fares rose 12 percent.\n\n`;
      fs.writeFileSync(huge.fsPath, paragraph.repeat(Math.ceil((50 * 1024 * 1024) / paragraph.length)));
      assert.ok(fs.statSync(huge.fsPath).size >= 50 * 1024 * 1024);
      fs.writeFileSync(small.fsPath, ARTICLE);
      const notice = await messages.next('info', /faults-huge\.txt/);
      assert.match(notice, /larger than claimAnnotator\.maxFileSize \(5120 KB\)/);
      await waitFor('the small article', () => api.index.get(small), 20_000);
      await api.index.whenIdle();
      assert.strictEqual(api.index.get(huge), undefined, 'the huge file is not an article');
      const expected = analyzeArticle(ARTICLE, { format: articleFormat('faults-beside-huge.txt'), fileName: 'faults-beside-huge.txt' });
      assert.deepStrictEqual(
        api.index.get(small)?.analysis.quotes.map((q) => [q.text, q.speaker]),
        expected.quotes.map((q) => [q.text, q.speaker]),
        'the article beside it is analysed as if alone',
      );
      // A full scan counts it among the skipped files.
      await vscode.commands.executeCommand(Commands.refresh);
      await api.index.whenIdle();
      assert.ok(messages.messages.some((m) => m.level === 'info' && /skipped \d+ file\(s\):.*\d+ larger than claimAnnotator\.maxFileSize/.test(m.text)), JSON.stringify(messages.messages));
      assert.strictEqual(api.index.get(huge), undefined);
      assert.strictEqual(api.index.articles().length, before + 1, 'every other article is still indexed');
    } finally {
      messages.restore();
      fs.rmSync(huge.fsPath, { force: true });
    }
  });

  it('a full disk, then a read-only sidecar: the error is shown, the change kept in memory and saved once the file can be written', async () => {
    const article = await newArticle('faults-refused.txt');
    const sidecar = sidecarOf(article);
    const id = await annotate(article, PHRASE, { verdict: 'accurate' });
    assert.ok(id);
    await feature().whenIdle();
    const saved = await readIfExists(sidecar);
    assert.ok(saved?.includes('verdict: accurate'));
    const messages = recordMessages();
    try {
      // A full disk: the temporary file cannot be written in full. It stays full until Retry: the
      // watcher's late report of an earlier write also makes the store try to write what it keeps.
      const realFs = vscode.workspace.fs;
      let full = true;
      const failing: vscode.FileSystem = {
        stat: (uri) => realFs.stat(uri),
        readFile: (uri) => realFs.readFile(uri),
        readDirectory: (uri) => realFs.readDirectory(uri),
        createDirectory: (uri) => realFs.createDirectory(uri),
        delete: (uri, options) => realFs.delete(uri, options),
        rename: (from, to, options) => realFs.rename(from, to, options),
        copy: (from, to, options) => realFs.copy(from, to, options),
        isWritableFileSystem: (scheme) => realFs.isWritableFileSystem(scheme),
        writeFile: async (uri, bytes) => {
          if (!full) return realFs.writeFile(uri, bytes);
          // What a full disk leaves: the first bytes, then ENOSPC.
          await realFs.writeFile(uri, bytes.slice(0, Math.floor(bytes.length / 3)));
          throw new vscode.FileSystemError('ENOSPC: no space left on device, write');
        },
      };
      const diskBack = overrideWorkspace('fs', failing);
      try {
        const second = await annotate(article, 'twice the inflation', { verdict: 'false', note: 'Written on a full disk.' });
        assert.ok(second, 'the new annotation is kept');
        assert.match(await messages.next('error', /no space left/), /kept in this window/);
        await feature().whenIdle();
        assert.strictEqual(await readIfExists(sidecar), saved, 'the sidecar is unchanged');
        const folder = path.dirname(sidecar.fsPath);
        assert.deepStrictEqual(fs.readdirSync(folder).filter((f) => f.endsWith('.tmp')), [], 'no partial temporary file is left');
        assert.deepStrictEqual([...(feature().store.entry(article)?.records.keys() ?? [])].sort(), [id, second].sort());
        assert.ok(feature().threads.thread(second), 'and shown');
        // Space again (nothing on disk tells the extension so): Retry in the message writes what was kept.
        full = false;
        messages.answer('error', /no space left/, 'Retry');
        await waitFor('the annotation kept on the full disk to be written', async () => ((await parsed(sidecar)).length === 2 ? true : undefined), 15_000);
      } finally {
        diskBack();
      }
      await feature().whenIdle();
      assert.strictEqual(feature().store.entry(article)?.unsaved, false);
      const written = await readIfExists(sidecar);

      // Read-only: a rename would replace it even so (and root may write anyway); it must be left alone.
      fs.chmodSync(sidecar.fsPath, 0o444);
      const inode = fs.statSync(sidecar.fsPath).ino;
      assert.strictEqual(await vscode.commands.executeCommand<boolean>(AnnotationCommands.changeVerdict, id, 'misleading'), true, 'the change is kept');
      assert.match(await messages.next('error', /read-only/), /could not write faults-refused\.txt\.annotations\.yaml \(faults-refused\.txt\.annotations\.yaml is read-only/);
      await feature().whenIdle();
      assert.strictEqual(await readIfExists(sidecar), written, 'the read-only file is unchanged');
      assert.strictEqual(fs.statSync(sidecar.fsPath).ino, inode, 'and was not replaced');
      assert.strictEqual(fs.statSync(sidecar.fsPath).mode & 0o777, 0o444);
      assert.strictEqual(feature().store.entry(article)?.records.get(id)?.verdict, 'misleading', 'kept in memory');
      assert.strictEqual(feature().store.entry(article)?.unsaved, true);
      assert.match(feature().threads.thread(id)?.label ?? '', /^misleading/);
      // Writable again: the watcher sees the file change (its mode) and the kept change is written, no Retry needed.
      fs.chmodSync(sidecar.fsPath, 0o644);
      await waitFor('the kept change to be written', async () => ((await parsed(sidecar)).find((a) => a.id === id)?.verdict === 'misleading' ? true : undefined), 15_000);
      await feature().whenIdle();
      assert.strictEqual(feature().store.entry(article)?.unsaved, false);
      assert.deepStrictEqual((await parsed(sidecar)).map((a) => [a.verdict, a.note]).sort(), [['false', 'Written on a full disk.'], ['misleading', 'A note.']]);
    } finally {
      messages.restore();
      fs.chmodSync(sidecar.fsPath, 0o644);
    }
  });

  it('a sidecar that is a symbolic link is read but never replaced nor written through; the reviewer is told before typing', async () => {
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'claim-annotator-link-'));
    const target = path.join(outside, 'shared.annotations.yaml');
    const record = annotationOn(ARTICLE, PHRASE, '30000000-0000-4000-8000-000000000004');
    fs.writeFileSync(target, sidecarText('faults-linked.txt', [record]));
    const targetBytes = fs.readFileSync(target);
    const article = fileIn('faults-linked.txt');
    const link = sidecarOf(article);
    created.push(article, link);
    fs.symlinkSync(target, link.fsPath);
    const messages = recordMessages();
    try {
      await newArticle('faults-linked.txt');
      const thread = await waitFor('the linked annotation', () => feature().threads.thread(record.id), 15_000);
      assert.match(thread.label ?? '', /read-only/);
      assert.strictEqual(thread.canReply, false);
      assert.strictEqual(await annotate(article, 'twice the inflation'), undefined);
      assert.match(await messages.next('error', /cannot annotate/), /symbolic link/);
      assert.strictEqual(await vscode.commands.executeCommand<boolean>(AnnotationCommands.changeVerdict, record.id, 'false'), false);
      const quote = api.index.get(article)?.analysis.quotes.find((q) => q.text.startsWith('Nobody'));
      assert.ok(quote);
      assert.strictEqual(await vscode.commands.executeCommand<boolean>(Commands.setSpeaker, { uri: article.toString(), offset: quote.start + 1 }, 'Someone Else'), false);
      assert.match(await messages.next('error', /speaker was not saved/), /symbolic link/);
      await feature().whenIdle();
      assert.ok(fs.lstatSync(link.fsPath).isSymbolicLink(), 'still a link');
      assert.ok(fs.readFileSync(target).equals(targetBytes), 'the file it points at is unchanged');
    } finally {
      messages.restore();
      fs.rmSync(outside, { recursive: true, force: true });
    }
  });

  it('two windows on one sidecar: concurrent changes through the real workspace.fs are merged by id, none lost', async () => {
    const article = await newArticle('faults-two-windows.txt');
    const sidecar = sidecarOf(article);
    // The second window: its own store, memory and write queue, no file watcher (the slowest to learn of the other's writes).
    const other = new AnnotationStore();
    const ids = (n: number): string => `40000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
    const addInOther = (id: string, phrase: string, note: string): Promise<unknown> =>
      other.change(article, (entry, text) => {
        assert.ok(text !== undefined);
        entry.records.set(id, annotationOn(text, phrase, id, { note, reviewer: 'Window Two', created: '2026-11-22T11:00:00Z', modified: '2026-11-22T11:00:00Z' }));
        return true;
      });
    try {
      await other.load(article);
      const first = await annotate(article, PHRASE, { note: 'Window one.' });
      assert.ok(first);
      // Window two has not seen window one's write: its write merges with the file instead of replacing it.
      assert.deepStrictEqual(await addInOther(ids(1), 'twice the inflation rate', 'Window two.'), { kind: 'saved' });
      assert.deepStrictEqual((await parsed(sidecar)).map((a) => a.id).sort(), [first, ids(1)].sort());

      // Both at once, again and again: each window adds one, window two edits window one's note.
      const expected = new Set([first, ids(1)]);
      for (let round = 0; round < 6; round++) {
        const [mine] = await Promise.all([
          annotate(article, 'Nobody asked the crews', { note: `Window one, round ${round}.` }),
          addInOther(ids(100 + round), 'fares rose 12 percent', `Window two, round ${round}.`),
          other.change(article, (entry) => {
            const record = entry.records.get(first);
            if (!record) return false;
            // Each edit later than the one before (and than the note's creation): the newest edit wins a merge.
            entry.records.set(first, { ...record, note: `Edited in window two, round ${round}.`, modified: utcTimestamp(new Date(Date.now() + (round + 1) * 1000)) });
            return true;
          }),
        ]);
        assert.ok(mine);
        expected.add(mine).add(ids(100 + round));
      }
      await feature().whenIdle();
      await other.whenIdle();
      const onDisk = await parsed(sidecar);
      assert.deepStrictEqual(onDisk.map((a) => a.id).sort(), [...expected].sort(), 'every annotation of both windows is in the file');
      assert.strictEqual(onDisk.find((a) => a.id === first)?.note, 'Edited in window two, round 5.', 'the last edit of a note wins');
      // Both windows end up holding what the file holds.
      await other.sidecarChanged(sidecar);
      await waitFor('window one to catch up', () => (feature().store.entry(article)?.records.size === expected.size ? true : undefined), 15_000);
      for (const store of [feature().store, other]) {
        assert.deepStrictEqual([...(store.entry(article)?.records.keys() ?? [])].sort(), [...expected].sort());
      }
    } finally {
      other.dispose();
    }
  });

  it('the article renamed, then deleted, while its comment thread is open: the thread follows then goes, the sidecar follows then stays', async () => {
    const article = await newArticle('faults-rename.txt');
    const renamed = fileIn('faults-renamed.txt');
    created.push(renamed, sidecarOf(renamed));
    const id = await annotate(article, PHRASE, { note: 'Follow me.' });
    assert.ok(id);
    await vscode.window.showTextDocument(article);
    feature().threads.expand(id);
    const watchDisposal = (thread: vscode.CommentThread): { disposed: boolean } => {
      const seen = { disposed: false };
      const dispose = thread.dispose.bind(thread);
      thread.dispose = () => {
        seen.disposed = true;
        dispose();
      };
      return seen;
    };
    const open = feature().threads.thread(id);
    assert.ok(open);
    assert.strictEqual(open.collapsibleState, vscode.CommentThreadCollapsibleState.Expanded);
    const first = watchDisposal(open);

    const edit = new vscode.WorkspaceEdit();
    edit.renameFile(article, renamed);
    assert.ok(await vscode.workspace.applyEdit(edit));
    const moved = await waitFor('the thread on the renamed article', () => (feature().threads.thread(id)?.uri.toString() === renamed.toString() ? feature().threads.thread(id) : undefined), 15_000);
    await feature().whenIdle();
    assert.ok(first.disposed, 'the thread on the old name is disposed');
    assert.strictEqual(moved.range?.start.line, 2);
    assert.strictEqual(await readIfExists(sidecarOf(article)), undefined, 'the sidecar moved');
    assert.deepStrictEqual((await parsed(sidecarOf(renamed))).map((a) => [a.id, a.note]), [[id, 'Follow me.']]);

    await vscode.window.showTextDocument(renamed);
    feature().threads.expand(id);
    const second = watchDisposal(moved);
    const kept = await readIfExists(sidecarOf(renamed));
    const messages = recordMessages();
    try {
      const removal = new vscode.WorkspaceEdit();
      removal.deleteFile(renamed);
      assert.ok(await vscode.workspace.applyEdit(removal));
      assert.match(await messages.next('info', /faults-renamed\.txt/), /kept in faults-renamed\.txt\.annotations\.yaml/);
    } finally {
      messages.restore();
    }
    await waitFor('the thread to go with the text', () => (second.disposed && !feature().threads.thread(id) ? true : undefined), 15_000);
    assert.strictEqual(feature().store.find(id)?.anchorOf(id).status, 'orphan', 'listed as an orphan');
    assert.strictEqual(await readIfExists(sidecarOf(renamed)), kept, 'the sidecar is kept byte for byte');

    // The article comes back (an undo, a checkout): so does the thread, where it was.
    fs.writeFileSync(renamed.fsPath, ARTICLE);
    const back = await waitFor('the thread back', () => feature().threads.thread(id), 15_000);
    assert.strictEqual(back.range?.start.line, 2);
    assert.strictEqual(feature().store.find(id)?.records.get(id)?.note, 'Follow me.');
    await closeAllEditors();
  });

  it('a git checkout swaps article and sidecar under an open editor: reloaded, re-anchored, the new sidecar never written over', async () => {
    const article = await newArticle('faults-checkout.txt');
    const sidecar = sidecarOf(article);
    const mine = await annotate(article, PHRASE, { note: 'On main.' });
    assert.ok(mine);
    const mainSidecar = await readIfExists(sidecar);
    assert.ok(mainSidecar);
    const BRANCH = 'Ferry test article, updated\n\nThe operator now says fares rose 15 percent.\n\n"Nobody asked the crews," said Tom Reed, a deckhand, on Tuesday.\n';
    const theirs = annotationOn(BRANCH, 'Nobody asked the crews', '30000000-0000-4000-8000-000000000006', { verdict: 'accurate' });
    const branchSidecar = sidecarText('faults-checkout.txt', [theirs]);
    const editor = await vscode.window.showTextDocument(article);
    /** What git does: each file unlinked and written anew, in path order. */
    const checkout = (articleText: string, sidecarContent: string): void => {
      for (const [uri, text] of [[article, articleText], [sidecar, sidecarContent]] as const) {
        fs.unlinkSync(uri.fsPath);
        fs.writeFileSync(uri.fsPath, text);
      }
    };

    checkout(BRANCH, branchSidecar);
    await waitFor('the editor to reload', () => (editor.document.getText() === BRANCH ? true : undefined), 15_000);
    const thread = await waitFor('their thread', () => feature().threads.thread(theirs.id), 15_000);
    // (It may be disposed and created again on the way: their text is in both versions of the article.)
    await waitFor('my thread to go', () => (feature().threads.thread(mine) ? undefined : true), 15_000);
    await feature().whenIdle();
    const anchor = feature().store.entry(article)?.anchorOf(theirs.id);
    assert.deepStrictEqual([anchor?.status, anchor?.start], ['exact', theirs.target.start]);
    const where = editor.document.positionAt(theirs.target.start);
    await waitFor(`the thread on their text at ${where.line}:${where.character} (it is at ${JSON.stringify(thread.range?.start)})`, () => (feature().threads.thread(theirs.id)?.range?.start.isEqual(where) ? true : undefined), 5_000);
    assert.deepStrictEqual([...(feature().store.entry(article)?.records.keys() ?? [])], [theirs.id], 'mine is not held on to');
    assert.strictEqual(await readIfExists(sidecar), branchSidecar, 'the checked-out sidecar is not written over');

    // A change made now goes on top of their file, and does not bring mine back.
    assert.strictEqual(await vscode.commands.executeCommand<boolean>(AnnotationCommands.changeVerdict, theirs.id, 'misleading'), true);
    assert.deepStrictEqual((await parsed(sidecar)).map((a) => [a.id, a.verdict]), [[theirs.id, 'misleading']]);

    // And back to main.
    checkout(ARTICLE, mainSidecar);
    await waitFor('the editor to reload main', () => (editor.document.getText() === ARTICLE ? true : undefined), 15_000);
    await waitFor('my thread back', () => feature().threads.thread(mine), 15_000);
    await waitFor('their thread to go', () => (feature().threads.thread(theirs.id) ? undefined : true), 15_000);
    await feature().whenIdle();
    assert.strictEqual(await readIfExists(sidecar), mainSidecar);
    await closeAllEditors();
  });

  it('the extension host keeps answering hovers while a workspace with a 1 MB and a 20 MB article is indexed', async function () {
    this.timeout(300_000);
    const phases: string[] = [];
    const begun = Date.now();
    const phase = (name: string): number => phases.push(`${name} at ${Date.now() - begun} ms`);
    const folder = fileIn('faults-load');
    created.push(folder);
    fs.mkdirSync(folder.fsPath, { recursive: true });
    const paragraph = (i: number): string => `Officials met on day ${i}. "We will finish the bridge by ${2030 + (i % 5)}," said Mayor Ada Quill. The council said costs rose ${i % 40} percent.\n\n`;
    const articleOf = (bytes: number, seed: number): string => {
      const parts = [`Load article ${seed}\n\n`];
      let length = parts[0].length;
      for (let i = seed; length < bytes; i++) {
        parts.push(paragraph(i));
        length += parts[parts.length - 1].length;
      }
      return parts.join('');
    };
    const COUNT = 60;
    for (let n = 0; n < COUNT; n++) fs.writeFileSync(path.join(folder.fsPath, `load-${String(n).padStart(3, '0')}.txt`), articleOf(24_000, n));
    fs.writeFileSync(path.join(folder.fsPath, 'load-large.txt'), articleOf(1024 * 1024, 7));
    // Above claimAnnotator.maxFileSize: analysing it would hold the extension host for many seconds.
    fs.writeFileSync(path.join(folder.fsPath, 'load-huge.txt'), articleOf(20 * 1024 * 1024, 11));
    phase('written');
    const probe = await newArticle('faults-probe.txt');
    phase('probe indexed');
    // Indexed by a full scan rather than by the file watcher, which may report a new folder instead of its files.
    await vscode.commands.executeCommand(Commands.refresh);
    await api.index.whenIdle();
    assert.strictEqual(api.index.articles().filter((a) => a.relativePath.startsWith('faults-load/')).length, COUNT + 1, `the load articles are indexed (${phases.join(', ')})`);
    phase('all indexed');
    const quote = api.index.get(probe)?.analysis.quotes[0];
    assert.ok(quote);
    const document = await vscode.workspace.openTextDocument(probe);
    const at = document.positionAt(quote.start + 2);

    // A full re-index: the index analyses one file at a time and yields between slices of 12 ms.
    let done = false;
    const started = Date.now();
    const scan = Promise.resolve(vscode.commands.executeCommand(Commands.refresh)).then(() => (done = true));
    const latencies: number[] = [];
    while (!done) {
      const sent = Date.now();
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', probe, at);
      latencies.push(Date.now() - sent);
      assert.ok(hovers.length > 0, 'the hover answers');
    }
    await scan;
    const total = Date.now() - started;
    const worst = Math.max(...latencies);
    // The worst wait is one article's analysis (the 1 MB one), never the whole scan. That one
    // analysis is not cut into slices: 60–300 ms here, by how far V8 has compiled the engine in the
    // host, which can pass half of a short scan (299 ms of 585 once, in CI); a host that blocked for
    // the scan would keep a hover waiting the whole of it, well past both bounds.
    assert.ok(latencies.length >= 5, `only ${latencies.length} hovers answered during a ${total} ms scan`);
    assert.ok(worst < Math.max(total / 2, 400), `a hover waited ${worst} ms during a ${total} ms scan (latencies ${latencies.join(', ')}; ${phases.join(', ')})`);
    assert.strictEqual(api.index.get(vscode.Uri.joinPath(folder, 'load-huge.txt')), undefined, 'the 20 MB article is skipped');
    console.log(`responsiveness: ${latencies.length} hovers during a ${total} ms scan, worst ${worst} ms; ${phases.join(', ')}`);
  });
});
