// Every translatable text of the model as one translation unit: its i18n key (the
// XLIFF id), where its per-locale map sits in the spec (for import), and what a
// translator needs to know about it. Same texts, same order as the i18n JSON
// (test/translations/units.test.ts holds the two to one key list).
import type { PathSegment } from '../load/locate.js';
import { keys } from '../model/keys.js';
import type { Cause, ErrorCode, ErrorModel, Localized } from '../model/types.js';

export interface TextUnit {
  /** The i18n key: the unit's stable id. */
  readonly key: string;
  /** Path of the text's `{ en: ..., zh-CN: ... }` map in the spec. */
  readonly path: readonly PathSegment[];
  readonly text: Localized;
  /** Lines for the translator: code, name, scene, cause, what the text is. */
  readonly context: readonly string[];
  /** The declared params its placeholders name: bare names, or typed param objects. */
  readonly params: readonly unknown[];
}

export function translationUnits(model: ErrorModel): TextUnit[] {
  const source = model.sourceLocale;
  const sceneTitle = new Map(model.scenes.map((s) => [s.id, s.title[source]]));
  const retryOf = new Map(model.classifications.map((c) => [c.id, c.retry]));
  const out: TextUnit[] = [];
  const unit = (key: string, path: readonly PathSegment[], text: Localized, context: readonly string[], params: readonly unknown[] = []) =>
    out.push({ key, path, text, context, params });

  const codeLines = (code: ErrorCode): string[] => [`Code: ${code.code}`, `Name: ${code.name}`];
  const sceneName = (id: string): string => `${id} (${sceneTitle.get(id) ?? id})`;
  const causeLines = (cause: Cause): string[] => [
    `Cause: ${cause.id}`,
    ...(cause.scene === undefined ? [] : [`Scene: ${sceneName(cause.scene)}`]),
    `Classification: ${cause.classification} (retry: ${retryOf.get(cause.classification) ?? 'unknown'})`,
  ];
  const causeUnits = (cause: Cause, path: readonly PathSegment[], head: readonly string[], textKey: string, noteKey: string) => {
    const lines = [...head, ...causeLines(cause)];
    unit(textKey, [...path, 'explanation'], cause.explanation, [...lines, `What: why the error happens in this scene${cause.severity === 'error' ? '' : ` (not an error: severity ${cause.severity})`}`], cause.params);
    if (cause.note) unit(noteKey, [...path, 'note'], cause.note, [...lines, 'What: an editorial note about the source, not a message users see']);
  };

  unit(keys.title(), ['title'], model.title, ['What: the title of the error catalog']);
  model.codes.forEach((code, i) => {
    const path = ['errors', i];
    const head = codeLines(code);
    const scenes = code.scenes.map(sceneName).join('; ');
    // A summary the spec leaves out is its only cause's explanation: translated as that.
    if (!code.summaryFromCause) unit(keys.summary(code.name), [...path, 'summary'], code.summary, [...head, ...(scenes ? [`Scenes: ${scenes}`] : []), 'What: the one-line summary of the error, shown to users'], code.params);
    if (code.note) unit(keys.codeNote(code.name), [...path, 'note'], code.note, [...head, 'What: an editorial note about the source, not a message users see']);
    if (code.retired) unit(keys.retiredReason(code.name), [...path, 'retired', 'reason'], code.retired.reason, [...head, `What: why the code was retired (since ${code.retired.since})`]);
    code.causes.forEach((cause, j) => causeUnits(cause, [...path, 'causes', j], head, keys.cause(code.name, cause.id), keys.causeNote(code.name, cause.id)));
  });
  model.uncoded.forEach((cause, j) =>
    causeUnits(cause, ['uncoded', j], ['Code: none (the source documents this cause without a code)'], keys.uncoded(cause.id), keys.uncodedNote(cause.id)),
  );
  for (const c of model.classifications) {
    const head = [`Classification: ${c.id} (retry: ${c.retry})`];
    unit(keys.advice(c.id), ['classifications', c.id, 'advice'], c.advice, [...head, 'What: handling advice, shown with every cause in this classification']);
    if (c.note) unit(keys.classificationNote(c.id), ['classifications', c.id, 'note'], c.note, [...head, 'What: an editorial note about the source, not a message users see']);
  }
  for (const s of model.scenes) unit(keys.scene(s.id), ['scenes', s.id, 'title'], s.title, [`Scene: ${s.id}`, 'What: the title of the scene (where in the product the error happens)']);
  return out;
}
