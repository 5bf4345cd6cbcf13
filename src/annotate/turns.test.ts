import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse } from '../pipeline.js';
import { languagePack } from '../lang/index.js';
import { Cast } from './people.js';
import { opensTurn, speakerOfTurn, turnsBySentence } from './turns.js';

/** Each sentence's turn as "NAME*" (the turn opens there), "NAME", "Q" or "-". */
function turnsOf(text: string, language: 'fr' | 'en', cast = new Cast()): string[] {
  const doc = analyse({ name: 'example.txt', origin: 'example.txt', format: 'text', text, meta: { language, published: '2023-03-14' } });
  const turns = turnsBySentence(text, doc.sentences, languagePack(language).claims, cast);
  return turns.map((t, i) => (t ? `${t.name ?? 'Q'}${opensTurn(t, doc.sentences[i]) ? '*' : ''}` : '-'));
}

test('a briefing transcript: each label opens a turn that lasts until the next label', () => {
  const text = [
    'Press briefing on arms transfers',
    'MS. WHITLOCK: Good afternoon. Mark is here.',
    'Q: Has Iran delivered missiles?',
    'MR. FENWICK: Not yet.',
    'We are watching closely.',
  ].join('\n\n');
  assert.deepEqual(turnsOf(text, 'en'), ['-', 'WHITLOCK*', 'WHITLOCK', 'Q*', 'FENWICK*', 'FENWICK']);
});

test('French labels: a title or two names, and "QUESTION :"', () => {
  const text = ['M. DUPONT : Bonjour à tous.', 'QUESTION : Quelles livraisons ?', 'JEAN MARTIN : Aucune.'].join('\n\n');
  assert.deepEqual(turnsOf(text, 'fr'), ['DUPONT*', 'Q*', 'JEAN MARTIN*']);
});

test('no transcript without both a speaker and a question label: "NOTE:" or a lone label starts no turn', () => {
  assert.deepEqual(turnsOf('NOTE: This story was updated.\n\nIran denied it. Q: is a letter.', 'en'), ['-', '-', '-']);
  assert.deepEqual(turnsOf('MR. FENWICK: Iran sent drones.\n\nThe end.', 'en'), ['-', '-']);
});

test('a label the text never gives in full is the speaker’s name as written in running text', () => {
  const speaker = speakerOfTurn({ label: { start: 0, end: 18 }, name: "JEAN-PIERRE O'NEIL", answer: false }, new Cast(), null, null);
  assert.deepEqual(speaker, { name: "Jean-Pierre O'Neil", type: 'person', affiliation: null });
});

test('a label with a title and no period ("MR MILLER:") is the name as written in running text too', () => {
  const text = ['Department Press Briefing', 'MR MILLER: Iran has delivered ballistic missiles to Russia.', 'QUESTION: Any evidence?', 'MR MILLER: We do.'].join('\n\n');
  const doc = analyse({ name: 'example.txt', origin: 'example.txt', format: 'text', text, meta: { language: 'en', published: '2024-09-12' } });
  assert.deepEqual([...new Set(doc.claims.map((c) => c.speaker.name))], ['Miller']);
});

test('an interview with no labels: questions in paragraphs of their own, the guest its introduction names answers the rest', () => {
  const text = [
    'Entretien',
    'Chercheuse à l’Institut, Jeanne Roux analyse les livraisons.',
    'Que sait-on des livraisons ?',
    'Elles ont commencé en 2022. Elles continuent.',
    'Et la suite ?',
    'Personne ne le sait.',
  ].join('\n\n');
  const cast = new Cast();
  cast.addFullName('Jeanne Roux', { start: text.indexOf('Jeanne'), end: text.indexOf(' analyse') });
  assert.deepEqual(turnsOf(text, 'fr', cast), ['-', '-', 'Q*', 'Jeanne Roux*', 'Jeanne Roux', 'Q*', 'Jeanne Roux*']);
});

test('question headings with no interview and no guest start no turn', () => {
  const text = ['Ce que l’on sait', 'Que sait-on des livraisons ?', 'Elles ont commencé en 2022.', 'Et la suite ?', 'Personne ne le sait.'].join('\n\n');
  assert.deepEqual(turnsOf(text, 'fr'), ['-', '-', '-', '-', '-']);
});

test('a publication labelling a question is the interviewer: « Le Monde : Kiev affirme que ... Que répondez-vous ? », then the guest answers', () => {
  const text = [
    'Entretien avec le ministre',
    'Le Monde : Kiev affirme que l’Iran livre des drones. Que répondez-vous ?',
    'Jean Morel : Nous avons livré peu de drones. Rien depuis.',
    'Le Monde : Et les missiles ?',
    'Jean Morel : C’est faux.',
  ].join('\n\n');
  assert.deepEqual(turnsOf(text, 'fr'), ['-', 'Q*', 'Q', 'Jean Morel*', 'Jean Morel', 'Q*', 'Jean Morel*']);
  // A statement labelled by a publication asks nothing: it is no interviewer's turn.
  assert.deepEqual(turnsOf(['Titre', 'Le Monde : Kiev affirme que l’Iran livre des drones.', 'Jean Morel : Rien.'].join('\n\n'), 'fr'), ['-', '-', '-']);
});

test('a briefing’s speaker is the fullest label, and speaks for whoever the title says gives the briefing', () => {
  const text = [
    'Pentagon Press Secretary Holds a Press Briefing',
    'PRESS SECRETARY TOMAS ELLERBY: Good afternoon, everyone.',
    'Q: Has North Korea shipped shells to Russia?',
    'MR. ELLERBY: Yes. North Korea has delivered munitions to Russia since September.',
  ].join('\n\n');
  const doc = analyse({ name: 'example.txt', origin: 'example.txt', format: 'text', text, meta: { language: 'en', published: '2023-11-02' } });
  assert.deepEqual(doc.claims.map((c) => [c.speaker.name, c.speaker.affiliation]), [['Tomas Ellerby', 'United States']]);
});
