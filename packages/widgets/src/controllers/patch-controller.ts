import { defaultRuleset, type Issue, type Ruleset } from '@anders-kijken/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { patchFromPage } from '../internal/patch-island.js';

/** What the host does with a patch: use the extended ruleset, or tell the page's editor why not. */
export interface PatchHandlers {
  /** The patch gave this ruleset; its warnings are for the page's editor. */
  apply(ruleset: Ruleset, warnings: Issue[]): void;
  /** The patch with this id was refused or could not be read: the host keeps the national ruleset. */
  refuse(issues: Issue[], id: string): void;
  /** The `patch` attribute was removed after a patch was applied: back to the national ruleset. */
  restore(): void;
}

/** Why a `patch` that is not text is not used. */
const NOT_TEXT: Issue = {
  path: ['patch'],
  code: 'invalid_type',
  message: {
    nl: 'patch moet tekst zijn: het id van een <script type="application/json"> op de pagina.',
    en: 'patch must be text: the id of a <script type="application/json"> on the page.',
  },
};

/**
 * Follows a host's `patch` attribute: the id of a `<script type="application/json">` on the page
 * with a ruleset patch. It extends the national ruleset with it, once per id, and hands the result
 * to the host. Nothing here throws: a patch that cannot be used leaves the national ruleset in place.
 */
export class PatchController implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement & { patch?: string | undefined };
  private readonly handlers: PatchHandlers;
  /** The id last loaded (or the value that was no id), so an update or a reconnection does not load it again. */
  private loadedId: unknown;
  /** Whether a patch was applied, so removing the attribute restores the national ruleset. */
  private applied = false;
  /** Counts loads, so an answer for an id that has since changed is dropped. */
  private loads = 0;
  /** While a patch is loading, the host's ruleset is about to change: warnings about it can wait. */
  pending = false;

  constructor(host: ReactiveControllerHost & HTMLElement & { patch?: string | undefined }, handlers: PatchHandlers) {
    this.host = host;
    this.handlers = handlers;
    host.addController(this);
  }

  hostConnected(): void {
    this.follow();
  }

  hostUpdate(): void {
    this.follow();
  }

  private follow(): void {
    // A page's script may set anything (an object, a symbol): only text names an element.
    const given: unknown = this.host.patch;
    const id =
      typeof given === 'string' ? given || undefined : given === undefined || given === null ? undefined : given;
    if (id === this.loadedId || !this.host.isConnected) return;
    this.loadedId = id;
    const load = ++this.loads;
    this.pending = typeof id === 'string';
    if (typeof id !== 'string') {
      if (this.applied) this.handlers.restore();
      this.applied = false;
      if (id !== undefined) this.handlers.refuse([NOT_TEXT], `(${typeof id})`);
      return;
    }
    void patchFromPage(this.host, id, defaultRuleset).then(
      (result) => {
        if (load !== this.loads) return;
        this.pending = false;
        if ('issues' in result) {
          this.handlers.refuse(result.issues, id);
          return;
        }
        this.applied = true;
        this.handlers.apply(result.ruleset, result.warnings);
      },
      (error: unknown) => {
        if (load !== this.loads) return;
        this.pending = false;
        const detail = error instanceof Error ? error.message : String(error);
        this.handlers.refuse(
          [
            {
              path: ['patch'],
              code: 'unexpected_error',
              message: { nl: `Onverwachte fout: ${detail}`, en: `Unexpected error: ${detail}` },
            },
          ],
          id,
        );
      },
    );
  }
}
