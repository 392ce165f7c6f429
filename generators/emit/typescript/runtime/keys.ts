// The i18n key of every text. Shipped in the generated runtime (so the catalog's
// message keys are computed by this code) and imported by the toolkit itself
// (`model/keys.ts`), so the i18n JSON, the typed message keys and diff agree.

/** A key function per kind of text. */
export interface Keys {
  readonly title: () => string;
  readonly summary: (name: string) => string;
  readonly codeNote: (name: string) => string;
  readonly retiredReason: (name: string) => string;
  readonly cause: (name: string, causeId: string) => string;
  readonly causeNote: (name: string, causeId: string) => string;
  readonly uncoded: (causeId: string) => string;
  readonly uncodedNote: (causeId: string) => string;
  readonly advice: (classificationId: string) => string;
  readonly classificationNote: (classificationId: string) => string;
  readonly scene: (sceneId: string) => string;
}

export const keys: Keys = {
  title: (): string => 'title',
  summary: (name: string): string => `errors.${name}.summary`,
  codeNote: (name: string): string => `errors.${name}.note`,
  retiredReason: (name: string): string => `errors.${name}.retired`,
  cause: (name: string, causeId: string): string => `errors.${name}.causes.${causeId}`,
  causeNote: (name: string, causeId: string): string => `errors.${name}.causeNotes.${causeId}`,
  uncoded: (causeId: string): string => `uncoded.${causeId}.explanation`,
  uncodedNote: (causeId: string): string => `uncoded.${causeId}.note`,
  advice: (classificationId: string): string => `classifications.${classificationId}.advice`,
  classificationNote: (classificationId: string): string => `classifications.${classificationId}.note`,
  scene: (sceneId: string): string => `scenes.${sceneId}.title`,
};
