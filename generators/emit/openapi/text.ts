import type { Cause, Classification, ErrorModel, Localized, Retry, Scene } from '../../model/types.js';
import { causeRetry as retryOf } from '../../model/retry.js';

/** The document carries source-locale texts; the i18n output carries the rest. */
export function sourceText(model: ErrorModel, text: Localized): string {
  const value = text[model.sourceLocale];
  if (value === undefined) throw new Error(`openapi: a text lacks the source locale ${model.sourceLocale}`);
  return value;
}

export function sceneOf(model: ErrorModel, id: string): Scene {
  const scene = model.scenes.find((s) => s.id === id);
  if (!scene) throw new Error(`openapi: unknown scene ${JSON.stringify(id)}`);
  return scene;
}

export function classificationOf(model: ErrorModel, id: string): Classification {
  const found = model.classifications.find((c) => c.id === id);
  if (!found) throw new Error(`openapi: unknown classification ${JSON.stringify(id)}`);
  return found;
}

/** A cause's retry class, as the model decides it (`model/retry.ts`). */
export function causeRetry(model: ErrorModel, cause: Cause): Retry {
  return retryOf(cause, model.classifications);
}
