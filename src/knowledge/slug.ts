/** The lower-case ASCII slug of a name for an entry id: diacritics dropped, other runs of non-alphanumerics one hyphen ("Slobodan Milošević" → "slobodan-milosevic"). */
export function slug(name: string): string {
  return name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}
