import { KgError } from '../domain/errors';

/** The server's settings, all from the environment (documented in the README). */
export interface ServerConfig {
  port: number;
  host: string;
  /** Origins allowed to call the API from a browser; empty means same-origin only. */
  corsOrigins: string[];
  /** Seconds a GET answer may be cached by dashboards and proxies. */
  cacheMaxAge: number;
  maxBodyBytes: number;
}

/** Reads and validates the configuration; a bad value is a CONFIG_INVALID error naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const integer = (name: string, fallback: number, min: number, max: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!/^\d+$/.test(raw.trim()) || value < min || value > max) {
      throw new KgError('CONFIG_INVALID', `${name} must be an integer from ${min} to ${max}, got "${raw}"`);
    }
    return value;
  };
  const origins = (env.CORS_ORIGINS ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  for (const origin of origins) {
    if (!/^https?:\/\/[^/\s]+$/.test(origin)) throw new KgError('CONFIG_INVALID', `CORS_ORIGINS entries are origins like https://dash.example.nl, got "${origin}"`);
  }
  return {
    port: integer('PORT', 4000, 1, 65535),
    host: env.HOST?.trim() || '0.0.0.0',
    corsOrigins: origins,
    cacheMaxAge: integer('CACHE_MAX_AGE', 60, 0, 86400),
    maxBodyBytes: 100 * 1024,
  };
}
