// i18n keys of every text in the model. One place, because the i18n JSON, the
// coverage report, the TS catalog and diff must all agree on them.

export const keys = {
  title: () => 'title',
  summary: (name: string) => `errors.${name}.summary`,
  codeNote: (name: string) => `errors.${name}.note`,
  retiredReason: (name: string) => `errors.${name}.retired`,
  cause: (name: string, causeId: string) => `errors.${name}.causes.${causeId}`,
  causeNote: (name: string, causeId: string) => `errors.${name}.causeNotes.${causeId}`,
  uncoded: (causeId: string) => `uncoded.${causeId}.explanation`,
  uncodedNote: (causeId: string) => `uncoded.${causeId}.note`,
  advice: (classificationId: string) => `classifications.${classificationId}.advice`,
  classificationNote: (classificationId: string) => `classifications.${classificationId}.note`,
  scene: (sceneId: string) => `scenes.${sceneId}.title`,
} as const;
