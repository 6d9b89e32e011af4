import * as assert from 'assert';
import { promises as nodeFs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { parseDocument } from 'yaml';
import { captureTarget, parseSidecar, utcTimestamp, type Annotation } from '../../../src/core/annotations';
import type { ClaimAnnotatorApi } from '../../../src/extension/api';
import { ORPHANS_LABEL } from '../../../src/extension/annotations/annotationsTree';
import { AnnotationCommands } from '../../../src/extension/annotations/ids';
import { NEEDS_CONFIRMATION } from '../../../src/extension/annotations/verdictDecorations';
import { Commands } from '../../../src/extension/constants';
import { closeAllEditors, extensionApi, labelOf, readIfExists, waitFor, workspaceFolder } from './claimAnnotatorHelpers';
import { screenshot } from './screenshot';

const PIER = 'The new pier will open in May';
/** The engine's quote: the text inside the marks, comma included. */
const PIER_QUOTE = `${PIER},`;
const ARTICLE = `Harbour pier test article

"${PIER}," said Mayor Ada Quill on Monday.

The council said the project cost 4.2 million crowns, twice the first estimate.

Critics disagreed. "Nobody asked the fishermen," said Tom Reed, a local skipper.
`;
const REVIEWER = 'Test Reviewer';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
const decode = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);

describe('annotations', function () {
  this.timeout(60_000);
  let api: ClaimAnnotatorApi;
  let article: vscode.Uri;
  let sidecar: vscode.Uri;
  let renamed: vscode.Uri | undefined;
  let pierId: string;

  const feature = (): ClaimAnnotatorApi['annotations'] => api.annotations;
  const readSidecar = async (uri = sidecar): Promise<string> => decode(await vscode.workspace.fs.readFile(uri));
  const parsed = async (uri = sidecar): Promise<Annotation[]> => {
    const result = parseSidecar(await readSidecar(uri));
    assert.ok(result.ok, 'the sidecar parses');
    return result.sidecar.annotations;
  };
  const anchorOf = (id: string): { status: string; start: number; end: number } | undefined => feature().store.find(id)?.anchors.get(id);
  const orphanLabels = (): string[] => {
    const root = feature().tree.getChildren().find((n) => n.kind === 'article' && n.entry.key === article.toString());
    const group = root && feature().tree.getChildren(root).find((n) => n.kind === 'orphans');
    if (group) assert.strictEqual(labelOf(feature().tree.getTreeItem(group)), ORPHANS_LABEL);
    return group ? feature().tree.getChildren(group).map((n) => labelOf(feature().tree.getTreeItem(n))) : [];
  };

  before(async () => {
    api = await extensionApi();
    await vscode.workspace.getConfiguration('claimAnnotator').update('reviewer', REVIEWER, vscode.ConfigurationTarget.Workspace);
    article = vscode.Uri.joinPath(workspaceFolder().uri, 'annotations-pier.txt');
    sidecar = article.with({ path: `${article.path}.annotations.yaml` });
    await vscode.workspace.fs.writeFile(article, encode(ARTICLE));
    await waitFor('the test article to be indexed', () => api.index.get(article), 10_000);
    await api.index.whenIdle();
  });

  after(async () => {
    await closeAllEditors();
    for (const uri of [article, sidecar, ...(renamed ? [renamed, renamed.with({ path: `${renamed.path}.annotations.yaml` })] : [])]) {
      await Promise.resolve(vscode.workspace.fs.delete(uri)).catch(() => undefined);
    }
    await vscode.workspace.getConfiguration('claimAnnotator').update('reviewer', undefined, vscode.ConfigurationTarget.Workspace);
    await waitFor('the test article to leave the index', () => (api.index.get(article) ? undefined : true), 10_000);
    await api.index.whenIdle();
    await feature().whenIdle();
  });

  it('Annotate… on a quote writes the sidecar with every field, and shows a thread, a box and a view item', async () => {
    const offset = ARTICLE.indexOf(PIER) + 5;
    const id = await vscode.commands.executeCommand<string | undefined>(AnnotationCommands.annotate, {
      uri: article.toString(),
      offset,
      verdict: 'misleading',
      note: 'The *contract* says **June**. <img src=x> [run](command:workbench.action.quit)',
      tags: 'pier, dates, pier',
    });
    assert.ok(id && UUID.test(id), `annotate returned ${id}`);
    pierId = id;
    const [stored, ...others] = await parsed();
    assert.strictEqual(others.length, 0);
    assert.strictEqual(stored.id, id);
    assert.strictEqual(stored.target.exact, PIER_QUOTE, 'an empty selection snaps to the quote under the cursor');
    assert.strictEqual(stored.target.start, ARTICLE.indexOf(PIER));
    assert.strictEqual(stored.target.end, ARTICLE.indexOf(PIER) + PIER_QUOTE.length);
    assert.strictEqual(stored.target.prefix, ARTICLE.slice(0, ARTICLE.indexOf(PIER)).slice(-32));
    assert.strictEqual(stored.verdict, 'misleading');
    assert.deepStrictEqual(stored.tags, ['pier', 'dates']);
    assert.strictEqual(stored.reviewer, REVIEWER);
    assert.strictEqual(stored.speaker, api.index.get(article)?.analysis.quotes.find((q) => q.text === PIER_QUOTE)?.speaker ?? undefined);
    assert.match(stored.created, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    assert.strictEqual(stored.modified, stored.created);
    assert.match(await readSidecar(), /^version: 1\narticle: annotations-pier\.txt\n/);

    const thread = feature().threads.thread(id);
    assert.ok(thread, 'a comment thread');
    assert.strictEqual(thread.uri.toString(), article.toString());
    assert.strictEqual(thread.label, 'misleading');
    const body = thread.comments[0].body;
    assert.ok(body instanceof vscode.MarkdownString);
    assert.ok(!body.isTrusted, 'notes render untrusted: no command links');
    assert.ok(!body.supportHtml);
    assert.strictEqual(thread.comments[0].author.name, REVIEWER);
    const start = thread.range?.start;
    assert.deepStrictEqual([start?.line, start?.character], [2, 1]);

    await vscode.window.showTextDocument(article);
    await waitFor('the verdict box', () => feature().decorations.appliedSpans(article).misleading?.length === 1 || undefined);
    assert.deepStrictEqual(feature().decorations.appliedSpans(article).misleading, [{ start: stored.target.start, end: stored.target.end }]);

    const node = feature().tree.nodeOf(id);
    assert.ok(node, 'listed in the Annotations view');
    assert.strictEqual(labelOf(feature().tree.getTreeItem(node)), `“${PIER_QUOTE}”`);
    assert.strictEqual(node.kind === 'annotation' && node.parent.kind === 'verdict' ? node.parent.verdict : undefined, 'misleading');
    await closeAllEditors();
  });

  it('keeps speaker corrections and comments in the same file, both ways', async () => {
    const quote = api.index.get(article)?.analysis.quotes.find((q) => q.text.startsWith('Nobody asked'));
    assert.ok(quote, 'the engine finds the second quote');
    const withComment = `# reviewed by the test\n${await readSidecar()}`;
    await vscode.workspace.fs.writeFile(sidecar, encode(withComment));
    assert.strictEqual(await vscode.commands.executeCommand<boolean>(Commands.setSpeaker, { uri: article.toString(), offset: quote.start + 1 }, 'Skipper Tom'), true);
    let text = await readSidecar();
    assert.match(text, /# reviewed by the test/);
    assert.match(text, /speaker: Skipper Tom/);
    assert.ok(text.includes(pierId), 'Set Speaker kept the annotation');

    // A selection inside the quote (a range, as an editor gives it) is taken as it is, with the quote's corrected speaker.
    const line = ARTICLE.split('\n').findIndex((l) => l.includes('fishermen'));
    const column = ARTICLE.split('\n')[line].indexOf('fishermen');
    const range = new vscode.Range(line, column, line, column + 'fishermen'.length);
    const second = await vscode.commands.executeCommand<string>(AnnotationCommands.annotate, { uri: article.toString(), range, verdict: 'opinion', note: '', tags: [] });
    assert.ok(second);
    const added = (await parsed()).find((a) => a.id === second);
    assert.strictEqual(added?.target.exact, 'fishermen');
    assert.strictEqual(added?.speaker, 'Skipper Tom');
    text = await readSidecar();
    assert.match(text, /# reviewed by the test/);
    assert.match(text, /speakers:\n\s+- quote: \{ start: \d+, end: \d+, exact: "Nobody asked the fishermen," \}\n\s+speaker: Skipper Tom/);
    assert.strictEqual((await parsed()).length, 2);
    assert.strictEqual(await vscode.commands.executeCommand<boolean>(AnnotationCommands.delete, second, true), true);
    assert.deepStrictEqual((await parsed()).map((a) => a.id), [pierId]);
    assert.match(await readSidecar(), /speaker: Skipper Tom/);
  });

  it('reloads a sidecar changed on disk and merges it by id', async () => {
    const doc = parseDocument(await readSidecar());
    doc.setIn(['annotations', 0, 'verdict'], 'false');
    // Edited elsewhere just now: not older than the copy here, so the file's version wins.
    doc.setIn(['annotations', 0, 'modified'], utcTimestamp(new Date()));
    const cost = ARTICLE.indexOf('4.2 million crowns');
    const outside: Annotation = {
      id: '0b6f3c0e-5d1a-4f0e-9a57-3f1e2c9d4a10',
      target: captureTarget(ARTICLE, cost, cost + '4.2 million crowns'.length),
      verdict: 'accurate',
      note: 'Checked against the budget.',
      tags: ['budget'],
      reviewer: 'Another Reviewer',
      created: '2026-11-22T10:00:00Z',
      modified: '2026-11-22T10:00:00Z',
    };
    doc.addIn(['annotations'], doc.createNode(outside));
    await vscode.workspace.fs.writeFile(sidecar, encode(doc.toString()));
    await waitFor('the external edit to be merged', () => (feature().store.entry(article)?.records.get(pierId)?.verdict === 'false' && feature().threads.thread(outside.id) ? true : undefined), 10_000);
    assert.strictEqual(feature().threads.thread(pierId)?.label, 'false');
    assert.strictEqual(feature().threads.thread(outside.id)?.comments[0].author.name, 'Another Reviewer');
    assert.strictEqual(anchorOf(outside.id)?.status, 'exact');
    const verdictGroups = feature().tree.getChildren(feature().tree.getChildren().find((n) => n.kind === 'article' && n.entry.key === article.toString()));
    assert.deepStrictEqual(verdictGroups.map((n) => (n.kind === 'verdict' ? n.verdict : n.kind)), ['accurate', 'false']);

    // The screenshot: the first thread open, the second one's box (a thread open on its text covers it), the view.
    const editor = await vscode.window.showTextDocument(article);
    await waitFor('both boxes', () => (feature().decorations.appliedSpans(article).accurate?.length ? true : undefined));
    const node = feature().tree.nodeOf(pierId);
    assert.ok(node);
    await feature().view.reveal(node, { select: true, focus: true, expand: true });
    feature().threads.expand(pierId);
    editor.selection = new vscode.Selection(8, 0, 8, 0);
    await vscode.window.showTextDocument(editor.document, { preserveFocus: false });
    await new Promise((r) => setTimeout(r, 800));
    await screenshot('annotations');
    await closeAllEditors();

    // A change made here afterwards is written on top of the file as it now is.
    assert.strictEqual(await vscode.commands.executeCommand<boolean>(AnnotationCommands.changeVerdict, pierId, 'misleading'), true);
    const now = await parsed();
    assert.deepStrictEqual(now.map((a) => [a.id, a.verdict]), [[pierId, 'misleading'], [outside.id, 'accurate']]);
    assert.strictEqual(await vscode.commands.executeCommand<boolean>(AnnotationCommands.delete, outside.id, true), true);
  });

  it('never writes a sidecar that does not parse; its errors are diagnostics and annotating says why', async () => {
    const valid = await readSidecar();
    const broken = `${valid}  - id: [not closed\n`;
    await vscode.workspace.fs.writeFile(sidecar, encode(broken));
    const diagnostics = await waitFor('diagnostics on the sidecar', () => {
      const list = vscode.languages.getDiagnostics(sidecar);
      return list.length ? list : undefined;
    }, 10_000);
    assert.strictEqual(diagnostics[0].severity, vscode.DiagnosticSeverity.Error);
    assert.ok(diagnostics[0].range.start.line > 0, 'the error has its line');
    const id = await vscode.commands.executeCommand<string | undefined>(AnnotationCommands.annotate, { uri: article.toString(), offset: ARTICLE.indexOf('twice') + 1, verdict: 'false', note: 'x', tags: '' });
    assert.strictEqual(id, undefined);
    assert.strictEqual(await vscode.commands.executeCommand<boolean>(AnnotationCommands.changeVerdict, pierId, 'accurate'), false);
    assert.strictEqual(await readSidecar(), broken, 'byte for byte unchanged');
    assert.strictEqual(feature().threads.thread(pierId)?.canReply, false, 'read-only while broken');

    await vscode.workspace.fs.writeFile(sidecar, encode(valid));
    await waitFor('the diagnostics to clear', () => (vscode.languages.getDiagnostics(sidecar).length === 0 ? true : undefined), 10_000);
    assert.strictEqual(feature().store.entry(article)?.readOnlyReason(), undefined);
  });

  it('replies, edits the note, resolves and reopens from the comment thread', async () => {
    const thread = feature().threads.thread(pierId);
    assert.ok(thread);
    const noteBefore = (await parsed())[0].note;
    assert.strictEqual(await vscode.commands.executeCommand<boolean>(AnnotationCommands.reply, { thread, text: 'Checked with the port authority.' }), true);
    const replied = (await parsed())[0].note;
    assert.ok(replied.startsWith(`${noteBefore}\n\n**${REVIEWER}** (`), replied);
    assert.ok(replied.endsWith('): Checked with the port authority.'), replied);

    const comment = feature().threads.thread(pierId)?.comments[0];
    assert.ok(comment);
    await vscode.commands.executeCommand(AnnotationCommands.edit, comment);
    const editing = feature().threads.thread(pierId)?.comments[0];
    assert.strictEqual(editing?.mode, vscode.CommentMode.Editing);
    assert.strictEqual(editing?.body, replied, 'the raw Markdown is edited');
    editing.body = 'Rewritten note.';
    assert.strictEqual(await vscode.commands.executeCommand<boolean>(AnnotationCommands.saveEdit, editing), true);
    assert.strictEqual((await parsed())[0].note, 'Rewritten note.');
    assert.strictEqual(feature().threads.thread(pierId)?.comments[0].mode, vscode.CommentMode.Preview);

    await vscode.commands.executeCommand(AnnotationCommands.resolve, feature().threads.thread(pierId));
    assert.strictEqual(feature().threads.thread(pierId)?.state, vscode.CommentThreadState.Resolved);
    assert.match(feature().threads.thread(pierId)?.contextValue ?? '', /\bresolved\b/);
    await vscode.commands.executeCommand(AnnotationCommands.reopen, feature().threads.thread(pierId));
    assert.strictEqual(feature().threads.thread(pierId)?.state, vscode.CommentThreadState.Unresolved);
  });

  it('shows a sidecar of a newer format read-only and never writes it', async () => {
    const valid = await readSidecar();
    const newer = valid.replace(/^version: 1$/m, 'version: 2');
    await vscode.workspace.fs.writeFile(sidecar, encode(newer));
    await waitFor('read-only', () => (feature().store.entry(article)?.problem?.kind === 'newer' ? true : undefined), 10_000);
    assert.strictEqual(await vscode.commands.executeCommand<boolean>(AnnotationCommands.changeVerdict, pierId, 'accurate'), false);
    assert.strictEqual(await readSidecar(), newer);
    assert.match(feature().threads.thread(pierId)?.label ?? '', /read-only/);
    assert.ok(vscode.languages.getDiagnostics(sidecar).some((d) => /newer/.test(d.message)));
    await vscode.workspace.fs.writeFile(sidecar, encode(valid));
    await waitFor('writable again', () => (feature().store.entry(article)?.problem ? undefined : true), 10_000);
  });

  it('follows the article edited in the editor: the range shifts live, and back on revert', async () => {
    const before = anchorOf(pierId);
    assert.ok(before);
    const editor = await vscode.window.showTextDocument(article);
    const inserted = 'Breaking: ';
    assert.ok(await editor.edit((b) => b.insert(editor.document.positionAt(before.start - 1), inserted)));
    await waitFor('the shift', () => (anchorOf(pierId)?.start === before.start + inserted.length ? true : undefined));
    await waitFor('the thread to follow', () => (feature().threads.thread(pierId)?.range?.start.character === 1 + inserted.length ? true : undefined));
    await waitFor('the box to follow', () => (feature().decorations.appliedSpans(article).misleading?.[0]?.start === before.start + inserted.length ? true : undefined));
    // Typing inside the annotated text widens it.
    assert.ok(await editor.edit((b) => b.insert(editor.document.positionAt(before.start + inserted.length + 'The new'.length), ' public')));
    await waitFor('the widening', () => (anchorOf(pierId)?.end === before.end + inserted.length + ' public'.length ? true : undefined));
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await waitFor('the revert to be followed', () => (anchorOf(pierId)?.start === before.start && anchorOf(pierId)?.end === before.end ? true : undefined));
    assert.strictEqual((await parsed())[0].target.start, before.start, 'unsaved edits are not written to the sidecar');
    await closeAllEditors();
  });

  it('writes the new places when the edited article is saved', async () => {
    const before = (await parsed())[0];
    const editor = await vscode.window.showTextDocument(article);
    const intro = 'Update, Tuesday: ';
    assert.ok(await editor.edit((b) => b.insert(new vscode.Position(2, 0), intro)));
    assert.ok(await editor.document.save());
    await waitFor('the sidecar to follow the save', async () => ((await parsed())[0].target.start === before.target.start + intro.length ? true : undefined), 10_000);
    const after = (await parsed())[0];
    assert.strictEqual(after.target.exact, before.target.exact);
    assert.strictEqual(after.modified, before.modified, 'moving with the text is not an edit of the note');
    assert.ok(await editor.edit((b) => b.delete(new vscode.Range(2, 0, 2, intro.length))));
    assert.ok(await editor.document.save());
    await waitFor('the sidecar to follow back', async () => ((await parsed())[0].target.start === before.target.start ? true : undefined), 10_000);
    assert.strictEqual(decode(await vscode.workspace.fs.readFile(article)), ARTICLE);
    await closeAllEditors();
  });

  it('re-anchors when the article changes on disk: moved, fuzzy until accepted, orphaned and listed', async () => {
    await closeAllEditors();
    const stored = (await parsed())[0];
    const intro = 'A new first paragraph pushed everything down.\n\n';
    await vscode.workspace.fs.writeFile(article, encode(intro + ARTICLE));
    await waitFor('moved', () => (anchorOf(pierId)?.start === stored.target.start + intro.length ? true : undefined), 10_000);
    assert.ok(['moved', 'exact'].includes(anchorOf(pierId)!.status));

    await vscode.workspace.fs.writeFile(article, encode(ARTICLE.replace(PIER, 'The new pier will open in Mai')));
    await waitFor('fuzzy', () => (anchorOf(pierId)?.status === 'fuzzy' ? true : undefined), 10_000);
    assert.match(feature().threads.thread(pierId)?.label ?? '', /needs confirmation/);
    await vscode.window.showTextDocument(article);
    await waitFor('the needs-confirmation box', () => (feature().decorations.appliedSpans(article)[NEEDS_CONFIRMATION]?.length ? true : undefined));
    assert.strictEqual((await parsed())[0].target.exact, PIER_QUOTE, 'a fuzzy match is never written without confirmation');
    assert.strictEqual(await vscode.commands.executeCommand<boolean>(AnnotationCommands.accept, pierId), true);
    assert.strictEqual(anchorOf(pierId)?.status, 'exact');
    assert.strictEqual((await parsed())[0].target.exact, 'The new pier will open in Mai,');
    await closeAllEditors();

    await vscode.workspace.fs.writeFile(article, encode(ARTICLE.replace(`"${PIER}," said Mayor Ada Quill on Monday.`, 'The mayor spoke briefly.')));
    await waitFor('orphaned', () => (anchorOf(pierId)?.status === 'orphan' ? true : undefined), 10_000);
    assert.deepStrictEqual(orphanLabels(), ['“The new pier will open in Mai,”']);
    assert.ok(feature().tree.getChildren().length > 0);
    await waitFor('the thread to go (orphans have no place in the text)', () => (feature().threads.thread(pierId) ? undefined : true));
    assert.ok((await readSidecar()).includes(pierId), 'orphans stay in the file');

    // Re-attach it to text chosen by the reviewer.
    const mayor = 'The mayor spoke briefly.';
    const text = ARTICLE.replace(`"${PIER}," said Mayor Ada Quill on Monday.`, mayor);
    const start = text.indexOf(mayor);
    assert.strictEqual(await vscode.commands.executeCommand<boolean>(AnnotationCommands.reattach, pierId, { start, end: start + mayor.length }), true);
    assert.strictEqual(anchorOf(pierId)?.status, 'exact');
    assert.strictEqual((await parsed())[0].target.exact, mayor);
    assert.deepStrictEqual(orphanLabels(), []);
  });

  it('keeps an annotation whose write was refused, and writes it with the next change', async () => {
    const other = vscode.Uri.joinPath(workspaceFolder().uri, 'annotations-refused.txt');
    const otherSidecar = other.with({ path: `${other.path}.annotations.yaml` });
    await vscode.workspace.fs.writeFile(other, encode(ARTICLE));
    // A folder where the sidecar should be: every write to it fails, as on a read-only disk.
    await vscode.workspace.fs.createDirectory(otherSidecar);
    try {
      await waitFor('the article to be indexed', () => api.index.get(other), 10_000);
      const id = await vscode.commands.executeCommand<string | undefined>(AnnotationCommands.annotate, { uri: other.toString(), offset: ARTICLE.indexOf('twice') + 1, verdict: 'unsupported', note: 'Kept.', tags: '' });
      assert.ok(id, 'the annotation is kept in memory');
      assert.ok(feature().threads.thread(id), 'and shown');
      assert.strictEqual(feature().store.entry(other)?.unsaved, true);
      await vscode.workspace.fs.delete(otherSidecar, { recursive: true });
      await feature().whenIdle();
      assert.strictEqual(await vscode.commands.executeCommand<boolean>(AnnotationCommands.changeVerdict, id, 'false'), true);
      const written = await parsed(otherSidecar);
      assert.deepStrictEqual(written.map((a) => [a.id, a.verdict, a.note]), [[id, 'false', 'Kept.']]);
    } finally {
      await Promise.resolve(vscode.workspace.fs.delete(otherSidecar, { recursive: true })).catch(() => undefined);
      await vscode.workspace.fs.delete(other);
      await waitFor('the article to leave the index', () => (api.index.get(other) ? undefined : true), 10_000);
    }
  });

  it('moves the sidecar with a renamed article, and keeps it when the article is deleted', async () => {
    renamed = vscode.Uri.joinPath(workspaceFolder().uri, 'annotations-pier-renamed.txt');
    const renamedSidecar = renamed.with({ path: `${renamed.path}.annotations.yaml` });
    const edit = new vscode.WorkspaceEdit();
    edit.renameFile(article, renamed);
    assert.ok(await vscode.workspace.applyEdit(edit));
    await waitFor('the sidecar to follow', async () => ((await readIfExists(renamedSidecar))?.includes('article: annotations-pier-renamed.txt') ? true : undefined), 10_000);
    assert.strictEqual(await readIfExists(sidecar), undefined);
    await feature().whenIdle();
    assert.strictEqual(feature().store.find(pierId)?.article.toString(), renamed.toString());

    const sidecarBytes = await readSidecar(renamedSidecar);
    const removal = new vscode.WorkspaceEdit();
    removal.deleteFile(renamed);
    assert.ok(await vscode.workspace.applyEdit(removal));
    await waitFor('orphaned after delete', () => (anchorOf(pierId)?.status === 'orphan' ? true : undefined), 10_000);
    assert.strictEqual(await readSidecar(renamedSidecar), sidecarBytes, 'the sidecar is kept as it was');
  });

  it('offers file nesting that folds sidecars under their articles', async () => {
    const explorer = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('explorer');
    const original = explorer().inspect<Record<string, string>>('fileNesting.patterns')?.workspaceValue;
    const originalEnabled = explorer().inspect<boolean>('fileNesting.enabled')?.workspaceValue;
    try {
      await vscode.commands.executeCommand(AnnotationCommands.foldSidecars);
      const patterns = explorer().inspect<Record<string, string>>('fileNesting.patterns')?.workspaceValue ?? {};
      assert.strictEqual(patterns['*.txt'], '${capture}.txt.annotations.yaml');
      assert.strictEqual(patterns['*.md'], '${capture}.md.annotations.yaml');
      assert.strictEqual(explorer().get<boolean>('fileNesting.enabled'), true);
    } finally {
      await explorer().update('fileNesting.patterns', original, vscode.ConfigurationTarget.Workspace);
      await explorer().update('fileNesting.enabled', originalEnabled, vscode.ConfigurationTarget.Workspace);
    }
  });
});

describe('annotations of a deleted folder', function () {
  this.timeout(60_000);

  it('leave the store, the comment threads and the Annotations view with the folder', async () => {
    const api = await extensionApi();
    const folder = vscode.Uri.joinPath(workspaceFolder().uri, 'annotations-gone');
    const article = vscode.Uri.joinPath(folder, 'desk', 'pier-folder.txt');
    await vscode.workspace.fs.writeFile(article, encode(ARTICLE));
    await waitFor('the article to be indexed', () => api.index.get(article), 10_000);
    await api.index.whenIdle();
    const id = await vscode.commands.executeCommand<string | undefined>(AnnotationCommands.annotate, { uri: article.toString(), offset: ARTICLE.indexOf(PIER) + 5, verdict: 'accurate', note: 'Checked.', tags: '' });
    assert.ok(id && api.annotations.threads.thread(id) && api.annotations.tree.nodeOf(id), 'annotated, with a thread and a view item');

    try {
      await vscode.workspace.fs.delete(folder, { recursive: true, useTrash: false });
      await waitFor('the annotation to leave with its folder', () => (api.annotations.store.find(id) === undefined ? true : undefined), 10_000);
      assert.strictEqual(api.annotations.threads.thread(id), undefined, 'no comment thread is left');
      assert.strictEqual(api.annotations.tree.nodeOf(id), undefined, 'no view item is left');
      assert.ok(!api.annotations.tree.getChildren().some((n) => n.kind === 'article' && n.entry.key.startsWith(folder.toString())), 'no article of the folder is listed');
    } finally {
      await closeAllEditors();
      await Promise.resolve(vscode.workspace.fs.delete(folder, { recursive: true, useTrash: false })).catch(() => undefined);
    }
  });
});

describe('a folder moved into the workspace from elsewhere', function () {
  this.timeout(60_000);

  // The operating system moves the folder, as a file manager or a script would: the file watcher
  // then reports the folder alone, never the articles and sidecars inside it.
  it('has its articles indexed and its annotations listed, and loses them when moved out again', async () => {
    const api = await extensionApi();
    const folder = vscode.Uri.joinPath(workspaceFolder().uri, 'annotations-arrived');
    const article = vscode.Uri.joinPath(folder, 'desk', 'pier-arrived.txt');
    const outside = await nodeFs.mkdtemp(path.join(os.tmpdir(), 'claim-annotator-outside-'));
    const parked = path.join(outside, 'annotations-arrived');
    try {
      await vscode.workspace.fs.writeFile(article, encode(ARTICLE));
      await waitFor('the article to be indexed', () => api.index.get(article), 10_000);
      await api.index.whenIdle();
      const id = await vscode.commands.executeCommand<string | undefined>(AnnotationCommands.annotate, { uri: article.toString(), offset: ARTICLE.indexOf(PIER) + 5, verdict: 'accurate', note: 'Checked.', tags: '' });
      assert.ok(id, 'annotated');
      await api.annotations.whenIdle();

      await nodeFs.rename(folder.fsPath, parked);
      await waitFor('the article to leave the index', () => (api.index.get(article) === undefined ? true : undefined), 10_000);
      await waitFor('the annotation to leave with its folder', () => (api.annotations.store.find(id) === undefined ? true : undefined), 10_000);

      await nodeFs.rename(parked, folder.fsPath);
      await waitFor('the article to be indexed again', () => api.index.get(article), 10_000);
      await waitFor('the annotation to come back', () => api.annotations.store.find(id), 10_000);
      await waitFor('its view item to come back', () => api.annotations.tree.nodeOf(id), 10_000);
      assert.strictEqual(api.annotations.store.find(id)?.anchors.get(id)?.status, 'exact', 'anchored where it was');
    } finally {
      await closeAllEditors();
      await Promise.resolve(vscode.workspace.fs.delete(folder, { recursive: true, useTrash: false })).catch(() => undefined);
      await nodeFs.rm(outside, { recursive: true, force: true });
    }
  });
});

describe('annotations of a renamed folder', function () {
  this.timeout(60_000);

  it('follow their articles to the folder\'s new name', async () => {
    const api = await extensionApi();
    const folder = vscode.Uri.joinPath(workspaceFolder().uri, 'annotations-before');
    const moved = vscode.Uri.joinPath(workspaceFolder().uri, 'annotations-after');
    const article = vscode.Uri.joinPath(folder, 'pier-moved.txt');
    const movedArticle = vscode.Uri.joinPath(moved, 'pier-moved.txt');
    await vscode.workspace.fs.writeFile(article, encode(ARTICLE));
    await waitFor('the article to be indexed', () => api.index.get(article), 10_000);
    await api.index.whenIdle();
    const id = await vscode.commands.executeCommand<string | undefined>(AnnotationCommands.annotate, { uri: article.toString(), offset: ARTICLE.indexOf(PIER) + 5, verdict: 'accurate', note: 'Checked.', tags: '' });
    assert.ok(id, 'annotated');
    try {
      const edit = new vscode.WorkspaceEdit();
      edit.renameFile(folder, moved);
      assert.ok(await vscode.workspace.applyEdit(edit));
      await waitFor('the annotation to follow its article', () => (api.annotations.store.find(id)?.article.toString() === movedArticle.toString() ? true : undefined), 10_000);
      await waitFor('its thread to follow', () => (api.annotations.threads.thread(id)?.uri.toString() === movedArticle.toString() ? true : undefined), 10_000);
      await waitFor('its anchor to hold in the moved article', () => (api.annotations.store.find(id)?.anchors.get(id)?.status === 'exact' ? true : undefined), 10_000);
      await waitFor('the moved article to be indexed', () => api.index.get(movedArticle), 10_000);
      assert.strictEqual(api.index.get(article), undefined, 'the old place is no longer indexed');
      const listed = api.annotations.tree.getChildren().filter((n) => n.kind === 'article' && n.entry.key.includes('/annotations-'));
      assert.deepStrictEqual(listed.map((n) => (n.kind === 'article' ? n.entry.key : '')), [movedArticle.toString()], 'listed once, at its new place');
    } finally {
      await closeAllEditors();
      for (const uri of [folder, moved]) await Promise.resolve(vscode.workspace.fs.delete(uri, { recursive: true, useTrash: false })).catch(() => undefined);
    }
  });
});
