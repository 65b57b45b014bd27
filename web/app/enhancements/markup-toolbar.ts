/**
 * The submission form's toolbar (components/contributor/SubmissionForm.vue): buttons that write the
 * body's light markup (`## `, `- `, `1. `, `**…**`, `*…*`, `[…](https://)`) at the cursor of the
 * textarea they control. A convenience only: the markup is explained beside the field, typing it
 * works the same, and without this script the toolbar stays hidden (`.needs-js`).
 */
export type MarkupKind = 'heading' | 'bullet' | 'numbered' | 'bold' | 'italic' | 'link';

type Edit = { value: string; start: number; end: number };

const LINE_PREFIXES: Partial<Record<MarkupKind, string>> = { heading: '## ', bullet: '- ', numbered: '1. ' };
const WRAPPERS: Partial<Record<MarkupKind, [string, string, string]>> = {
  bold: ['**', '**', 'chữ đậm'],
  italic: ['*', '*', 'chữ nghiêng'],
  link: ['[', '](https://)', 'chữ hiển thị'],
};

/** The text after applying `kind` to the selection [start, end): a line prefix, or the selection wrapped (a placeholder selected when empty). */
export function applyMarkup(value: string, start: number, end: number, kind: MarkupKind): Edit {
  const prefix = LINE_PREFIXES[kind];
  if (prefix) {
    const lineStart = value.lastIndexOf('\n', start - 1) + 1;
    if (value.startsWith(prefix, lineStart)) return { value, start, end };
    return { value: value.slice(0, lineStart) + prefix + value.slice(lineStart), start: start + prefix.length, end: end + prefix.length };
  }
  const [before, after, placeholder] = WRAPPERS[kind]!;
  const selected = value.slice(start, end) || placeholder;
  return { value: value.slice(0, start) + before + selected + after + value.slice(end), start: start + before.length, end: start + before.length + selected.length };
}

export function installMarkupToolbar(document: Document): void {
  document.addEventListener('click', (event) => {
    const button = (event.target as Element | null)?.closest?.<HTMLButtonElement>('[data-markup]');
    const toolbar = button?.closest<HTMLElement>('[data-markup-for]');
    const textarea = toolbar ? document.getElementById(toolbar.dataset.markupFor ?? '') : null;
    if (!button || !(textarea instanceof document.defaultView!.HTMLTextAreaElement)) return;
    const edit = applyMarkup(textarea.value, textarea.selectionStart, textarea.selectionEnd, button.dataset.markup as MarkupKind);
    textarea.value = edit.value;
    textarea.focus();
    textarea.setSelectionRange(edit.start, edit.end);
  });
}
