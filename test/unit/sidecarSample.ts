/** A sidecar file in the documented format, with comments, an unknown key and speaker corrections. */
export const SAMPLE = `# Reviewer notes for lavrov.txt
version: 1
article: lavrov.txt
desk: politics # unknown key, kept
annotations:
  # the main claim
  - id: 0b6f3c0e-5d1a-4f0e-9a57-3f1e2c9d4a10 # UUID
    target:
      exact: "the annotated text"
      prefix: "up to 32 characters before "
      suffix: " and up to 32 after"
      start: 1234 # UTF-16 offsets
      end: 1252
    verdict: misleading # from the code book
    note: "Markdown text"
    tags: [ sanctions ]
    speaker: Sergey Lavrov
    reviewer: Ana Ortiz
    created: 2026-11-22T10:00:00Z
    modified: 2026-11-22T10:05:00Z
    x-custom: keep me
  - id: 7d2a1f44-0c3b-4b8e-8f61-2a9e5b7c3d21
    target:
      exact: "a second claim"
      prefix: ""
      suffix: ""
      start: 2000
      end: 2014
    verdict: "false"
    note: ""
    tags: []
    reviewer: Ana Ortiz
    created: 2026-11-22T10:00:00Z
    modified: 2026-11-22T10:00:00Z
speakers:
  - quote: { start: 60, end: 72, exact: "No comment" }
    speaker: Maria Zakharova
`;
