import * as vscode from 'vscode';
import type { Annotation } from '../../core/annotations';
import { escapeMarkdown, escapeMarkdownExcerpt } from '../../core/markdownEscape';
import type { Anchor } from './anchors';

/**
 * Markdown that is safe to render whatever the sidecar holds: it may come from anyone (a pull
 * request, a shared folder), so nothing in it may run a command or inject HTML, and article
 * text is escaped so that it reads literally.
 */
export function untrustedMarkdown(text: string): vscode.MarkdownString {
  const md = new vscode.MarkdownString(text, false);
  md.isTrusted = false;
  md.supportHtml = false;
  return md;
}

/** The details under a note: tags, speaker, and what needs the reviewer's attention. */
export function annotationDetails(record: Annotation, anchor: Anchor): string {
  const lines: string[] = [];
  const facts = [
    record.tags.length ? `Tags: ${record.tags.map(escapeMarkdown).join(', ')}` : '',
    record.speaker ? `Speaker: ${escapeMarkdown(record.speaker)}` : '',
  ].filter(Boolean);
  if (facts.length) lines.push(`_${facts.join(' · ')}_`);
  if (anchor.status === 'fuzzy') {
    lines.push(`**Needs confirmation**: the article changed; this is the closest match to the annotated text “${escapeMarkdownExcerpt(record.target.exact, 300)}”.`);
  }
  if (anchor.status === 'orphan') lines.push(`**Text not found** in the article: “${escapeMarkdownExcerpt(record.target.exact, 300)}”.`);
  return lines.join('\n\n');
}

/** The note (the reviewer's own Markdown) followed by the details. */
export function annotationBody(record: Annotation, anchor: Anchor): vscode.MarkdownString {
  const details = annotationDetails(record, anchor);
  const note = record.note.trim() === '' ? '_No note._' : record.note;
  return untrustedMarkdown(details ? `${note}\n\n---\n\n${details}` : note);
}
