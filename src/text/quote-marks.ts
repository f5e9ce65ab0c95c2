/** Double quote marks, straight and curly, opening and closing: where a quotation opens or closes a clause. */
export const QUOTE_MARKS: readonly string[] = ['"', '“', '”'];
