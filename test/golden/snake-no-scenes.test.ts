// The snake-no-scenes fixture (no scenes, snake_case names, synonyms, summaries a
// single cause stands in for) through the checks its outputs promise: the real tsc on
// the TypeScript with a consumer, i18next on the JSON, and the runtime's lookups.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { GeneratedFile } from '../../generators/model/types.js';
import { strictFlags, tsc, writePackage } from '../emit/typescript/support.js';
import { generateFiles } from '../support/generate.js';

const SPEC = 'test/fixtures/snake-no-scenes/spec.yaml';

/** Pins what a consumer of this catalog may write, and what it may not. */
const CONSUMER = `import { ErrorCode } from "./ts/error-code.js";
import { describeError, formatMessage, getErrorByName, retryVerdictOf, type CauseInfo, type DescribedCause, type ErrorName, type SceneId } from "./ts/catalog.js";
import type { ErrorResources } from "./ts/i18next.js";

const same: ErrorCode.card_declined = ErrorCode.declined;
const deprecated: ErrorCode = ErrorCode.too_many_requests;
const names: ErrorName[] = ["card_declined", "declined", "nsf", "not_enough_funds", "too_many_requests"];
const info = getErrorByName("nsf");
const scene: undefined = info.causes[0]!.scene;
const described: DescribedCause | undefined = describeError(ErrorCode.card_declined).causes[0];
const title: undefined = described?.sceneTitle;
const cause: CauseInfo["scene"] = undefined;
const verdict = retryVerdictOf(ErrorCode.rate_limited);
// The summary a single cause stands in for has that cause's params.
formatMessage("errors.card_declined.summary", { declineCode: "do_not_honor" });
formatMessage("errors.declined.causes.issuer-declined", { declineCode: "x" });
formatMessage("errors.nsf.summary");
const resources: ErrorResources["errors"]["not_enough_funds"]["summary"] = "";
// @ts-expect-error a catalog without scenes has no scene id
const noScene: SceneId = "checkout";
// @ts-expect-error nor a scene to describe in
describeError(ErrorCode.card_declined, { scene: "checkout" });
// @ts-expect-error the derived summary needs the cause's params
formatMessage("errors.card_declined.summary");
void [same, deprecated, names, scene, title, cause, verdict, resources, noScene];
`;

let files: GeneratedFile[];
let dir: string;
beforeAll(async () => {
  files = await generateFiles(SPEC);
  dir = writePackage(files, { 'consumer.ts': CONSUMER });
});

const contents = (path: string): string => {
  const file = files.find((f) => f.path === path);
  if (file === undefined) throw new Error(`no ${path}`);
  return file.contents;
};

describe('the snake-no-scenes fixture', { timeout: 120_000 }, () => {
  it('its TypeScript and a consumer of it pass tsc under the strictest settings', () => {
    expect(tsc(dir, [...strictFlags, 'ts/error-code.ts', 'ts/error-code-const.ts', 'ts/catalog.ts', 'ts/server.ts', 'consumer.ts'])).toBe('');
  });

  it('i18next resolves every name, synonym and alias, the summary key holding the explanation', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({ lng: 'fr', fallbackLng: false, resources: { fr: { translation: JSON.parse(contents('i18n/fr.json')) as object } } });
    for (const name of ['card_declined', 'declined']) {
      expect(i18n.t(`errors.${name}.summary`, { declineCode: 'do_not_honor' })).toBe("L'émetteur a refusé la carte (do_not_honor).");
    }
    expect(i18n.t('errors.not_enough_funds.causes.balance')).toBe('Le solde est inférieur au montant.');
    expect(i18n.t('errors.too_many_requests.summary')).toBe('Trop de requêtes sont arrivées en une seconde.');
    expect(Object.keys(JSON.parse(contents('i18n/en.json')) as object)).not.toContain('scenes');
  });

  it('the runtime finds a code by any of its names and describes causes without a scene', async () => {
    const catalog = (await import(pathToFileURL(join(dir, 'ts', 'catalog.js')).href)) as typeof import('../fixtures/snake-no-scenes/expected/ts/catalog.js');
    const { ErrorCode } = (await import(pathToFileURL(join(dir, 'ts', 'error-code.js')).href)) as typeof import('../fixtures/snake-no-scenes/expected/ts/error-code.js');
    expect(ErrorCode.declined).toBe('card_declined');
    for (const name of ['insufficient_funds', 'nsf', 'not_enough_funds']) expect(catalog.getErrorByName(name)?.code).toBe('insufficient_funds');
    expect(catalog.getErrorByName('too_many_requests')?.name).toBe('rate_limited');
    expect(catalog.getErrorByName('card_declined')?.synonyms).toEqual(['declined']);
    const described = catalog.describeError('card_declined', { locale: 'fr', params: { declineCode: 'x' } });
    expect(described.summary).toBe("L'émetteur a refusé la carte (x).");
    expect(described.causes.map((c) => [c.id, c.scene, c.sceneTitle])).toEqual([['issuer-declined', undefined, undefined]]);
    expect(catalog.formatMessage('errors.nsf.summary', {}, 'en')).toBe('The card lacks the funds for this charge.');
  });
});
