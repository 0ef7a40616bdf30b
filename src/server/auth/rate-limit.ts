/**
 * Failed-login limiter, per username and per client address, over a sliding
 * window. In memory: one server process holds the whole picture.
 */
export interface RateLimitOptions {
  windowMs: number;
  maxPerUsername: number;
  maxPerIp: number;
}

export const defaultLoginLimits: RateLimitOptions = { windowMs: 15 * 60_000, maxPerUsername: 5, maxPerIp: 30 };

export class LoginRateLimiter {
  readonly #failures = new Map<string, number[]>();

  constructor(
    private readonly options: RateLimitOptions = defaultLoginLimits,
    private readonly now: () => number = Date.now,
  ) {}

  #recent(key: string): number[] {
    const cutoff = this.now() - this.options.windowMs;
    const kept = (this.#failures.get(key) ?? []).filter((t) => t > cutoff);
    if (kept.length) this.#failures.set(key, kept);
    else this.#failures.delete(key);
    return kept;
  }

  /** Seconds until another attempt is allowed, or 0 when it is allowed now. */
  retryAfter(username: string, ip: string): number {
    const checks: [string, number][] = [
      [`u:${username.toLowerCase()}`, this.options.maxPerUsername],
      [`ip:${ip}`, this.options.maxPerIp],
    ];
    let wait = 0;
    for (const [key, max] of checks) {
      const recent = this.#recent(key);
      if (recent.length >= max) {
        const oldest = recent[recent.length - max] ?? this.now();
        wait = Math.max(wait, Math.ceil((oldest + this.options.windowMs - this.now()) / 1000));
      }
    }
    return wait;
  }

  recordFailure(username: string, ip: string): void {
    for (const key of [`u:${username.toLowerCase()}`, `ip:${ip}`]) {
      this.#failures.set(key, [...this.#recent(key), this.now()]);
    }
  }

  /** A successful login clears the username's failures (not the address's). */
  recordSuccess(username: string): void {
    this.#failures.delete(`u:${username.toLowerCase()}`);
  }
}
