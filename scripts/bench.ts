/**
 * `npm run bench`: throughput of the whole pipeline (read, analyse, store) on a generated corpus.
 *
 * The corpus (at least 20 MB of plain-text articles, in a temporary folder) recombines the
 * paragraphs of the bundled samples with generated sentences in the same languages, so that
 * every document is different (the ledger would skip identical ones). It prints wall-clock
 * throughput and, steadier on a busy machine, throughput per CPU second. Usage:
 *   npm run bench [-- --mb 40]
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
// The built package, as users run it (tsx's on-the-fly transform costs about a tenth more).
import { analyseInputs, ingest } from '../dist/index.js';

const SAMPLES = fileURLToPath(new URL('../samples/', import.meta.url));
const MB = 1024 * 1024;

type Language = 'fr' | 'en';

const COUNTRIES: Record<Language, string[]> = {
  fr: ['l’Iran', 'la Russie', 'la Corée du Nord', 'la Turquie', 'l’Ukraine', 'la Biélorussie', 'la Chine', 'la Serbie'],
  en: ['Iran', 'Russia', 'North Korea', 'Turkey', 'Ukraine', 'Belarus', 'China', 'Serbia'],
};
const ITEMS: Record<Language, string[]> = {
  fr: ['drones', 'obus d’artillerie', 'missiles balistiques', 'munitions', 'radars', 'hélicoptères'],
  en: ['drones', 'artillery shells', 'ballistic missiles', 'ammunition', 'radars', 'helicopters'],
};
const SPEAKERS: Record<Language, string[]> = {
  fr: ['le porte-parole du ministère, Adrien Kessel', 'la ministre de la Défense, Irène Valcourt',
    'un haut responsable du renseignement', 'le chef de la diplomatie, Malik Ferhat'],
  en: ['defence ministry spokesman Tomas Brenner', 'foreign minister Lena Okafor',
    'a senior intelligence official', 'national security adviser Victor Hale'],
};
const DAYS: Record<Language, string[]> = {
  fr: ['lundi', 'mardi', 'le 3 mars', 'le 19 juillet', 'jeudi dernier', 'en août'],
  en: ['on Monday', 'on Tuesday', 'on March 3', 'on July 19', 'last Thursday', 'in August'],
};
const TEMPLATES: Record<Language, ((w: Words) => string)[]> = {
  fr: [
    (w) => `${capitalise(w.country)} a livré des ${w.item} à ${w.other} ${w.day}, a déclaré ${w.speaker}.`,
    (w) => `Selon ${w.speaker}, ${w.country} pourrait fournir des ${w.item} à ${w.other} d’ici la fin de l’année.`,
    (w) => `« Nous n’avons vu aucune preuve d’une livraison de ${w.item} », a affirmé ${w.speaker} ${w.day}.`,
    (w) => `${capitalise(w.country)} a démenti ${w.day} toute vente de ${w.item} à ${w.other}.`,
    (w) => `${capitalise(w.speaker)} a reconnu que ${w.country} avait formé des militaires de ${w.other}.`,
  ],
  en: [
    (w) => `${w.country} delivered ${w.item} to ${w.other} ${w.day}, ${w.speaker} said.`,
    (w) => `According to ${w.speaker}, ${w.country} may supply ${w.item} to ${w.other} by the end of the year.`,
    (w) => `"We have seen no evidence of any delivery of ${w.item}," ${w.speaker} said ${w.day}.`,
    (w) => `${w.country} ${w.day} denied selling ${w.item} to ${w.other}.`,
    (w) => `${capitalise(w.speaker)} admitted that ${w.country} had trained troops from ${w.other}.`,
  ],
};

interface Words { country: string; other: string; item: string; speaker: string; day: string }

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Deterministic pseudo-random numbers (mulberry32), so every run measures the same corpus. */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The bundled samples' paragraphs, by language. */
async function sampleParagraphs(): Promise<Record<Language, string[]>> {
  const paragraphs: Record<Language, string[]> = { fr: [], en: [] };
  for await (const result of analyseInputs([SAMPLES])) {
    if (!result.ok) throw new Error(`${result.file}: ${result.error}`);
    const language: Language = result.doc.meta.language === 'fr' ? 'fr' : 'en';
    for (const { start, end } of result.doc.paragraphs) paragraphs[language].push(result.doc.text.slice(start, end));
  }
  return paragraphs;
}

function generateCorpus(folder: string, targetBytes: number, samples: Record<Language, string[]>): number {
  const random = seededRandom(2024);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const sentence = (language: Language): string => {
    const [country, other] = [pick(COUNTRIES[language]), pick(COUNTRIES[language])];
    const words = { country, other, item: pick(ITEMS[language]), speaker: pick(SPEAKERS[language]), day: pick(DAYS[language]) };
    return pick(TEMPLATES[language])(words);
  };
  let bytes = 0;
  let count = 0;
  while (bytes < targetBytes) {
    const language: Language = random() < 0.6 ? 'fr' : 'en';
    const paragraphs = [`${capitalise(pick(COUNTRIES[language]))} : ${sentence(language)}`.replace(/\.$/, '')];
    const length = 6 + Math.floor(random() * 8);
    for (let i = 0; i < length; i++) {
      paragraphs.push(random() < 0.4 && samples[language].length > 0
        ? pick(samples[language])
        : Array.from({ length: 2 + Math.floor(random() * 3) }, () => sentence(language)).join(' '));
    }
    // A serial number keeps every document distinct even when the draw repeats.
    const text = `${paragraphs.join('\n\n')}\n\n(${language === 'fr' ? 'Dépêche' : 'Dispatch'} n° ${count})\n`;
    writeFileSync(join(folder, `bench-${String(count).padStart(6, '0')}.txt`), text);
    bytes += Buffer.byteLength(text);
    count += 1;
  }
  return bytes;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { mb: { type: 'string', default: '20' } } });
  const targetBytes = Number(values.mb) * MB;
  if (!(targetBytes > 0)) throw new Error(`--mb: "${values.mb}" is not a positive number`);

  const work = mkdtempSync(join(tmpdir(), 'claimtrail-bench-'));
  try {
    const corpus = join(work, 'corpus');
    mkdirSync(corpus);
    const bytes = generateCorpus(corpus, targetBytes, await sampleParagraphs());

    let peakRss = process.memoryUsage().rss;
    const sampleMemory = () => { peakRss = Math.max(peakRss, process.memoryUsage().rss); };
    const sampler = setInterval(sampleMemory, 25);
    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    const report = await ingest([corpus], { db: join(work, 'bench.db'), onProgress: sampleMemory });
    const seconds = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpuBefore);
    const cpuSeconds = (cpu.user + cpu.system) / 1e6;
    clearInterval(sampler);
    sampleMemory();

    const documents = report.results.length;
    const claims = report.results.reduce((sum, result) => sum + (result.claims ?? 0), 0);
    console.log(`corpus:     ${(bytes / MB).toFixed(1)} MB in ${documents} documents (${report.counts.failed} failed), ${claims} claims`);
    console.log(`time:       ${seconds.toFixed(2)} s (read, analyse, store)`);
    console.log(`throughput: ${(bytes / MB / seconds).toFixed(2)} MB/s, ${(documents / seconds).toFixed(0)} documents/s`);
    // CPU time counts only this process's work, so it varies less than wall time on a busy machine.
    console.log(`cpu:        ${cpuSeconds.toFixed(2)} s user+system, ${(bytes / MB / cpuSeconds).toFixed(2)} MB per CPU second`);
    console.log(`peak RSS:   ${(peakRss / MB).toFixed(0)} MB`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
