/** Slots in a signature: 64 gives a Jaccard estimate within about ±0.06. */
export const MINHASH_SIZE = 64;

/** LSH layout: 16 bands of 4 rows, so pairs above a Jaccard of about 0.5 become candidates. */
export const BANDS = 16;
const ROWS = MINHASH_SIZE / BANDS;

/** Words per shingle: long enough that two different reports on one topic share few of them. */
const SHINGLE = 5;

/** Fewer shingles than this and the text is too short to call a near-copy (exact hashes still dedupe it). */
const MIN_SHINGLES = 20;

/** Estimated Jaccard similarity at and above which two texts are the same report. */
export const NEAR_DUPLICATE_THRESHOLD = 0.7;

/** Bits of a shingle's hash that choose its bin: 2^6 = 64 bins, one per signature slot. */
const BIN_BITS = 6;

/** Tries at most this many pseudo-random bins for an empty bin to borrow from before scanning in order. */
const DENSIFY_TRIES = 64;

/** Word characters of Basic Latin (digits and letters), the scan's fast path. */
const ASCII_WORD = new Uint8Array(128).map((_, c) => (/[0-9a-zA-Z]/.test(String.fromCharCode(c)) ? 1 : 0));

/** One word character (a letter or digit of any script) at a given position. */
const WORD_CHAR = /[\p{L}\p{N}]/uy;

/**
 * The MinHash signature of a text over shingles of 5 lower-cased words, or an empty array when the
 * text is too short. Syndicated copies (another dateline, a boilerplate footer) share most shingles.
 * One permutation hashing (Li, Owen and Zhang 2012): each shingle is hashed once, the top bits pick
 * its slot and the slot keeps the smallest hash, so a text costs one hash per shingle instead of
 * 64; slots no shingle fell in borrow a filled slot's value (Shrivastava 2017's densification).
 */
export function minhashSignature(text: string): Uint32Array {
  const hashes = wordHashes(text.toLowerCase());
  if (hashes.length - SHINGLE + 1 < MIN_SHINGLES) return new Uint32Array(0);
  const bins = new Uint32Array(MINHASH_SIZE).fill(0xffffffff);
  const filled = new Uint8Array(MINHASH_SIZE);
  for (let i = 0; i + SHINGLE <= hashes.length; i++) {
    let shingle = 0x811c9dc5;
    for (let k = 0; k < SHINGLE; k++) shingle = fmix32(shingle ^ hashes[i + k]!);
    const bin = shingle >>> (32 - BIN_BITS);
    filled[bin] = 1;
    if (shingle < bins[bin]!) bins[bin] = shingle;
  }
  return densify(bins, filled);
}

/**
 * The signature with every empty slot given the value of a filled one, chosen by a sequence that
 * depends only on the slot number, so two texts with the same filled slots borrow alike.
 */
function densify(bins: Uint32Array, filled: Uint8Array): Uint32Array {
  const signature = bins.slice();
  for (let slot = 0; slot < MINHASH_SIZE; slot++) {
    if (filled[slot]) continue;
    let from = -1;
    for (let attempt = 1; attempt <= DENSIFY_TRIES && from < 0; attempt++) {
      const pick = fmix32(Math.imul(slot + 1, 0x9e3779b9) ^ attempt) >>> (32 - BIN_BITS);
      if (filled[pick]) from = pick;
    }
    // Why the ordered scan is last: it is only reached by the rare slot whose 64 tries all missed.
    for (let k = 1; from < 0 && k < MINHASH_SIZE; k++) if (filled[(slot + k) % MINHASH_SIZE]) from = (slot + k) % MINHASH_SIZE;
    signature[slot] = bins[from]!;
  }
  return signature;
}

/** The fraction of equal slots: an estimate of the Jaccard similarity of the two shingle sets. */
export function jaccardEstimate(a: Uint32Array, b: Uint32Array): number {
  if (a.length !== MINHASH_SIZE || b.length !== MINHASH_SIZE) return 0;
  let same = 0;
  for (let i = 0; i < MINHASH_SIZE; i++) if (a[i] === b[i]) same++;
  return same / MINHASH_SIZE;
}

/** One integer key per LSH band (band number in the top bits), for an indexed candidate lookup. */
export function bandKeys(signature: Uint32Array): number[] {
  if (signature.length !== MINHASH_SIZE) return [];
  const keys: number[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = b + 1;
    for (let r = 0; r < ROWS; r++) h = fmix32(h ^ signature[b * ROWS + r]!);
    keys.push(b * 2 ** 32 + h);
  }
  return keys;
}

/**
 * FNV-1a over the UTF-16 code units of each word, a word being a run of letters and digits in any
 * script (the runs `/[\p{L}\p{N}]+/gu` finds). One scan without the word strings: the regular
 * expression alone cost more than half of a signature.
 */
export function wordHashes(text: string): number[] {
  const hashes: number[] = [];
  let h = 0;
  let inWord = false;
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    let width: number;
    if (c < 128) width = ASCII_WORD[c]!;
    else {
      WORD_CHAR.lastIndex = i;
      width = WORD_CHAR.test(text) ? WORD_CHAR.lastIndex - i : 0;
    }
    if (width === 0) {
      if (inWord) hashes.push(h >>> 0);
      inWord = false;
      // A surrogate pair is one character that is not a word's, as the pattern scans it.
      i += c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
      continue;
    }
    if (!inWord) (h = 0x811c9dc5), (inWord = true);
    for (let k = 0; k < width; k++) h = Math.imul(h ^ text.charCodeAt(i + k), 0x01000193);
    i += width;
  }
  if (inWord) hashes.push(h >>> 0);
  return hashes;
}

/** MurmurHash3's finaliser: a fast, well-mixed 32-bit permutation. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
