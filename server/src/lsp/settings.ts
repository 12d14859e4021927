/**
 * The `policyBrief.*` settings, pulled per resource with workspace/configuration (so each
 * folder of a multi-root workspace can differ), cached, and cleared on didChangeConfiguration.
 */
import type { Connection } from 'vscode-languageserver/node';
import type { Severity } from '../engine';
import { DEFAULT_FACT_BASE_GLOB } from '../workspace/discover';

export interface Settings {
  factBases: { glob: string; useDefault: boolean };
  checks: { severity: Record<string, Severity> };
  diagnostics: { debounceMs: number };
}

export const DEFAULT_SETTINGS: Settings = {
  factBases: { glob: DEFAULT_FACT_BASE_GLOB, useDefault: true },
  checks: { severity: {} },
  diagnostics: { debounceMs: 150 },
};

const SEVERITIES = new Set<string>(['error', 'warning', 'information', 'hint', 'off']);

/** Reads whatever the client sent, falling back to defaults field by field. */
export function normaliseSettings(raw: unknown): Settings {
  const value = (raw ?? {}) as Record<string, any>;
  const severity: Record<string, Severity> = {};
  for (const [check, level] of Object.entries(value.checks?.severity ?? {})) {
    if (typeof level === 'string' && SEVERITIES.has(level)) severity[check] = level as Severity;
  }
  const glob = value.factBases?.glob;
  const useDefault = value.factBases?.useDefault;
  const debounceMs = value.diagnostics?.debounceMs;
  return {
    factBases: {
      glob: typeof glob === 'string' && glob.trim() !== '' ? glob : DEFAULT_SETTINGS.factBases.glob,
      useDefault: typeof useDefault === 'boolean' ? useDefault : DEFAULT_SETTINGS.factBases.useDefault,
    },
    checks: { severity },
    diagnostics: {
      debounceMs:
        typeof debounceMs === 'number' && debounceMs >= 0 ? Math.min(debounceMs, 10_000) : DEFAULT_SETTINGS.diagnostics.debounceMs,
    },
  };
}

export class SettingsCache {
  private readonly cache = new Map<string, Promise<Settings>>();

  constructor(
    private readonly connection: Connection,
    /** False when the client cannot answer workspace/configuration: defaults apply. */
    private readonly supported: boolean,
  ) {}

  /** Settings for a document or folder URI; `undefined` asks for the window-wide ones. */
  get(scopeUri: string | undefined): Promise<Settings> {
    if (!this.supported) return Promise.resolve(DEFAULT_SETTINGS);
    const key = scopeUri ?? '';
    let settings = this.cache.get(key);
    if (!settings) {
      settings = this.connection.workspace
        .getConfiguration({ scopeUri, section: 'policyBrief' })
        .then(normaliseSettings, () => DEFAULT_SETTINGS);
      this.cache.set(key, settings);
    }
    return settings;
  }

  clear(): void {
    this.cache.clear();
  }
}
