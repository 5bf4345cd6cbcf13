/**
 * Micro benchmark of the segment and date stages: splitSentences + tokenize + findDates over a
 * generated multi-megabyte French text, or a real article repeated to that size.
 * Run: node --import tsx scripts/bench-segment.ts [megabytes] [article.txt]
 */
import { readFileSync } from 'node:fs';
import { splitParagraphs, splitSentences, tokenize } from '../src/segment/index.js';
import { findDates } from '../src/annotate/dates.js';
import { abbreviations } from '../src/lang/fr/abbreviations.js';
import { dates } from '../src/lang/fr/dates.js';

/** Invented news-like sentences covering what the stages handle: dates, quotes, abbreviations, glued ends. */
const SENTENCES = [
  'Le porte-parole, M. Dupont, a déclaré mardi que l’accord avait été signé le 12 mars à Genève.',
  '« Nous n’avons vu aucune livraison. Nous restons vigilants », a-t-il ajouté lors d’un point de presse.',
  'Depuis août, le pays a reçu plus de 1 200 véhicules de la variété Trident-3.a précisé le ministère.',
  'La semaine dernière, le Gén. Martin avait évoqué une hausse de 3,5 % des dépenses en 2021.',
  'Les discussions reprendront le mois prochain à Vienne.Le calendrier reste incertain.',
  'Selon l’agence, les entretiens du 23.10.2022 ont porté sur les sanctions, les exportations, etc.',
  'Plus tôt ce mois-ci, la délégation était arrivée à Oslo avec des propositions concrètes.',
  'Aucun commentaire n’a été fait sur les rapports publiés l’an dernier par plusieurs ONG.',
];

function generate(megabytes: number): string {
  const lines: string[] = [];
  let size = 0;
  for (let i = 0; size < megabytes * 1_000_000; i++) {
    const line = [0, 1, 2].map((k) => SENTENCES[(i * 3 + k) % SENTENCES.length]).join(' ');
    lines.push(line);
    size += line.length + 1;
  }
  return lines.join('\n');
}

function repeatToSize(article: string, megabytes: number): string {
  return `${article}\n`.repeat(Math.ceil((megabytes * 1_000_000) / (article.length + 1)));
}

function measure(label: string, megabytes: number, run: () => unknown): void {
  const started = performance.now();
  run();
  const seconds = (performance.now() - started) / 1000;
  console.log(`${label.padEnd(16)} ${(megabytes / seconds).toFixed(1).padStart(7)} MB/s  (${seconds.toFixed(2)} s)`);
}

const megabytes = Number(process.argv[2] ?? 4);
const sample = process.argv[3];
const text = sample ? repeatToSize(readFileSync(sample, 'utf8'), megabytes) : generate(megabytes);
const lang = { abbreviations, dates };
const paragraphs = splitParagraphs(text, []);
const sentences = splitSentences(text, paragraphs, lang);
console.log(`${megabytes} MB, ${paragraphs.length} paragraphs, ${sentences.length} sentences`);
measure('splitSentences', megabytes, () => splitSentences(text, paragraphs, lang));
measure('tokenize', megabytes, () => sentences.forEach((sentence) => tokenize(text, sentence)));
measure('findDates', megabytes, () => findDates(text, sentences, '2022-11-15', lang));
measure('all three', megabytes, () => {
  const split = splitSentences(text, paragraphs, lang);
  split.forEach((sentence) => tokenize(text, sentence));
  findDates(text, split, '2022-11-15', lang);
});
