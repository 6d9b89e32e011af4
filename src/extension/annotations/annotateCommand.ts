import { randomUUID } from 'crypto';
import * as vscode from 'vscode';
import { captureTarget, newAnnotationId, reanchor, utcTimestamp, type Annotation, type TextTarget } from '../../core/annotations';
import type { ArticleIndex } from '../index/articleIndex';
import { UNTRUSTED_REASON } from '../util/trust';
import type { AnnotationStore, ChangeOutcome } from './annotationStore';
import { resolveAnnotationSpan, type AnnotationSpan } from './annotationTarget';
import { reviewerName } from './reviewer';
import { parseTags, pickVerdict } from './verdicts';

/** Answers that skip the prompts (tests, links): any of them may be given with the span arguments. */
export interface AnnotationAnswers {
  verdict?: string;
  note?: string;
  tags?: string | string[];
}

function answersOf(arg: unknown): AnnotationAnswers {
  if (typeof arg !== 'object' || arg === null) return {};
  const { verdict, note, tags } = arg as Record<string, unknown>;
  return {
    verdict: typeof verdict === 'string' ? verdict : undefined,
    note: typeof note === 'string' ? note : undefined,
    tags: typeof tags === 'string' || Array.isArray(tags) ? (tags as string | string[]) : undefined,
  };
}

async function askNote(): Promise<string | undefined> {
  return vscode.window.showInputBox({ title: 'Annotate (2/3): note', prompt: 'What the reviewer found (Markdown; may be left empty)', ignoreFocusOut: true });
}

async function askTags(known: readonly string[]): Promise<string | undefined> {
  const suggestion = known.length ? `Tags in use: ${known.slice(0, 12).join(', ')}` : 'Comma-separated, e.g. sanctions, budget';
  return vscode.window.showInputBox({ title: 'Annotate (3/3): tags', prompt: suggestion, placeHolder: 'tag, another tag', ignoreFocusOut: true });
}

/** Tells the reviewer what became of a change that did not simply land on disk. */
export function reportOutcome(outcome: ChangeOutcome): boolean {
  if (outcome.kind === 'refused') void vscode.window.showErrorMessage(`Claim Annotator: ${outcome.reason}`);
  return outcome.kind === 'saved' || outcome.kind === 'kept';
}

/** Where the captured target is now (the text may have changed while the prompts were open). */
function placeNow(target: TextTarget, text: string): { start: number; end: number } | undefined {
  const found = reanchor(target, text);
  return found.status === 'exact' || found.status === 'moved' ? { start: found.start, end: found.end } : undefined;
}

/**
 * "Annotate…": on the selection, or the quote or claim under the cursor, or a tree node, or
 * explicit arguments `{uri, start, end | offset | range, verdict, note, tags}`. Resolves to the
 * new annotation's id, or undefined when nothing was annotated.
 */
export async function annotate(index: ArticleIndex, store: AnnotationStore, arg?: unknown, answersArg?: AnnotationAnswers): Promise<string | undefined> {
  const span: AnnotationSpan | undefined = await resolveAnnotationSpan(index, arg);
  if (!span) {
    void vscode.window.showInformationMessage('Claim Annotator: select the text to annotate, or put the cursor inside a quote or claim.');
    return undefined;
  }
  const entry = await store.load(span.article);
  // Said before the prompts, so that nothing the reviewer types is lost to a refusal afterwards.
  const blocked = entry.readOnlyReason() ?? (vscode.workspace.isTrusted ? undefined : UNTRUSTED_REASON);
  if (blocked) {
    void vscode.window.showErrorMessage(`Claim Annotator: cannot annotate: ${blocked}`);
    return undefined;
  }
  const text = entry.currentText();
  if (text === undefined || span.end > text.length) {
    void vscode.window.showErrorMessage(`Claim Annotator: cannot read ${vscode.workspace.asRelativePath(span.article)}.`);
    return undefined;
  }
  const target = captureTarget(text, span.start, span.end);

  const answers = { ...answersOf(arg), ...answersArg };
  const verdict = answers.verdict ?? (await pickVerdict(`Annotate (1/3): verdict on “${target.exact.slice(0, 40)}${target.exact.length > 40 ? '…' : ''}”`));
  if (verdict === undefined) return undefined;
  const note = answers.note ?? (await askNote());
  if (note === undefined) return undefined;
  const tags = answers.tags ?? (await askTags(store.knownTags()));
  if (tags === undefined) return undefined;
  const reviewer = await reviewerName(span.article);

  const now = utcTimestamp(new Date());
  const id = newAnnotationId(randomUUID);
  const outcome = await store.change(span.article, (current, currentText) => {
    const place = currentText === undefined ? undefined : placeNow(target, currentText);
    if (!place || currentText === undefined) return false;
    const record: Annotation = { id, target: captureTarget(currentText, place.start, place.end), verdict, note, tags: parseTags(tags), reviewer, created: now, modified: now };
    if (span.speaker) record.speaker = span.speaker;
    current.records.set(id, record);
    current.anchors.set(id, { status: 'exact', start: record.target.start, end: record.target.end, score: 1 });
    return true;
  });
  if (outcome.kind === 'unchanged') void vscode.window.showWarningMessage('Claim Annotator: the text changed while annotating and could not be found again; nothing was saved.');
  return reportOutcome(outcome) ? id : undefined;
}
