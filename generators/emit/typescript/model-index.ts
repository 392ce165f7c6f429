// Lookups the emitters share. Maps, not objects: ids are user data.
import type { Classification, ErrorModel, Localized, Scene } from '../../model/types.js';

export interface ModelIndex {
  scene(id: string): Scene;
  classification(id: string): Classification;
}

export function indexModel(model: ErrorModel): ModelIndex {
  const scenes = new Map(model.scenes.map((s) => [s.id, s]));
  const classifications = new Map(model.classifications.map((c) => [c.id, c]));
  return {
    scene(id) {
      const scene = scenes.get(id);
      if (scene === undefined) throw new Error(`errspec: unknown scene ${JSON.stringify(id)}`);
      return scene;
    },
    classification(id) {
      const classification = classifications.get(id);
      if (classification === undefined) throw new Error(`errspec: unknown classification ${JSON.stringify(id)}`);
      return classification;
    },
  };
}

/** A text in one locale; the model fills every locale, so a gap is a model bug. */
export function textIn(text: Localized, locale: string): string {
  const value = text[locale];
  if (value === undefined) throw new Error(`errspec: text lacks locale ${JSON.stringify(locale)}: ${JSON.stringify(text)}`);
  return value;
}
