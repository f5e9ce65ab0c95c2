/** Elements that start a new paragraph in the extracted text. */
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'H1', 'H2',
  'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TR', 'UL',
]);

/** Elements whose content is never article text. */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'SVG', 'HEAD']);

/** A DOM node as linkedom gives it, reduced to what the walk reads. */
interface NodeLike {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly nodeValue: string | null;
  readonly childNodes: ArrayLike<NodeLike>;
}

/**
 * The text of a DOM subtree with one blank line between blocks (paragraphs, headings, list items)
 * and runs of whitespace inside a block collapsed. Walks with an explicit stack, so deep trees
 * cannot overflow the call stack.
 */
export function htmlToText(root: NodeLike): string {
  const paragraphs: string[] = [];
  let current = '';
  const breakBlock = (): void => {
    const text = current.replace(/\s+/g, ' ').trim();
    if (text !== '') paragraphs.push(text);
    current = '';
  };
  // Stack entries: a node to enter, or a marker (null node) to close a block after its children.
  const stack: (NodeLike | null)[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null) {
      breakBlock();
      continue;
    }
    if (node === undefined) break;
    if (node.nodeType === 3) {
      current += node.nodeValue ?? '';
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name)) continue;
    const block = BLOCKS.has(name);
    if (block) {
      breakBlock();
      stack.push(null);
    }
    for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i]!);
  }
  breakBlock();
  return paragraphs.join('\n\n');
}
