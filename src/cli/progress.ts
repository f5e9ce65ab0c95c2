/** How often the progress line is redrawn, in milliseconds. */
const REDRAW_MS = 500;

/**
 * A one-line progress report on stderr (documents done, failures, rate, and ETA when the total is
 * known), drawn only when stderr is a terminal so logs and pipes stay clean.
 */
export class Progress {
  private done = 0;
  private failed = 0;
  private lastDraw = 0;
  private readonly started = performance.now();
  private readonly enabled: boolean;

  constructor(private total?: number, enabled = process.stderr.isTTY === true) {
    this.enabled = enabled;
  }

  /** Counts one finished document. */
  tick(ok: boolean): void {
    this.update(this.done + 1, ok ? this.failed : this.failed + 1);
  }

  /** Sets the counts, for work that reports in batches; `total` when it is known only now. */
  update(done: number, failed: number, total?: number): void {
    this.done = done;
    this.failed = failed;
    if (total !== undefined) this.total = total;
    const now = performance.now();
    if (this.enabled && now - this.lastDraw >= REDRAW_MS) {
      this.lastDraw = now;
      this.draw(now);
    }
  }

  /** Clears the line at the end of the run. */
  finish(): void {
    if (this.enabled) process.stderr.write('\r\x1b[K');
  }

  private draw(now: number): void {
    const seconds = (now - this.started) / 1000;
    const rate = this.done / Math.max(seconds, 1e-3);
    let line = `${this.done}${this.total ? `/${this.total}` : ''} documents, ${this.failed} failed, ${rate.toFixed(1)}/s`;
    if (this.total && rate > 0) line += `, ETA ${Math.ceil((this.total - this.done) / rate)}s`;
    process.stderr.write(`\r\x1b[K${line}`);
  }
}
