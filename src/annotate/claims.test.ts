import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse } from '../pipeline.js';
import type { Claim } from '../core/types.js';
import { languagePack } from '../lang/index.js';

/** Runs the whole pipeline on an invented article and returns its claims. */
function claimsOf(text: string, language: 'fr' | 'en', published: string | null = '2022-11-20'): Claim[] {
  const doc = analyse({ name: 'example.txt', origin: 'example.txt', format: 'text', text, meta: { language, published } });
  for (const c of doc.claims) assert.equal(text.slice(c.start, c.end), c.text, 'claim text is the source slice');
  return doc.claims;
}

/** The one claim whose evidence contains `fragment` (and whose speaker is `speaker`, when given). */
function claimAbout(claims: Claim[], fragment: string, speaker?: string): Claim {
  const found = claims.filter((c) => c.text.includes(fragment) && (!speaker || c.speaker.name === speaker));
  assert.ok(found.length >= 1, `a claim containing "${fragment}"${speaker ? ` by ${speaker}` : ''}; got:\n${claims.map((c) => `  ${c.speaker.name} | ${c.stance} | ${c.text}`).join('\n')}`);
  return found[0];
}

const prop = (c: Claim) => c.proposition && `${c.proposition.type}:${c.proposition.actor}>${c.proposition.recipient}:${c.proposition.item}`;
/** Who said it, how, and what: the three parts of a claim the scorer matches. */
const reading = (c: Claim) => [c.speaker.name, c.stance, prop(c)];
/** What the claim says of what: [stance, proposition]. */
const stanceOn = (c: Claim) => [c.stance, prop(c)];

test('French indirect speech: a named official, the day he spoke, a supply proposition', () => {
  const claims = claimsOf("Le porte-parole du Pentagone, Paul Martin, a déclaré mardi que l'Iran avait livré des missiles balistiques à la Russie.", 'fr');
  const c = claimAbout(claims, 'avait livré');
  assert.equal(c.speaker.name, 'Paul Martin');
  assert.equal(c.speaker.type, 'person');
  assert.equal(c.speaker.affiliation, 'United States');
  assert.equal(c.stance, 'asserts');
  assert.equal(prop(c), 'supply:Iran>Russia:ballistic missiles');
  assert.equal(c.proposition?.mode, 'done');
  assert.equal(c.saidOn, '2022-11-15');
});

test('French inverted quote resolves a surname to the full name and reads a lack of evidence', () => {
  const claims = claimsOf([
    'Le porte-parole du Pentagone, Paul Martin, s’est exprimé lundi.',
    '« Nous n’avons vu aucune preuve d’une livraison de drones iraniens à la Russie », a déclaré Martin.',
  ].join(' '), 'fr');
  const c = claimAbout(claims, 'aucune preuve');
  assert.equal(c.speaker.name, 'Paul Martin');
  assert.equal(c.stance, 'no_evidence');
  assert.equal(prop(c), 'supply:Iran>Russia:drones');
});

test('French "a-t-il ajouté" goes to the last speaker; "pourrait" speculates about a planned supply', () => {
  const claims = claimsOf([
    'Le ministre britannique de la Défense, Tom Baker, a affirmé que l’Iran fournissait des drones à la Russie.',
    '« Téhéran pourrait envoyer des missiles à Moscou », a-t-il ajouté.',
  ].join(' '), 'fr');
  const c = claimAbout(claims, 'pourrait envoyer');
  assert.equal(c.speaker.name, 'Tom Baker');
  assert.equal(c.stance, 'speculates');
  assert.equal(prop(c), 'supply:Iran>Russia:missiles');
  assert.equal(c.proposition?.mode, 'planned');
});

test('French coordinated subjects that deny give one claim each, about the topic', () => {
  const claims = claimsOf([
    'Kiev affirme que l’Iran a livré des drones à la Russie.',
    'Moscou et Téhéran ont démenti ces accusations.',
  ].join(' '), 'fr');
  const denials = claims.filter((c) => c.stance === 'denies');
  assert.deepEqual(denials.map((c) => c.speaker.name).sort(), ['Iran', 'Russia']);
  for (const d of denials) assert.equal(prop(d), 'supply:Iran>Russia:drones');
});

test('French "selon" with an apposed name, and "acheter X à Y" written from supplier to buyer', () => {
  const claims = claimsOf('Selon le ministre ukrainien des Affaires étrangères, Ivan Petrenko, la Russie cherche à acheter des obus à la Corée du Nord.', 'fr');
  const c = claimAbout(claims, 'cherche à acheter');
  assert.equal(c.speaker.name, 'Ivan Petrenko');
  assert.equal(c.speaker.affiliation, 'Ukraine');
  assert.equal(prop(c), 'supply:North Korea>Russia:ammunition');
  assert.equal(c.proposition?.mode, 'sought');
});

test('French admission with "son pays", then "mais pas depuis" denies the later period', () => {
  const claims = claimsOf('Le ministre iranien des Affaires étrangères, Ali Karimi, a admis que son pays avait fourni un petit nombre de drones à la Russie avant la guerre, mais pas depuis.', 'fr');
  const admission = claimAbout(claims, 'avait fourni');
  assert.equal(admission.speaker.name, 'Ali Karimi');
  assert.equal(admission.stance, 'admits');
  assert.equal(prop(admission), 'supply:Iran>Russia:drones');
  const denial = claims.find((c) => c.stance === 'denies');
  assert.ok(denial, 'a denial for "mais pas depuis"');
  assert.equal(denial.speaker.name, 'Ali Karimi');
  assert.match(denial.text, /mais pas depuis/);
});

test('French accusation "accuser X de fournir" makes X the supplier; the past perfect only predates the article', () => {
  const claims = claimsOf('Kiev avait accusé Téhéran de fournir des drones Shahed-136 à Moscou.', 'fr');
  const c = claimAbout(claims, 'fournir');
  assert.equal(c.speaker.name, 'Ukraine');
  assert.equal(c.stance, 'asserts');
  assert.equal(prop(c), 'supply:Iran>Russia:drones');
  assert.equal(c.saidOnRelation, 'before');
});

test('French conditionnel journalistique hedges the reporter, not the speaker', () => {
  const c = claimAbout(claimsOf('Selon Kiev, l’Iran aurait fourni des drones à la Russie.', 'fr'), 'aurait fourni');
  assert.equal(c.speaker.name, 'Ukraine');
  assert.equal(c.stance, 'asserts');
});

test('French evidence frame without a reporting verb: the institution is the speaker', () => {
  const c = claimAbout(claimsOf('Le Pentagone n’a aucune information sur une livraison de missiles balistiques iraniens à la Russie.', 'fr'), 'aucune information');
  assert.equal(c.speaker.name, 'Pentagon');
  assert.equal(c.stance, 'no_evidence');
  assert.equal(prop(c), 'supply:Iran>Russia:ballistic missiles');
});

test('French joint production between two countries', () => {
  const c = claimAbout(claimsOf('Moscou et Téhéran discutent d’une production commune de drones, a indiqué la Maison Blanche.', 'fr'), 'production commune');
  assert.equal(c.speaker.name, 'White House');
  assert.equal(c.proposition?.type, 'produce');
  assert.deepEqual([c.proposition?.actor, c.proposition?.recipient].sort(), ['Iran', 'Russia']);
  assert.equal(c.proposition?.item, 'drones');
});

test('French quote whose quote marks were lost in scraping is still attributed', () => {
  const claims = claimsOf('Depuis mars, l’Iran a fourni à la Russie des centaines de drones de type Mohajer.a déclaré le porte-parole du gouvernement, Paul Martin.', 'fr');
  const c = claimAbout(claims, 'a fourni à la Russie');
  assert.equal(c.speaker.name, 'Paul Martin');
  assert.equal(prop(c), 'supply:Iran>Russia:drones');
});

test('French headline credited after a dash resolves the role to the person named in the article', () => {
  const claims = claimsOf([
    'La Corée du Nord pourrait livrer des obus à la Russie - Secrétaire d’État américain',
    '',
    'Le secrétaire d’État américain John Smith a déclaré que la Corée du Nord avait déjà livré des obus à la Russie.',
  ].join('\n'), 'fr');
  const c = claimAbout(claims, 'pourrait livrer');
  assert.equal(c.speaker.name, 'John Smith');
  assert.equal(c.stance, 'speculates');
});

test('who was told, with a demonym in it, is not what was said: "told a Ukrainian broadcaster that"', () => {
  const claim = claimAbout(claimsOf('Kyrylo Budanov told a Ukrainian broadcaster that North Korea had sent shells to Russia.', 'en'), 'had sent');
  assert.equal(claim.text, 'North Korea had sent shells to Russia');
});

test('English: "told reporters that", then "Tehran denied the claims"', () => {
  const claims = claimsOf('White House spokesman John Kirby told reporters that Iran has sent hundreds of drones to Russia. Tehran denied the claims.', 'en');
  const c = claimAbout(claims, 'has sent');
  assert.equal(c.speaker.name, 'John Kirby');
  assert.equal(c.speaker.affiliation, 'United States');
  assert.equal(c.stance, 'asserts');
  assert.equal(prop(c), 'supply:Iran>Russia:drones');
  const denial = claims.find((x) => x.speaker.name === 'Iran');
  assert.ok(denial);
  assert.equal(denial.stance, 'denies');
  assert.equal(prop(denial), 'supply:Iran>Russia:drones');
});

test('English "according to" and an ongoing supply', () => {
  const c = claimAbout(claimsOf('According to the Pentagon, North Korea is supplying artillery shells to Russia.', 'en'), 'is supplying');
  assert.equal(c.speaker.name, 'Pentagon');
  assert.equal(prop(c), 'supply:North Korea>Russia:ammunition');
  assert.equal(c.proposition?.mode, 'ongoing');
});

test('English inverted attribution with a modal, "buy from" direction', () => {
  const c = claimAbout(claimsOf('Russia may buy ballistic missiles from Iran, Secretary of State Jane Doe said on Tuesday.', 'en'), 'may buy');
  assert.equal(c.speaker.name, 'Jane Doe');
  assert.equal(c.stance, 'speculates');
  assert.equal(prop(c), 'supply:Iran>Russia:ballistic missiles');
  assert.equal(c.saidOn, '2022-11-15');
});

test('English lack of evidence and admission', () => {
  const claims = claimsOf('The Pentagon has no evidence that Iran delivered missiles to Russia, a spokeswoman said. Iran admitted supplying a small number of drones to Russia before the war.', 'en');
  assert.equal(claimAbout(claims, 'no evidence').stance, 'no_evidence');
  const admission = claimAbout(claims, 'supplying');
  assert.equal(admission.speaker.name, 'Iran');
  assert.equal(admission.stance, 'admits');
  assert.equal(prop(admission), 'supply:Iran>Russia:drones');
});

test('English "…, he said" after a quote, and "had denied it" refers back to the quoted proposition', () => {
  const claims = claimsOf('Secretary of State Jane Doe spoke on Monday. "North Korea is supplying artillery shells to Russia," she said, adding that Pyongyang had denied it.', 'en');
  const quote = claimAbout(claims, 'is supplying');
  assert.equal(quote.speaker.name, 'Jane Doe');
  assert.equal(prop(quote), 'supply:North Korea>Russia:ammunition');
  const denial = claims.find((c) => c.speaker.name === 'North Korea');
  assert.ok(denial);
  assert.equal(denial.stance, 'denies');
  assert.equal(prop(denial), 'supply:North Korea>Russia:ammunition');
});

test('English "could not confirm reports that" is a lack of evidence, and "Iranian trainers" names the sender', () => {
  const claims = claimsOf('Iran sent drones to Russia, Kyiv said. Pentagon spokesman Mark Lee said the United States could not confirm reports that Iranian trainers were in Russia.', 'en');
  const c = claimAbout(claims, 'could not confirm');
  assert.equal(c.speaker.name, 'Mark Lee');
  assert.equal(c.stance, 'no_evidence');
  assert.equal(prop(c), 'deploy:Iran>Russia:personnel');
});

test('English "Iranian-made drones" gives the supplier without an event word', () => {
  const c = claimAbout(claimsOf('According to Ukrainian officials, Russia has launched more than 300 Iranian-made drones at Ukrainian cities.', 'en'), 'Iranian-made');
  assert.equal(c.speaker.name, 'Ukraine');
  assert.equal(prop(c), 'supply:Iran>Russia:drones');
});

test('a verb governed by an evidence formula reports nothing itself, in French and English', () => {
  const fr = claimsOf('Depuis Copenhague, une responsable du ministère de la Défense a indiqué que le Danemark n’avait pas d’éléments permettant de confirmer ces ventes.', 'fr');
  assert.equal(fr.length, 1, fr.map((c) => c.text).join(' | '));
  assert.equal(fr[0].stance, 'no_evidence');
  assert.match(fr[0].text, /permettant de confirmer ces ventes$/);
  const en = claimsOf('Speaking in Copenhagen, a defence ministry official said Denmark had no evidence to confirm the sales.', 'en');
  assert.equal(en.length, 1, en.map((c) => c.text).join(' | '));
  assert.equal(en[0].stance, 'no_evidence');
  assert.match(en[0].text, /to confirm the sales$/);
});

test('English: an organisation named in full speaks for the country that owns it', () => {
  const c = claimAbout(claimsOf("Belarus has sent artillery shells to Russia, Serbia's Export Control Bureau said on Friday.", 'en'), 'has sent');
  assert.equal(c.speaker.name, 'Export Control Bureau');
  assert.equal(c.speaker.type, 'organization');
  assert.equal(c.speaker.affiliation, 'Serbia');
  assert.equal(prop(c), 'supply:Belarus>Russia:ammunition');
});

test('French inverted subject stops at an adjunct, and "les députés" is nobody in particular', () => {
  const claims = claimsOf([
    'La Biélorussie a livré des obus à la Russie, a affirmé mercredi le renseignement serbe, lors d’une audition devant les députés.',
    'Selon le député Marko Petrović, les livraisons continuent.',
  ].join(' '), 'fr');
  const c = claimAbout(claims, 'a livré des obus');
  assert.equal(c.speaker.type, 'organization');
  assert.equal(c.speaker.affiliation, 'Serbia');
});

test('a report relayed by a news agency is the source’s claim alone', () => {
  const claims = claimsOf('Serbia’s defence ministry on Friday rejected the reports that it sold drones to Russia as "absurd", Reuters said.', 'en');
  assert.deepEqual(claims.map((c) => [c.speaker.name, c.stance]), [['Ministry of Defence', 'denies']]);
});

test('a name written family name first resolves from its first word', () => {
  const claims = claimsOf('Lawmaker Park Min-jun briefed reporters. "North Korea is shipping shells to Russia by rail," Park told reporters.', 'en');
  assert.equal(claimAbout(claims, 'is shipping').speaker.name, 'Park Min-jun');
});

test('a lone surname the text never gave in full is still the speaker', () => {
  const claims = claimsOf('Russia could seek to buy fighter jets from Iran, Petrov said. "Belarus is sending shells to Russia," Ivanova told reporters.', 'en');
  assert.equal(claimAbout(claims, 'fighter jets').speaker.name, 'Petrov');
  assert.equal(claimAbout(claims, 'is sending').speaker.name, 'Ivanova');
  const fr = claimsOf('L’administration a indiqué que la Russie avait acheté des drones à l’Iran.', 'fr');
  assert.ok(fr.every((c) => c.speaker.name !== 'L’administration'), 'an elided article is no name');
});

test('English "but said" keeps the subject of the main clause', () => {
  const claims = claimsOf('Tehran acknowledged sending a few drones to Russia, but said they were delivered before the war.', 'en');
  assert.equal(claimAbout(claims, 'delivered before').speaker.name, 'Iran');
});

test('English report closed by a comma: "an official said, speaking on condition of anonymity"', () => {
  const c = claimAbout(claimsOf('Russia could seek to buy fighter jets from Iran, a senior U.S. official said, speaking on condition of anonymity.', 'en'), 'fighter jets');
  assert.equal(c.speaker.name, 'United States');
  assert.equal(c.stance, 'speculates');
});

test('an affiliation guessed from the document does not turn a statement into an admission', () => {
  // The institutions quoted are mostly Belarusian, but nothing says the lawmaker is.
  const claims = claimsOf([
    'Le ministère biélorusse de la Défense et la présidence biélorusse se sont tus.',
    'Le député Jan Novak a déclaré que la Biélorussie livrait des obus à la Russie.',
  ].join(' '), 'fr');
  assert.equal(claimAbout(claims, 'livrait').stance, 'asserts');
});

test('French "n’ont pas été en mesure de confirmer", "pas en mesure de les confirmer" are a lack of evidence', () => {
  const c = claimAbout(claimsOf('Les États-Unis n’ont pas été en mesure de confirmer ces livraisons de drones iraniens à la Russie, a indiqué le Pentagone.', 'fr'), 'en mesure');
  assert.equal(c.speaker.name, 'Pentagon');
  assert.equal(c.stance, 'no_evidence');
  const pronoun = claimsOf('Kiev affirme que la Biélorussie a livré des drones à la Russie. Le Pentagone a indiqué qu’il n’était pas en mesure de les confirmer.', 'fr');
  assert.equal(claimAbout(pronoun, 'les confirmer').stance, 'no_evidence');
});

test('a country speaking inside an official’s words is spoken for by the official', () => {
  const claims = claimsOf('The United States believes Iranian trainers are in Belarus to help Russian forces, defence spokeswoman Jane Doe said on Thursday.', 'en');
  assert.deepEqual(claims.map((c) => c.speaker.name), ['Jane Doe']);
});

test('English "denied reports that it had agreed to supply": the noun is no cue, "it" is the speaker, the clause ends at the comma', () => {
  const claims = claimsOf('Belarus on Tuesday denied reports that it had agreed to supply missiles to Russia, a day after Poland said the deal was signed.', 'en');
  const c = claimAbout(claims, 'agreed to supply');
  assert.equal(c.speaker.name, 'Belarus');
  assert.equal(c.stance, 'denies');
  assert.equal(prop(c), 'supply:Belarus>Russia:missiles');
  assert.ok(c.text.endsWith('to Russia'), c.text);
  assert.ok(!claims.some((x) => x.explanation.rules.includes('reporting-verb(reports)')), 'no claim cued by the noun "reports"');
});

test('calling the reports false is a denial, in French and English', () => {
  const en = claimAbout(claimsOf('Kyiv says Belarus sent drones to Russia. "These reports are completely false," a Belarusian spokesman said.', 'en'), 'completely false');
  assert.equal(en.stance, 'denies');
  assert.equal(prop(en), 'supply:Belarus>Russia:drones');
  const fr = claimAbout(claimsOf('Kiev affirme que la Biélorussie a livré des drones à la Russie. « Ces informations sont infondées », a déclaré Minsk.', 'fr'), 'infondées');
  assert.equal(fr.stance, 'denies');
});

test('a quote that goes on in the next sentence is the same speaker’s, said the same day', () => {
  const claims = claimsOf('"The reports are false," spokesman Ivan Petrov told reporters on Monday. "Belarus has not sent any drones to Russia."', 'en');
  const c = claimAbout(claims, 'has not sent');
  assert.equal(c.speaker.name, 'Ivan Petrov');
  assert.equal(c.stance, 'denies');
  assert.equal(prop(c), 'supply:Belarus>Russia:drones');
  assert.equal(c.saidOn, '2022-11-14');
  const alone = claimsOf('La Biélorussie a livré des drones. « Minsk n’a pas envoyé de drones à la Russie. »', 'fr');
  assert.equal(alone.length, 0, 'a quote nobody was quoted before stays unattributed');
});

test('"selon lui" and the subjunctive "ne fournisse"', () => {
  const claims = claimsOf('Le porte-parole biélorusse, Ivan Petrov, s’est exprimé lundi. Selon lui, Minsk « n’a fourni aucune arme » à la Russie. Les autorités polonaises craignent que la Biélorussie ne fournisse des missiles à la Russie.', 'fr');
  assert.equal(claimAbout(claims, 'aucune arme').speaker.name, 'Ivan Petrov');
  assert.equal(prop(claimAbout(claims, 'ne fournisse')), 'supply:Belarus>Russia:missiles');
});

test('an item’s origin and a place are no supply ("Iranian-made drones over Kyiv")', () => {
  const c = claimAbout(claimsOf('EU officials said they were gathering evidence on the use of Belarusian drones in Ukraine.', 'en'), 'Belarusian drones');
  assert.equal(c.proposition, null);
});

test('an unnamed official under a news agency’s dateline is no official of the agency', () => {
  const c = claimAbout(claimsOf('WARSAW, Nov 2, 2023 (Reuters) - Belarus has shipped shells to Russia, an official said.', 'en'), 'has shipped');
  assert.equal(c.speaker.type, 'unknown');
  assert.equal(prop(c), 'supply:Belarus>Russia:ammunition');
});

test('"X said it had no evidence that P" is one lack of evidence, not a relay of "said" nor an assertion of P', () => {
  const claims = claimsOf('The White House said it had no evidence that Russian troops had been deployed to Belarus.', 'en');
  assert.equal(claims.length, 1, claims.map((c) => `${c.stance}: ${c.text}`).join(' | '));
  const c = claimAbout(claims, 'deployed');
  assert.equal(c.speaker.name, 'White House');
  assert.equal(c.stance, 'no_evidence');
  assert.equal(prop(c), 'deploy:Russia>Belarus:personnel');
});

test('meeting coverage: each delegation speaks for its country, even in formulaic sentences', () => {
  const claims = claimsOf([
    'The representative of the United Kingdom said that Iran had sent drones to Russia.',
    'The representative of Norway said that Iran had sent drones to Russia.',
    'The representative of the Russian Federation rejected those allegations.',
  ].join(' '), 'en');
  assert.deepEqual(claims.map((c) => `${c.speaker.name}:${c.stance}`), ['United Kingdom:asserts', 'Norway:asserts', 'Russia:denies']);
});

test('"Speaking for X, the representative" is X; "he acknowledged, however, that" keeps its complement', () => {
  const claims = claimsOf('Speaking for the Islamic Republic of Iran, the representative said his country had not supplied any weapons to Russia. He acknowledged, however, that Tehran had sold a limited number of drones to Moscow.', 'en');
  const denial = claimAbout(claims, 'not supplied');
  assert.equal(denial.speaker.name, 'Iran');
  assert.equal(denial.stance, 'denies');
  assert.equal(prop(denial), 'supply:Iran>Russia:weapons');
  const admission = claimAbout(claims, 'had sold');
  assert.equal(admission.speaker.name, 'Iran');
  assert.equal(admission.stance, 'admits');
  assert.equal(prop(admission), 'supply:Iran>Russia:drones');
  const fr = claimAbout(claimsOf('S’exprimant au nom de la Biélorussie, le délégué a affirmé que son pays n’avait livré aucune arme à la Russie.', 'fr'), 'aucune arme');
  assert.equal(fr.speaker.name, 'Belarus');
  assert.equal(fr.stance, 'denies');
});

test('a report set between commas inside its content ("North Korea, he said, may ...")', () => {
  const claims = claimsOf('Ukraine’s representative said Russia had launched drones. North Korea, he said, may be preparing to send troops to Russia.', 'en');
  assert.equal(claimAbout(claims, 'had launched').speaker.name, 'Ukraine', 'a short clause after "said" is no bare complement');
  const c = claimAbout(claims, 'preparing to send');
  assert.ok(c.text.startsWith('North Korea'), c.text);
  assert.equal(c.speaker.name, 'Ukraine');
  assert.equal(c.stance, 'speculates');
  assert.equal(prop(c), 'deploy:North Korea>Russia:personnel');
  const fr = claimAbout(claimsOf('La Corée du Nord, a affirmé le ministre ukrainien de la Défense, pourrait envoyer des troupes en Russie.', 'fr'), 'pourrait envoyer');
  assert.ok(fr.text.startsWith('La Corée du Nord'), fr.text);
  assert.equal(fr.stance, 'speculates');
  const quoted = claimAbout(claimsOf('« Nous n’avons rien livré à la Russie », a dit le ministre iranien, lors d’une réunion.', 'fr'), 'rien livré');
  assert.equal(quoted.text, 'Nous n’avons rien livré à la Russie', 'an adjunct after the report is no continuation');
});

test('condemning a delivery asserts it; concern over reports speculates, in the concerned party’s name', () => {
  const fr = claimAbout(claimsOf('La France condamne avec la plus grande fermeté la livraison par la Corée du Nord de munitions à la Russie.', 'fr'), 'livraison');
  assert.equal(fr.speaker.name, 'France');
  assert.equal(fr.stance, 'asserts');
  assert.equal(prop(fr), 'supply:North Korea>Russia:ammunition');
  const en = claimAbout(claimsOf('Britain condemned the delivery of Iranian drones to Russia.', 'en'), 'delivery');
  assert.equal(prop(en), 'supply:Iran>Russia:drones');
  const concern = claimAbout(claimsOf('Germany expressed deep concern over reports that Iran was preparing to send ballistic missiles to Russia.', 'en'), 'preparing');
  assert.equal(concern.speaker.name, 'Germany');
  assert.equal(concern.stance, 'speculates');
  const inquietude = claimAbout(claimsOf('La France rappelle sa vive préoccupation face aux informations selon lesquelles l’Iran envisagerait de fournir des missiles balistiques à la Russie.', 'fr'), 'envisagerait');
  assert.equal(inquietude.speaker.name, 'France');
  assert.equal(inquietude.stance, 'speculates');
  assert.equal(claimsOf('The Security Council met to consider reports of arms transfers to Russia.', 'en').length, 0, '"reports of" is a noun');
});

test('"said that P, and that Q": two claims when they differ, one wider claim when Q adds nothing', () => {
  const claims = claimsOf('A U.S. State Department spokesperson said that Pyongyang could be supplying ballistic missiles to Russia, and that Moscow was seeking to buy shells from North Korea.', 'en');
  assert.deepEqual(claims.map((c) => `${c.speaker.name}:${c.stance}:${prop(c)}`), [
    'State Department:speculates:supply:North Korea>Russia:ballistic missiles',
    'State Department:asserts:supply:North Korea>Russia:ammunition',
  ]);
  const merged = claimsOf('Le ministre iranien a déclaré que l’Iran allait livrer des drones à la Russie et que la vente serait conclue rapidement.', 'fr');
  assert.equal(merged.length, 1);
  assert.ok(merged[0].text.endsWith('conclue rapidement'), merged[0].text);
});

test('denials that call reports a provocation, "plausible" transfers, training by "former des opérateurs"', () => {
  const claims = claimsOf([
    'L’opposition affirme que l’Iran a livré des drones à la Biélorussie.',
    'Le ministère biélorusse de la Défense a qualifié ces accusations de « provocation ».',
    'Un diplomate européen a estimé que de tels transferts étaient « plausibles ».',
    'Kiev estime que la Biélorussie pourrait former des opérateurs de drones russes.',
  ].join(' '), 'fr');
  assert.equal(claimAbout(claims, 'provocation').stance, 'denies');
  assert.equal(claimAbout(claims, 'plausibles').stance, 'speculates');
  assert.equal(prop(claimAbout(claims, 'former des opérateurs')), 'train:Belarus>Russia:drones');
  assert.equal(prop(claimAbout(claimsOf('Officials said Iran had trained Russian drone operators.', 'en'), 'trained')), 'train:Iran>Russia:drones');
});

test('items named by their use: lethal aid is weapons, machine tools are technology', () => {
  const claims = claimsOf('The envoy said that China was providing lethal aid to Russia. She added that China was supplying machine tools to Russia.', 'en');
  assert.equal(prop(claimAbout(claims, 'lethal aid')), 'supply:China>Russia:weapons');
  assert.equal(prop(claimAbout(claims, 'machine tools')), 'supply:China>Russia:technology');
});

test('components are technology, even those meant for weapons: "supplying components to Russia", « des composants destinés à la fabrication de drones »', () => {
  const en = claimsOf('Washington accused China of supplying components to Russia.', 'en');
  assert.equal(prop(claimAbout(en, 'components')), 'supply:China>Russia:technology');
  const fr = claimsOf('Washington accuse la Chine de livrer à Moscou des composants destinés à la fabrication de drones.', 'fr');
  assert.equal(prop(claimAbout(fr, 'composants')), 'supply:China>Russia:technology');
});

test('a date in another clause does not date the report; a bare "nie" denies the topic', () => {
  const c = claimAbout(claimsOf('Both Moscow and Pyongyang have denied arms transfers, though they pledged last year to deepen military cooperation.', 'en', '2024-02-27'), 'denied');
  assert.equal(c.saidOn, '2024-02-27');
  const bare = claimAbout(claimsOf('Kiev affirme que l’Iran a livré des drones à la Russie. Téhéran nie.', 'fr'), 'nie');
  assert.equal(bare.speaker.name, 'Iran');
  assert.equal(bare.stance, 'denies');
  assert.equal(prop(bare), 'supply:Iran>Russia:drones');
});

test('"Iran says P, denies Q": the second verb shares the first one’s subject', () => {
  const claims = claimsOf('Iran says drones were sent to Russia before the Ukraine war, denies recent deliveries.', 'en');
  assert.equal(claimAbout(claims, 'denies recent').speaker.name, 'Iran');
  const fr = claimsOf('Téhéran reconnaît avoir livré des drones à la Russie avant la guerre en Ukraine, dément toute livraison récente.', 'fr');
  assert.equal(claimAbout(fr, 'dément').speaker.name, 'Iran');
});

test('a name after "said" that starts a clause is its subject, not an inverted speaker', () => {
  const c = claimAbout(claimsOf('A senior diplomat, speaking on condition of anonymity, said the European Union was preparing new sanctions against Iran.', 'en'), 'preparing');
  assert.ok(c.text.startsWith('the European Union was preparing'), c.text);
});

test('evidence under a condition is claimed by nobody', () => {
  const claims = claimsOf('"We gave drones to Russia before the war," Foreign Minister Farid Haddadi said. "If Ukraine has evidence that Iranian drones were used in the war, they should share it."', 'en');
  assert.ok(claims.every((c) => c.speaker.name === 'Farid Haddadi'), claims.map((c) => c.speaker.name).join(', '));
  assert.equal(claimsOf('Si Kiev a des preuves que des drones iraniens ont été utilisés, qu’il les montre.', 'fr').length, 0);
});

test('deployed people are personnel whatever else the clause names; a system after its class is the item', () => {
  const deployed = claimAbout(claimsOf('The spokesman said Iranian military personnel had been deployed in Crimea to help Russian forces operate the drones.', 'en'), 'deployed');
  assert.equal(prop(deployed), 'deploy:Iran>Russia:personnel');
  const system = claimAbout(claimsOf('Le ministre a estimé que Téhéran pourrait bientôt livrer des missiles Fateh-110 à Moscou.', 'fr'), 'Fateh-110');
  assert.equal(prop(system), 'supply:Iran>Russia:ballistic missiles');
});

test('a date beside the speaker of an evidence formula dates the claim', () => {
  const c = claimAbout(claimsOf('Kremlin spokesman Ivan Orlov said on Monday he had no information about Iranian drones in Russia.', 'en', '2022-11-05'), 'no information');
  assert.equal(c.stance, 'no_evidence');
  assert.equal(c.saidOn, '2022-10-31');
});

test('the receiving side’s own-made items are no supply by the topic’s supplier: the recipient saying so denies it', () => {
  const claims = claimsOf('Kiev affirme que l’Iran livre des armes à la Russie. Le porte-parole russe Igor Semenov a déclaré que la Russie « utilise des armes de fabrication russe ».', 'fr');
  const own = claimAbout(claims, 'fabrication russe');
  assert.deepEqual(stanceOn(own), ['denies', 'supply:Iran>Russia:weapons']);
});

test('official statements: "the Secretary said", "continues to deny", what trainees are trained on', () => {
  const claims = claimsOf([
    'Iran has sent ballistic missiles to Russia, the Secretary said today.',
    'Iranian instructors have also trained Russian soldiers on the system.',
    'Tehran continues to deny the transfers.',
  ].join(' '), 'en');
  assert.equal(prop(claimAbout(claims, 'has sent')), 'supply:Iran>Russia:ballistic missiles');
  const denial = claimAbout(claims, 'deny the transfers');
  assert.equal(denial.speaker.name, 'Iran');
  assert.equal(denial.stance, 'denies');
  assert.equal(claimsOf('The Kremlin has declined to confirm that it uses Iranian drones.', 'en').length, 0, 'declining to confirm says nothing');
});

test('lists of speakers need a conjunction; an aside or an outlet that asked is no speaker', () => {
  const joint = claimsOf('Germany, France and the United Kingdom said in a joint statement that Iran had sent missiles to Russia.', 'en');
  assert.deepEqual(joint.map((c) => c.speaker.name), ['Germany', 'France', 'United Kingdom']);
  assert.equal(claimAbout(claimsOf('Kiev affirme que l’Iran a livré des drones à la Russie. L’Iran, l’allié de la Russie, a démenti.', 'fr'), 'démenti').speaker.name, 'Iran');
  const statement = claimsOf('Dans un communiqué publié par l’agence officielle KCNA, le ministère nord-coréen des Affaires étrangères assure que Pyongyang n’a jamais exporté d’armes vers la Russie.', 'fr');
  assert.deepEqual(statement.map((c) => c.speaker.name), ['Ministry of Foreign Affairs']);
  const expert = claimsOf('Selon un expert militaire interrogé par l’AFP, la Russie pourrait produire ces missiles.', 'fr');
  assert.ok(expert.every((c) => c.speaker.name !== 'AFP'), expert.map((c) => c.speaker.name).join(', '));
});

test('"D’après X, Name, P", "qui, selon eux, prouvent que", items "fournis par" their supplier', () => {
  const claims = claimsOf([
    'D’après le procureur général d’Ukraine, Andriy Kostine, au moins vingt missiles nord-coréens ont été tirés sur l’Ukraine.',
    'Les services de sécurité ukrainiens ont présenté des débris qui, selon eux, prouvent que la Russie utilise des missiles balistiques fournis par la Corée du Nord.',
  ].join(' '), 'fr');
  const kostine = claimAbout(claims, 'vingt missiles');
  assert.equal(kostine.speaker.name, 'Andriy Kostine');
  assert.ok(kostine.text.startsWith('au moins'), kostine.text);
  const debris = claimAbout(claims, 'fournis par');
  assert.equal(debris.speaker.affiliation, 'Ukraine');
  assert.equal(prop(debris), 'supply:North Korea>Russia:ballistic missiles');
});

test('a weekday inside a cue phrase dates the report', () => {
  const c = claimAbout(claimsOf('Kiev affirme que la Corée du Nord livre des missiles à la Russie. La Corée du Nord a qualifié mercredi ces affirmations d’« absurdes ».', 'fr', '2024-02-06'), 'absurdes');
  assert.equal(c.stance, 'denies');
  assert.equal(c.saidOn, '2024-01-31');
});

test('a country’s mission to the UN speaks for the country; "the country" is the speaker’s', () => {
  const c = claimAbout(claimsOf('Iran’s mission to the United Nations said in a statement that the country had never supplied any weapons to Russia.', 'en'), 'never supplied');
  assert.equal(c.speaker.name, 'Iran');
  assert.equal(c.stance, 'denies');
  assert.equal(prop(c), 'supply:Iran>Russia:weapons');
});

test('personnel on the ground helping another side’s troops are deployed to that side', () => {
  const claims = claimsOf([
    'U.S. says Iranian trainers in Crimea helping Russia launch drones',
    '',
    'A spokesman told reporters that Iranian military personnel were on the ground in Crimea, helping Russian troops fly drones.',
    'He said Iran might send more.',
  ].join('\n'), 'en');
  assert.equal(claimAbout(claims, 'Iranian trainers').speaker.name, 'United States', 'an abbreviation is no punctuation before the verb');
  assert.equal(prop(claimAbout(claims, 'on the ground')), 'deploy:Iran>Russia:personnel');
  assert.equal(prop(claimAbout(claims, 'might send more')), 'deploy:Iran>Russia:personnel');
  const denial = claimAbout(claimsOf('Russia has repeatedly denied using Iranian drones.', 'en'), 'using');
  assert.equal(prop(denial), 'supply:Iran>Russia:drones');
});

test('experts and analysts speak for themselves, not for an institution or the last speaker', () => {
  const en = claimsOf('The Pentagon said Iran had sent drones to Russia. Iran could also send missiles, analysts said.', 'en');
  const analysts = claimAbout(en, 'could also send');
  assert.equal(analysts.speaker.name, 'analyst');
  assert.equal(analysts.speaker.type, 'unknown');
  assert.equal(analysts.speaker.affiliation, null);
  const fr = claimsOf('La Maison Blanche affirme que l’Iran a livré des drones à la Russie. Selon des chercheurs, l’Iran pourrait aussi livrer des missiles.', 'fr');
  assert.equal(claimAbout(fr, 'pourrait aussi').speaker.affiliation, null);
});

test('A passive verdict names its agent before or after the verdict: "was dismissed by Moscow as propaganda", "was dismissed as propaganda by Moscow"', () => {
  for (const sentence of ['The report was dismissed by Moscow as propaganda.', 'The report was dismissed as propaganda by Moscow.']) {
    const c = claimAbout(claimsOf(`Ukraine says Iran has sent drones to Russia. ${sentence}`, 'en'), 'dismissed');
    assert.deepEqual(reading(c), ['Russia', 'denies', 'supply:Iran>Russia:drones'], sentence);
  }
});

test('Calling reports false denies them, whatever the verb’s voice: « les a qualifiées de « nouvelle fausse information » », « ont été qualifiées de propagande par Moscou », "were called speculation by Moscow"', () => {
  const fr = 'Séoul affirme que Pyongyang a envoyé des troupes en Russie.';
  for (const sentence of [
    'Le porte-parole du Kremlin, Ivan Sorokine, les a qualifiées de « nouvelle fausse information ».',
    'Le Kremlin a qualifié ces accusations de « pure invention ».',
    'Ces informations ont été qualifiées de propagande par Moscou.',
    'Le Kremlin a jugé ces informations « totalement infondées ».',
    'Moscou a qualifié ces informations d’« intox ».',
  ]) {
    const c = claimsOf(`${fr} ${sentence}`, 'fr').at(-1)!;
    assert.deepEqual([c.speaker.affiliation, c.stance, prop(c)], ['Russia', 'denies', 'deploy:North Korea>Russia:personnel'], sentence);
  }
  const en = 'Seoul said Pyongyang had sent troops to Russia.';
  for (const sentence of ['Kremlin spokesman Ivan Sorokin called the reports "yet another fake".', 'The reports were called speculation by Moscow.', 'Moscow dismissed the claims as pure speculation.']) {
    const c = claimsOf(`${en} ${sentence}`, 'en').at(-1)!;
    assert.deepEqual([c.speaker.affiliation, c.stance, prop(c)], ['Russia', 'denies', 'deploy:North Korea>Russia:personnel'], sentence);
  }
});

test('A participle after a possessive qualifies a noun, it reports nothing: "Iran’s alleged drone deliveries to Russia were condemned by the EU"', () => {
  const claims = claimsOf('Ukraine says Iran has sent drones to Russia. Iran’s alleged drone deliveries to Russia were condemned by the EU.', 'en');
  assert.deepEqual(claims.filter((c) => c.text.includes('deliveries')).map((c) => [c.speaker.name, c.stance]), [['European Union', 'asserts']]);
});

test('After a relative clause closed by a comma, the verb is the antecedent’s, not inverted: "Belarus, which has allowed Russian troops on its soil, denies any role"', () => {
  const claims = claimsOf('Russian troops trained in Belarus, Kyiv said. Belarus, which has allowed Russian troops to train on its soil, denies any role.', 'en');
  const c = claimAbout(claims, 'any role');
  assert.deepEqual([c.speaker.name, c.stance], ['Belarus', 'denies']);
});

test('A report in a relative clause set off by commas ends with it: "Iran, which denies supplying Russia with weapons, hosted the talks"', () => {
  const en = claimAbout(claimsOf('Iran, which denies supplying Russia with weapons, hosted the talks.', 'en'), 'supplying');
  assert.deepEqual([en.text, en.stance], ['supplying Russia with weapons', 'denies']);
  const fr = claimAbout(claimsOf('L’Iran, qui nie livrer des armes à la Russie, a accueilli les discussions.', 'fr'), 'livrer');
  assert.equal(fr.text, 'livrer des armes à la Russie');
  // "did not respond" after the clause is no negation of the accusation.
  assert.equal(claimAbout(claimsOf('North Korea, which Washington accuses of shipping shells to Russia, did not respond.', 'en'), 'shipping').stance, 'asserts');
});

test('"of Iranian manufacture" is an origin, no production: the denial that follows answers the supply', () => {
  const claims = claimsOf('Iran has shipped artillery shells to Russia, officials said. A report found that shells recovered in eastern Ukraine bore markings of Iranian manufacture. Tehran has repeatedly denied the accusations.', 'en');
  assert.equal(claimAbout(claims, 'Iranian manufacture').proposition?.type ?? null, null);
  assert.equal(prop(claimAbout(claims, 'denied the accusations')), 'supply:Iran>Russia:ammunition');
});

test('"the diplomat said", « a ajouté le diplomate » right after a named official is quoted: that official', () => {
  const en = claimsOf('There are no foreign units in Russia, Deputy Foreign Minister Pavel Orlov told reporters. "All such claims are fabrications," the diplomat said.', 'en');
  assert.equal(claimAbout(en, 'fabrications').speaker.name, 'Pavel Orlov');
  const fr = claimsOf('Il n’y a aucune unité étrangère en Russie, a déclaré le vice-ministre des Affaires étrangères, Pavel Orlov. « Toutes ces affirmations sont des inventions », a ajouté le diplomate.', 'fr');
  assert.equal(claimAbout(fr, 'inventions').speaker.name, 'Pavel Orlov');
});

test('A person whose country was guessed keeps it for later quotes: "Deputy Foreign Minister X told reporters ... X added" after another country spoke', () => {
  const claims = claimsOf([
    'Moscow says no foreign troops are fighting for it.',
    'There are no foreign units alongside the Russian army, Deputy Foreign Minister Pavel Orlov told reporters on Monday.',
    'Earlier, South Korea’s defence ministry said that North Korean troops had been sent to Russia.',
    'Orlov added that cooperation with Pyongyang was legal.',
  ].join(' '), 'en');
  assert.deepEqual(claims.filter((c) => c.speaker.name === 'Pavel Orlov').map((c) => c.speaker.affiliation), ['Russia', 'Russia']);
});

test('An official of no stated country speaks for the subject of the sentence before if it reported there, even before someone else: "Iran denied P, a day after U.S. officials said Q"', () => {
  const claims = claimsOf([
    'Iran on Monday denied sending ballistic missiles to Russia, a day after U.S. officials said the first shipment had arrived at a Russian port.',
    '“Iran has not transferred any ballistic missiles to Russia,” Foreign Ministry spokesman Reza Navid told a news conference.',
    'The Kremlin declined to comment.',
  ].join(' '), 'en');
  assert.equal(claimAbout(claims, 'has not transferred').speaker.affiliation, 'Iran');
});

test('An unnamed role reporting at the close of a sentence is the one named first in the next: "..., a deputy defence minister has said. Mehdi Farahi told ..."', () => {
  const en = claimsOf('Iran will receive fighter jets from Russia, a deputy defence minister has said. Mehdi Farahi told the agency that the jets would arrive soon.', 'en');
  assert.equal(claimAbout(en, 'fighter jets from Russia').speaker.name, 'Mehdi Farahi');
  const fr = claimsOf('L’Iran a livré des drones à la Russie, a indiqué un vice-ministre de la Défense. Mehdi Sadri a précisé que les drones avaient été livrés en août.', 'fr');
  assert.equal(claimAbout(fr, 'des drones à la Russie').speaker.name, 'Mehdi Sadri');
  // Not a role the reporting one depends on.
  const adviser = claimsOf('Iran has sent drones to Russia, a senior adviser to Ukraine’s president wrote. Mykola Lenko wrote that the drones hit Kyiv.', 'en');
  assert.notEqual(claimAbout(adviser, 'drones to Russia').speaker.name, 'Mykola Lenko');
});

test('What a relative clause in the subject names is not the subject; a body named by its kind alone is the organisation that spoke last: "The panel, which monitors sanctions on North Korea, said P"', () => {
  const en = claimsOf('A panel of United Nations experts said Pyongyang sent missiles to Russia. The panel, which monitors sanctions on North Korea, said the missiles were sent to Russia in December.', 'en');
  assert.equal(claimAbout(en, 'in December').speaker.name, 'United Nations');
  const fr = claimsOf('Un groupe d’experts de l’ONU affirme que Pyongyang a livré des missiles à la Russie. Le groupe, qui surveille les sanctions contre la Corée du Nord, a dit que les missiles avaient été livrés en décembre.', 'fr');
  assert.equal(claimAbout(fr, 'en décembre').speaker.name, 'United Nations');
});

test('« de fabrication » closing a verdict is no production: « a qualifié ces accusations de « fabrication » », « de pure fabrication »', () => {
  for (const verdict of ['de « fabrication »', 'de pure fabrication']) {
    const c = claimsOf(`Séoul affirme que Pyongyang a livré des missiles à la Russie. Pyongyang a qualifié ces accusations ${verdict}.`, 'fr').at(-1)!;
    assert.deepEqual(stanceOn(c), ['denies', 'supply:North Korea>Russia:missiles'], verdict);
  }
});

test('A delegate to a forum written after a country’s possessive speaks for the country: "North Korea’s U.N. mission", "the Iranian UN ambassador"', () => {
  for (const subject of ['North Korea’s U.N. mission', 'The North Korean UN ambassador']) {
    const c = claimsOf(`Seoul says Pyongyang sent missiles to Russia. ${subject} dismissed the findings as “a fabrication”.`, 'en').at(-1)!;
    assert.deepEqual([c.speaker.name, c.stance], ['North Korea', 'denies'], subject);
  }
});

test('A statement labelled on a line of its own under its title is its signatory’s, whose name written in capitals is written as names are', () => {
  const statement = [
    'Designating Entities Supporting Iran’s Drone Transfers to Russia', '',
    'PRESS STATEMENT', 'JANE HOLLOWAY, SECRETARY OF STATE', 'NOVEMBER 15, 2022', '',
    'Iran has transferred hundreds of drones to Russia.',
  ].join('\n');
  const c = claimAbout(claimsOf(statement, 'en'), 'hundreds of drones');
  assert.deepEqual([c.speaker.name, prop(c)], ['Jane Holloway', 'supply:Iran>Russia:drones']);
});

test('Calling a denial false asserts what it denied: "Those denials are false", « Ces démentis sont mensongers »', () => {
  const en = claimsOf('Iran’s leaders have repeatedly denied sending weapons to Russia. Those denials are false, the spokesman said.', 'en');
  assert.deepEqual([claimAbout(en, 'denials are false').stance, prop(claimAbout(en, 'denials are false'))], ['asserts', 'supply:Iran>Russia:weapons']);
  const fr = claimsOf('L’Iran a toujours démenti avoir livré des missiles à la Russie. Ces démentis sont mensongers, a déclaré le porte-parole.', 'fr');
  assert.equal(claimAbout(fr, 'mensongers').stance, 'asserts');
});

test('A headline’s "X to do" is planned: "Iran to supply Russia with more drones, sources say"; "Iran continues to provide" is not', () => {
  const claims = claimsOf('Iran to supply Russia with more drones, sources say\n\nIran continues to provide Russia with drones, officials said.', 'en');
  assert.equal(claimAbout(claims, 'Iran to supply').proposition?.mode, 'planned');
  assert.equal(claimAbout(claims, 'continues to provide').proposition?.mode, 'ongoing');
});

test('Denouncing "psychological warfare", une « guerre psychologique », denies what was said', () => {
  const fr = claimsOf('Tom Hale affirme que la Russie a reçu des missiles iraniens. Nasser Kanaani a dénoncé une « guerre psychologique ».', 'fr').at(-1)!;
  assert.deepEqual(stanceOn(fr), ['denies', 'supply:Iran>Russia:missiles']);
  const en = claimsOf('Tom Hale said Russia had received Iranian missiles. Nasser Kanaani denounced the claims as psychological warfare.', 'en').at(-1)!;
  assert.deepEqual(stanceOn(en), ['denies', 'supply:Iran>Russia:missiles']);
});

test('A source qualified by a demonym speaks from that country’s side: « une source militaire ukrainienne »', () => {
  const c = claimsOf('Pyongyang a livré des obus à Moscou, selon Séoul. Une source militaire ukrainienne a confirmé avoir observé des lance-roquettes nord-coréens en Russie.', 'fr').at(-1)!;
  assert.deepEqual([c.speaker.name, c.speaker.affiliation], ['source militaire ukrainienne', 'Ukraine']);
});

test('A hypothetical about any such act speculates, however long its noun phrase: "any transfer of Iranian missiles to Russia would be an escalation", « toute livraison de missiles iraniens à la Russie constituerait une escalade »', () => {
  const en = claimsOf('Josep Borrell warned that any transfer of Iranian missiles to Russia would be a major escalation.', 'en')[0];
  assert.deepEqual(stanceOn(en), ['speculates', 'supply:Iran>Russia:missiles']);
  const fr = claimsOf('Josep Borrell a averti que toute livraison de missiles iraniens à la Russie constituerait une escalade.', 'fr')[0];
  assert.deepEqual(stanceOn(fr), ['speculates', 'supply:Iran>Russia:missiles']);
});

test('A headline answer that names too little takes the article’s main story, of the item the headline names: « Drones iraniens : Washington durcit le ton, Téhéran nie toujours »', () => {
  const fr = claimsOf([
    'Drones iraniens : Washington durcit le ton, Téhéran nie toujours', '',
    'Washington affirme que Téhéran fournit des missiles à Moscou. Selon Kiev, Téhéran a expédié des missiles à Moscou en août.',
  ].join('\n'), 'fr');
  const denial = claimAbout(fr, 'nie toujours');
  assert.deepEqual([denial.stance, prop(denial), denial.proposition?.mode], ['denies', 'supply:Iran>Russia:drones', undefined]);
  const en = claimsOf('Kyiv presents debris\n\nKyiv says Iran has sent drones to Russia.', 'en');
  assert.ok(!en.some((c) => c.text.includes('debris') && c.proposition), 'a headline stating something is left as it is');
});

test('The falsehood a demonym qualifies is no party’s dealings: « une « guerre psychologique » occidentale », "Western propaganda"', () => {
  const fr = claimsOf('Tom Hale affirme que la Russie a reçu des missiles iraniens. Ali Sadri a dénoncé une « guerre psychologique » occidentale.', 'fr').at(-1)!;
  assert.deepEqual(stanceOn(fr), ['denies', 'supply:Iran>Russia:missiles']);
  const en = claimsOf('Tom Hale said Russia had received Iranian missiles. Ali Sadri dismissed the claims as Western propaganda.', 'en').at(-1)!;
  assert.deepEqual(stanceOn(en), ['denies', 'supply:Iran>Russia:missiles']);
});

test('Press reports are a source: « selon des informations de presse sud-coréennes », "according to South Korean press reports"', () => {
  const fr = claimsOf('Titre\n\nSelon des informations de presse sud-coréennes, des officiers nord-coréens forment des opérateurs de drones russes.', 'fr').at(-1)!;
  assert.deepEqual([fr.speaker.name, fr.speaker.affiliation, prop(fr)], ['media', 'South Korea', 'train:North Korea>Russia:drones']);
  const en = claimsOf('Title\n\nAccording to South Korean press reports, North Korean officers are training Russian drone operators.', 'en').at(-1)!;
  assert.deepEqual([en.speaker.name, en.speaker.affiliation], ['media', 'South Korea']);
});

test('« pas un seul » before the verb negates it: « « pas un seul militaire nord-coréen » ne se trouvait en Russie »', () => {
  const c = claimsOf('L’ambassadeur a assuré que « pas un seul militaire nord-coréen » ne se trouvait sur le sol russe.', 'fr')[0];
  assert.equal(c.stance, 'denies');
});

test('Evidence may be quoted and qualified: "London had seen “credible evidence” of the transfer" asserts the transfer', () => {
  const c = claimsOf('US officials said Iran has sent missiles to Russia. The minister said London had seen “credible evidence” of the transfer.', 'en').at(-1)!;
  assert.deepEqual(stanceOn(c), ['asserts', 'supply:Iran>Russia:missiles']);
});

test('« disposait de « preuves crédibles » du transfert » is evidence of the transfer', () => {
  const c = claimsOf('Washington affirme que Téhéran a envoyé des missiles à Moscou. Le ministre Paul Lenoir a dit que Londres disposait de « preuves crédibles » du transfert.', 'fr').at(-1)!;
  assert.deepEqual(stanceOn(c), ['asserts', 'supply:Iran>Russia:missiles']);
});

test('Training in the same sentence on the items just said to be supplied details the supply, which stays the topic: « ... et que des militaires russes ont été formés à leur utilisation. Téhéran a rejeté ces accusations »', () => {
  const claims = claimsOf('Les trois pays affirment que Téhéran a expédié des missiles balistiques vers Moscou et que des militaires russes ont été formés à leur utilisation en Iran. Le ministre iranien a rejeté ces accusations.', 'fr');
  assert.equal(prop(claimAbout(claims, 'formés')), 'train:Iran>Russia:ballistic missiles');
  assert.equal(prop(claimAbout(claims, 'rejeté')), 'supply:Iran>Russia:ballistic missiles');
});

test('Production in the same sentence of the items just said to be supplied details the supply too: "adding that Tehran had helped Moscow build a factory to produce them. Russia rejected those claims"', () => {
  const en = claimsOf('Title\n\nThe British envoy said Iran had supplied hundreds of drones to Russia, adding that Tehran had also helped Moscow build a factory to produce them. The Russian envoy rejected those claims as fabrications.', 'en');
  assert.equal(prop(claimAbout(en, 'factory')), 'produce:Iran>Russia:drones');
  assert.deepEqual(reading(claimAbout(en, 'rejected')), ['Russia', 'denies', 'supply:Iran>Russia:drones']);
  const fr = claimsOf('Titre\n\nLe représentant britannique a affirmé que l’Iran avait fourni des centaines de drones à la Russie, ajoutant que Téhéran avait également aidé Moscou à construire une usine pour les produire. Le représentant russe a rejeté ces affirmations.', 'fr');
  assert.equal(prop(claimAbout(fr, 'usine')), 'produce:Iran>Russia:drones');
  assert.deepEqual(reading(claimAbout(fr, 'rejeté')), ['Russia', 'denies', 'supply:Iran>Russia:drones']);
});

test('A title of capitalised office words is no name: "National Security Communications Advisor Jon Fenwick" is Jon Fenwick', () => {
  const claims = claimsOf('Press Briefing by National Security Communications Advisor Jon Fenwick\n\nMR. FENWICK: Good afternoon. Iran has sent drones to Russia.', 'en');
  assert.deepEqual(claims.map((c) => c.speaker.name), ['Jon Fenwick']);
});

test('a named analyst or researcher speaks for no country, not even the one most quoted', () => {
  const en = claimsOf('Iran’s foreign minister said the drones were sold before the war. Military analyst Tom Brask said there was no proof that Iranian missiles had reached Russia.', 'en');
  const analyst = claimAbout(en, 'no proof');
  assert.equal(analyst.speaker.name, 'Tom Brask');
  assert.equal(analyst.speaker.affiliation, null);
  const fr = claimsOf('Le ministre iranien a nié toute livraison de drones. Pour le chercheur Luc Aubry, il ne fait guère de doute que Téhéran a livré des drones à Moscou.', 'fr');
  const researcher = claimAbout(fr, 'guère de doute');
  assert.equal(researcher.speaker.name, 'Luc Aubry');
  assert.equal(researcher.speaker.affiliation, null);
});

test('a director at a research body is an expert, who speaks for no country: "X, director of the Korea programme at the Y Institute"', () => {
  const en = claimsOf('The Pentagon said North Korea had sent shells to Russia. "Pyongyang will get missile technology in return," said Jin Park, director of the Korea programme at the Asan Institute.', 'en');
  assert.deepEqual([claimAbout(en, 'in return').speaker.name, claimAbout(en, 'in return').speaker.affiliation], ['Jin Park', null]);
  const fr = claimsOf('Les services sud-coréens affirment que Pyongyang a livré des obus à Moscou. Théo Marin, directeur du programme Corée à la Fondation pour les études asiatiques, estime que Pyongyang a livré des missiles à la Russie.', 'fr');
  assert.deepEqual([claimAbout(fr, 'des missiles').speaker.name, claimAbout(fr, 'des missiles').speaker.affiliation], ['Théo Marin', null]);
});

test('"said his delegation was concerned": a possessive subject right after a reporting verb is the reporting subject’s own', () => {
  const en = claimsOf('China’s representative said the talks should go on. The representative of Norway said his delegation was concerned by reports that North Korean troops were fighting alongside Russian forces.', 'en');
  const concern = claimAbout(en, 'fighting alongside');
  assert.equal(concern.speaker.name, 'Norway');
  assert.equal(concern.stance, 'speculates');
  const fr = claimsOf('Le représentant de la Chine a dit que les pourparlers devaient continuer. Le représentant de la Norvège a dit que sa délégation craignait que des soldats nord-coréens combattent aux côtés des forces russes.', 'fr');
  assert.equal(claimAbout(fr, 'combattent').speaker.name, 'Norway');
});

test('An inverted possessive role is the reporting subject itself: « « ... », a déclaré son porte-parole » speaks for the one before, not for a country in the quote', () => {
  const fr = claimsOf('Le fabricant turc Baykar a démenti avoir livré des drones à la Russie. « Nous n’avons jamais vendu de drones à Moscou », a déclaré son porte-parole.', 'fr');
  assert.equal(claimAbout(fr, 'jamais vendu').speaker.name, 'Baykar');
  const en = claimsOf('Turkish maker Baykar denied selling drones to Russia. “We have never sold drones to Russia,” said its spokesman.', 'en');
  assert.equal(claimAbout(en, 'never sold').speaker.name, 'Baykar');
});

test('a role of no stated country with another in apposition speaks for the country of the second: "the Council President, the representative of Norway,"', () => {
  const en = claimsOf('China’s representative said the talks should go on. Speaking in his national capacity, the Council President, the representative of Norway, said North Korean troops were fighting alongside Russian forces.', 'en');
  assert.equal(claimAbout(en, 'fighting alongside').speaker.name, 'Norway');
  const fr = claimsOf('Le représentant de la Chine a dit que les pourparlers devaient continuer. Le Président du Conseil, représentant de la Norvège, a affirmé que des soldats nord-coréens combattaient aux côtés des forces russes.', 'fr');
  assert.equal(claimAbout(fr, 'combattaient').speaker.name, 'Norway');
});

test('a "supply chain" is no supply', () => {
  const en = claimsOf('Russia’s supply chain for drones relies on Iranian parts, the ministry said.', 'en');
  assert.equal(claimAbout(en, 'supply chain').proposition, null);
  const fr = claimsOf('La chaîne d’approvisionnement des drones russes dépend de pièces iraniennes, a indiqué le ministère.', 'fr');
  assert.equal(claimAbout(fr, 'chaîne').proposition, null);
});

test('a source named by common nouns is kept under its words: "selon l’opposition", "said the opposition"', () => {
  const fr = claimsOf('La Biélorussie aurait reçu des drones iraniens, selon l’opposition. L’Iran livre aussi des missiles à la Russie, a affirmé la presse locale.', 'fr');
  const opposition = claimAbout(fr, 'aurait reçu');
  assert.deepEqual(opposition.speaker, { name: 'opposition', type: 'unknown', affiliation: null });
  assert.equal(prop(opposition), 'supply:Iran>Belarus:drones');
  assert.equal(claimAbout(fr, 'livre aussi').speaker.name, 'presse locale');
  const en = claimsOf('Iran shipped drones to Russia, said the opposition. A local newspaper reported that Iran had sent missiles to Russia.', 'en');
  assert.equal(claimAbout(en, 'shipped').speaker.name, 'opposition');
  assert.equal(claimAbout(en, 'had sent').speaker.name, 'local newspaper');
});

test('"the agency" alone is the organisation that spoke last', () => {
  const claims = claimsOf([
    'South Korea’s National Intelligence Service said North Korea had shipped artillery shells to Russia.',
    'The agency said the shells were sent by rail.',
  ].join(' '), 'en');
  assert.equal(claimAbout(claims, 'sent by rail').speaker.name, 'National Intelligence Service');
});

test('a counted group of countries speaks as each of them: the last speakers, else the topic’s parties', () => {
  const en = claimsOf([
    'Germany, France and the United Kingdom said Iran had delivered missiles to Russia.',
    'The three countries said the missiles had already been used in Ukraine.',
  ].join(' '), 'en');
  const three = en.filter((c) => c.text.includes('already been used')).map((c) => c.speaker.name);
  assert.deepEqual(three, ['Germany', 'France', 'United Kingdom']);
  const fr = claimsOf('L’Iran a livré des drones à la Russie, selon Kiev. Les deux pays ont démenti ces informations.', 'fr');
  const denials = fr.filter((c) => c.stance === 'denies');
  assert.deepEqual(denials.map((c) => c.speaker.name), ['Iran', 'Russia']);
  assert.ok(denials.every((c) => prop(c) === 'supply:Iran>Russia:drones'));
});

test('"could not yet confirm", "not aware of", "pas encore en mesure de confirmer", "ne pas être au courant" lack evidence', () => {
  const en = claimsOf('An official said Washington could not yet confirm that Iran had sent drones to Russia. China said it was not aware of any transfer of drones.', 'en');
  assert.equal(claimAbout(en, 'could not yet confirm').stance, 'no_evidence');
  assert.equal(claimAbout(en, 'not aware').stance, 'no_evidence');
  const fr = claimsOf('Le ministère n’était pas encore en mesure de confirmer une livraison de drones. La Chine assure ne pas être au courant de la situation.', 'fr');
  assert.equal(claimAbout(fr, 'pas encore en mesure').stance, 'no_evidence');
  assert.equal(claimAbout(fr, 'au courant').speaker.name, 'China');
  assert.equal(claimAbout(fr, 'au courant').stance, 'no_evidence');
});

test('a negated infinitive after a reporting verb is its content: "dit n’avoir aucune information"', () => {
  const claims = claimsOf('Kiev affirme que la Corée du Nord a envoyé des soldats en Russie. Le Pentagone dit n’avoir « aucune information permettant de corroborer » ce déploiement.', 'fr');
  const c = claimAbout(claims, 'aucune information');
  assert.equal(c.speaker.name, 'Pentagon');
  assert.equal(c.stance, 'no_evidence');
});

test('denouncing disinformation denies: "a dénoncé une campagne de désinformation", "denounced the report as disinformation"', () => {
  const fr = claimsOf('Séoul affirme que la Corée du Nord a envoyé des soldats en Russie. Moscou a dénoncé une « campagne de désinformation ».', 'fr');
  assert.equal(claimAbout(fr, 'dénoncé').stance, 'denies');
  assert.equal(prop(claimAbout(fr, 'dénoncé')), 'deploy:North Korea>Russia:personnel');
  const en = claimsOf('Seoul said North Korea had sent troops to Russia. Moscow denounced the report as disinformation.', 'en');
  assert.equal(claimAbout(en, 'denounced').stance, 'denies');
});

test('a French organisation written in sentence case is one name: "le Service central du renseignement douanier"', () => {
  const claims = claimsOf('Selon le Service central du renseignement douanier, la Corée du Nord a livré des obus à la Russie.', 'fr');
  assert.equal(claimAbout(claims, 'a livré').speaker.name, 'Service central du renseignement douanier');
  assert.equal(claimAbout(claims, 'a livré').speaker.type, 'organization');
});

test('a verb form after a determiner is a noun: "the transfers" are no ongoing supply, "the ships" no supply at all', () => {
  const claims = claimsOf('Officials said Iran had sent drones to Russia. Tehran denied the transfers. Officials said the ships left Iran in May.', 'en');
  const denial = claimAbout(claims, 'denied the transfers');
  assert.equal(prop(denial), 'supply:Iran>Russia:drones');
  assert.equal(denial.proposition?.mode, undefined);
  assert.ok(!claims.some((c) => c.text.includes('ships') && c.explanation.rules.some((r) => r.startsWith('event:'))));
});

test('production by people of a country: "Iranian specialists were helping to build" names Iran; a bare "production" takes the topic’s parties', () => {
  const claims = claimsOf([
    'Belarus rejected claims by Ukraine’s military intelligence that Iranian specialists were helping to build a drone plant near Minsk.',
    'Ukraine’s military intelligence said production could begin by the end of the year.',
  ].join(' '), 'en');
  const plant = claimAbout(claims, 'helping to build');
  assert.equal(plant.stance, 'denies');
  assert.equal(prop(plant), 'produce:Iran>Belarus:drones');
  assert.equal(prop(claimAbout(claims, 'production could begin')), 'produce:Iran>Belarus:drones');
});

test('"we" and "nous" before the event are the speaker’s country', () => {
  const en = claimsOf('Iran’s foreign minister Ali Rahimi spoke on Monday. "We have not provided any drones to Russia," Rahimi said.', 'en');
  const denial = claimAbout(en, 'not provided');
  assert.equal(denial.stance, 'denies');
  assert.equal(prop(denial), 'supply:Iran>Russia:drones');
  const fr = claimsOf('« Nous n’avons jamais livré de drones à la Russie », a déclaré le ministre iranien des Affaires étrangères.', 'fr');
  assert.equal(prop(claimAbout(fr, 'jamais livré')), 'supply:Iran>Russia:drones');
});

test('a hedge before "that" and a second content after "but that" are kept', () => {
  const claims = claimsOf('A diplomat said it was plausible that Belarus was assembling drones for Russia but that there was no hard evidence yet.', 'en');
  const hedge = claimAbout(claims, 'plausible');
  assert.equal(hedge.stance, 'speculates');
  assert.equal(prop(hedge), 'produce:Belarus>Russia:drones');
  assert.equal(hedge.proposition?.mode, 'ongoing');
  assert.equal(claimAbout(claims, 'no hard evidence').stance, 'no_evidence');
  const fr = claimsOf('Un diplomate a affirmé que la Biélorussie assemblait des drones pour la Russie, mais qu’il n’y avait aucune preuve.', 'fr');
  assert.equal(claimAbout(fr, 'aucune preuve').stance, 'no_evidence');
});

test('agreeing or promising to supply is planned, accented French forms included ("a accepté de", "s’est préparé à")', () => {
  const en = claimsOf('Kyiv said Iran had agreed to supply drones to Belarus.', 'en');
  assert.equal(claimAbout(en, 'agreed').proposition?.mode, 'planned');
  const fr = claimsOf('Selon Kiev, l’Iran a accepté de livrer des drones à la Biélorussie. Selon Kiev, l’Iran s’est préparé à livrer des missiles à la Russie.', 'fr');
  assert.equal(claimAbout(fr, 'accepté').proposition?.mode, 'planned');
  assert.equal(claimAbout(fr, 'préparé').proposition?.mode, 'planned');
});

test('a present verb with a time ahead after it is planned: "receives drones in the coming weeks", « livre des drones dans les semaines à venir »', () => {
  const en = claimsOf('Kyiv said Russia receives drones from Iran in the coming weeks. Kyiv said Iran supplies missiles to Russia, and Moscow pays next month.', 'en');
  assert.equal(claimAbout(en, 'coming weeks').proposition?.mode, 'planned');
  // A time ahead in the next clause is that clause's.
  assert.equal(claimAbout(en, 'pays next month').proposition?.mode, 'ongoing');
  const fr = claimsOf('Selon Kiev, l’Iran livre des drones à la Russie dans les semaines à venir.', 'fr');
  assert.equal(claimAbout(fr, 'semaines à venir').proposition?.mode, 'planned');
  const now = claimsOf('Selon Kiev, l’Iran livre des drones à la Russie.', 'fr');
  assert.equal(claimAbout(now, 'livre').proposition?.mode, 'ongoing');
});

test('a warning against an act fears it, and states nothing: "warned Tehran against sending", « a mis en garde Ankara contre toute livraison »', () => {
  const en = claimAbout(claimsOf('The G7 has warned Tehran against sending ballistic missiles to Russia.', 'en'), 'against');
  assert.deepEqual(stanceOn(en), ['speculates', 'supply:Iran>Russia:ballistic missiles']);
  const fr = claimAbout(claimsOf('Moscou a mis en garde Ankara contre toute livraison d’armes à l’Ukraine.', 'fr'), 'contre');
  assert.deepEqual(stanceOn(fr), ['speculates', 'supply:Turkey>Ukraine:weapons']);
  // Warning that something happened states it.
  const stated = claimAbout(claimsOf('Washington warned that Iran had sent missiles to Russia to use against Ukraine.', 'en'), 'had sent');
  assert.equal(stated.stance, 'asserts');
});

test('denying a dispatch of others’ items to oneself makes the speaker no supplier: « a démenti l’envoi de soldats nord-coréens en Russie »', () => {
  const fr = claimAbout(claimsOf('Le porte-parole du Kremlin, Ivan Sokolov, a démenti l’envoi de soldats nord-coréens en Russie.', 'fr'), 'envoi');
  assert.deepEqual(stanceOn(fr), ['denies', 'deploy:North Korea>Russia:personnel']);
  const en = claimAbout(claimsOf('Kremlin spokesman Ivan Sokolov denied the dispatch of North Korean soldiers to Russia.', 'en'), 'dispatch');
  assert.deepEqual(stanceOn(en), ['denies', 'deploy:North Korea>Russia:personnel']);
});

test('a decision to send is planned, and a contingent is people: « a décidé d’envoyer », "decided to send"', () => {
  const fr = claimsOf('Selon Séoul, la Corée du Nord a décidé d’envoyer 12 000 soldats en Russie. Séoul affirme qu’un premier contingent est arrivé.', 'fr');
  assert.equal(claimAbout(fr, 'décidé').proposition?.mode, 'planned');
  assert.equal(prop(claimAbout(fr, 'contingent')), 'deploy:North Korea>Russia:personnel');
  const en = claimsOf('Seoul said North Korea had decided to send troops to Russia.', 'en');
  assert.equal(claimAbout(en, 'decided').proposition?.mode, 'planned');
});

test('a passive naming nobody who reports: an accusation from an unknown source, a denial of nothing said', () => {
  const accused = claimsOf('Iran, which has been accused of supplying drones to Russia, denied it.', 'en');
  assert.deepEqual(accused.map((c) => reading(c)), [
    ['unknown', 'asserts', 'supply:Iran>Russia:drones'], ['Iran', 'denies', 'supply:Iran>Russia:drones'],
  ]);
  const fr = claimAbout(claimsOf('L’Iran est accusé de fournir des drones à la Russie.', 'fr'), 'fournir');
  assert.deepEqual([fr.speaker.name, prop(fr)], ['unknown', 'supply:Iran>Russia:drones']);
  // The subject of a passive denial is what was denied: no speaker, no claim.
  assert.deepEqual(claimsOf('Kyiv says Iran sent drones to Russia, but the figure is disputed.', 'en').map((c) => c.speaker.name), ['Ukraine']);
  assert.deepEqual(claimsOf('Kiev affirme que l’Iran a livré des drones à la Russie. Ces informations ont été démenties.', 'fr').map((c) => c.speaker.name), ['Ukraine']);
  // "are believed to be" hedges what is said; it is no report cutting the content it stands in.
  const hedged = claimsOf('The Pentagon said it could not confirm the reports, but a spokesperson added that 10,000 North Korean soldiers were now believed to be in Russia.', 'en');
  assert.equal(claimAbout(hedged, 'soldiers').text, '10,000 North Korean soldiers were now believed to be in Russia');
  assert.equal(hedged.filter((c) => c.explanation.rules.includes('reporting-verb(believed)')).length, 0);
  // A progressive is no passive.
  assert.equal(claimAbout(claimsOf('Tehran has been denying that it sent drones to Russia.', 'en'), 'sent').stance, 'denies');
});

test('an official of no stated country right after a body spoke as the subject of its sentence is that body’s', () => {
  const claims = claimsOf([
    'Britain’s foreign ministry said Iran had transferred missiles to Russia. London announced sanctions.',
    'Tehran rejected the accusation. Foreign ministry spokesman Omid Farahani said Iran had not sent any missiles to Russia.',
  ].join(' '), 'en');
  assert.equal(claimAbout(claims, 'not sent').speaker.affiliation, 'Iran');
  // Not when the body the sentence before opens with did not speak: the guess stays the document's home country.
  const unsaid = claimsOf([
    'Britain’s foreign ministry said Iran had transferred missiles to Russia. Britain’s defence ministry said so too.',
    'Tehran has long been close to Moscow. Foreign ministry spokesman Omid Farahani said the missiles were a threat.',
  ].join(' '), 'en');
  assert.equal(claimAbout(unsaid, 'threat').speaker.affiliation, 'United Kingdom');
});

test('the place of a dateline is no party to what the first sentence says', () => {
  const claim = claimAbout(claimsOf('Title\n\nLONDON, Sept 25 (Reuters) - Russia has received drones from Iran, according to two European officials.', 'en'), 'received');
  assert.equal(prop(claim), 'supply:Iran>Russia:drones');
  assert.equal(claim.text, 'Russia has received drones from Iran');
});

test('a modal or a negation in a relative clause after the event is about something else: ", which could hold 3 million rounds"', () => {
  const en = claimAbout(claimsOf('Seoul said Pyongyang had sent 6,700 containers of shells to Russia, which could hold 3 million rounds.', 'en'), 'containers');
  assert.equal(en.stance, 'asserts');
  const fr = claimAbout(claimsOf('Selon Kiev, l’Iran a livré des drones à la Russie, qui ne les a pas encore utilisés.', 'fr'), 'livré');
  assert.equal(fr.stance, 'asserts');
});

test('being concerned is a fear, not a statement: "was concerned that", "voiced concern that", « s’est dit inquiet de voir », « se dit préoccupé par des informations selon lesquelles »', () => {
  const cases: [string, 'en' | 'fr', string][] = [
    ['Washington was concerned that China was helping Russia produce drones.', 'en', 'China'],
    ['The minister voiced concern that China was helping Russia build drones.', 'en', 'China'],
    ['Le ministre s’est dit inquiet de voir la Chine livrer des drones à la Russie.', 'fr', 'Chine'],
    ['Washington se dit préoccupé par des informations selon lesquelles la Chine livre des drones à la Russie.', 'fr', 'Chine'],
    ['Paris a exprimé ses craintes selon lesquelles la Chine livrerait des drones à la Russie.', 'fr', 'Chine'],
  ];
  for (const [text, language, fragment] of cases) {
    const claim = claimAbout(claimsOf(text, language), fragment);
    assert.equal(claim.stance, 'speculates', text);
    assert.notEqual(claim.speaker.name, 'unknown', text);
  }
});

test('sources of a bloc’s agency speak for no country, not even a guessed one: "two sources from a European intelligence agency"', () => {
  const claims = claimsOf([
    'China’s foreign ministry denied the report. China’s foreign ministry called it a smear.',
    'Russia has received drones from Iran, according to two sources from a European intelligence agency.',
  ].join(' '), 'en');
  assert.deepEqual([claimAbout(claims, 'received').speaker.name, claimAbout(claims, 'received').speaker.affiliation], ['officials', null]);
});

test('what the text states in its own voice before any quote is what the first reports answer: "Iran has supplied drones to Russia. Tehran denied it."', () => {
  const en = claimAbout(claimsOf('Iran has supplied drones to Russia. Tehran denied it.', 'en'), 'denied');
  assert.deepEqual(reading(en), ['Iran', 'denies', 'supply:Iran>Russia:drones']);
  const fr = claimAbout(claimsOf('L’Iran a livré des drones à la Russie. Téhéran a démenti.', 'fr'), 'démenti');
  assert.equal(prop(fr), 'supply:Iran>Russia:drones');
  // A quote from nobody known, as a headline, sets the topic too.
  const headline = claimAbout(claimsOf('"Iran has sent drones to Russia"\n\nTehran denied it on Monday.', 'en'), 'denied');
  assert.equal(prop(headline), 'supply:Iran>Russia:drones');
  // Once quotes have a topic, background in the text's voice does not take it over.
  const later = claimsOf('Kyiv said Iran had sent drones to Russia. Russia sent troops into Ukraine in 2022. Tehran denied it.', 'en');
  assert.equal(prop(claimAbout(later, 'denied')), 'supply:Iran>Russia:drones');
});

test('the publication citing its own reporting speaks as the author: « Selon nos informations », "according to our reporting"', () => {
  const fr = claimsOf('Selon nos informations, la Corée du Nord a livré des obusiers à la Russie. Séoul estime que Pyongyang a expédié des munitions.', 'fr');
  assert.deepEqual([claimAbout(fr, 'obusiers').speaker.type, prop(claimAbout(fr, 'obusiers'))], ['author', 'supply:North Korea>Russia:artillery']);
  assert.equal(prop(claimAbout(fr, 'expédié')), 'supply:North Korea>Russia:ammunition');
  const en = claimAbout(claimsOf('North Korea has shipped shells to Russia, according to our reporting.', 'en'), 'shipped');
  assert.equal(en.speaker.type, 'author');
});

test('seeing transfers is no making them, and an adverb may stand before the infinitive: « dit également avoir observé des transferts »', () => {
  const fr = claimsOf('Selon Kiev, la Corée du Nord livre des obus à la Russie. Séoul dit également avoir observé des transferts de missiles balistiques KN-23.', 'fr');
  assert.equal(prop(claimAbout(fr, 'observé')), 'supply:North Korea>Russia:ballistic missiles');
  const en = claimsOf('Kyiv says North Korea sends shells to Russia. Seoul said it had also observed transfers of KN-23 ballistic missiles.', 'en');
  assert.equal(prop(claimAbout(en, 'observed')), 'supply:North Korea>Russia:ballistic missiles');
});

test('servicing others’ items passes nothing: "Belarus was repairing Russian military equipment", « répare des chars russes »', () => {
  assert.equal(claimAbout(claimsOf('Lukashenko acknowledged that Belarus was repairing Russian military equipment.', 'en'), 'repairing').proposition, null);
  assert.equal(claimAbout(claimsOf('Selon Kiev, la Biélorussie répare des chars russes.', 'fr'), 'répare').proposition, null);
  // Items of Russian make used by Belarus still are a supply.
  assert.equal(prop(claimAbout(claimsOf('Kyiv said Belarus was using Russian drones.', 'en'), 'using')), 'supply:Russia>Belarus:drones');
});

test('a negation inside a concession before the main clause is not the main clause’s: "Despite assurances that it does not supply weapons, Iran continues to provide drones"', () => {
  const en = claimAbout(claimsOf('Kyiv said that despite assurances that it does not supply weapons, Iran continues to provide Russia with drones.', 'en'), 'continues');
  assert.deepEqual(stanceOn(en), ['asserts', 'supply:Iran>Russia:drones']);
});

test('never stopping is going on: "has never stopped sending", « n’a jamais cessé de livrer »', () => {
  const en = claimAbout(claimsOf('Kyiv said Iran has never stopped sending drones to Russia.', 'en'), 'stopped');
  assert.deepEqual([en.stance, en.proposition?.mode], ['asserts', 'ongoing']);
  const fr = claimAbout(claimsOf('Kiev affirme que, malgré ses démentis, l’Iran n’a jamais cessé de livrer des drones à la Russie.', 'fr'), 'cessé');
  assert.deepEqual([fr.stance, fr.proposition?.mode], ['asserts', 'ongoing']);
});

test('sources counted with a number are a source: "P, six sources told Reuters, deepening ..."', () => {
  const claim = claimAbout(claimsOf('Iran has provided Russia with ballistic missiles, six sources told Reuters, deepening the cooperation between the two countries.', 'en'), 'provided');
  assert.deepEqual([claim.speaker.name, prop(claim)], ['sources', 'supply:Iran>Russia:ballistic missiles']);
  // A number in a name is no determiner: "the Group of Seven condemned".
  assert.equal(claimAbout(claimsOf('The leaders of the Group of Seven condemned Iran’s transfer of ballistic missiles to Russia.', 'en'), 'transfer').stance, 'asserts');
});

test('a report form that is the object of an infinitive is a noun: "met to discuss reports that P" (but "to publicly deny" reports)', () => {
  const discussed = claimAbout(claimsOf('The Security Council met to discuss reports that North Korea has sent missiles to Russia.', 'en'), 'has sent');
  assert.equal(discussed.speaker.name, 'unknown');
  const denied = claimAbout(claimsOf('Kyiv said Iran sent drones to Russia. Tehran was quick to publicly deny the reports.', 'en'), 'deny');
  assert.deepEqual([denied.speaker.name, denied.stance], ['Iran', 'denies']);
});

test('saying what was said is no rumour asserts it: "These are not rumours", « Ce ne sont pas des rumeurs »; "These are rumours" denies', () => {
  const en = claimsOf('Kyiv said Iran sent drones to Russia. "These are not rumours," she said. "These are rumours," Tehran replied.', 'en');
  assert.deepEqual([claimAbout(en, 'not rumours').stance, prop(claimAbout(en, 'not rumours'))], ['asserts', 'supply:Iran>Russia:drones']);
  assert.equal(claimAbout(en, 'These are rumours').stance, 'denies');
  const fr = claimsOf('Kiev affirme que l’Iran a livré des drones à la Russie. « Ce ne sont pas des rumeurs », a insisté le ministre.', 'fr');
  assert.equal(claimAbout(fr, 'rumeurs').stance, 'asserts');
});

test('a name opening the sentence after one opened by an unnamed role holds that role: "Iran’s foreign minister acknowledged ... . Reza Karimi told reporters ..."', () => {
  const en = claimsOf([
    'Iran’s foreign minister acknowledged on Saturday that Tehran had supplied drones to Russia.',
    'Reza Karimi told reporters that Iran had not sent any drones since the war began.',
  ].join(' '), 'en');
  assert.deepEqual(en.map((c) => [c.speaker.name, c.speaker.affiliation, c.stance]), [
    ['Reza Karimi', 'Iran', 'admits'], ['Reza Karimi', 'Iran', 'denies'],
  ]);
  const fr = claimsOf('Le ministre iranien des Affaires étrangères a reconnu que Téhéran avait livré des drones à la Russie. Reza Karimi a précisé que ces livraisons dataient d’avant la guerre.', 'fr');
  assert.equal(claimAbout(fr, 'avait livré').speaker.name, 'Reza Karimi');
  // "A spokesman" is someone unnamed, not the person named next.
  const unnamed = claimsOf('A Kremlin spokesman denied that Russia had received drones from Iran. Reza Karimi said Iran had sent none.', 'en');
  assert.notEqual(claimAbout(unnamed, 'received').speaker.name, 'Reza Karimi');
});

test('French: « ni ... ni » negates, « commander à » buys from, and a quoted « de fabrication russe » after a participle still names the maker', () => {
  const neither = claimAbout(claimsOf('« Nous n’avons fourni ni drones ni missiles à la Russie », a déclaré le porte-parole iranien.', 'fr'), 'ni drones');
  assert.deepEqual(stanceOn(neither), ['denies', 'supply:Iran>Russia:drones']);
  const ordered = claimAbout(claimsOf('Kiev affirme que Moscou a commandé 2 000 drones à Téhéran.', 'fr'), 'commandé');
  assert.equal(prop(ordered), 'supply:Iran>Russia:drones');
  const made = claimAbout(claimsOf('Kiev accuse l’Iran de livrer des drones à la Russie. Le Kremlin a assuré que les drones utilisés étaient « de fabrication russe ».', 'fr'), 'fabrication');
  assert.equal(made.stance, 'denies');
});

test('a clause after the verb is no inverted subject: "The officials, who spoke on condition of anonymity, said the missiles were delivered to Russia"', () => {
  const claim = claimAbout(claimsOf('U.S. officials said Iran had shipped missiles. The officials, who spoke on condition of anonymity, said the missiles were delivered to Russia.', 'en'), 'were delivered');
  assert.equal(claim.text, 'the missiles were delivered to Russia');
  assert.notEqual(claim.speaker.name, 'Russia');
});

test('a clause stating the event before "according to X," is the content, whatever follows the source: ", a move that could ..."', () => {
  const claim = claimAbout(claimsOf('Iran has shipped missiles to Russia in recent weeks, according to U.S. officials, a move that could give Moscow a new advantage on the battlefield.', 'en'), 'shipped');
  assert.deepEqual([claim.stance, prop(claim), claim.text], ['asserts', 'supply:Iran>Russia:missiles', 'Iran has shipped missiles to Russia in recent weeks']);
  // A lead that is only an adverbial still leaves the content after the source.
  const adverbial = claimAbout(claimsOf('En Ukraine, selon Kiev, l’Iran a livré des drones à la Russie.', 'fr'), 'livré');
  assert.equal(adverbial.text, 'l’Iran a livré des drones à la Russie');
});

test('a report form closing a quoted phrase before its full stop is a noun: "as \\"a partnership between sovereign states.\\""', () => {
  const claims = claimsOf('Kyiv said Iran sent drones to Russia. Ivan Sokolov described the ties as "a partnership between sovereign states."', 'en');
  assert.ok(!claims.some((c) => /sovereign/.test(c.speaker.name)), claims.map((c) => c.speaker.name).join(', '));
});

test('a quoted verb inside a content, with its subject outside the quote, does not cut the content: « que la France « condamnait fermement » les transferts »', () => {
  const claim = claimAbout(claimsOf('Le porte-parole, Luc Martin, a déclaré que la France « condamnait fermement » les transferts d’armes nord-coréennes vers la Russie.', 'fr'), 'transferts');
  assert.deepEqual([claim.speaker.name, prop(claim)], ['Luc Martin', 'supply:North Korea>Russia:weapons']);
});

test('troops fighting alongside another’s forces are deployed to it: "fighting alongside Russians", « combattent aux côtés de la Russie »', () => {
  const en = claimAbout(claimsOf('Kyiv says North Korean troops are fighting alongside Russians in Kursk.', 'en'), 'alongside');
  assert.equal(prop(en), 'deploy:North Korea>Russia:personnel');
  const fr = claimAbout(claimsOf('Selon Kiev, des soldats nord-coréens combattent aux côtés de la Russie.', 'fr'), 'côtés');
  assert.equal(prop(fr), 'deploy:North Korea>Russia:personnel');
});

test('an official’s words about their own side’s information are the official’s: "“Our information indicates that P,” Hale said", "U.S. intelligence indicates that P, adviser X told reporters"', () => {
  const quoted = claimsOf('"Our information indicates that Iran is preparing to provide Russia with drones," national security adviser Tom Hale said.', 'en');
  assert.deepEqual(quoted.map((c) => c.speaker.name), ['Tom Hale']);
  const relayed = claimsOf('U.S. intelligence indicates that Iran is preparing to provide Russia with drones, U.S. national security adviser Tom Hale told reporters.', 'en');
  assert.deepEqual(relayed.map((c) => c.speaker.name), ['Tom Hale']);
  // The publication's own information is the author's only outside a quote.
  assert.equal(claimAbout(claimsOf('Iran has shipped drones to Russia, according to our information.', 'en'), 'shipped').speaker.type, 'author');
});

test('asking that an act stop says it goes on: "called on Iran to stop supplying drones to Russia", « appelle l’Iran à cesser toute livraison »', () => {
  const en = claimAbout(claimsOf('The EU called on Iran to stop supplying drones to Russia.', 'en'), 'stop');
  assert.deepEqual(stanceOn(en), ['asserts', 'supply:Iran>Russia:drones']);
  const fr = claimAbout(claimsOf('La France appelle l’Iran à cesser toute livraison d’armes à la Russie.', 'fr'), 'cesser');
  assert.deepEqual(stanceOn(fr), ['asserts', 'supply:Iran>Russia:weapons']);
});

test('the agent of a passive use is the user of the items: "Iranian drones are being used by Russia" (not "shot down by Ukraine")', () => {
  assert.equal(prop(claimAbout(claimsOf('Kyiv said Iranian drones are being used by Russia.', 'en'), 'used')), 'supply:Iran>Russia:drones');
  assert.equal(prop(claimAbout(claimsOf('Selon Kiev, des drones iraniens sont utilisés par la Russie.', 'fr'), 'utilisés')), 'supply:Iran>Russia:drones');
  assert.equal(claimAbout(claimsOf('Kyiv said Iranian drones were shot down by Ukraine.', 'en'), 'shot').proposition, null);
  // Shot down, but launched by Russia: a participle of use names the user.
  const launched = claimAbout(claimsOf('L’armée ukrainienne a indiqué avoir abattu 37 drones de fabrication iranienne lancés par la Russie.', 'fr'), 'lancés');
  assert.equal(prop(launched), 'supply:Iran>Russia:drones');
});

test('a body’s own stance relayed by its spokesperson is the spokesperson’s: "Russia has denied receiving Iranian missiles, Kremlin spokesman X told reporters"', () => {
  const relayed = claimsOf('Kyiv says Iran sent missiles to Russia. Russia has denied receiving Iranian missiles, Kremlin spokesman Ivan Sokolov told reporters.', 'en');
  const denial = claimAbout(relayed, 'receiving');
  assert.deepEqual(reading(denial), ['Ivan Sokolov', 'denies', 'supply:Iran>Russia:missiles']);
  // "We deny ..." in a quote, and the quote that goes on after it, are the speaker's denials.
  const quoted = claimsOf('Kyiv says Iran sent drones to Russia. "We deny these reports," Iranian spokesman Ali Rahimi said. "Iran has never supplied drones to Russia."', 'en');
  assert.deepEqual(quoted.filter((c) => c.speaker.name === 'Ali Rahimi').map((c) => c.stance), ['denies', 'denies']);
});

test('a place after a participle of use is where the items serve, not who gets them: "weapons used in Ukraine", « une arme utilisée en Ukraine »', () => {
  const fr = claimAbout(claimsOf('Kiev affirme que l’Iran a livré des drones à la Russie. Selon Téhéran, l’Iran n’a livré aucune arme utilisée en Ukraine.', 'fr'), 'utilisée');
  assert.deepEqual(stanceOn(fr), ['denies', 'supply:Iran>Russia:weapons']);
  const en = claimAbout(claimsOf('Kyiv says Iran sent drones to Russia. Tehran said Iran had not delivered any weapons used in Ukraine.', 'en'), 'used in');
  assert.equal(prop(en), 'supply:Iran>Russia:weapons');
});

test('"son porte-parole, X" belongs to the organisation that spoke last; an institution in what is said is no speaker’s', () => {
  const fr = claimsOf([
    'Le Kremlin a démenti toute livraison.',
    'À Washington, le département d’État a estimé que ces démentis ne suffisaient pas.',
    '« L’Iran continue de transférer des drones à Moscou », a déclaré son porte-parole, Paul Martin.',
  ].join(' '), 'fr');
  assert.deepEqual(claimAbout(fr, 'continue de transférer').speaker, { name: 'Paul Martin', type: 'person', affiliation: 'United States', role: 'spokesperson' });
  const en = claimsOf('Kyiv said Iran had sent drones to Russia. A diplomat judged it likely that Iran would arm the Russian army.', 'en');
  assert.notEqual(claimAbout(en, 'Russian army').speaker.name, 'Armed Forces');
});

test('a European or Western diplomat speaks for no country; "jugé « probable »" speculates; "qualifié de « sans fondement »" denies', () => {
  const claims = claimsOf([
    'Kiev affirme que l’Iran a livré des drones à la Russie.',
    'Interrogé par l’AFP, un diplomate européen a jugé « probable » que l’Iran fournisse des missiles à l’armée russe.',
    'Le porte-parole de la diplomatie iranienne a qualifié de « sans fondement » ces accusations.',
  ].join(' '), 'fr');
  const diplomat = claimAbout(claims, 'fournisse');
  assert.deepEqual([diplomat.speaker.name, diplomat.speaker.affiliation, diplomat.stance], ['diplomat', null, 'speculates']);
  const denial = claimAbout(claims, 'sans fondement');
  assert.equal(denial.stance, 'denies');
  assert.equal(denial.speaker.affiliation, 'Iran');
});

test('people trained in a passive are the trainees, their trainers the party they train in, by or for', () => {
  const fr = claimsOf('Selon Séoul, des soldats nord-coréens formés en Russie ont rejoint le front. Des pilotes russes ont été formés en Iran, a déclaré Jean Morel.', 'fr');
  assert.equal(prop(claimAbout(fr, 'formés en Russie')), 'train:Russia>North Korea:personnel');
  assert.equal(prop(claimAbout(fr, 'formés en Iran')), 'train:Iran>Russia:personnel');
  const en = claimsOf([
    'Jane Roe said North Korean personnel were being trained to fight for Russia.',
    'She added that Russian pilots trained by Iranian instructors would fly the drones.',
    'He said Iranian instructors trained Russian pilots in Crimea.',
  ].join(' '), 'en');
  assert.equal(prop(claimAbout(en, 'were being trained')), 'train:Russia>North Korea:personnel');
  assert.equal(prop(claimAbout(en, 'trained by Iranian instructors')), 'train:Iran>Russia:drones');
  // Active: the subject trains its object.
  assert.equal(prop(claimAbout(en, 'trained Russian pilots')), 'train:Iran>Russia:drones');
});

test('People "training on" a system or "training in" a country are the trainees, not the trainers: "Iranian pilots have been training on the Su-35 in Russia"', () => {
  const claims = claimsOf('Officials said Iranian pilots have been training on the Su-35 in Russia. Iran is training Russian soldiers on drones in Crimea, officials said.', 'en');
  assert.equal(prop(claimAbout(claims, 'training on the Su-35')), 'train:Russia>Iran:fighter jets');
  assert.equal(prop(claimAbout(claims, 'training Russian soldiers')), 'train:Iran>Russia:drones');
});

test('A noun’s parties may follow a list of items: "the delivery of Su-35 fighter jets, Yak-130 trainer aircraft and Mi-28 helicopters from Russia"', () => {
  const claims = claimsOf('Iran says it has bought Russian fighter jets. Iran has completed arrangements for the delivery of Su-35 fighter jets, Yak-130 trainer aircraft and Mi-28 attack helicopters from Russia, a minister said.', 'en');
  assert.equal(prop(claimAbout(claims, 'completed arrangements')), 'supply:Russia>Iran:fighter jets');
});

test('deployments spoken of after a training are of the trainees, to their trainers', () => {
  const claims = claimsOf([
    'Jane Roe said North Korean soldiers were being trained by Russia.',
    'Washington could not confirm the reports of troop deployments, John Doe said.',
  ].join(' '), 'en');
  assert.equal(prop(claimAbout(claims, 'troop deployments')), 'deploy:North Korea>Russia:personnel');
});

test('the reports denied after a training are of the trainees sent to their trainers: "dismissed these reports", « a qualifié ces informations de »', () => {
  const en = claimsOf([
    'Seoul said North Korea had sent 2,000 soldiers to Russia. These troops were reportedly trained by Russian instructors.',
    'The Kremlin spokesman dismissed these reports as fake news.',
  ].join(' '), 'en');
  assert.equal(prop(claimAbout(en, 'fake news')), 'deploy:North Korea>Russia:personnel');
  const fr = claimsOf([
    'Séoul a affirmé que la Corée du Nord avait envoyé 2 000 soldats en Russie. Selon Séoul, ces troupes auraient été entraînées par des instructeurs russes.',
    'Le porte-parole du Kremlin a qualifié ces informations de « fausses nouvelles ».',
  ].join(' '), 'fr');
  assert.equal(prop(claimAbout(fr, 'fausses nouvelles')), 'deploy:North Korea>Russia:personnel');
});

test('"the Kremlin spokesman", « le porte-parole du Kremlin » is not a spokesman quoted before for another party', () => {
  const en = claimsOf('The Israeli military accused Iran of arming Hezbollah. "Iran keeps arming the group," said its spokesman, Rear Admiral Eli Harel. Russia denied any role. "Moscow has nothing to do with these deliveries," the Kremlin spokesman said.', 'en');
  assert.equal(claimAbout(en, 'nothing to do').speaker.name, 'Kremlin');
  const fr = claimsOf("L'armée israélienne a accusé l'Iran d'armer le Hezbollah. « L'Iran continue d'armer le groupe », a déclaré son porte-parole, le contre-amiral Eli Harel. La Russie a nié tout rôle. « Moscou n'a rien à voir avec ces livraisons », a affirmé le porte-parole du Kremlin.", 'fr');
  assert.equal(claimAbout(fr, 'rien à voir').speaker.name, 'Kremlin');
});

test('the holder\'s standing between a country and its role keeps them together: "Lebanon\'s caretaker prime minister", "the Lebanese acting defence minister"', () => {
  const claims = claimsOf('A U.S. official said Iran was arming Hezbollah. Lebanon\'s caretaker prime minister said his government had no information about any shipments. The Lebanese acting defence minister said he had seen no such transfers.', 'en');
  assert.equal(claimAbout(claims, 'no information').speaker.name, 'Lebanon');
  assert.equal(claimAbout(claims, 'no such transfers').speaker.name, 'Lebanon');
});

test('A country’s new, current or former office holder is its own ("Iran’s new president", « le nouveau président iranien »), and mirrored sentences are no repeat', () => {
  const en = claimsOf('Title\n\nIran’s new president said Tehran had never sent drones to Russia. Russia’s former president said Iran had sent drones to Russia.', 'en');
  assert.deepEqual(reading(claimAbout(en, 'never sent')), ['Iran', 'denies', 'supply:Iran>Russia:drones']);
  const former = claimAbout(en, 'had sent');
  assert.deepEqual([former.speaker.name, prop(former)], ['Russia', 'supply:Iran>Russia:drones']);
  const fr = claimsOf('Titre\n\nLe nouveau président iranien a assuré que Téhéran n’avait jamais envoyé de drones à la Russie.', 'fr');
  assert.deepEqual(reading(claimAbout(fr, 'jamais')), ['Iran', 'denies', 'supply:Iran>Russia:drones']);
});

test('A person quoted before with a stated country still speaks for it when named again by a bare title: "Iran’s foreign minister acknowledged P. “We gave ...,” Foreign Minister X said" admits', () => {
  const en = claimsOf('Title\n\nIran’s foreign minister acknowledged that Tehran had supplied drones to Russia before the war. "We gave a limited number of drones to Russia months before the war," Foreign Minister Reza Kazemi told reporters.', 'en');
  assert.deepEqual(reading(claimAbout(en, 'We gave')), ['Reza Kazemi', 'admits', 'supply:Iran>Russia:drones']);
  const fr = claimsOf('Titre\n\nLe ministre iranien des Affaires étrangères, Reza Kazemi, a reconnu que Téhéran avait fourni des drones à la Russie avant la guerre. « Nous avons donné un nombre limité de drones à la Russie quelques mois avant la guerre », a déclaré le ministre des Affaires étrangères Reza Kazemi.', 'fr');
  assert.deepEqual(reading(claimAbout(fr, 'Nous avons donné')), ['Reza Kazemi', 'admits', 'supply:Iran>Russia:drones']);
});

test('smuggling items to a party supplies it: "smuggled rockets to", "funnels weapons to", « faire passer des roquettes au », « fait parvenir des missiles aux »; not a message', () => {
  const en = claimsOf('The army said Iran had smuggled hundreds of rockets to Hezbollah through Syria. US officials say Tehran funnels weapons to the Houthis. Paris smuggled a message to Moscow, the minister said.', 'en');
  assert.equal(prop(claimAbout(en, 'smuggled hundreds')), 'supply:Iran>Hezbollah:ammunition');
  assert.equal(prop(claimAbout(en, 'funnels')), 'supply:Iran>Houthis:weapons');
  assert.equal(claimAbout(en, 'a message').proposition, null);
  const fr = claimsOf("L'armée a accusé l'Iran de faire passer des roquettes au Hezbollah via la Syrie. Selon Israël, Téhéran fait parvenir des missiles aux rebelles houthis. Paris a fait passer un message à Moscou, a déclaré le ministre.", 'fr');
  assert.equal(prop(claimAbout(fr, 'faire passer')), 'supply:Iran>Hezbollah:ammunition');
  assert.equal(prop(claimAbout(fr, 'fait parvenir')), 'supply:Iran>Houthis:missiles');
  assert.equal(claimAbout(fr, 'un message').proposition, null);
});

test('a group of no state is a party under its own name wherever it is based: "Lebanon\'s Hezbollah", « le Hezbollah libanais »', () => {
  const en = claimsOf('Israel said Iran had sent rockets to Lebanon\'s Hezbollah.', 'en');
  assert.equal(prop(claimAbout(en, 'sent rockets')), 'supply:Iran>Hezbollah:ammunition');
  const fr = claimsOf("Israël affirme que Téhéran a livré des roquettes au Hezbollah libanais.", 'fr');
  assert.equal(prop(claimAbout(fr, 'livré des roquettes')), 'supply:Iran>Hezbollah:ammunition');
});

test('a region or city of one country stands for it as a destination: "deployed to the Kursk region", « déployés dans la région de Koursk »; Crimea stays untied', () => {
  const en = claimsOf('Seoul says North Korea has deployed troops to the Kursk region.', 'en');
  assert.equal(prop(claimAbout(en, 'Kursk')), 'deploy:North Korea>Russia:personnel');
  const fr = claimsOf('Des soldats nord-coréens déployés dans la région de Koursk, selon Séoul', 'fr');
  assert.equal(prop(claimAbout(fr, 'Koursk')), 'deploy:North Korea>Russia:personnel');
  const crimea = claimsOf('Kyiv said Iran had sent drones to Russia. Iranian instructors are present in Crimea, officials said.', 'en');
  assert.equal(prop(claimAbout(crimea, 'Crimea')), 'deploy:Iran>Russia:personnel');
});

test('a statement\'s outlet may stand between the reporting verb and "that": "said in a statement carried by state news agency KCNA that", « a déclaré dans un communiqué publié par l\'agence officielle KCNA que »', () => {
  const en = claimsOf('Kim Yo Jong said in a statement carried by state news agency KCNA that Pyongyang had never exported weapons to Russia.', 'en');
  assert.deepEqual([claimAbout(en, 'never exported').speaker.name, claimAbout(en, 'never exported').stance], ['Kim Yo Jong', 'denies']);
  const fr = claimsOf("Kim Yo Jong a déclaré dans un communiqué publié par l'agence officielle KCNA que Pyongyang n'avait jamais exporté d'armes vers la Russie.", 'fr');
  assert.deepEqual([claimAbout(fr, 'jamais exporté').speaker.name, claimAbout(fr, 'jamais exporté').stance], ['Kim Yo Jong', 'denies']);
});

test('a name followed by the nouns it qualifies and a verb is the subject of a clause, no inverted source: "..., said dozens of Russian military personnel had been trained"', () => {
  const claims = claimsOf('Iran sent drones to Russia, two officials said. The officials, who spoke on condition of anonymity, said dozens of Russian military personnel had been trained in Iran on the drones.', 'en');
  const trained = claimAbout(claims, 'had been trained');
  assert.deepEqual([trained.speaker.name, prop(trained)], ['official', 'train:Iran>Russia:drones']);
});

test('"because of" is a preposition, not a clause of its own: "The officials, who spoke on condition of anonymity because of the sensitivity of the matter, said P"', () => {
  const claims = claimsOf('The officials, who spoke on condition of anonymity because of the sensitivity of the matter, said Iran had sent drones to Russia.', 'en');
  assert.equal(claimAbout(claims, 'had sent drones').speaker.name, 'official');
});

test('lower-case words may qualify a role after a bloc: "two European security officials" speak for no country', () => {
  const claims = claimsOf('Kyiv says Iran sends drones to Russia. Iran has delivered missiles to Russia, according to two European security officials.', 'en');
  assert.deepEqual(claimAbout(claims, 'delivered missiles').speaker, { name: 'official', type: 'unknown', affiliation: null, role: 'official' });
});

test('a person whose report only frames a body\'s is who "he" stands for next: "U.S. Secretary of State X said that Washington had warned Tehran. “...,” he said"', () => {
  const claims = claimsOf('Iran has delivered missiles to Russia, officials say. U.S. Secretary of State Mark Hale said on Tuesday that Washington had warned Tehran for months against such a step. "Iran has chosen escalation," he said.', 'en');
  assert.equal(claimAbout(claims, 'chosen escalation').speaker.name, 'Mark Hale');
});

test('a transfer verb with an indefinite object of another kind moves no arms: "gave an interview", "received a clear answer", « a reçu une réponse »; "a first batch" does', () => {
  const en = claimsOf('Iran has sent drones to Russia, Kyiv says. Tehran gave an interview to the BBC, the minister said. Russia has received a clear answer, he said. Iran sent a first batch in August, he added.', 'en');
  assert.equal(claimAbout(en, 'an interview').proposition, null);
  assert.equal(claimAbout(en, 'clear answer').proposition, null);
  assert.equal(prop(claimAbout(en, 'first batch')), 'supply:Iran>Russia:drones');
  const fr = claimsOf("L'Iran a livré des drones à la Russie, selon Kiev. Moscou a reçu une réponse claire, a déclaré le ministre. L'Iran a livré une première cargaison en août, a-t-il ajouté.", 'fr');
  assert.equal(claimAbout(fr, 'une réponse').proposition, null);
  assert.equal(prop(claimAbout(fr, 'première cargaison')), 'supply:Iran>Russia:drones');
});

test('"Brussels", « Bruxelles » speaks for the European Union', () => {
  const fr = claimsOf('Bruxelles accuse des entreprises chinoises de livrer des drones à la Russie.', 'fr');
  assert.equal(claimAbout(fr, 'entreprises chinoises').speaker.name, 'European Union');
  const en = claimsOf('Brussels accused Chinese firms of selling drones to Russia.', 'en');
  assert.equal(claimAbout(en, 'Chinese firms').speaker.name, 'European Union');
});

test('an "according to" source no lexicon can name keeps its claim, its source unknown: "According to European intelligence services", « Selon un rapport des services de renseignement européens »', () => {
  const en = claimAbout(claimsOf('According to European intelligence services, Chinese companies sold drones to Russia.', 'en'), 'sold drones');
  assert.deepEqual(reading(en), ['unknown', 'asserts', 'supply:China>Russia:drones']);
  const fr = claimAbout(claimsOf('Selon un rapport des services de renseignement européens, des entreprises chinoises ont vendu des drones à la Russie.', 'fr'), 'ont vendu');
  assert.deepEqual(reading(fr), ['unknown', 'asserts', 'supply:China>Russia:drones']);
});

test('"these preparations", « ces préparatifs » stand for the plan just reported', () => {
  const en = claimsOf('Kyiv says Tehran is preparing to deliver ballistic missiles to Moscow. The State Department spokesman said Washington had credible information about these preparations.', 'en');
  assert.equal(prop(claimAbout(en, 'these preparations')), 'supply:Iran>Russia:ballistic missiles');
  const fr = claimsOf("Selon Kiev, Téhéran s'apprêtait à livrer des missiles balistiques à Moscou. Le porte-parole du département d'État a assuré que Washington disposait d'« informations crédibles » sur ces préparatifs.", 'fr');
  assert.equal(prop(claimAbout(fr, 'ces préparatifs')), 'supply:Iran>Russia:ballistic missiles');
});

test('a verb form that is the subject of an auxiliary is a noun: "Russian cargo ships had been seen loading containers"', () => {
  const claims = claimsOf('North Korea is providing Russia with artillery shells, spokesman John Fenn told reporters. He said Washington expected Pyongyang to receive food and technology in return. People familiar with the matter told Reuters that Russian cargo ships had been seen loading containers at the port.', 'en');
  assert.equal(claimAbout(claims, 'cargo ships').proposition, null);
});

test('a relative clause after an "according to" source is about the source; the content is before it: "P, according to the ministry, which did not say whether Q"', () => {
  const en = claimsOf('Iran has trained Russian pilots, Kyiv says. Iranian instructors visited Crimea this week, according to the Ukrainian defence ministry, which did not say whether they trained Russian pilots.', 'en');
  assert.equal(claimAbout(en, 'visited Crimea').speaker.name, 'Ministry of Defence');
  assert.ok(!en.some((c) => c.text.includes('did not say')));
  const fr = claimsOf("L'Iran a formé des pilotes russes, selon Kiev. Des instructeurs iraniens se sont rendus en Crimée cette semaine, selon le ministère ukrainien de la Défense, qui n'a pas précisé s'ils avaient formé des pilotes russes.", 'fr');
  assert.equal(claimAbout(fr, 'rendus en Crimée').speaker.name, 'Ministry of Defence');
  assert.ok(!fr.some((c) => c.text.includes('pas précisé')));
});

test('having nothing to provide on it declines to comment: "I don\'t have anything to provide on that", « je n\'ai rien à communiquer »', () => {
  const en = claimsOf('The Pentagon said it had not seen China send weapons to Russia. Asked whether China had supplied drones, spokesman Pat Holl said: "I don\'t have anything to provide on that."', 'en');
  assert.ok(!en.some((c) => c.text.includes('anything to provide')));
  const fr = claimsOf("Le Pentagone n'a pas vu la Chine livrer des armes à la Russie. Interrogé sur des livraisons de drones, le porte-parole a déclaré : « Je n'ai rien à communiquer sur ce sujet. »", 'fr');
  assert.ok(!fr.some((c) => c.text.includes('rien à communiquer')));
});

test('a transitional government or junta is its country\'s, and a demonym after quoted items is their origin: « Les autorités de transition maliennes ont reconnu la présence d\'« instructeurs » russes »', () => {
  const fr = claimAbout(claimsOf("Les autorités de transition maliennes ont reconnu mardi la présence dans le pays d'« instructeurs » russes.", 'fr'), 'instructeurs');
  assert.deepEqual(reading(fr), ['Mali', 'admits', 'deploy:Russia>Mali:personnel']);
  const en = claimAbout(claimsOf("Mali's military junta acknowledged the presence of Russian instructors in the country.", 'en'), 'instructors');
  assert.deepEqual([en.speaker.name, en.stance], ['Mali', 'admits']);
});

test('who finds or examines items does not use them: "they found Chinese-made components in Russian drones", « avoir retrouvé des composants chinois dans des drones russes »', () => {
  // The components are more of what China is said to supply to Russia, not Ukraine's.
  const en = claimsOf('The Pentagon said China had not sent weapons to Russia. Ukrainian officials have said they found Chinese-made components in Russian drones.', 'en');
  assert.equal(prop(claimAbout(en, 'they found')), 'supply:China>Russia:technology');
  const fr = claimsOf("Le Pentagone affirme que la Chine n'a pas livré d'armes à la Russie. Kiev affirme avoir retrouvé des composants chinois dans des drones russes.", 'fr');
  assert.equal(prop(claimAbout(fr, 'retrouvé')), 'supply:China>Russia:technology');
});

test('a challenge to show evidence denies: "If they have evidence that P, they should show it", « S\'ils ont des preuves que P, qu\'ils nous les montrent »', () => {
  const en = claimsOf('Iran acknowledged that it had supplied a few drones to Russia before the war. "If they have evidence that Iranian drones were used in Ukraine, they should show it to us," the minister said.', 'en');
  assert.equal(claimAbout(en, 'If they have evidence').stance, 'denies');
  const named = claimsOf('Kyiv accuses Iran of sending drones to Russia. "If Ukraine has any evidence that Iranian drones were used in the war, they should provide it," the minister said.', 'en');
  assert.equal(claimAbout(named, 'If Ukraine').stance, 'denies');
  const fr = claimsOf("L'Iran a reconnu avoir fourni quelques drones à la Russie avant la guerre. « S'ils ont des preuves que des drones iraniens ont été utilisés en Ukraine, qu'ils nous les montrent », a lancé le ministre.", 'fr');
  assert.equal(claimAbout(fr, "S'ils ont des preuves").stance, 'denies');
});

test('the recipient telling of its own attacks with arms of no stated origin says nothing of their supply: "its forces had carried out a massive strike with precision weapons"', () => {
  const en = claimsOf('Kyiv says Iran has sent weapons to Russia. Russia\'s defence ministry said its forces had carried out a massive strike with long-range precision weapons.', 'en');
  assert.equal(claimAbout(en, 'massive strike').proposition, null);
  const fr = claimsOf("Kiev affirme que Téhéran a livré des armes à la Russie. Moscou a indiqué que ses forces avaient mené une frappe massive avec des armes de précision.", 'fr');
  assert.equal(claimAbout(fr, 'frappe massive').proposition, null);
});

test('the accused answers the story the text is mostly about, not a detail of another type said last: "They come from Iran, but some are assembled in Russia. Iran dismissed the accusations"', () => {
  const en = claimsOf('Kyiv says Russia has received Iranian drones. "We know Iran sent them," the minister said. "They come from Iran, but some are now assembled in Russia," a spokesman said. Iran\'s foreign ministry dismissed the accusations.', 'en');
  assert.equal(prop(claimAbout(en, 'dismissed')), 'supply:Iran>Russia:drones');
  const fr = claimsOf("Kiev affirme que la Russie a reçu des drones iraniens. « Nous savons que l'Iran les a envoyés », a dit le ministre. « Ils viennent d'Iran, mais certains sont désormais assemblés en Russie », a ajouté un porte-parole. Le ministère iranien des Affaires étrangères a rejeté ces accusations.", 'fr');
  assert.equal(prop(claimAbout(fr, 'rejeté')), 'supply:Iran>Russia:drones');
});

test('who makes the claim takes no part in it: "Iran rejects Kyiv\'s claim it is training Russian drone operators", « rejette les accusations de Kiev selon lesquelles il formerait »', () => {
  const en = claimsOf("Iran rejects Kyiv's claim it is training Russian drone operators", 'en');
  assert.equal(prop(claimAbout(en, 'training')), 'train:Iran>Russia:drones');
  const fr = claimsOf("L'Iran rejette les accusations de Kiev selon lesquelles il formerait des opérateurs de drones russes.", 'fr');
  assert.equal(prop(claimAbout(fr, 'formerait')), 'train:Iran>Russia:drones');
});

test('a claim named by its claimant stands for the claim spoken of: "Kyiv\'s claim, first made last week, was repeated by the State Department"', () => {
  const en = claimsOf("Tehran rejected Ukraine's claim that Iranian instructors were training Russian soldiers to operate drones in Crimea. Kyiv's claim, first made by a Ukrainian general last week, was repeated on Tuesday by the U.S. State Department.", 'en');
  assert.equal(prop(claimAbout(en, "Kyiv's claim")), 'train:Iran>Russia:drones');
});

test('officials guessed to be the actor\'s own accuse nobody: their country\'s statement of its own deliveries asserts them', () => {
  const en = claimsOf('U.S. quietly sent long-range missiles to Ukraine, officials say\n\nWASHINGTON, April 24 (Reuters) - The United States secretly shipped long-range missiles to Ukraine last month, U.S. officials said on Wednesday.', 'en');
  assert.equal(claimAbout(en, 'secretly shipped').stance, 'asserts');
});

test('reports denied after a training alone are of the training: "Kyiv said Russia had trained Belarusian soldiers. Minsk dismissed these reports"', () => {
  const en = claimsOf('Kyiv said Russia had trained Belarusian soldiers. Minsk dismissed these reports.', 'en');
  assert.equal(prop(claimAbout(en, 'dismissed')), 'train:Russia>Belarus:personnel');
  const fr = claimsOf('Kiev affirme que la Russie a formé des soldats biélorusses. Minsk a démenti ces informations.', 'fr');
  assert.equal(prop(claimAbout(fr, 'démenti')), 'train:Russia>Belarus:personnel');
});

test('denying what items of no stated origin do neither denies nor states their supply: "the missiles will not change the outcome", « ces missiles ne changeront rien »; "did not come from Iran" still denies', () => {
  const en = claimsOf('The United States shipped long-range missiles to Ukraine, officials said. A Kremlin spokesman said the missiles "will not change the outcome" of the war.', 'en');
  assert.equal(claimAbout(en, 'will not change').proposition, null);
  const fr = claimsOf("Les États-Unis ont livré des missiles à longue portée à l'Ukraine, selon des responsables. Le porte-parole du Kremlin a estimé que ces missiles « ne changeront rien » à l'issue de la guerre.", 'fr');
  assert.equal(claimAbout(fr, 'ne changeront rien').proposition, null);
  const origin = claimsOf('Kyiv says Iran sent drones to Russia. Moscow said the drones did not come from Iran.', 'en');
  assert.deepEqual([claimAbout(origin, 'did not come').stance, prop(claimAbout(origin, 'did not come'))], ['denies', 'supply:Iran>Russia:drones']);
});

test('"the officials" are the officials quoted before under that role, as "the official" is', () => {
  const en = claimsOf('LONDON, Sept 6 - Iran has delivered missiles to Russia, according to two European security officials. The officials, who spoke on condition of anonymity, said dozens of Russian soldiers had been trained in Iran.', 'en');
  assert.deepEqual(claimAbout(en, 'trained in Iran').speaker, { name: 'official', type: 'unknown', affiliation: null, role: 'official' });
});

test('an armed group of no state, and its officials, speak for no country, not the country the story was filed from: "the Houthis denied", "Hezbollah spokesman X", « un porte-parole des houthis »', () => {
  const en = claimsOf('WASHINGTON, Jan 16 (Reuters) - U.S. officials said Iran had sent missiles to the Houthis. The Houthis denied any role. Hezbollah spokesman Ali Baz said Iran had never sent rockets to Lebanon.', 'en');
  assert.deepEqual(claimAbout(en, 'denied any role').speaker, { name: 'Houthis', type: 'organization', affiliation: null });
  assert.equal(claimAbout(en, 'never sent rockets').speaker.affiliation, null);
  const fr = claimsOf("WASHINGTON, 16 janvier (AFP) - Des responsables américains ont affirmé que l'Iran avait livré des missiles aux houthis. Les houthis ont nié tout rôle. Un porte-parole des houthis, Ali Baz, a assuré que l'Iran n'avait jamais livré de roquettes.", 'fr');
  assert.equal(claimAbout(fr, 'nié tout rôle').speaker.affiliation, null);
  assert.equal(claimAbout(fr, 'jamais livré').speaker.affiliation, null);
  // Nor does an unnamed official of the group.
  const unnamed = claimsOf('JERUSALEM (AP) — Iran has smuggled missiles to Hezbollah, the Israeli military said. A Hezbollah official said the group manufactures what it needs.', 'en');
  assert.deepEqual(claimAbout(unnamed, 'manufactures').speaker, { name: 'Hezbollah', type: 'organization', affiliation: null, role: 'official' });
  const sans = claimsOf("JÉRUSALEM (AFP) — L'Iran a fait passer des missiles au Hezbollah, a affirmé l'armée israélienne. Un responsable du Hezbollah a assuré que le mouvement fabriquait lui-même ses armes.", 'fr');
  assert.equal(claimAbout(sans, 'fabriquait').speaker.affiliation, null);
});

test('a comma after a clause or an opening adjunct opens the subject: "US Navy seizes missile parts, Tehran denies role", « Après la saisie de ..., Téhéran a démenti »', () => {
  const en = claimsOf('After U.S. forces seized a shipment bound for the Houthis, Tehran denied any role. After the seizure of missiles bound for the Houthis, Iran\'s foreign ministry denied the claims. Russia, Iran and Syria deny the claims.', 'en');
  assert.equal(claimAbout(en, 'denied any role').speaker.name, 'Iran');
  assert.equal(claimAbout(en, 'denied the claims').speaker.name, 'Ministry of Foreign Affairs');
  assert.deepEqual(en.filter((c) => c.text.startsWith('deny the claims')).map((c) => c.speaker.name), ['Russia', 'Iran', 'Syria']);
  const title = claimsOf('US Navy seizes Iranian missile parts bound for Houthis, Tehran denies role\n\nThe parts were found on a boat.', 'en');
  assert.equal(claimAbout(title, 'denies role').speaker.name, 'Iran');
  const fr = claimsOf("Après la saisie par la marine américaine d'une cargaison destinée aux houthis, Téhéran a démenti tout rôle. Les forces américaines ont saisi des missiles destinés aux houthis, Téhéran a aussitôt démenti ces informations.", 'fr');
  assert.equal(claimAbout(fr, 'démenti tout rôle').speaker.name, 'Iran');
  assert.equal(claimAbout(fr, 'démenti ces informations').speaker.name, 'Iran');
});

test('the recipient telling what it received accuses nobody: the actor announcing it then asserts, it does not admit', () => {
  const en = claimsOf('Belarusian President Alexander Lukashenko said his country had started receiving tactical nuclear weapons from Russia. Russian President Pavel Orlov said Moscow would deploy the weapons in Belarus in July.', 'en');
  assert.equal(claimAbout(en, 'Moscow would deploy').stance, 'asserts');
  const fr = claimsOf("Le président biélorusse Alexandre Loukachenko a affirmé que son pays avait commencé à recevoir des armes nucléaires tactiques russes. Le président russe Pavel Orlov a déclaré que Moscou déploierait ces armes en Biélorussie en juillet.", 'fr');
  assert.equal(claimAbout(fr, 'Moscou déploierait').stance, 'asserts');
  // A third party saying so still accuses the actor, whose own statement then concedes it.
  const accused = claimsOf('Ukraine said Russia had started deploying nuclear weapons in Belarus. Russian President Pavel Orlov said Moscow had deployed the weapons in Belarus.', 'en');
  assert.equal(claimAbout(accused, 'Moscow had deployed').stance, 'admits');
});

test('an armed group of no state is the party it speaks of itself: "Hezbollah denied receiving weapons from Iran", « les houthis ont nié avoir reçu »', () => {
  const en = claimsOf('U.S. officials said Iran had supplied missiles to the Houthis. The Houthis said they make their own missiles. Hezbollah denied receiving weapons from Iran. The Houthis rejected the accusations.', 'en');
  assert.equal(claimAbout(en, 'their own missiles').stance, 'denies');
  assert.equal(prop(claimAbout(en, 'their own missiles')), 'supply:Iran>Houthis:missiles');
  assert.equal(prop(claimAbout(en, 'receiving weapons')), 'supply:Iran>Hezbollah:weapons');
  // Answering what was said of it, not the last thing said.
  assert.equal(prop(claimAbout(en, 'rejected the accusations')), 'supply:Iran>Houthis:missiles');
  const fr = claimsOf("Les houthis ont nié avoir reçu des missiles de l'Iran.", 'fr');
  assert.equal(prop(claimAbout(fr, 'avoir reçu')), 'supply:Iran>Houthis:missiles');
});

test('a demand on the event tells nothing of it: "China must not deliver weapons", « la Chine ne doit pas livrer d\'armes »; "must stop sending" still does', () => {
  const en = claimsOf('Scholz said China must not deliver weapons to Russia. Dalton said Beijing should not provide lethal aid to Moscow. Scholz said Iran must stop sending drones to Russia.', 'en');
  for (const fragment of ['must not deliver', 'should not provide']) {
    const claim = claimAbout(en, fragment);
    assert.equal(claim.proposition, null, fragment);
    assert.notEqual(claim.stance, 'denies', fragment);
  }
  assert.equal(prop(claimAbout(en, 'must stop sending')), 'supply:Iran>Russia:drones');
  // A demand on another verb leaves the event as told.
  assert.equal(prop(claimAbout(claimsOf('Officials said Russia must pay for the drones it bought from Iran.', 'en'), 'bought')), 'supply:Iran>Russia:drones');
  const fr = claimsOf("Scholz a affirmé que la Chine ne doit pas livrer d'armes à la Russie. Selon Scholz, il ne faut pas que Pékin livre des armes à Moscou.", 'fr');
  assert.equal(claimAbout(fr, 'ne doit pas livrer').proposition, null);
  assert.equal(claimAbout(fr, 'il ne faut pas').proposition, null);
});

test('a claim noun with where it was published before its participle is still a report: "rejects the allegations published by Western media claiming that P", « les allégations publiées par certains médias selon lesquelles P »', () => {
  const en = claimAbout(claimsOf("Iran's foreign ministry categorically rejects the unfounded allegations published by several Western media outlets claiming that Iran has supplied ballistic missiles to Russia.", 'en'), 'supplied');
  assert.deepEqual(stanceOn(en), ['denies', 'supply:Iran>Russia:ballistic missiles']);
  const fr = claimAbout(claimsOf("Le ministère iranien des Affaires étrangères dément catégoriquement les allégations infondées publiées par certains médias occidentaux selon lesquelles l'Iran aurait vendu des missiles balistiques à Moscou.", 'fr'), 'vendu');
  assert.deepEqual(stanceOn(fr), ['denies', 'supply:Iran>Russia:ballistic missiles']);
});

test('the place an attack hit after the verb\'s object is no user of the items: « ont frappé des infrastructures civiles à Kiev »', () => {
  const fr = claimAbout(claimsOf("Kiev accuse l'Iran de livrer des drones à la Russie. Selon lui, des drones iraniens Shahed-136 ont frappé des infrastructures civiles à Kiev.", 'fr'), 'frappé');
  assert.notEqual(fr.proposition?.recipient, 'Ukraine');
  const en = claimAbout(claimsOf('Kyiv accused Iran of supplying drones to Russia. Iranian-made drones hit power stations in Kyiv, he said.', 'en'), 'power stations');
  assert.notEqual(en.proposition?.recipient, 'Ukraine');
});

test('a deputy representative speaks for the country that sends them: "Russia\'s deputy representative, X", « le représentant adjoint de la Russie, X »', () => {
  const en = claimAbout(claimsOf("Britain accused Iran of sending drones to Russia. Russia's deputy representative, Oleg Varlamov, rejected the accusations.", 'en'), 'rejected');
  assert.deepEqual([en.speaker.name, en.speaker.affiliation], ['Oleg Varlamov', 'Russia']);
  const fr = claimAbout(claimsOf("La France a accusé l'Iran de livrer des drones à la Russie. Le représentant adjoint de la Russie, Oleg Varlamov, a rejeté ces accusations.", 'fr'), 'rejeté');
  assert.deepEqual([fr.speaker.name, fr.speaker.affiliation], ['Oleg Varlamov', 'Russia']);
});

test('who was told may be a name with its own punctuation and a date before "that": "told the U.N. Security Council on Wednesday that P"', () => {
  const c = claimAbout(claimsOf('Britain told the U.N. Security Council on Wednesday that Iran had sent drones to Russia.', 'en', '2022-10-20'), 'had sent');
  assert.deepEqual([c.text, c.saidOn], ['Iran had sent drones to Russia', '2022-10-19']);
});

test('giving someone data on the items transfers none: "Kyiv had given Tehran detailed technical data on the drones"', () => {
  const c = claimAbout(claimsOf('Kyiv accused Iran of supplying drones to Russia. A Ukrainian official said Kyiv had given Tehran detailed technical data on the drones it had recovered.', 'en'), 'technical data');
  assert.notEqual(c.proposition?.actor, 'Ukraine');
});

test('a headline stating the story\'s event without its other party takes the story\'s: "Ukraine\'s president says Iran has sent hundreds of drones"', () => {
  const en = claimsOf('Ostapenko says Iran has sent hundreds of drones\n\nUkraine said Iran had supplied drones to Russia. Kyiv said Russia had used Iranian drones.', 'en');
  assert.equal(prop(claimAbout(en, 'hundreds of drones')), 'supply:Iran>Russia:drones');
  const fr = claimsOf("Le président ukrainien affirme que l'Iran a expédié des centaines de drones\n\nSelon Kiev, l'Iran livre des drones à la Russie. L'Ukraine affirme que la Russie utilise des drones iraniens.", 'fr');
  assert.equal(prop(claimAbout(fr, 'centaines')), 'supply:Iran>Russia:drones');
  // A headline only stating something else is left as it is.
  const other = claimsOf('Kyiv says it shows debris of drones\n\nUkraine said Iran had supplied drones to Russia.', 'en');
  assert.equal(claimAbout(other, 'debris').proposition, null);
});

test('a date after an inverted verb leaves the source its reach: « ..., ont indiqué vendredi des sources au sein du ministère indien de la Défense »', () => {
  const c = claimAbout(claimsOf("La Russie a livré à l'Inde des systèmes S-400, ont indiqué vendredi des sources au sein du ministère indien de la Défense.", 'fr', '2022-11-20'), 'S-400');
  assert.deepEqual([c.speaker.affiliation, prop(c), c.saidOn], ['India', 'supply:Russia>India:air defence', '2022-11-18']);
});

test('Saying when the shipments "were made" is about whether they happened, as « ont eu lieu » is: the supplier telling it admits them', () => {
  const en = claimsOf('Title\n\nKyiv says Iran sent drones to Russia. Iran’s foreign minister Reza Kazemi said the shipments were made months before the invasion.', 'en');
  assert.deepEqual(reading(claimAbout(en, 'were made')), ['Reza Kazemi', 'admits', 'supply:Iran>Russia:drones']);
  const fr = claimsOf('Titre\n\nKiev affirme que l’Iran a envoyé des drones à la Russie. Le ministre iranien des Affaires étrangères, Reza Kazemi, a affirmé que ces livraisons avaient eu lieu des mois avant l’invasion.', 'fr');
  assert.deepEqual(reading(claimAbout(fr, 'eu lieu')), ['Reza Kazemi', 'admits', 'supply:Iran>Russia:drones']);
});

test('What the claims will do, said by no party to them, is no word on whether they are true: "the accusations would make the talks harder", « ces accusations risquent d’envenimer les relations »', () => {
  const en = claimsOf('Title\n\nKyiv says Iran sent missiles to Russia. Analysts said the missile accusations would make the talks much harder. Officials said the reports were accurate.', 'en');
  assert.equal(claimAbout(en, 'harder').proposition, null);
  assert.equal(prop(claimAbout(en, 'accurate')), 'supply:Iran>Russia:missiles');
  const fr = claimsOf('Titre\n\nKiev affirme que l’Iran a envoyé des missiles à la Russie. Un diplomate a estimé que ces accusations risquaient d’envenimer les relations.', 'fr');
  assert.equal(claimAbout(fr, 'envenimer').proposition, null);
});

test('an event noun the content opens on is taken as given: "These deliveries will not change the outcome" asserts them, "never took place" denies them', () => {
  const en = claimsOf('Washington delivered ATACMS missiles to Ukraine, an official said. "These deliveries will not change the outcome," Ilya Sorokin said. "These deliveries never took place," a Ukrainian official said.', 'en');
  assert.equal(claimAbout(en, 'will not change').stance, 'asserts');
  assert.equal(claimAbout(en, 'never took place').stance, 'denies');
  const fr = claimsOf("Washington a livré des missiles ATACMS à l'Ukraine, selon un responsable. « Ces livraisons ne changeront pas l'issue de l'opération », a déclaré Ilya Sorokine. « Ces livraisons n'ont jamais eu lieu », a affirmé un responsable ukrainien.", 'fr');
  assert.equal(claimAbout(fr, 'ne changeront pas').stance, 'asserts');
  assert.equal(claimAbout(fr, 'jamais eu lieu').stance, 'denies');
  // Saying it was never carried out is saying whether it happened.
  const done = claimsOf('Washington delivered ATACMS missiles to Ukraine, an official said. "The transfer was never completed," a Ukrainian official said.', 'en');
  assert.equal(claimAbout(done, 'never completed').stance, 'denies');
  const menees = claimsOf("Washington a livré des missiles ATACMS à l'Ukraine, selon un responsable. « Ces livraisons n'ont jamais été effectuées », a affirmé un responsable ukrainien.", 'fr');
  assert.equal(claimAbout(menees, 'effectuées').stance, 'denies');
});

test('"fighters" after a fighter jet\'s name are the jets: "The Su-35 fighters will be delivered to Iran"; "Wagner fighters" are still combatants', () => {
  const en = claimsOf('Iran has bought Su-35 jets from Russia, a lawmaker said. "The Su-35 fighters will be delivered to Iran in the coming weeks," he said. Officials said Russia had sent Wagner fighters to Mali.', 'en');
  assert.equal(prop(claimAbout(en, 'Su-35 fighters')), 'supply:Russia>Iran:fighter jets');
  assert.equal(prop(claimAbout(en, 'Wagner fighters')), 'deploy:Russia>Mali:personnel');
});

test('modes: "interested in acquiring", « intéressé par l\'achat » seek; a conditional with a time ahead, « enverrait ... dans les prochaines semaines », plans', () => {
  const en = claimAbout(claimsOf('A U.S. official said Iran was also interested in acquiring Russian attack helicopters.', 'en'), 'interested');
  assert.equal(en.proposition?.mode, 'sought');
  const fr = claimsOf("Selon un responsable, l'Iran est intéressé par l'achat d'hélicoptères russes. Mark Dalton a indiqué que Washington enverrait d'autres missiles ATACMS à l'Ukraine dans les prochaines semaines. Selon des sources, l'Iran livrerait des drones à la Russie.", 'fr');
  assert.equal(claimAbout(fr, 'intéressé').proposition?.mode, 'sought');
  assert.equal(claimAbout(fr, 'enverrait').proposition?.mode, 'planned');
  // The reporter's conditional alone tells no time.
  assert.equal(claimAbout(fr, 'livrerait').proposition?.mode, undefined);
});

test('a report sharing the main clause\'s subject was made when it was: "said on Tuesday that P but acknowledged Q", « a déclaré mardi que P, mais a reconnu que Q »', () => {
  const en = claimsOf("Iran's foreign minister said on Tuesday that Iran had not sent any drones to Russia since the war began but acknowledged a small number had been delivered before.", 'en', '2022-11-20');
  assert.equal(claimAbout(en, 'acknowledged').saidOn, '2022-11-15');
  const fr = claimsOf("Le ministre iranien a déclaré mardi que l'Iran n'avait envoyé aucun drone à la Russie depuis l'invasion, mais a reconnu qu'un petit nombre avait été livré auparavant.", 'fr', '2022-11-20');
  assert.equal(claimAbout(fr, 'petit nombre').saidOn, '2022-11-15');
});

test('"in the country", « dans le pays » said by a country of people sent there is its own soil, unless the text is about another\'s', () => {
  const en = claimsOf("Mali's government denied that mercenaries from Russia's Wagner Group had been deployed in the country.", 'en');
  assert.equal(prop(claimAbout(en, 'deployed')), 'deploy:Russia>Mali:personnel');
  const fr = claimsOf('Le gouvernement malien a démenti que des mercenaires du groupe russe Wagner aient été déployés dans le pays.', 'fr');
  assert.equal(prop(claimAbout(fr, 'déployés')), 'deploy:Russia>Mali:personnel');
  const other = claimsOf('Selon Washington, la Russie a déployé des mercenaires au Mali. La France affirme que des centaines de paramilitaires russes sont déployés dans le pays.', 'fr');
  assert.equal(prop(claimAbout(other, 'paramilitaires')), 'deploy:Russia>Mali:personnel');
});

test('the reporter\'s aside between the verb and its clause is nobody\'s lack of evidence: "said, without providing evidence, that P", « a affirmé, sans fournir de preuves, que P »', () => {
  const en = claimAbout(claimsOf('Kyiv said, without providing evidence, that Belarus had sent ammunition to Russia.', 'en'), 'Belarus');
  assert.deepEqual([en.text, en.stance, prop(en)], ['Belarus had sent ammunition to Russia', 'asserts', 'supply:Belarus>Russia:ammunition']);
  const fr = claimAbout(claimsOf("Kiev a affirmé, sans fournir de preuves, que la Biélorussie avait envoyé des munitions à la Russie.", 'fr'), 'Biélorussie');
  assert.deepEqual(stanceOn(fr), ['asserts', 'supply:Belarus>Russia:ammunition']);
});

test('calling the claims inventions denies them: « il s\'agit d\'« inventions » », « il s\'agit de pures inventions », "these were pure inventions"', () => {
  const fr = claimsOf("Selon Kiev, l'Iran a livré des drones à la Russie. Pour le Kremlin, il s'agit d'« inventions » destinées à justifier de nouvelles sanctions. Selon Moscou, il s'agit de pures inventions.", 'fr');
  for (const fragment of ['« inventions »', 'pures inventions']) assert.deepEqual([claimAbout(fr, fragment).stance, prop(claimAbout(fr, fragment))], ['denies', 'supply:Iran>Russia:drones'], fragment);
  const en = claimsOf('Kyiv said Iran had delivered drones to Russia. Moscow said these were pure inventions.', 'en');
  assert.equal(claimAbout(en, 'inventions').stance, 'denies');
});

test('an official of no stated country quoted by a state outlet is of the outlet\'s country, not the one the story was filed from', () => {
  const c = claimAbout(claimsOf("MOSCOW, Nov 2 (Reuters) - Russia denied the reports. North Korea's state news agency KCNA quoted a foreign ministry official as saying Pyongyang had never exported weapons to Russia.", 'en'), 'never exported');
  assert.deepEqual([c.speaker.affiliation, prop(c)], ['North Korea', 'supply:North Korea>Russia:weapons']);
});

test('a connective between commas after the source is no part of what it says: « Pour Kiev, en revanche, P », "According to Kyiv, however, P"', () => {
  const fr = claimAbout(claimsOf("Pour Kiev, en revanche, l'Iran a bien livré des missiles à la Russie.", 'fr'), 'Iran');
  assert.equal(fr.text, "l'Iran a bien livré des missiles à la Russie");
  const en = claimAbout(claimsOf('According to Kyiv, however, Iran has sent missiles to Russia.', 'en'), 'Iran');
  assert.equal(en.text, 'Iran has sent missiles to Russia');
});

test('a country arms pass "through" or "across" is no recipient: "Iran is funnelling arms to the militants through Jordan"', () => {
  const en = claimsOf('Israel said Iran was smuggling weapons to Hamas. Israel said Iran is funnelling arms to the group through Jordan.', 'en');
  assert.notEqual(claimAbout(en, 'through Jordan').proposition?.recipient, 'Jordan');
});

test('a title-cased headline reads its verbs as verbs: "Iran Denies Supplying Russia With Drones for Use in Ukraine"', () => {
  const c = claimAbout(claimsOf('Iran Denies Supplying Russia With Drones for Use in Ukraine\n\nThe denial came on Saturday.', 'en'), 'Supplying');
  assert.deepEqual(reading(c), ['Iran', 'denies', 'supply:Iran>Russia:drones']);
});

test('who feels something about an event a noun names takes no part in it: "Washington was \"alarmed\" by the transfer", « Washington était alarmé par ce transfert »', () => {
  const en = claimsOf('Russia has received Iranian missiles, an official said. A spokesperson said Washington was "alarmed" by the transfer.', 'en');
  assert.equal(prop(claimAbout(en, 'alarmed')), 'supply:Iran>Russia:missiles');
  const fr = claimsOf('Selon un responsable, la Russie a reçu des missiles iraniens. Un porte-parole a affirmé que Washington était alarmé par ce transfert.', 'fr');
  assert.equal(prop(claimAbout(fr, 'alarmé')), 'supply:Iran>Russia:missiles');
});

test('a longer aside between the verb and "that" keeps the clause in reach: "said, speaking on condition of anonymity, that P", « a affirmé, sous couvert d\'anonymat, que P »', () => {
  const en = claimAbout(claimsOf('A senior U.S. official said, speaking on condition of anonymity, that Belarus was sending shells to Russia.', 'en'), 'Belarus');
  assert.deepEqual([en.speaker.affiliation, en.stance, prop(en)], ['United States', 'asserts', 'supply:Belarus>Russia:ammunition']);
  const fr = claimAbout(claimsOf("Un haut responsable américain a affirmé, sous couvert d'anonymat, que la Biélorussie envoyait des obus à la Russie.", 'fr'), 'Biélorussie');
  assert.deepEqual([fr.speaker.affiliation, fr.stance, prop(fr)], ['United States', 'asserts', 'supply:Belarus>Russia:ammunition']);
});

test('who "offered no evidence" is observed by the reporter, not saying it has none: "Kyiv offered no evidence", « Kiev n\'a présenté aucune preuve »; said of another, it is still the speaker\'s', () => {
  const en = claimsOf('Kyiv says Belarus sent shells to Russia. Kyiv offered no evidence for the claim.', 'en');
  assert.deepEqual(en.map((c) => c.stance), ['asserts']);
  const fr = claimsOf("Kiev affirme que la Biélorussie a envoyé des obus à la Russie. Kiev n'a toutefois présenté aucune preuve à l'appui de ces affirmations.", 'fr');
  assert.deepEqual(fr.map((c) => c.stance), ['asserts']);
  const relayed = claimsOf('Moscow said Kyiv had provided no evidence that Belarus sent shells to Russia.', 'en');
  assert.deepEqual(relayed.map((c) => [c.speaker.name, c.stance]), [['Russia', 'no_evidence']]);
  const holder = claimsOf('Kyiv says Belarus sent shells to Russia. Washington has no evidence of such deliveries.', 'en');
  assert.deepEqual(holder.map((c) => [c.speaker.name, c.stance]), [['Ukraine', 'asserts'], ['United States', 'no_evidence']]);
});

test('a party named in a relative clause on the subject is no party to the main verb: « les pays qui accusent l\'Iran sont les premiers fournisseurs d\'armes à l\'Ukraine », "countries which accuse Iran are suppliers"', () => {
  const fr = claimsOf("Le ministère a déclaré que les pays qui accusent l'Iran sont eux-mêmes les premiers fournisseurs d'armes à l'Ukraine.", 'fr');
  assert.deepEqual(fr.map((c) => [c.text, c.proposition]), [["les pays qui accusent l'Iran sont eux-mêmes les premiers fournisseurs d'armes à l'Ukraine", null]]);
  const en = claimsOf('The ministry said countries which accuse Iran are themselves the main suppliers of weapons to Ukraine.', 'en');
  assert.deepEqual(en.map((c) => [c.text, c.proposition]), [['countries which accuse Iran are themselves the main suppliers of weapons to Ukraine', null]]);
  // Inside the relative clause, the accused is still who delivered.
  const accused = claimAbout(claimsOf("Les pays qui accusent l'Iran d'avoir livré des drones à la Russie se trompent, a déclaré le ministère.", 'fr'), 'Iran');
  assert.equal(prop(accused), 'supply:Iran>Russia:drones');
});

test('P said to stand unconfirmed is no evidence of it, not a denial: "is not confirmed", "have not been verified", « n\'est « pas confirmée » », « n\'ont pas été confirmées »', () => {
  const fr = claimsOf("Selon un porte-parole de l'Otan, la présence de troupes biélorusses en Russie n'est « pas confirmée à ce stade ». Selon Paris, ces déploiements n'ont pas été confirmés.", 'fr');
  assert.deepEqual(fr.map((c) => stanceOn(c)), [['no_evidence', 'deploy:Belarus>Russia:personnel'], ['no_evidence', 'deploy:Belarus>Russia:personnel']]);
  assert.equal(claimAbout(fr, 'déploiements').text, 'ces déploiements n\'ont pas été confirmés');
  const en = claimsOf('According to a NATO spokesperson, the presence of Belarusian troops in Russia is not confirmed. The Pentagon said the deployments had not been independently verified.', 'en');
  assert.deepEqual(en.map((c) => stanceOn(c)), [['no_evidence', 'deploy:Belarus>Russia:personnel'], ['no_evidence', 'deploy:Belarus>Russia:personnel']]);
});

test('a rule on the act says nothing of whether it happened: « contrôlait « strictement » l\'exportation des biens à double usage », "strictly controls the export of"', () => {
  const fr = claimsOf("Selon Kiev, la Chine fournit de la microélectronique à la Russie. Pékin a répondu qu'il contrôlait « strictement » l'exportation des biens à double usage.", 'fr');
  assert.deepEqual(fr.map((c) => reading(c)), [['Ukraine', 'asserts', 'supply:China>Russia:technology'], ['China', 'asserts', null]]);
  const en = claimsOf('Kyiv says China supplies microelectronics to Russia. Beijing said it strictly controls the export of dual-use items.', 'en');
  assert.deepEqual(en.map((c) => reading(c)), [['Ukraine', 'asserts', 'supply:China>Russia:technology'], ['China', 'asserts', null]]);
});

test('a people named by a plural demonym after "the" speaks for its country: "The Belarusians deny", « Les Biélorusses ont démenti »; an adjective does not', () => {
  const en = claimsOf('The Belarusians deny sending shells to Russia.', 'en');
  assert.deepEqual(en.map((c) => reading(c)), [['Belarus', 'denies', 'supply:Belarus>Russia:ammunition']]);
  const fr = claimsOf('Les Biélorusses ont démenti avoir livré des obus à la Russie.', 'fr');
  assert.deepEqual(fr.map((c) => reading(c)), [['Belarus', 'denies', 'supply:Belarus>Russia:ammunition']]);
  assert.deepEqual(claimsOf('The Belarusian farmers deny sending shells to Russia.', 'en').map((c) => c.speaker.name), []);
});

test('the recipient judging the accusations dismisses them, as the accused does: « le Kremlin a estimé que ces accusations visaient à « semer la discorde » »', () => {
  const fr = claimsOf('Washington accuse la Chine de fournir des composants à la Russie. Le Kremlin a estimé que ces accusations visaient à « semer la discorde » entre Moscou et Pékin.', 'fr');
  assert.deepEqual([claimAbout(fr, 'discorde').stance, prop(claimAbout(fr, 'discorde'))], ['denies', 'supply:China>Russia:technology']);
  const en = claimsOf('Washington accuses China of supplying components to Russia. The Kremlin said these accusations were meant to sow discord between Moscow and Beijing.', 'en');
  assert.deepEqual([claimAbout(en, 'discord').stance, prop(claimAbout(en, 'discord'))], ['denies', 'supply:China>Russia:technology']);
});

test('content that commits to nothing is no claim: "I will neither confirm nor deny it", « Je ne vais ni confirmer ni démentir », "no comment"', () => {
  const en = claimsOf('Kyiv said Belarus had sent shells to Russia. The minister said: "I will neither confirm nor deny it." The spokesman said he had no comment.', 'en');
  assert.deepEqual(en.map((c) => c.speaker.name), ['Ukraine']);
  const fr = claimsOf("Kiev a affirmé que la Biélorussie avait envoyé des obus à la Russie. « Je ne vais ni confirmer ni démentir », a déclaré le ministre.", 'fr');
  assert.deepEqual(fr.map((c) => c.speaker.name), ['Ukraine']);
});

test('"no need to deny or confirm the reports", « aucun besoin de démentir ou de confirmer » commits to nothing, in either order', () => {
  const en = claimsOf('US officials said Belarus sent troops to Russia. "We do not feel any need to deny or confirm the reports," the vice foreign minister said.', 'en');
  assert.deepEqual(en.map((c) => c.speaker.name), ['United States']);
  const fr = claimsOf("Selon Washington, la Biélorussie a envoyé des troupes en Russie. « Nous n'éprouvons aucun besoin de démentir ou de confirmer ces informations », a déclaré le vice-ministre.", 'fr');
  assert.deepEqual(fr.map((c) => c.speaker.name), ['United States']);
});

test('after a verb of saying, a name before a verb no lexicon lists is the subject of the content: "Kyiv says Belarus hosts Russian troops"; a denial\'s object is no clause', () => {
  const hosts = claimsOf('Kyiv says Belarus hosts Russian troops.', 'en');
  assert.deepEqual(hosts.map((c) => [c.text, prop(c)]), [['Belarus hosts Russian troops', 'deploy:Russia>Belarus:personnel']]);
  const denied = claimsOf('Beijing rejected European accusations that Chinese firms were shipping drones to Russia.', 'en');
  assert.deepEqual(denied.map((c) => stanceOn(c)), [['denies', 'supply:China>Russia:drones']]);
});

test('not seeing a reason is no lack of evidence: "had not seen any reason to change its posture", « n\'avait vu aucune raison de »; « a dit n\'avoir vu aucun transfert » is one', () => {
  const en = claimsOf('Kyiv said Belarus sent shells to Russia. Secretary of State Victor Hale said Washington had not seen any reason to change its posture. The Pentagon said it had not seen any transfer.', 'en');
  assert.deepEqual(en.map((c) => c.stance), ['asserts', 'denies', 'no_evidence']);
  assert.equal(claimAbout(en, 'reason').proposition, null);
  const fr = claimsOf("Kiev a affirmé que la Biélorussie a envoyé des obus à la Russie. Le secrétaire d'État Victor Hale a déclaré que Washington n'avait vu aucune raison de modifier sa posture. Le Pentagone a dit n'avoir vu aucun transfert.", 'fr');
  assert.deepEqual(fr.map((c) => c.stance), ['asserts', 'denies', 'no_evidence']);
  assert.equal(prop(claimAbout(fr, 'transfert')), 'supply:Belarus>Russia:ammunition');
});

test('a second clause with the speakers as its subject is a claim of its own: "We buy our equipment from our own resources and we have received nothing from Tehran"', () => {
  const claims = claimsOf('US officials say Iran has sent drones to Sudan. Sudan\'s army said: "We buy our equipment from our own resources and we have received nothing from Tehran."', 'en');
  const bought = claimAbout(claims, 'own resources');
  const received = claimAbout(claims, 'received nothing');
  // Bought with its own means, from nobody the story names.
  assert.deepEqual([bought.text, bought.proposition], ['We buy our equipment from our own resources', null]);
  assert.deepEqual([received.text, received.stance, prop(received)], ['we have received nothing from Tehran', 'denies', 'supply:Iran>Sudan:drones']);
});

test('the country qualifying a claim noun is its source: « des accusations américaines selon lesquelles P », "US allegations that P"; a pronoun opening P is another than the source', () => {
  const fr = claimsOf('Des accusations américaines selon lesquelles des entreprises chinoises livreraient des drones à Moscou ont circulé.', 'fr');
  assert.deepEqual(fr.map((c) => reading(c)), [['United States', 'asserts', 'supply:China>Russia:drones']]);
  const en = claimsOf('US allegations that Chinese companies were shipping drones to Russia have grown.', 'en');
  assert.deepEqual(en.map((c) => [c.speaker.name, prop(c)]), [['United States', 'supply:China>Russia:drones']]);
  const pronoun = claimsOf('US allegations that it had sent drones to Russia have angered Beijing.', 'en');
  assert.deepEqual(pronoun.map((c) => [c.speaker.name, c.proposition?.actor]), [['United States', undefined]]);
});

test('a circumstance after a comma ends the content: "denied receiving drones from Iran, after a report claimed that P", « a démenti avoir reçu des drones, après la publication d\'un rapport »', () => {
  const en = claimAbout(claimsOf('Sudan\'s army on Thursday denied receiving drones from Iran, after a report claimed that Tehran had delivered Mohajer-6 aircraft.', 'en'), 'receiving');
  assert.deepEqual([en.text, en.stance, prop(en)], ['receiving drones from Iran', 'denies', 'supply:Iran>Sudan:drones']);
  const fr = claimAbout(claimsOf("L'armée soudanaise a démenti jeudi avoir reçu des drones de l'Iran, quelques jours après la publication d'un rapport.", 'fr'), 'reçu');
  assert.deepEqual([fr.text, fr.stance, prop(fr)], ["avoir reçu des drones de l'Iran", 'denies', 'supply:Iran>Sudan:drones']);
});

test('« , tout en assurant que » opens a report of its own, which ends the content before it', () => {
  const claims = claimsOf("Minsk a fini par concéder samedi avoir envoyé des obus à la Russie, tout en assurant que ces livraisons étaient antérieures à la guerre.", 'fr');
  assert.deepEqual(claims.map((c) => c.text), ['avoir envoyé des obus à la Russie', 'ces livraisons étaient antérieures à la guerre']);
});

test('the occasion of a report after a comma ends its content: « ..., lors d\'une conférence de presse à Kiev », "..., during a news conference in Kyiv"', () => {
  const fr = claimAbout(claimsOf("Le ministre a accusé mardi Minsk d'avoir fourni des obus à la Russie, lors d'une conférence de presse à Kiev.", 'fr'), 'obus');
  assert.equal(fr.text, "Minsk d'avoir fourni des obus à la Russie");
  const en = claimAbout(claimsOf('The minister accused Belarus of supplying shells to Russia, during a news conference in Kyiv.', 'en'), 'shells');
  assert.equal(en.text, 'Belarus of supplying shells to Russia');
});

test('making light of reports dismisses them: "played down reports that P", « a minimisé les informations selon lesquelles P »; not "played down the risk"', () => {
  const en = claimsOf('Belarusian officials on Thursday played down reports that Russia had sent shells to Belarus. The Kremlin downplayed the risk of escalation.', 'en');
  assert.deepEqual(en.map((c) => reading(c)), [['Belarus', 'denies', 'supply:Russia>Belarus:ammunition']]);
  const fr = claimsOf("Minsk a minimisé jeudi les informations selon lesquelles la Russie aurait livré des obus à la Biélorussie.", 'fr');
  assert.deepEqual(fr.map((c) => reading(c)), [['Belarus', 'denies', 'supply:Russia>Belarus:ammunition']]);
});

test('a verdict or a refusal keeps its sense around quote marks and intensifiers: \'called the reports "ugly propaganda"\', \'Moscow "has no need" for Belarusian shells\'', () => {
  const claims = claimsOf('Kyiv said Belarus sent shells to Russia. Minsk called the reports "ugly propaganda". The Russian envoy said Moscow "has no need" for Belarusian shells.', 'en');
  assert.deepEqual(claims.map((c) => reading(c)), [
    ['Ukraine', 'asserts', 'supply:Belarus>Russia:ammunition'], ['Belarus', 'denies', 'supply:Belarus>Russia:ammunition'], ['Russia', 'denies', 'supply:Belarus>Russia:ammunition'],
  ]);
});

test('a headline credited to unnamed sources after a dash is theirs, without its kicker: "Exclusive: Belarus sends Russia shells - sources", « ... - sources »', () => {
  const en = claimsOf('Exclusive: Belarus sends Russia thousands of artillery shells - sources\n\nMINSK (Reuters) - The shipments began in May.', 'en');
  assert.deepEqual(en.map((c) => [c.speaker.name, c.text, prop(c)]), [['sources', 'Belarus sends Russia thousands of artillery shells', 'supply:Belarus>Russia:ammunition']]);
  const fr = claimsOf('Des obus biélorusses livrés à la Russie - sources\n\nLes livraisons ont commencé en mai.', 'fr');
  assert.deepEqual(fr.map((c) => [c.speaker.name, prop(c)]), [['sources', 'supply:Belarus>Russia:ammunition']]);
});

test('a belief or a concern relayed after "that" is the relaying speaker\'s: "Brenner said that Washington was concerned P" (speculates), "said that Washington believed P"', () => {
  const concern = claimsOf('Spokesman Tom Brenner said that Washington was concerned Russia was close to acquiring shells from Belarus.', 'en');
  assert.deepEqual(concern.map((c) => reading(c)), [['Tom Brenner', 'speculates', 'supply:Belarus>Russia:ammunition']]);
  const belief = claimsOf('Spokesman Tom Brenner said that Washington believed Belarus was sending shells to Russia.', 'en');
  assert.deepEqual(belief.map((c) => [c.speaker.name, c.stance]), [['Tom Brenner', 'asserts']]);
});

test('officials after a body that spoke are its officials, not the body; a lack of evidence a named body sets against P is its own', () => {
  const officials = claimsOf('Minsk denied the reports. Officials said Belarus had never sent shells to Russia.', 'en');
  assert.deepEqual(officials.map((c) => [c.speaker.name, c.speaker.affiliation]), [['Belarus', 'Belarus'], ['officials', 'Belarus']]);
  const contrasted = claimsOf('Kyiv said that Belarus had sent shells to Russia, but Washington had no evidence of such transfers.', 'en');
  assert.deepEqual(contrasted.map((c) => reading(c)), [
    ['Ukraine', 'asserts', 'supply:Belarus>Russia:ammunition'], ['United States', 'no_evidence', 'supply:Belarus>Russia:ammunition'],
  ]);
});

test('a news outlet unable to verify is the press\'s own caveat, no party\'s claim: "Reuters could not independently verify the report", « L\'AFP n\'a pas pu vérifier »', () => {
  const en = claimsOf('Kyiv said Belarus had sent shells to Russia. Reuters could not independently verify the report.', 'en');
  assert.deepEqual(en.map((c) => [c.speaker.type, c.stance]), [['country', 'asserts'], ['author', 'no_evidence']]);
  const fr = claimsOf("Kiev affirme que la Biélorussie a livré des obus à la Russie. L'AFP n'a pas pu vérifier ces affirmations de manière indépendante.", 'fr');
  assert.deepEqual(fr.map((c) => [c.speaker.type, c.stance]), [['country', 'asserts'], ['author', 'no_evidence']]);
  // A party is still itself: "The Pentagon could not verify the report".
  assert.equal(claimAbout(claimsOf('Kyiv said Belarus had sent shells to Russia. The Pentagon could not verify the report.', 'en'), 'Pentagon').speaker.name, 'Pentagon');
});

test('who undergoes training is trained: "Russian soldiers are undergoing training", « des militaires russes suivent une formation »', () => {
  const en = claimsOf('Kyiv accused Belarus of training Russian drone operators. According to Kyiv, hundreds of Russian soldiers are undergoing training at a centre near Baranovichi.', 'en');
  assert.equal(prop(claimAbout(en, 'undergoing')), 'train:Belarus>Russia:drones');
  const fr = claimsOf("Kiev accuse la Biélorussie d'entraîner des opérateurs de drones russes. Selon Kiev, plusieurs centaines de militaires russes suivent actuellement une formation près de Baranovitchi.", 'fr');
  assert.equal(prop(claimAbout(fr, 'suivent')), 'train:Belarus>Russia:drones');
});

test('a claim noun after the verdict a verb gives is its object, past quote marks and a name: \'rejected as "groundless" U.S. claims that it has sent troops\'', () => {
  const claims = claimsOf('Belarus on Saturday rejected as "groundless" U.S. claims that it has sent troops to Russia, saying any such deployment would be lawful.', 'en');
  assert.deepEqual(claims.map((c) => reading(c)), [
    ['Belarus', 'denies', 'deploy:Belarus>Russia:personnel'], ['Belarus', 'speculates', 'deploy:Belarus>Russia:personnel'],
  ]);
});

test('who sees the items is no party to them: \'the Pentagon had seen "increasing numbers" of Belarusian troops in Russia\'s Kursk region\'', () => {
  const claim = claimAbout(claimsOf('Spokesman Lena Okafor said the Pentagon had seen "increasing numbers" of Belarusian troops in Russia\'s Kursk region.', 'en'), 'troops');
  assert.equal(prop(claim), 'deploy:Belarus>Russia:personnel');
});

test('a suspicion built like an accusation speculates about the act: « Kiev soupçonne la Russie d\'avoir acheté des obus à la Biélorussie », "Kyiv suspects Russia of buying shells from Belarus"', () => {
  const fr = claimsOf("Kiev soupçonne la Russie d'avoir acheté des obus à la Biélorussie.", 'fr');
  assert.deepEqual(fr.map((c) => reading(c)), [['Ukraine', 'speculates', 'supply:Belarus>Russia:ammunition']]);
  const en = claimsOf('Kyiv suspects Russia of buying shells from Belarus.', 'en');
  assert.deepEqual(en.map((c) => reading(c)), [['Ukraine', 'speculates', 'supply:Belarus>Russia:ammunition']]);
});

test('the countries in the source\'s words are no party: "according to security officials from a country allied with the United States", « selon des responsables d\'un pays allié des États-Unis »', () => {
  const en = claimsOf('Russia is building a drone factory, according to security officials from a country allied with the United States.', 'en');
  assert.deepEqual(en.map((c) => c.proposition), [null]);
  const fr = claimsOf("La Russie construirait une usine de drones, selon des responsables de la sécurité d'un pays allié des États-Unis.", 'fr');
  assert.deepEqual(fr.map((c) => c.proposition), [null]);
});

test('officials of a country the text keeps unnamed get no guessed country: "officials from a country allied with the United States", « responsables d\'un pays allié »', () => {
  // The story's home country, Russia, would otherwise be guessed.
  const en = claimsOf('Russia builds drone factory\n\nRussia is building a drone factory, according to security officials from a country allied with the United States. The Russian defence ministry did not respond.', 'en');
  assert.deepEqual(en.map((c) => [c.speaker.name, c.speaker.affiliation]), [['official', null]]);
  const fr = claimsOf("La Russie construit une usine de drones\n\nLa Russie serait en train de construire une usine de drones, selon des responsables de la sécurité d'un pays allié des États-Unis. Le ministère russe de la Défense n'a pas répondu.", 'fr');
  assert.deepEqual(fr.map((c) => [c.speaker.name, c.speaker.affiliation]), [['official', null]]);
});

test('"this outlet" just brought in by an indefinite is that outlet, not the last speaker: « publiées par un média d\'opposition. Selon ce média, P »', () => {
  const fr = claimsOf("Le ministère biélorusse de la Défense a démenti avoir livré des obus à la Russie, qualifiant de « mensonges » les informations publiées par un média d'opposition. Selon ce média, des trains chargés d'obus ont quitté la Biélorussie pour la Russie en février.", 'fr');
  assert.deepEqual(claimAbout(fr, 'trains').speaker.name, 'media');
  const en = claimsOf('The Belarusian defence ministry denied sending shells to Russia, calling the claims by an opposition newspaper lies. According to this newspaper, trains loaded with shells left Belarus for Russia in February.', 'en');
  assert.deepEqual(claimAbout(en, 'trains').speaker.name, 'newspaper');
  assert.equal(claimAbout(en, 'sending').text, 'sending shells to Russia');
});

test('a role of a body named by its common noun alone belongs to the body the text is about: « le porte-parole du ministère, Vadim Kovalev », "the spokesman for the ministry, X"', () => {
  const fr = claimsOf("Le ministère biélorusse de la Défense a démenti avoir livré des obus à la Russie. « Nous n'avons rien livré », a déclaré le porte-parole du ministère, Vadim Kovalev.", 'fr');
  assert.deepEqual([claimAbout(fr, 'rien livré').speaker.name, claimAbout(fr, 'rien livré').speaker.affiliation], ['Vadim Kovalev', 'Belarus']);
  const en = claimsOf('The Belarusian defence ministry denied sending shells to Russia. "We have sent nothing," the spokesman for the ministry, Vadim Kovalev, said.', 'en');
  assert.deepEqual([claimAbout(en, 'sent nothing').speaker.name, claimAbout(en, 'sent nothing').speaker.affiliation], ['Vadim Kovalev', 'Belarus']);
});

test('holding intelligence is an evidence formula: « affirment détenir des renseignements montrant que P », "holds intelligence showing that P": the holder is no party to P', () => {
  const fr = claimsOf("Les États-Unis affirment détenir des renseignements montrant que des missiles Fath-360 ont été acheminés vers la Russie.", 'fr');
  assert.deepEqual(fr.map((c) => [c.speaker.name, c.proposition?.actor, c.proposition?.recipient]), [['United States', 'Iran', 'Russia']]);
  const en = claimsOf('The United States says it holds intelligence showing that Fath-360 missiles were shipped to Russia.', 'en');
  assert.deepEqual(en.map((c) => [c.speaker.name, c.proposition?.actor, c.proposition?.recipient]), [['United States', 'Iran', 'Russia']]);
});

test('a surname right after a role is a person: "Defence Minister Hrenko said", « le ministre Hrenko a déclaré » (not whoever spoke last)', () => {
  const en = claimsOf('Kyiv said Belarus sent shells to Russia. Defence Minister Hrenko said Minsk had sent nothing.', 'en');
  assert.deepEqual(en.map((c) => [c.speaker.name, c.speaker.type]), [['Ukraine', 'country'], ['Hrenko', 'person']]);
  const fr = claimsOf("Kiev affirme que la Biélorussie a livré des obus à la Russie. Le ministre Hrenko a déclaré que Minsk n'avait rien livré.", 'fr');
  assert.deepEqual(fr.map((c) => [c.speaker.name, c.speaker.type]), [['Ukraine', 'country'], ['Hrenko', 'person']]);
});

test('the role of an international body is nobody who speaks for a country: "the European Union\'s top diplomat" is not Iran\'s foreign minister named later', () => {
  const en = claimsOf("The European Union's top diplomat said on Monday that Iran had sent missiles to Russia. Iran's foreign minister, Reza Tavakoli, denied it.", 'en');
  assert.deepEqual(en.map((c) => [c.speaker.name, c.stance]), [['European Union', 'asserts'], ['Reza Tavakoli', 'denies']]);
  const fr = claimsOf("Le chef de la diplomatie de l'Union européenne a affirmé lundi que l'Iran avait livré des missiles à la Russie. Le chef de la diplomatie iranienne, Reza Tavakoli, a démenti.", 'fr');
  assert.deepEqual(fr.map((c) => [c.speaker.name, c.stance]), [['European Union', 'asserts'], ['Reza Tavakoli', 'denies']]);
});

test('a role reporting in one sentence is the person who reports the quote opening the next: "“...,” Maria Lindqvist told reporters"; of an international body, no country is guessed for her', () => {
  const en = claimsOf("The European Union's top diplomat said on Monday that Iran had sent missiles to Russia. “We have evidence of these deliveries,” Maria Lindqvist told reporters. Iran's foreign minister, Reza Tavakoli, denied it.", 'en');
  assert.deepEqual(en.map((c) => [c.speaker.name, c.speaker.affiliation]), [['Maria Lindqvist', null], ['Maria Lindqvist', null], ['Reza Tavakoli', 'Iran']]);
  const fr = claimsOf("Le chef de la diplomatie de l'Union européenne a affirmé lundi que l'Iran avait livré des missiles à la Russie. « Nous avons des preuves de ces livraisons », a déclaré Maria Lindqvist à la presse. Le chef de la diplomatie iranienne, Reza Tavakoli, a démenti.", 'fr');
  assert.deepEqual(fr.map((c) => [c.speaker.name, c.speaker.affiliation]), [['Maria Lindqvist', null], ['Maria Lindqvist', null], ['Reza Tavakoli', 'Iran']]);
});

test('whoever declined to comment is who "he" stands for next, even after an opening adjunct: "the Kremlin spokesman declined to comment. “...,” he added", « Interrogé, le porte-parole a refusé de commenter des informations qu\'il a jugées « fausses » »', () => {
  const en = claimsOf('North Korea called the accusations absurd. Asked about the reports, the Kremlin spokesman declined to comment. "We are developing ties with all our neighbours," he added.', 'en');
  assert.equal(claimAbout(en, 'neighbours').speaker.name, 'Kremlin');
  const fr = claimsOf("La Corée du Nord a qualifié ces accusations d'« absurdes ». Interrogé par la presse, le porte-parole du Kremlin a refusé de commenter des informations qu'il a jugées « fausses ». « Nous développons nos liens avec tous nos voisins », a-t-il ajouté.", 'fr');
  assert.deepEqual([claimAbout(fr, 'fausses').speaker.name, claimAbout(fr, 'voisins').speaker.name], ['Kremlin', 'Kremlin']);
});

test('a party the topic lacks takes the parties of what was last said of it: "Russia accused the West of arming Kyiv. Iran said it had never provided weapons"', () => {
  const en = claimsOf("Britain said Iran had supplied drones to Russia. Russia accused Western states of supplying Kyiv with missiles. Iran's envoy said his country had never provided weapons for use in the war.", 'en');
  assert.equal(prop(claimAbout(en, 'never provided')), 'supply:Iran>Russia:weapons');
  const fr = claimsOf("Londres affirme que l'Iran a livré des drones à la Russie. Moscou a accusé les pays occidentaux de livrer des missiles à Kiev. Le représentant iranien a assuré que son pays n'avait jamais fourni d'armes utilisées dans la guerre.", 'fr');
  assert.equal(prop(claimAbout(fr, 'jamais fourni')), 'supply:Iran>Russia:weapons');
});

test('"not content with", « ne se contente pas de », « ne se limite pas à » add, like "not only": no denial', () => {
  const fr = claimsOf("« L'Iran ne se contente pas de livrer des drones à la Russie, il forme aussi ses opérateurs », a assuré Kiev.", 'fr');
  assert.deepEqual([claimAbout(fr, 'livrer').stance, prop(claimAbout(fr, 'livrer'))], ['asserts', 'supply:Iran>Russia:drones']);
  assert.equal(claimsOf("« L'Iran ne se limite pas à livrer des drones à la Russie », a assuré Kiev.", 'fr')[0].stance, 'asserts');
  const en = claimsOf('"Iran is not content with delivering drones to Russia, it also trains their operators," Kyiv said.', 'en');
  assert.deepEqual([claimAbout(en, 'delivering').stance, prop(claimAbout(en, 'delivering'))], ['asserts', 'supply:Iran>Russia:drones']);
  assert.equal(claimsOf('"Iran\'s help is not limited to delivering drones to Russia," Kyiv said.', 'en')[0].stance, 'asserts');
});

test('parts and engines of drones or missiles are technology, not the weapons: "drone parts", « des pièces de drones »', () => {
  assert.equal(prop(claimsOf('Beijing denied that Chinese firms were sending drone parts and spare parts to Russia.', 'en')[0]), 'supply:China>Russia:technology');
  assert.equal(prop(claimsOf("Pékin a démenti que des entreprises chinoises livraient des moteurs de drones à la Russie.", 'fr')[0]), 'supply:China>Russia:technology');
});

test('a participle of saying after a report in the object takes the main clause\'s subject: "China rejected a Ukrainian intelligence report that P, saying Q"', () => {
  const en = claimsOf('China on Thursday rejected a Ukrainian intelligence report that Chinese firms were supplying drone parts to Russia, saying it had always controlled its exports.', 'en');
  assert.deepEqual(en.map((c) => [c.speaker.name, c.stance]), [['China', 'denies'], ['Intelligence services', 'asserts'], ['China', 'asserts']]);
});

test('a country in brackets after a name is the one a delegate speaks for, as meetings coverage writes them: "JANE ROE (Russian Federation) said", « M. JEAN ROE (Fédération de Russie) a déclaré »', () => {
  const en = claimsOf('JANE ROE (Russian Federation) said that Moscow had not purchased any drones from Iran.', 'en');
  assert.deepEqual([en[0].speaker.name, en[0].speaker.affiliation, en[0].stance], ['JANE ROE', 'Russia', 'denies']);
  const fr = claimsOf("M. JEAN ROE (République islamique d'Iran) a déclaré que son pays n'avait jamais livré de drones à la Russie.", 'fr');
  assert.deepEqual([fr[0].speaker.name, fr[0].speaker.affiliation, fr[0].stance], ['JEAN ROE', 'Iran', 'denies']);
});

test('who says their country rejects the allegations denies them, in one claim: "X (Iran) said his country categorically rejected the allegations", « a dit que son pays rejetait ces accusations »', () => {
  const en = claimsOf('Britain said Iran supplied drones to Russia. JOHN ROE (Iran) said his country categorically rejected the allegations.', 'en');
  assert.deepEqual(en.map((c) => reading(c)), [['United Kingdom', 'asserts', 'supply:Iran>Russia:drones'], ['JOHN ROE', 'denies', 'supply:Iran>Russia:drones']]);
  const fr = claimsOf("Londres affirme que l'Iran a livré des drones à la Russie. M. JEAN ROE (Iran) a dit que son pays rejetait catégoriquement ces accusations.", 'fr');
  assert.deepEqual(fr.map((c) => reading(c)), [['United Kingdom', 'asserts', 'supply:Iran>Russia:drones'], ['JEAN ROE', 'denies', 'supply:Iran>Russia:drones']]);
});

test('someone in the complement of the sentence\'s subject is not who "she" stands for: "The evidence presented by Western delegations was fabricated, she stressed"', () => {
  const en = claimsOf('JANE ROE (Russian Federation) said that Moscow had not purchased any drones from Iran. The so-called evidence presented by Western delegations was fabricated, she stressed.', 'en');
  assert.equal(claimAbout(en, 'so-called evidence').speaker.name, 'JANE ROE');
  const fr = claimsOf("Mme JEANNE ROE (Fédération de Russie) a affirmé que Moscou n'avait acheté aucun drone à l'Iran. Les prétendues preuves présentées par les délégations occidentales sont fausses, a-t-elle souligné.", 'fr');
  assert.equal(claimAbout(fr, 'prétendues preuves').speaker.name, 'JEANNE ROE');
});

test('contents coordinated after an evidence formula are two claims, and a lack of evidence covers both unless "but" contrasts them', () => {
  const has = claimsOf("Britain has evidence that North Korea has provided Russia with artillery shells, and that North Korean soldiers have been deployed to Russia.", 'en');
  assert.deepEqual(has.map((c) => stanceOn(c)), [['asserts', 'supply:North Korea>Russia:ammunition'], ['asserts', 'deploy:North Korea>Russia:personnel']]);
  const none = claimsOf("Britain said it had no evidence that North Korea has provided Russia with artillery shells, or that North Korean soldiers have been deployed to Russia.", 'en');
  assert.deepEqual(none.map((c) => stanceOn(c)), [['no_evidence', 'supply:North Korea>Russia:ammunition'], ['no_evidence', 'deploy:North Korea>Russia:personnel']]);
  const but = claimsOf("Britain said it had no evidence that North Korea has provided Russia with artillery shells, but that North Korean soldiers have been deployed to Russia.", 'en');
  assert.deepEqual(but.map((c) => c.stance), ['no_evidence', 'asserts']);
});

test('whom a danger threatens takes no part in the dealing: "poses a threat to Ukraine", « constituent une menace pour l\'Ukraine »', () => {
  const en = claimsOf('Britain said Iran sent missiles to Russia. It said the transfer of drones by Iran poses a threat to Ukraine.', 'en');
  assert.equal(prop(claimAbout(en, 'poses a threat')), 'supply:Iran>Russia:drones');
  const fr = claimsOf("Londres affirme que l'Iran a envoyé des missiles à la Russie. Selon Londres, ces livraisons de missiles par l'Iran constituent une menace pour l'Ukraine.", 'fr');
  assert.equal(prop(claimAbout(fr, 'menace')), 'supply:Iran>Russia:missiles');
});

test('with no event word, a negation in another predicate than the one the items\' origin is in denies nothing: « a accueilli des troupes russes et ne peut rien refuser »', () => {
  const fr = claimsOf("« Minsk a déjà accueilli des troupes russes en 2022 et ne peut rien refuser au Kremlin », a expliqué l'analyste Paul Roe.", 'fr');
  assert.deepEqual(fr.map((c) => stanceOn(c)), [['asserts', 'deploy:Russia>Belarus:personnel']]);
  const en = claimsOf('Minsk has hosted Russian troops since 2022 and will never refuse anything to the Kremlin, the analyst Paul Roe said.', 'en');
  assert.deepEqual(en.map((c) => stanceOn(c)), [['asserts', 'deploy:Russia>Belarus:personnel']]);
});

test('what a lie is said to serve names no party, with quote marks too: \'aimed at "justifying Washington\'s arms shipments to Ukraine"\', « destinées à « justifier les livraisons » »', () => {
  const en = claimsOf('Iran has repeatedly denied arming Russia. Its spokesman said the U.S. claims were "baseless" and aimed at "justifying Washington\'s own arms shipments to Ukraine."', 'en');
  assert.equal(prop(claimAbout(en, 'baseless')), 'supply:Iran>Russia:weapons');
  const fr = claimsOf("L'Iran a toujours nié armer la Russie. Son porte-parole a jugé ces accusations « infondées » et destinées à « justifier les livraisons d'armes américaines à l'Ukraine ».", 'fr');
  assert.equal(prop(claimAbout(fr, 'infondées')), 'supply:Iran>Russia:weapons');
});

test('a possessed role opening a sentence is someone already spoken of, not the person named first in the next: "His delegation had stressed that P. JEAN DOE (France) said ..."', () => {
  const en = claimsOf('JOHN ROE (United Kingdom) said that Iran continued to supply drones to Russia. His delegation had stressed that the drones had been supplied by Iran. JEAN DOE (France) said Iran might transfer missiles to Russia.', 'en');
  assert.notEqual(claimAbout(en, 'had been supplied').speaker.name, 'JEAN DOE');
  const fr = claimsOf("M. JOHN ROE (Royaume-Uni) a affirmé que l'Iran continuait de livrer des drones à la Russie. Sa délégation a souligné que ces drones avaient été livrés par l'Iran. M. JEAN DOE (France) a dit que l'Iran pourrait livrer des missiles à la Russie.", 'fr');
  assert.notEqual(claimAbout(fr, 'avaient été livrés').speaker.name, 'JEAN DOE');
});

test('« sont fabriquées », closing its clause, calls claims false and makes nothing; « fabriqués en Russie » still says where things are made', () => {
  const fr = claimsOf("Londres affirme que l'Iran a livré des drones à la Russie. Mme JEANNE ROE (Fédération de Russie) a démenti. « Ces accusations sont fabriquées de toutes pièces », a-t-elle souligné.", 'fr');
  assert.deepEqual([claimAbout(fr, 'toutes pièces').stance, prop(claimAbout(fr, 'toutes pièces'))], ['denies', 'supply:Iran>Russia:drones']);
  const evidence = claimsOf("Mme JEANNE ROE (Fédération de Russie) a démenti. Les prétendues preuves présentées par les délégations occidentales sont fabriquées, a-t-elle souligné.", 'fr');
  assert.deepEqual([claimAbout(evidence, 'prétendues').stance, claimAbout(evidence, 'prétendues').proposition], ['denies', null]);
});

test('An intention is a plan: "intends to buy", « a l’intention de produire », « entend acheter »', () => {
  const en = claimsOf('Officials in Kyiv believe that Russia intends to buy more drones from Iran.', 'en');
  assert.equal(prop(claimAbout(en, 'intends')), 'supply:Iran>Russia:drones');
  assert.equal(claimAbout(en, 'intends').proposition?.mode, 'planned');
  const fr = claimsOf('Selon Washington, Moscou a l’intention de produire des drones iraniens dans une usine du Tatarstan. Kiev affirme que la Russie entend acheter des missiles à l’Iran.', 'fr');
  assert.equal(claimAbout(fr, 'intention').proposition?.mode, 'planned');
  assert.equal(prop(claimAbout(fr, 'entend')), 'supply:Iran>Russia:missiles');
  assert.equal(claimAbout(fr, 'entend').proposition?.mode, 'planned');
});

test('Refraining is not doing, and an act called "inhumane" in quotes is ruled out: "had refrained from supplying", « s’est toujours abstenu de livrer »', () => {
  const en = claimsOf('Kyiv says Iran sent missiles to Russia. Tehran said it had refrained from supplying weapons to Russia. Its mission said Iran considered the supply of weapons to the parties to the conflict "inhumane".', 'en');
  assert.equal(claimAbout(en, 'refrained').stance, 'denies');
  assert.equal(prop(claimAbout(en, 'refrained')), 'supply:Iran>Russia:weapons');
  assert.equal(claimAbout(en, 'inhumane').stance, 'denies');
  const fr = claimsOf('Selon la mission iranienne, Téhéran s’est toujours abstenu de livrer des armes à la Russie.', 'fr');
  assert.equal(claimAbout(fr, 'abstenu').stance, 'denies');
  assert.equal(prop(claimAbout(fr, 'abstenu')), 'supply:Iran>Russia:weapons');
});

test('An infinitive evidence formula is the source’s, not a party’s: « a indiqué disposer d’informations selon lesquelles P »', () => {
  const claims = claimsOf('Kiev affirme que des instructeurs iraniens se trouvent en Crimée pour aider les forces russes. La Maison Blanche a indiqué mardi disposer d’informations selon lesquelles des militaires iraniens étaient engagés sur le terrain en Crimée.', 'fr');
  const c = claimAbout(claims, 'disposer');
  assert.equal(c.speaker.name, 'White House');
  assert.equal(prop(c), 'deploy:Iran>Russia:personnel');
});

test('« a affirmé, en citant des responsables européens, que P »: the cited source between commas keeps the content in reach', () => {
  const claims = claimsOf('Le quotidien a affirmé mardi, en citant des responsables européens, que des centaines de missiles avaient été livrés à la Russie par l’Iran.', 'fr');
  assert.equal(prop(claimAbout(claims, 'centaines')), 'supply:Iran>Russia:missiles');
});

test('Other items of the topic’s supplier turning up are more of its supplies: « des missiles KN-23 ont été tirés », "Turkish components were used in Hamas rockets"', () => {
  const fr = claimsOf('Séoul affirme que la Corée du Nord a expédié des obus vers la Russie. « Nous avons la certitude que des missiles KN-23 ont été tirés sur Kharkiv », a déclaré le ministre.', 'fr');
  assert.equal(prop(claimAbout(fr, 'KN-23')), 'supply:North Korea>Russia:ballistic missiles');
  const en = claimsOf('Israel says Turkey sent weapons to Hamas. Israel said it had evidence that Turkish components were used in Hamas rockets.', 'en');
  assert.equal(prop(claimAbout(en, 'components')), 'supply:Turkey>Hamas:technology');
  // People are not: German soldiers needed for German missiles are no deployment the text tells of.
  const people = claimsOf('Berlin is debating whether to send missiles to Ukraine. The chancellor said German soldiers would be needed to program the targets.', 'en');
  assert.equal(claimAbout(people, 'German soldiers').proposition, null);
});

test('"There are no X" denies X: "There are no North Korean soldiers in Russia"', () => {
  const claims = claimsOf('Seoul says Pyongyang has sent troops to Russia. "There are no North Korean soldiers in Russia," a spokesman in Pyongyang said.', 'en');
  assert.equal(claimAbout(claims, 'There are no').stance, 'denies');
  assert.equal(prop(claimAbout(claims, 'There are no')), 'deploy:North Korea>Russia:personnel');
});

test('A denial given is a denial: « apporter un démenti formel à ces allégations », "issued a categorical denial of the reports"', () => {
  const fr = claimsOf('Paris accuse la Russie de déployer des mercenaires au Mali. « Le gouvernement tient à apporter un démenti formel à ces allégations », a déclaré le porte-parole malien, Jean Doe.', 'fr');
  assert.equal(claimAbout(fr, 'ces allégations').stance, 'denies');
  assert.equal(prop(claimAbout(fr, 'ces allégations')), 'deploy:Russia>Mali:personnel');
  const en = claimsOf('France accuses Russia of deploying mercenaries in Mali. The Malian government issued a categorical denial of the reports on Friday.', 'en');
  assert.equal(claimAbout(en, 'reports').stance, 'denies');
});

test('A title in apposition to a possessed role is the owner’s: « son porte-parole, le colonel X »', () => {
  const claims = claimsOf('Des pays européens ont condamné le déploiement de mercenaires du groupe russe Wagner au Mali. La junte au pouvoir à Bamako a démenti vendredi leur présence. « Nous ne sommes pas au courant », a déclaré son porte-parole, le colonel Jean Doe.', 'fr');
  assert.equal(claimAbout(claims, 'au courant').speaker.name, 'Jean Doe');
  assert.equal(claimAbout(claims, 'au courant').speaker.affiliation, 'Mali');
});

test('An abbreviated title stands in an apposed name: \'"...," its spokesman, Col. Jane Doe, said\'', () => {
  const claims = claimsOf('The junta in Bamako denied the presence of Russian mercenaries in Mali. "We are not aware of any mercenaries," its spokesman, Col. Jane Doe, said.', 'en');
  const c = claimAbout(claims, 'not aware');
  assert.equal(c.speaker.name, 'Jane Doe');
  assert.equal(c.speaker.affiliation, 'Mali');
  assert.equal(c.text, 'We are not aware of any mercenaries');
});

test('Border guards, coast guards and national guards are a country’s forces: "Ukraine’s border guard service said", « le porte-parole des gardes-frontières ukrainiens »', () => {
  const en = claimsOf('Ukraine’s border guard service said Russian missiles were being fired from Belarus.', 'en');
  assert.deepEqual([en[0].speaker.name, en[0].speaker.affiliation], ['Border Guard Service', 'Ukraine']);
  const fr = claimsOf('Le porte-parole des gardes-frontières ukrainiens, Jean Doe, a assuré que des missiles étaient tirés depuis la Biélorussie.', 'fr');
  assert.deepEqual([fr[0].speaker.name, fr[0].speaker.affiliation], ['Jean Doe', 'Ukraine']);
});

test('A negated alternative closing the content denies nothing of the event: "sales to Ukraine are commercial, not political", « sont commerciales, et non politiques »', () => {
  const en = claimsOf('Turkey says its drone sales to Ukraine are commercial, not political.', 'en');
  assert.equal(claimAbout(en, 'commercial').stance, 'asserts');
  const fr = claimsOf('La Turquie affirme que ses ventes de drones à l’Ukraine sont commerciales, et non politiques.', 'fr');
  assert.equal(claimAbout(fr, 'commerciales').stance, 'asserts');
});

test('The evidence is the evidence of the topic: "the evidence was overwhelming", « les preuves sont accablantes »', () => {
  const en = claimsOf('The newspaper said Iran had delivered missiles to Russia. A European diplomat said the evidence was overwhelming.', 'en');
  assert.equal(prop(claimAbout(en, 'overwhelming')), 'supply:Iran>Russia:missiles');
  const fr = claimsOf('Le quotidien affirme que Téhéran a envoyé des missiles à la Russie. Un diplomate européen estime que « les preuves sont accablantes ».', 'fr');
  assert.equal(prop(claimAbout(fr, 'accablantes')), 'supply:Iran>Russia:missiles');
});

test('« fabulations » are lies: « qualifie régulièrement de « fabulations » les accusations », « sont des fabulations »', () => {
  const verdict = claimsOf('Selon Washington, Pyongyang a fourni des lance-roquettes à Moscou. Le régime nord-coréen qualifie régulièrement de « fabulations » les accusations occidentales.', 'fr');
  assert.equal(claimAbout(verdict, 'fabulations').stance, 'denies');
  const called = claimsOf('Selon Washington, Pyongyang a fourni des lance-roquettes à Moscou. Pour Pyongyang, ces accusations sont des fabulations.', 'fr');
  assert.equal(claimAbout(called, 'fabulations').stance, 'denies');
});

test('« balaie » is « balaye », and an appeal to stop may quote its verb: « a exhorté Téhéran à « cesser immédiatement » », \'urged Tehran to "immediately stop"\'', () => {
  const title = claimsOf('Téhéran balaie les accusations de livraisons de missiles à Moscou', 'fr');
  assert.equal(title[0]?.stance, 'denies');
  const fr = claimsOf('Kiev a exhorté Téhéran à « cesser immédiatement » toute livraison d’armes à Moscou.', 'fr');
  assert.equal(prop(claimAbout(fr, 'cesser')), 'supply:Iran>Russia:weapons');
  const en = claimsOf('Kyiv urged Tehran to "immediately stop" supplying drones to Russia.', 'en');
  assert.equal(prop(claimAbout(en, 'stop')), 'supply:Iran>Russia:drones');
});

test('A ministry of no stated country is that of the place the sentence opens on: « À Kiev, le ministère des Affaires étrangères a affirmé »', () => {
  const fr = claimsOf('À Kiev, le ministère des Affaires étrangères a affirmé que l’Iran livrait des armes à Moscou.', 'fr');
  assert.equal(fr[0].speaker.affiliation, 'Ukraine');
  const en = claimsOf('In Kyiv, the foreign ministry said Iran was supplying weapons to Russia.', 'en');
  assert.equal(en[0].speaker.affiliation, 'Ukraine');
});

test('An evidence formula quoted whole still governs its complement: « n’a « aucune information » permettant d’affirmer que P », \'has "no information" to confirm that P\'', () => {
  const fr = claimsOf('Le ministère n’a en revanche « aucune information » permettant d’affirmer que Pyongyang a fourni des obus à Moscou.', 'fr');
  assert.equal(fr.length, 1);
  assert.equal(fr[0].stance, 'no_evidence');
  assert.equal(prop(fr[0]), 'supply:North Korea>Russia:ammunition');
});

test('People present abroad are deployed people, whatever the topic’s item: « des conseillers iraniens se trouvent en Crimée », "Iranian advisers are on the ground in Crimea"', () => {
  const fr = claimsOf('Washington accuse Téhéran d’armer Moscou. Washington estime que des conseillers iraniens se trouvent en Crimée pour aider les Russes à piloter ces engins.', 'fr');
  assert.equal(prop(claimAbout(fr, 'conseillers')), 'deploy:Iran>Russia:personnel');
  const en = claimsOf('Washington accuses Tehran of arming Moscow. Washington believes Iranian advisers are on the ground in Crimea helping Russians fly the drones.', 'en');
  assert.equal(prop(claimAbout(en, 'advisers')), 'deploy:Iran>Russia:personnel');
});

test('English: "X, Pavel Orlov’s spokesman, said": the spokesman speaks, for the country the text gave his principal', () => {
  const claims = claimsOf('Russian President Pavel Orlov hosted his Iranian counterpart on Monday. Ilya Sorin, Pavel Orlov’s spokesman, told reporters that Iran had sent drones to Russia.', 'en');
  const c = claimAbout(claims, 'Iran had sent drones');
  assert.equal(c.speaker.name, 'Ilya Sorin');
  assert.equal(c.speaker.affiliation, 'Russia');
  // A principal the text gives no country leaves the spokesman with none, but he still speaks.
  const bare = claimAbout(claimsOf('Ilya Sorin, Pavel Orlov’s spokesman, told reporters that Iran had sent drones to Russia.', 'en'), 'Iran had sent drones');
  assert.equal(bare.speaker.name, 'Ilya Sorin');
});

test('a verb of urging makes its subject the one acting: "he" in the next sentence is that person, in both languages', () => {
  const en = claimsOf('Sergei Volkov, the Kremlin spokesman, said relations with Iran were growing.\n\nUkraine’s president, Andriy Melnyk, urged allies to respond. In his nightly address he said the missiles would mean more strikes on Ukrainian cities.', 'en');
  assert.equal(claimAbout(en, 'more strikes').speaker.name, 'Andriy Melnyk');
  const fr = claimsOf('Sergueï Volkov, le porte-parole du Kremlin, a assuré que les relations avec l’Iran progressaient.\n\nLe président ukrainien, Andriy Melnyk, a exhorté ses alliés à réagir. Dans son allocution du soir, il a affirmé que ces missiles frapperaient les villes ukrainiennes.', 'fr');
  assert.equal(claimAbout(fr, 'frapperaient').speaker.name, 'Andriy Melnyk');
});

test('a participle of accusation qualifying a noun accuses what the noun names, on behalf of the main clause’s subject', () => {
  const en = claimsOf('Britain sanctioned three Iranian generals accused of supplying drones to Russia.', 'en');
  const sanction = claimAbout(en, 'of supplying drones');
  assert.equal(sanction.speaker.name, 'United Kingdom');
  assert.equal(prop(sanction), 'supply:Iran>Russia:drones');
  const fr = claimsOf('Paris et Londres ont annoncé de nouvelles sanctions contre l’Iran, accusé d’avoir livré des drones à la Russie.', 'fr');
  assert.deepEqual(fr.map((c) => c.speaker.name).sort(), ['France', 'United Kingdom']);
  assert.ok(fr.every((c) => prop(c) === 'supply:Iran>Russia:drones'));
  // Set off as an aside, the participle names no accuser, and the main verb's object is no inverted subject.
  const aside = claimsOf('L’Iran, accusé de livrer des drones à la Russie, a démenti ces informations.', 'fr');
  const denial = claimAbout(aside, 'a démenti');
  assert.equal(denial.speaker.name, 'Iran');
  assert.equal(denial.stance, 'denies');
  assert.equal(prop(denial), 'supply:Iran>Russia:drones');
  // A headline names nobody who accuses.
  assert.deepEqual(claimsOf('Iran accused of supplying drones to Russia', 'en'), []);
});

test('English: "said it was "another hoax"" calls the report false: a denial', () => {
  const claims = claimsOf('Seoul said North Korean troops had been sent to Russia. A Kremlin spokesman said it was "another hoax".', 'en');
  const c = claimAbout(claims, 'another hoax');
  assert.equal(c.stance, 'denies');
  assert.equal(prop(c), 'deploy:North Korea>Russia:personnel');
});

test('calling reports a conspiracy theory denies them: « qualifié de « théories du complot » », "called the reports a conspiracy theory"', () => {
  const fr = claimsOf('Kiev affirme que l’Iran a envoyé des drones à la Russie. Le Kremlin a qualifié de « théories du complot » les informations sur l’origine des drones.', 'fr');
  const kremlin = claimAbout(fr, 'théories du complot');
  assert.equal(kremlin.stance, 'denies');
  assert.equal(prop(kremlin), 'supply:Iran>Russia:drones');
  const en = claimsOf('Kyiv says Iran has sent drones to Russia. The Kremlin said the reports were a conspiracy theory.', 'en');
  assert.equal(claimAbout(en, 'conspiracy theory').stance, 'denies');
});

test('English: a passive with no agent names its supplier after "from": "had been shipped from North Korea to Russia"', () => {
  const claims = claimsOf('Officials said the shells had been shipped from North Korea to Russia by rail.', 'en');
  assert.equal(prop(claimAbout(claims, 'shipped from North Korea')), 'supply:North Korea>Russia:ammunition');
});

test('"the military said", « a indiqué l’armée »: the armed service named last speaks', () => {
  const en = claimsOf('The U.S. Navy seized a boat on Sunday. The missiles were being smuggled from Iran to the Houthis, the military said.', 'en');
  const navy = claimAbout(en, 'smuggled');
  assert.deepEqual([navy.speaker.name, navy.speaker.affiliation], ['Navy', 'United States']);
  const fr = claimsOf('La marine américaine a saisi un bateau dimanche. Les missiles étaient acheminés d’Iran vers les Houthis, a indiqué l’armée.', 'fr');
  assert.equal(claimAbout(fr, 'acheminés').speaker.affiliation, 'United States');
});

test('« À Téhéran, le porte-parole de la diplomatie, X »: a body named nowhere else is the country the sentence is in', () => {
  const claims = claimsOf('À Téhéran, le porte-parole de la diplomatie, Reza Karimi, a démenti toute livraison de drones à la Russie.', 'fr');
  const c = claimAbout(claims, 'a démenti');
  assert.deepEqual([c.speaker.name, c.speaker.affiliation], ['Reza Karimi', 'Iran']);
});

test('« le commandant de l’armée de l’air, X »: a complement after the body’s head noun still names the body', () => {
  const claims = claimsOf('L’armée ukrainienne a affirmé mardi avoir abattu 220 drones. « Ces drones sont iraniens », a déclaré le commandant de l’armée de l’air, Petro Lysenko.', 'fr');
  const c = claimAbout(claims, 'Ces drones sont iraniens');
  assert.deepEqual([c.speaker.name, c.speaker.affiliation], ['Petro Lysenko', 'Ukraine']);
});

test('"The U.S. official added", « Le responsable américain a précisé »: the official is the person just quoted', () => {
  const en = claimsOf('"Russia is seeking missiles from Iran," spokesman Mark Hollis said. The U.S. official added that Washington had no indication that the missiles had been delivered.', 'en');
  const added = claimAbout(en, 'no indication');
  assert.deepEqual([added.speaker.name, added.speaker.affiliation], ['Mark Hollis', 'United States']);
  const fr = claimsOf('« La Russie cherche à obtenir des missiles iraniens », a déclaré le porte-parole Mark Hollis. Le responsable américain a précisé que Washington n’avait « pas d’indication » que ces missiles aient été livrés.', 'fr');
  assert.equal(claimAbout(fr, 'pas d’indication').speaker.name, 'Mark Hollis');
  // An official of another country than the one quoted is someone else.
  const other = claimsOf('"Russia is seeking missiles from Iran," Ukrainian spokesman Mark Hollis said. The U.S. official added that Washington had no indication that the missiles had been delivered.', 'en');
  assert.equal(claimAbout(other, 'no indication').speaker.name, 'United States');
});

test('English: "had ordered 2,400 drones from Iran" is a purchase from Iran; "ordered troops from the Far East" is none', () => {
  const order = claimAbout(claimsOf('A Ukrainian official said that Russia had ordered about 2,400 drones from Iran.', 'en'), 'ordered');
  assert.equal(prop(order), 'supply:Iran>Russia:drones');
  assert.equal(order.proposition?.mode, 'done');
  assert.equal(claimAbout(claimsOf('Officials said the general ordered troops from the Far East to the front.', 'en'), 'ordered').proposition, null);
});

test('a warning against a delivery speculates even with an aside before "against", « contre »', () => {
  const fr = claimsOf('Les États-Unis ont mis en garde l’Iran, jeudi 16 février, contre toute livraison de missiles à la Russie.', 'fr', '2023-02-17');
  assert.equal(claimAbout(fr, 'contre toute livraison').stance, 'speculates');
  const en = claimsOf('The United States warned Iran, on Thursday, against any delivery of missiles to Russia.', 'en', '2023-02-17');
  assert.equal(claimAbout(en, 'against any delivery').stance, 'speculates');
});

test('a date right after whom an accusation or a warning is aimed at dates the report: "accused Iran on Thursday of P"', () => {
  const en = claimsOf('The United States accused Iran on Thursday of delivering missiles to Russia.', 'en', '2023-02-17');
  assert.equal(claimAbout(en, 'of delivering').saidOn, '2023-02-16');
  const fr = claimsOf('Les États-Unis ont mis en garde l’Iran, jeudi, contre toute livraison de missiles à la Russie.', 'fr', '2023-02-17');
  assert.equal(claimAbout(fr, 'contre toute livraison').saidOn, '2023-02-16');
});

test('a quote opening inside a verb group after its auxiliary (\'had "repeatedly warned"\', « ont « fermement condamné » ») keeps the group whole', () => {
  const en = claimsOf('Spokesman Mark Hollis said the United States had "repeatedly warned" that such a transfer of missiles from Iran to Russia would be an escalation.', 'en');
  assert.equal(en.length, 1);
  assert.equal(en[0].speaker.name, 'Mark Hollis');
  assert.equal(prop(en[0]), 'supply:Iran>Russia:missiles');
  const fr = claimsOf('Le Canada et la Norvège ont « fermement condamné » jeudi les livraisons de drones iraniens à la Russie.', 'fr');
  assert.deepEqual(fr.map((c) => c.speaker.name).sort(), ['Canada', 'Norway']);
});

test('a quoted concern after "was" is no report of its own: \'wrote that Tehran was "deeply concerned" by the accusations and that P\' keeps P a denial', () => {
  const claims = claimsOf('Iran’s ambassador, Reza Karimi, wrote in a letter that Tehran was "deeply concerned" by the accusations and that Iran had not transferred any drones to Russia.', 'en');
  const denial = claimAbout(claims, 'had not transferred');
  assert.equal(denial.stance, 'denies');
  assert.equal(prop(denial), 'supply:Iran>Russia:drones');
});

test('"the official" after a quote naming a ministry is the official quoted before, not one of that ministry', () => {
  const en = claimsOf('A U.S. official said Russia was looking for arms. “The Russian Ministry of Defense is buying millions of shells from North Korea,” the official said.', 'en');
  assert.equal(claimAbout(en, 'is buying millions').speaker.name, 'United States');
  const fr = claimsOf('Un responsable américain a affirmé que la Russie cherchait des armes. « Le ministère russe de la Défense achète des millions d’obus à la Corée du Nord », a ajouté le responsable.', 'fr');
  assert.equal(claimAbout(fr, 'achète des millions').speaker.name, 'United States');
});

test('« ne confirme ni ne dément » denies nothing, as "neither confirmed nor denied" does not', () => {
  const fr = claimsOf('Le Kremlin, de son côté, ne confirme ni ne dément la présence de soldats nord-coréens en Russie.', 'fr');
  assert.deepEqual(fr, []);
  const en = claimsOf('The Kremlin has neither confirmed nor denied the presence of North Korean troops in Russia.', 'en');
  assert.deepEqual(en, []);
});

test('a minister of no stated country speaks for the one party that reported in the sentence right before', () => {
  const fr = claimsOf('Le chef du renseignement ukrainien, Kyrylo Marchenko, a assuré que l’Iran allait livrer des missiles à la Russie.\n\nÀ Téhéran, on continue de nier. Le ministre des Affaires étrangères, Ali Rahimi, a répété jeudi que son pays « n’a fourni aucune arme à la Russie pour la guerre en Ukraine ».', 'fr');
  assert.equal(claimAbout(fr, 'son pays').speaker.affiliation, 'Iran');
  assert.equal(prop(claimAbout(fr, 'son pays')), 'supply:Iran>Russia:weapons');
  // Not an unnamed official taken for the body that spoke before: that country is itself a guess.
  const chained = claimsOf('Ukraine denied selling drones to Belarus. Russia delivered missiles to China, a senior official said. Defence ministry spokesman Tom Reed said Belarus had sent shells to Serbia.', 'en');
  assert.notEqual(claimAbout(chained, 'sent shells').speaker.affiliation, 'Ukraine');
});

test('an official a country’s media quote is of that country: « les médias d’État iraniens rapportent que le ministre »', () => {
  const fr = claimsOf('Selon le ministère ukrainien des Affaires étrangères, ces livraisons font de l’Iran un « participant direct » à la guerre. Les médias d’État iraniens rapportent que le ministre de la Défense Ali Rahimi a qualifié ces informations de « sans fondement ».', 'fr');
  assert.equal(claimAbout(fr, 'sans fondement').speaker.affiliation, 'Iran');
  const en = claimsOf('Ukraine’s foreign ministry said the deliveries made Iran a party to the war. Iranian state media reported that Defence Minister Ali Rahimi called the reports of missile deliveries to Russia baseless.', 'en');
  assert.equal(claimAbout(en, 'baseless').speaker.affiliation, 'Iran');
});

test('"since" before a time opens no clause: the subject before "which has been fighting the army since April," speaks', () => {
  const en = claimsOf('The Rapid Support Forces, which has been fighting the army since April, accused Iran of supplying drones to the army. Tehran has sent drones to the army since 2023, the Rapid Support Forces said.', 'en');
  assert.equal(claimAbout(en, 'Iran of supplying').speaker.name, 'Rapid Support Forces');
  const fr = claimsOf('Les Forces de soutien rapide, qui combattent l’armée depuis avril, ont accusé l’Iran de fournir des drones à l’armée.', 'fr');
  assert.equal(claimAbout(fr, 'l’Iran de fournir').speaker.name, 'Rapid Support Forces');
});

test('a military title written without its period is a role, not part of the name: "Brig Nabil Haddad", "Col Jane Roe"', () => {
  const claims = claimsOf('The army’s spokesman, Brig Nabil Haddad, said Iran had sent no drones to the army. Col Jane Roe said Iran had sent drones to Russia.', 'en');
  assert.equal(claimAbout(claims, 'no drones').speaker.name, 'Nabil Haddad');
  assert.equal(claimAbout(claims, 'drones to Russia').speaker.name, 'Jane Roe');
});

test('a name runs on through a particle hyphenated to its surname, and the surname alone names the person later', () => {
  const en = claimsOf('Sudan’s army chief, Gen Abdel Fattah al-Haddad, has denied receiving weapons from Iran. Haddad said Iran had sent no drones to the army.', 'en');
  assert.equal(claimAbout(en, 'receiving weapons').speaker.name, 'Abdel Fattah al-Haddad');
  assert.equal(claimAbout(en, 'no drones').speaker.name, 'Abdel Fattah al-Haddad');
  const fr = claimsOf('Le chef de l’armée soudanaise, le général Abdel Fattah al-Haddad, a nié avoir reçu des armes de l’Iran.', 'fr');
  assert.equal(claimAbout(fr, 'avoir reçu').speaker.name, 'Abdel Fattah al-Haddad');
});

test('a date in a second content of the same report ("and that Q by December") does not date the report', () => {
  const fr = claimsOf('Les services de renseignement sud-coréens affirment que 3 000 soldats nord-coréens ont déjà été envoyés en Russie, et que ce nombre devrait atteindre 10 000 d’ici décembre.', 'fr', '2024-10-25');
  assert.equal(claimAbout(fr, 'envoyés en Russie').saidOn, '2024-10-25');
  const en = claimsOf('South Korean intelligence says 3,000 North Korean soldiers have been sent to Russia and that the number should reach 10,000 by December.', 'en', '2024-10-25');
  assert.equal(claimAbout(en, 'sent to Russia').saidOn, '2024-10-25');
});

test('items of one country placed in another are not the speaker’s: "concerned by reports of Iranian weapons in Sudan"', () => {
  const alone = claimsOf('Washington said it was deeply concerned by reports of Iranian weapons in Sudan.', 'en');
  assert.equal(claimAbout(alone, 'weapons in Sudan').proposition, null);
  const afterReport = claimsOf('Iran has supplied Sudan’s army with drones, a UN report says. Washington said it was deeply concerned by reports of Iranian weapons in Sudan.', 'en');
  assert.equal(prop(claimAbout(afterReport, 'weapons in Sudan')), 'supply:Iran>Sudan:weapons');
});

test('not knowing what or where commits to nothing: « reconnu ne pas savoir « ce qu’elles y font » »', () => {
  const fr = claimsOf('Le ministre a confirmé que des troupes nord-coréennes étaient en Russie. Il a toutefois reconnu ne pas savoir « ce qu’elles y font exactement ».', 'fr');
  assert.equal(fr.filter((c) => c.text.includes('ce qu’elles')).length, 0);
  const en = claimsOf('The minister confirmed that North Korean troops were in Russia. He acknowledged that he did not know what they were doing there.', 'en');
  assert.equal(en.filter((c) => c.text.includes('doing there')).length, 0);
});

test('confirming or acknowledging an act names the act as content: « a confirmé mercredi la présence de troupes », « a reconnu l’envoi »', () => {
  const confirmed = claimsOf('Le secrétaire américain à la Défense, Paul Morel, a confirmé mercredi la présence de troupes nord-coréennes en Russie.', 'fr');
  assert.equal(prop(claimAbout(confirmed, 'la présence')), 'deploy:North Korea>Russia:personnel');
  assert.equal(claimAbout(confirmed, 'la présence').stance, 'asserts');
  const acknowledged = claimsOf('Téhéran a reconnu l’envoi de drones à la Russie avant la guerre.', 'fr');
  assert.equal(claimAbout(acknowledged, 'l’envoi').stance, 'admits');
  assert.deepEqual(claimsOf('Le ministre a confirmé la tenue de la réunion.', 'fr'), []);
});

test('"weapons technology" is technology, the more specific item, not weapons', () => {
  const claims = claimsOf('John Hale said North Korea was seeking advanced weapons technology from Moscow in return.', 'en');
  assert.equal(prop(claimAbout(claims, 'weapons technology')), 'supply:Russia>North Korea:technology');
});

test('a modal before a perfect speculates about what is done: "may have sent", « pourrait avoir livré »', () => {
  const mode = (text: string, lang: 'en' | 'fr', fragment: string) => claimAbout(claimsOf(text, lang), fragment).proposition?.mode;
  assert.equal(mode('Officials said Pyongyang may have sent artillery shells to Russia.', 'en', 'may have sent'), 'done');
  assert.equal(mode('Officials said Pyongyang may send artillery shells to Russia.', 'en', 'may send'), 'planned');
  assert.equal(mode('Selon Séoul, Pyongyang pourrait avoir livré des obus à la Russie.', 'fr', 'pourrait avoir livré'), 'done');
  assert.equal(mode('Selon Séoul, Pyongyang pourrait livrer des obus à la Russie.', 'fr', 'pourrait livrer'), 'planned');
});

test('« aurait pu livrer » speculates, as "could have delivered" does; « aurait livré » alone reports', () => {
  assert.equal(claimAbout(claimsOf('Selon Séoul, Pyongyang aurait pu livrer des obus à la Russie.', 'fr'), 'aurait pu').stance, 'speculates');
  assert.equal(claimAbout(claimsOf('Officials said Pyongyang could have delivered shells to Russia.', 'en'), 'could have').stance, 'speculates');
  assert.equal(claimAbout(claimsOf('Selon Séoul, Pyongyang aurait livré des obus à la Russie.', 'fr'), 'aurait livré').stance, 'asserts');
});

test('a surname with a capitalised particle is one name: « Jean-Yves Le Drian », "Marine Le Pen"', () => {
  const [fr] = claimsOf("Le chef de la diplomatie française, Jean-Yves Le Drian, a affirmé que la Russie livrait des armes au Mali.", 'fr');
  assert.equal(fr.speaker.name, 'Jean-Yves Le Drian');
  assert.equal(fr.speaker.affiliation, 'France');
  const later = claimsOf("Jean-Yves Le Drian s'est rendu à Bamako. « La Russie livre des armes au Mali », a ajouté M. Le Drian.", 'fr');
  assert.equal(later.at(-1)!.speaker.name, 'Jean-Yves Le Drian');
  const [en] = claimsOf('French opposition leader Marine Le Pen said Russia had not sent troops to Mali.', 'en');
  assert.equal(en.speaker.name, 'Marine Le Pen');
});

test('a role with a complement, then a title and a name in apposition, is that person: « le porte-parole du gouvernement, le colonel X, »', () => {
  const [fr] = claimsOf('Le porte-parole du gouvernement, le colonel Abel Traoré, a affirmé que la Russie livrait des armes au Mali.', 'fr');
  assert.equal(fr.speaker.name, 'Abel Traoré');
  // An aside that names no one is still left out: the role speaks.
  const [aside] = claimsOf("Le porte-parole du gouvernement, l'un des proches du président, a affirmé que la Russie livrait des armes au Mali.", 'fr');
  assert.equal(aside.speaker.type, 'unknown');
  assert.equal(aside.speaker.name, 'spokesperson');
});

test('a new name apposed to a role is its holder, not whoever held such a role earlier: « Le ministre de la Défense, le général X, »', () => {
  const claims = claimsOf("Le ministre israélien de la Défense, Eli Navon, a accusé l'Iran de livrer des drones au Venezuela. Le ministre de la Défense, le général Ramón Ortega, a rejeté ces accusations.", 'fr');
  assert.equal(claims.at(-1)!.speaker.name, 'Ramón Ortega');
  assert.equal(claims.at(-1)!.stance, 'denies');
});

test('a possessive role after a sentence opening on an official is of that official country: « Le président vénézuélien X a évoqué P. Son ministre ... »', () => {
  const text = "Le ministre israélien de la Défense, Eli Navon, a accusé l'Iran de livrer des drones au Venezuela. "
    + "Le président vénézuélien Luis Pardo avait lui-même évoqué la fabrication de drones. "
    + "Son ministre de la Défense, le général Ramón Ortega, a rejeté ces accusations.";
  const denial = claimsOf(text, 'fr').at(-1)!;
  assert.equal(denial.speaker.name, 'Ramón Ortega');
  assert.equal(denial.speaker.affiliation, 'Venezuela');
});

test('a possessive opening the content stands for a country speaker: "its sales of rockets", « ses ventes de roquettes »', () => {
  const [en] = claimsOf('Serbia said its sales of rockets to Myanmar had been approved before the coup.', 'en');
  assert.equal(prop(en), 'supply:Serbia>Myanmar:ammunition');
  const [fr] = claimsOf('La Serbie a affirmé que ses ventes de roquettes à la Birmanie avaient été approuvées.', 'fr');
  assert.equal(prop(fr), 'supply:Serbia>Myanmar:ammunition');
});

test('a trainer aircraft named by its model is no instructor: "K-8 trainers", « des JL-8 »', () => {
  const [en] = claimsOf('The rapporteur said China had provided K-8 trainers to Myanmar.', 'en');
  assert.equal(prop(en), 'supply:China>Myanmar:trainer aircraft');
  const [fr] = claimsOf('Le rapporteur a affirmé que la Chine avait livré des JL-8 à la Birmanie.', 'fr');
  assert.equal(prop(fr), 'supply:China>Myanmar:trainer aircraft');
});

test('a subject with a relative clause set off by commas is still the subject of the verb after it: "he" is that person', () => {
  const en = claimsOf('Foreign minister Lena Okafor said Iran had not sold drones to Russia. President Victor Hale, who has tried to position himself as a mediator, declined to say how many drones Ukraine had received. Asked whether Turkey would stop the deliveries, he said: "We will not stop anything."', 'en');
  assert.equal(en.at(-1)!.speaker.name, 'Victor Hale');
  const fr = claimsOf("La ministre Lena Okafor a affirmé que l'Iran n'avait pas vendu de drones à la Russie. Le président Victor Hale, qui se pose en médiateur, a refusé de dire combien de drones l'Ukraine avait reçus. Interrogé sur un arrêt des livraisons, il a répondu : « Nous n'arrêterons rien. »", 'fr');
  assert.equal(fr.at(-1)!.speaker.name, 'Victor Hale');
});

test('a company officer is a role, and a surname that names a weapon after a first name is a name: "Baykar chief technology officer, Selçuk Bayraktar"', () => {
  const [en] = claimsOf("Baykar's chief technology officer, Selçuk Bayraktar, insisted that the company had not sold any drones to Russia.", 'en');
  assert.equal(en.speaker.name, 'Selçuk Bayraktar');
  assert.equal(en.speaker.affiliation, 'Turkey');
  const [fr] = claimsOf("Le PDG de Baykar, Haluk Bayraktar, a assuré que l'entreprise ne vendrait jamais de drones à la Russie.", 'fr');
  assert.equal(fr.speaker.name, 'Haluk Bayraktar');
  // Before a model or a class noun, the word is still the weapon.
  const [item] = claimsOf('The ambassador said Turkey had delivered Bayraktar TB2 drones to Ukraine.', 'en');
  assert.equal(prop(item), 'supply:Turkey>Ukraine:drones');
});

test('a sentence may open on an organisation after the noun saying what it is: « Le fabricant Baykar ... Son directeur technique, X »', () => {
  const text = "Kiev a reçu des drones, a affirmé l'ambassadeur ukrainien, Vasyl Petrenko. "
    + "Le fabricant Baykar avait déjà offert trois drones à l'Ukraine au printemps. "
    + "Son directeur technique, Emre Kaya, a assuré que l'entreprise ne vendrait jamais de drones à la Russie.";
  const denial = claimsOf(text, 'fr').at(-1)!;
  assert.equal(denial.speaker.name, 'Emre Kaya');
  assert.equal(denial.speaker.affiliation, 'Turkey');
});

test('a list of countries ending on a group of no name still gives each country a claim: « La France, le Canada et treize pays européens »', () => {
  const fr = claimsOf('La France, le Canada et treize pays européens ont assuré que la Russie fournissait des armes au Mali.', 'fr');
  assert.deepEqual(fr.map((c) => c.speaker.name), ['France', 'Canada']);
  const en = claimsOf('France, Canada and thirteen European countries said Russia was supplying weapons to Mali.', 'en');
  assert.deepEqual(en.map((c) => c.speaker.name), ['France', 'Canada']);
  // Commas alone still make no list.
  const [aside] = claimsOf("L'Iran, allié de la Russie, a démenti avoir livré des drones.", 'fr');
  assert.equal(aside.speaker.name, 'Iran');
});

test('a claim noun after a reporting verb and a demonym is its object, no verb: "rejected Azerbaijani claims that P"', () => {
  const claims = claimsOf('Iran flatly rejected Azerbaijani claims that Iran had delivered weapons to Armenia.', 'en');
  assert.deepEqual(claims.map((c) => `${c.speaker.name} ${c.stance}`), ['Iran denies']);
  assert.equal(prop(claims[0]), 'supply:Iran>Armenia:weapons');
});

test('"carry" to someone is a supply, but not "carry out"', () => {
  const [carried] = claimsOf('Officials said Iranian trucks had carried drones to Russia.', 'en');
  assert.equal(prop(carried), 'supply:Iran>Russia:drones');
  const [strikes] = claimsOf('Kyiv said Russia carried out drone strikes on Ukrainian cities.', 'en');
  assert.equal(strikes.proposition, null);
});

test('a name introduced by a research noun is a body: "the think tank CSIS", « le groupe de réflexion américain CSIS »', () => {
  const [en] = claimsOf('According to a report by the think tank CSIS, Iran has delivered drones to Venezuela.', 'en');
  assert.deepEqual([en.speaker.name, en.speaker.type], ['CSIS', 'organization']);
  const [fr] = claimsOf("Selon un rapport du groupe de réflexion américain CSIS, l'Iran a livré des drones au Venezuela.", 'fr');
  assert.deepEqual([fr.speaker.name, fr.speaker.type], ['CSIS', 'organization']);
});

test('« doit » before an infinitive says what is planned: « la Russie doit livrer des drones en juin »', () => {
  const [c] = claimsOf('Le ministère a affirmé que la Russie doit livrer des drones à la Biélorussie en juin.', 'fr');
  assert.equal(prop(c), 'supply:Russia>Belarus:drones');
  assert.equal(c.proposition?.mode, 'planned');
});

test('a relative clause after a denied noun phrase is the reporter\'s comment, not the denial: "denied any transfers, which would violate ..."', () => {
  const en = claimsOf('Seoul says North Korea has sent shells to Russia. Moscow has denied any arms transfers, which would violate resolutions that ban all weapons trade with Pyongyang.', 'en');
  const denial = claimAbout(en, 'denied any arms transfers');
  assert.equal(denial.text, 'has denied any arms transfers');
  assert.equal(prop(denial), 'supply:North Korea>Russia:weapons');
  const fr = claimsOf("Séoul affirme que la Corée du Nord a livré des obus à la Russie. Moscou a démenti toute livraison d'armes, qui violerait les résolutions interdisant tout commerce avec Pyongyang.", 'fr');
  assert.equal(prop(claimAbout(fr, 'a démenti')), 'supply:North Korea>Russia:weapons');
});

test('contracted negations negate: "didn\'t send", "hasn\'t been able to confirm", "isn\'t aware", "hasn\'t stopped"', () => {
  const about = (sentence: string) => claimsOf(`Kyiv says Iran sends drones to Russia. ${sentence}`, 'en').at(-1)!;
  assert.equal(about("An Iranian official said Iran didn't send drones to Russia.").stance, 'denies');
  assert.equal(about("An Iranian official said: \"We don't need to send drones, Russia makes its own.\"").stance, 'denies');
  assert.equal(about("A Pentagon spokesman said the Pentagon hasn't been able to confirm that Iran sent drones.").stance, 'no_evidence');
  assert.equal(about("A Pentagon spokesman said the Pentagon isn't aware of any Iranian drones in Russia.").stance, 'no_evidence');
  const ongoing = about("A Pentagon spokesman said Iran hasn't stopped supplying drones to Russia.");
  assert.deepEqual([ongoing.stance, ongoing.proposition?.mode], ['asserts', 'ongoing']);
});

test('a nickname in quotes after a name is part of the subject, not a quote: "X, known as “Hemedti”, said", « X, dit « Hemetti », a accusé »', () => {
  const [en] = claimsOf('RSF commander Mohamed Hamdan Dagalo, known as "Hemedti", said Iran had sent drones to Sudan.', 'en');
  assert.equal(en.speaker.name, 'Mohamed Hamdan Dagalo');
  assert.equal(prop(en), 'supply:Iran>Sudan:drones');
  const [fr] = claimsOf("Le commandant des FSR, Mohammed Hamdan Daglo, dit « Hemetti », a accusé l'Iran de livrer des drones au Soudan.", 'fr');
  assert.equal(fr.speaker.name, 'Mohammed Hamdan Daglo');
  assert.equal(fr.text, "l'Iran de livrer des drones au Soudan");
});

test('a participle describing people or items is no event: "100,000 trained fighters", « 100 000 combattants entraînés »', () => {
  const en = claimsOf('Kyiv says Iran sends drones to Hezbollah. Its leader had said in 2021 that the group had 100,000 trained fighters.', 'en');
  assert.equal(claimAbout(en, 'trained fighters').proposition, null);
  const fr = claimsOf("Kiev affirme que l'Iran livre des drones au Hezbollah. Son chef avait affirmé en 2021 que le groupe comptait 100 000 combattants entraînés.", 'fr');
  assert.equal(claimAbout(fr, 'combattants entraînés').proposition, null);
  const [trainedIn] = claimsOf('Kiev affirme que des soldats russes formés en Iran pilotent les drones.', 'fr');
  assert.equal(prop(trainedIn)?.startsWith('train:Iran>Russia'), true);
});

test('a possessive role of an armed group of no state speaks for no country, after an adjective too: "Hezbollah has not commented. Its late leader, X, had said"', () => {
  const en = claimsOf('BEIRUT (AP) - Israel says Iran sends weapons to Hezbollah. Hezbollah has not commented on the strike. Its late leader, Hassan Nasrallah, had said in 2021 that the group produced its own drones.', 'en');
  assert.equal(claimAbout(en, 'its own drones').speaker.affiliation, null);
  const fr = claimsOf("BEYROUTH (AFP) - Israël affirme que l'Iran livre des armes au Hezbollah. Le Hezbollah n'a pas réagi à la frappe. Son ancien chef, Hassan Nasrallah, avait affirmé en 2021 que le mouvement fabriquait ses propres drones.", 'fr');
  assert.equal(claimAbout(fr, 'ses propres drones').speaker.affiliation, null);
});

test('a place opening an organisation\'s name is part of it, and English names are organisations in French too: "Stockholm International Peace Research Institute"', () => {
  const [en] = claimsOf('According to the Stockholm International Peace Research Institute (SIPRI), Russia remains the largest arms supplier of India.', 'en');
  assert.deepEqual([en.speaker.name, en.speaker.type, en.speaker.affiliation], ['Stockholm International Peace Research Institute', 'organization', 'Sweden']);
  const [fr] = claimsOf("Selon le Stockholm International Peace Research Institute (Sipri), la Russie reste le premier fournisseur d'armes de l'Inde.", 'fr');
  assert.deepEqual([fr.speaker.name, fr.speaker.type], ['Stockholm International Peace Research Institute', 'organization']);
  const [isw] = claimsOf("Selon l'Institute for the Study of War, l'Iran a livré des drones à la Russie.", 'fr');
  assert.deepEqual([isw.speaker.name, isw.speaker.type], ['Institute for the Study of War', 'organization']);
});

test('an event word that says what it passes keeps its type after talk of troops: "accuses Tehran of arming the rebels" is a supply', () => {
  const en = claimsOf('A U.S. official said Iran had deployed troops to Yemen. Saudi Arabia accuses Tehran of arming the rebels.', 'en');
  assert.equal(prop(claimAbout(en, 'arming the rebels')), 'supply:Iran>Yemen:weapons');
  const fr = claimsOf("Un responsable américain a indiqué que l'Iran avait déployé des soldats au Yémen. L'Arabie saoudite accuse Téhéran d'armer les rebelles.", 'fr');
  assert.equal(prop(claimAbout(fr, "d'armer les rebelles")), 'supply:Iran>Yemen:weapons');
});

test('indefinite advisers are personnel, definite ones a role: « a déployé des conseillers au Yémen », « les conseillers du président »', () => {
  const [deployed] = claimsOf("Un responsable américain a indiqué que l'Iran avait déployé des conseillers au Yémen.", 'fr');
  assert.equal(prop(deployed), 'deploy:Iran>Yemen:personnel');
  const [advisers] = claimsOf("Selon les conseillers du président, l'Iran a livré des drones à la Russie.", 'fr');
  assert.equal(advisers.speaker.name, 'adviser');
});

test('humanitarian aid is no arms, with an adverb and a partitive between: « son pays livrait uniquement de l\'aide humanitaire »', () => {
  const fr = claimsOf("Le Soudan accuse les Émirats de livrer des armes aux FSR. L'ambassadeur émirati a répondu que son pays livrait uniquement de l'aide humanitaire.", 'fr');
  assert.equal(claimAbout(fr, 'aide humanitaire').proposition, null);
});

test('a progressive with an adverb inside is ongoing: "Beijing was also providing drones", "has been secretly providing"', () => {
  const [also] = claimsOf('A U.S. official said Beijing was also providing drones to Russia.', 'en');
  assert.equal(also.proposition?.mode, 'ongoing');
  const [secretly] = claimsOf('A U.S. official said Beijing has been secretly providing drones to Russia.', 'en');
  assert.equal(secretly.proposition?.mode, 'ongoing');
});

test('"the agency", « le service » alone stand for the intelligence service named last: "A spokesperson for the agency, X"', () => {
  const en = claimsOf("South Korea's spy agency said North Korea had sent shells to Russia. Ukrainian military intelligence said that half of the shells were defective. A spokesperson for the agency, Andriy Yusov, said that Russian troops were firing North Korean ammunition.", 'en');
  assert.equal(claimAbout(en, 'were firing').speaker.affiliation, 'Ukraine');
  const fr = claimsOf("Le renseignement sud-coréen affirme que la Corée du Nord a livré des obus à la Russie. Le renseignement militaire ukrainien a indiqué que la moitié des obus étaient défectueux. Un porte-parole du service, Andriï Ioussov, a affirmé que les troupes russes tiraient surtout des munitions nord-coréennes.", 'fr');
  assert.equal(claimAbout(fr, 'tiraient').speaker.affiliation, 'Ukraine');
});

test('a role apposed after the name serves the body called so before: "X, a spokesman for the agency, said", « X, porte-parole du service, a déclaré »', () => {
  const en = claimsOf("Iranian military instructors are in Crimea training Russian troops to launch drones, Ukraine's military intelligence said. Vadym Horenko, a spokesman for the agency, said the instructors were members of the Revolutionary Guards. \"They help launch the drones,\" he said.", 'en');
  assert.equal(claimAbout(en, 'help launch').speaker.affiliation, 'Ukraine');
  const fr = claimsOf("Des instructeurs militaires iraniens forment des soldats russes en Crimée, a affirmé le renseignement militaire ukrainien. Andriï Iousov, porte-parole du service, a précisé que les instructeurs appartenaient aux Gardiens de la révolution. « Ils aident à lancer les drones », a-t-il dit.", 'fr');
  assert.equal(claimAbout(fr, 'aident à lancer').speaker.affiliation, 'Ukraine');
});

test('a making participle after a demonstrative pronoun tells where items come from, no production: « similaires à ceux fabriqués en Iran »', () => {
  const fr = claimsOf("Washington accuse l'Iran de fournir des missiles aux Houthis. Selon un rapport de l'ONU, des composants saisis en janvier sont similaires à ceux fabriqués en Iran.", 'fr');
  assert.notEqual(claimAbout(fr, 'ceux fabriqués').proposition?.type, 'produce');
  const en = claimsOf('Washington accuses Iran of supplying missiles to the Houthis. According to a UN report, parts seized in January were similar to those produced in Iran.', 'en');
  assert.notEqual(claimAbout(en, 'those produced').proposition?.type, 'produce');
});

test('"selon X, P, ce qu\'Ankara dément": the source states P, up to the comment, which denies it', () => {
  const claims = claimsOf("Baykar affirme n'avoir jamais vendu de drones à la Russie. Selon des diplomates occidentaux, la Turquie aurait fourni des obus à l'Ukraine par l'intermédiaire de pays tiers, ce qu'Ankara dément.", 'fr');
  const stated = claimAbout(claims, 'aurait fourni');
  assert.deepEqual(reading(stated), ['diplomat', 'asserts', 'supply:Turkey>Ukraine:ammunition']);
  assert.equal(stated.text, "la Turquie aurait fourni des obus à l'Ukraine par l'intermédiaire de pays tiers");
  const denial = claimAbout(claims, "ce qu'Ankara dément");
  assert.deepEqual(reading(denial), ['Turkey', 'denies', 'supply:Turkey>Ukraine:ammunition']);
});

test('a no-evidence formula quoted in part is still one: « ne pas être « en mesure de confirmer » », \'was "not in a position" to confirm\'', () => {
  const fr = claimAbout(claimsOf('Séoul affirme que la Corée du Nord a envoyé des soldats en Russie. Le porte-parole du Pentagone, Paul Marchand, a déclaré ne pas être « en mesure de confirmer » ces informations.', 'fr'), 'en mesure');
  assert.deepEqual([fr.stance, fr.text, prop(fr)], ['no_evidence', 'ne pas être « en mesure de confirmer » ces informations', 'deploy:North Korea>Russia:personnel']);
  const en = claimAbout(claimsOf('Seoul says North Korea has sent troops to Russia. Pentagon spokesman Paul Marchand said the Pentagon was "not in a position" to confirm the reports.', 'en'), 'not in a position');
  assert.deepEqual(stanceOn(en), ['no_evidence', 'deploy:North Korea>Russia:personnel']);
});

test('trainers deployed after talk of training go to the trainees, trainees to the trainers: « l\'envoi d\'instructeurs », « l\'envoi de soldats »', () => {
  const trainers = claimsOf("Selon la chaîne, la Russie doit former l'armée nigérienne. Un responsable russe a confirmé l'envoi d'une centaine d'instructeurs.", 'fr');
  assert.equal(prop(claimAbout(trainers, "l'envoi")), 'deploy:Russia>Niger:personnel');
  const trainees = claimsOf('Selon Kiev, la Russie forme des soldats nord-coréens. Un responsable a confirmé l\'envoi de soldats.', 'fr');
  assert.equal(prop(claimAbout(trainees, "l'envoi")), 'deploy:North Korea>Russia:personnel');
});

test('a person whose country was guessed speaks for the one the text states later: a headline "Lukashenko says ...", then "its president, Alexander Lukashenko"', () => {
  const claims = claimsOf('Lukashenko says Belarus has received Russian nuclear weapons\n\nMOSCOW (Reuters) - Belarus has begun taking delivery of Russian nuclear weapons, its president, Alexander Lukashenko, has said. Russian officials said the missiles had been sent to Belarus.', 'en');
  assert.deepEqual(claims.filter((c) => c.speaker.type === 'person').map((c) => c.speaker.affiliation), ['Belarus', 'Belarus']);
});

test('people or items arriving somewhere are deployed or delivered there, a minister is not: "troops had arrived in Russia", « les ogives sont arrivées en Biélorussie »', () => {
  const [troops] = claimsOf('Kyiv said North Korean troops had arrived in Russia.', 'en');
  assert.equal(prop(troops), 'deploy:North Korea>Russia:personnel');
  const [minister] = claimsOf("Officials said Iran's foreign minister arrived in Moscow on Monday.", 'en');
  assert.equal(minister.proposition, null);
  const warheads = claimAbout(claimsOf("Putin said Russia would send nuclear weapons to Belarus. Ukraine's military intelligence said the first warheads had arrived in Belarus but could not confirm how many.", 'en'), 'warheads');
  assert.deepEqual(stanceOn(warheads), ['asserts', 'supply:Russia>Belarus:weapons']);
  const [fr] = claimsOf('Selon Kiev, des soldats nord-coréens sont arrivés en Russie.', 'fr');
  assert.equal(prop(fr), 'deploy:North Korea>Russia:personnel');
});

test('whose vehicles carried people or items is no party: « transportés par des navires de la marine russe vers Vladivostok »', () => {
  const claims = claimsOf('Séoul affirme que la Corée du Nord a envoyé des soldats en Russie. Selon le NIS, les militaires ont été transportés par des navires de la marine russe vers Vladivostok.', 'fr');
  assert.equal(prop(claimAbout(claims, 'transportés')), 'deploy:North Korea>Russia:personnel');
});

test('"report back" reports nothing: "would report back to the Council in due course"', () => {
  const claims = claimsOf('Iran has sent drones to Russia, Kyiv says. The Secretariat was examining the information and would report back to the Council in due course.', 'en');
  assert.deepEqual(claims.map((c) => c.text), ['Iran has sent drones to Russia']);
});

test('"told reporters on condition of anonymity because ..." closes a trailing report: the clause of the reason is not who was told', () => {
  const [c] = claimsOf('Iran has sent drones to Russia, a U.S. official told reporters on condition of anonymity because he was not authorized to speak publicly.', 'en');
  assert.deepEqual([c?.text, c?.speaker.affiliation], ['Iran has sent drones to Russia', 'United States']);
});

test('"Speaking at a news conference in Moscow, X said": the place past the occasion is where the speaker was', () => {
  const [en] = claimsOf('Speaking at a news conference in Moscow, Foreign Minister Sergei Lavrov said Russia had not received any Iranian missiles.', 'en');
  assert.equal(en.speaker.affiliation, 'Russia');
  const [fr] = claimsOf("S'exprimant lors d'une conférence de presse à Moscou, le ministre des Affaires étrangères Sergueï Lavrov a affirmé que la Russie n'avait reçu aucun missile iranien.", 'fr');
  assert.equal(fr.speaker.affiliation, 'Russia');
});

test('a source without a name may say what it knows before a trailing verb: "P, two people familiar with the matter said"', () => {
  for (const source of ['two people familiar with the matter', 'two people briefed on the matter']) {
    const [c] = claimsOf(`Iran sent drones to Russia, ${source} said.`, 'en');
    assert.deepEqual([c?.speaker.name, c?.text], ['people', 'Iran sent drones to Russia']);
  }
});

test('a comment on the clause before may name its speaker after an article: « , ce que l\'Iran a toujours démenti », ", which the Kremlin denies"', () => {
  const fr = claimsOf("Kiev accuse Téhéran d'avoir livré des missiles à Moscou, ce que l'Iran a toujours démenti.", 'fr');
  assert.deepEqual(fr.map((c) => `${c.speaker.name} ${c.stance} ${c.text}`), [
    "Ukraine asserts Téhéran d'avoir livré des missiles à Moscou", "Iran denies ce que l'Iran a toujours démenti"]);
  const en = claimsOf('Kyiv accuses Tehran of supplying missiles to Moscow, which the Kremlin denies.', 'en');
  assert.equal(claimAbout(en, 'denies').text, 'which the Kremlin denies');
});

test('a date between an inverted verb and its subject is no part of the subject: « a-t-on appris jeudi de source diplomatique »', () => {
  const [c] = claimsOf("L'Iran a livré des drones à la Russie, a-t-on appris jeudi de source diplomatique.", 'fr', '2024-03-15');
  assert.deepEqual([c?.speaker.name, c?.saidOn], ['source diplomatique', '2024-03-14']);
});

test('« ne pouvait pas exclure que P » leaves P open, as "could not rule out" does', () => {
  const claims = claimsOf("Kiev affirme que l'Iran fournit des drones à la Russie. Selon le Pentagone, on ne pouvait pas exclure que l'Iran ait livré des missiles.", 'fr');
  assert.equal(claimAbout(claims, 'ait livré').stance, 'speculates');
});

test('a pronoun right after a reporting verb is its subject: "The Pentagon said it could not rule out that P", « Le Pentagone a indiqué qu\'il ne pouvait pas exclure »', () => {
  const en = claimsOf('Kyiv says Iran sent drones to Russia. The Pentagon said it could not rule out that Iran had sent drones.', 'en');
  assert.deepEqual([claimAbout(en, 'had sent').speaker.name, claimAbout(en, 'had sent').stance], ['Pentagon', 'speculates']);
  const fr = claimsOf("Kiev affirme que l'Iran fournit des drones à la Russie. Le Pentagone a indiqué qu'il ne pouvait pas exclure que l'Iran ait livré des missiles.", 'fr');
  assert.equal(claimAbout(fr, 'ait livré').speaker.name, 'Pentagon');
});

test('who judges the claims takes no part in what they say: "the United States had no reason to doubt the reports"', () => {
  const claims = claimsOf('Kyiv says Iran sent drones to Russia. White House spokesman James Holt said the United States had no reason to doubt the reports.', 'en');
  const c = claimAbout(claims, 'no reason to doubt');
  assert.deepEqual(stanceOn(c), ['asserts', 'supply:Iran>Russia:drones']);
});

test('"X said:" announces the quote in the paragraphs after, which speak in X\'s voice until a paragraph opens otherwise', () => {
  const en = claimsOf('Kyiv says Iran sent drones to Russia.\n\nForeign Secretary James Cleverly said:\n\n"Iran has become a military backer of Russia. Iran has sent hundreds of drones to Russia since August.\n\nIran denies it.', 'en');
  assert.equal(claimAbout(en, 'hundreds of drones').speaker.name, 'James Cleverly');
  assert.equal(claimAbout(en, 'denies it').speaker.name, 'Iran');
  const fr = claimsOf('Kiev affirme que l’Iran fournit des drones à la Russie.\n\nLe ministre, Jean Morel, a déclaré :\n\n« L’Iran a livré des centaines de drones à la Russie depuis août. »', 'fr');
  assert.equal(claimAbout(fr, 'des centaines').speaker.name, 'Jean Morel');
});

test('who uses the items passed received them, and supplied nothing: "the supply of drones used by Russia", « la livraison de drones utilisés par la Russie »', () => {
  const [en] = claimsOf('Kyiv said Iran had increased the supply of drones used by Russia.', 'en');
  assert.equal(prop(en), 'supply:Iran>Russia:drones');
  const [fr] = claimsOf("Kiev affirme que l'Iran a accru la livraison de drones utilisés par la Russie.", 'fr');
  assert.equal(prop(fr), 'supply:Iran>Russia:drones');
});

test('whom items are targets for does not use them: « les F-16 seraient « des cibles légitimes » pour l\'armée russe »', () => {
  const claims = claimsOf("La Belgique livrera des F-16 à l'Ukraine. Le porte-parole du Kremlin, Igor Saveliev, a averti que les F-16 seraient « des cibles légitimes » pour l'armée russe.", 'fr');
  assert.notEqual(claimAbout(claims, 'cibles').proposition?.recipient, 'Russia');
});

test('who makes quoted or qualified accusations takes no part in them: \'what it called "baseless allegations" by Kyiv\', « d\'« accusations sans fondement » de Kiev »', () => {
  const en = claimsOf('Kyiv says Iran sent drones to Russia. Iran\'s foreign ministry rejected what it called "baseless allegations" by Kyiv.', 'en');
  assert.equal(prop(claimAbout(en, 'rejected')), 'supply:Iran>Russia:drones');
  const fr = claimsOf("Kiev affirme que l'Iran fournit des drones à la Russie. Le ministère iranien a rejeté ce qu'il a qualifié d'« accusations sans fondement » de Kiev.", 'fr');
  assert.equal(prop(claimAbout(fr, 'a rejeté')), 'supply:Iran>Russia:drones');
});

test('a date set off by commas right after the verb dates the report: « L\'Iran a démenti, plus tôt ce mois-ci, avoir livré »', () => {
  const [month] = claimsOf("L'Iran a démenti, plus tôt ce mois-ci, avoir livré des drones à la Russie.", 'fr', '2024-03-14');
  assert.equal(month.saidOn, '2024-03');
  const [day] = claimsOf("L'Iran a démenti, mardi, avoir livré des drones à la Russie.", 'fr', '2024-03-14');
  assert.equal(day.saidOn, '2024-03-12');
});

test('an infinitive after an aside between commas is the content: « a démenti, dans un communiqué, avoir fourni »', () => {
  const [c] = claimsOf("Le ministère iranien a démenti, dans un communiqué, avoir fourni des missiles à la Russie.", 'fr');
  assert.deepEqual([c.text, c.stance, prop(c)], ['avoir fourni des missiles à la Russie', 'denies', 'supply:Iran>Russia:missiles']);
});

test('no entity runs across sentences: a headline ending on "in Russia", then "Kremlin spokesman X" opening the lede', () => {
  const claims = claimsOf('Moscow says no North Korean troops in Russia\n\nKremlin spokesman Igor Saveliev denied the reports.', 'en');
  assert.deepEqual([claimAbout(claims, 'denied').speaker.name, claimAbout(claims, 'denied').speaker.affiliation], ['Igor Saveliev', 'Russia']);
  const fr = claimsOf("Des soldats nord-coréens en Russie\n\nLe porte-parole du Kremlin, Igor Saveliev, a démenti ces informations.", 'fr');
  assert.equal(claimAbout(fr, 'a démenti').speaker.affiliation, 'Russia');
});

test('an institution qualified by a list of demonyms speaks for each country: « les chefs de la diplomatie française, allemande et britannique »', () => {
  const claims = claimsOf("Les chefs de la diplomatie française, allemande et britannique ont affirmé que l'Iran avait livré des missiles à la Russie.", 'fr');
  assert.deepEqual(claims.map((c) => c.speaker.name), ['France', 'Germany', 'United Kingdom']);
});

test('a bare surname before an aside is the subject: "Korolenko, in his nightly video address, said P"', () => {
  const en = claimsOf('Kyiv says Iran sent drones to Russia. Korolenko, in his nightly video address, said Iran had sent more drones to Russia.', 'en');
  assert.equal(claimAbout(en, 'more drones').speaker.name, 'Korolenko');
  const fr = claimsOf("Kiev affirme que l'Iran fournit des drones à la Russie. Korolenko, dans son allocution du soir, a affirmé que l'Iran avait livré de nouveaux drones à la Russie.", 'fr');
  assert.equal(claimAbout(fr, 'nouveaux drones').speaker.name, 'Korolenko');
});

test('an unnamed official of no stated country speaks for the place the sentence opens in, not for the body that spoke last: « À Téhéran, le porte-parole ... »', () => {
  const claims = claimsOf("Kiev affirme que l'Iran fournit des drones à la Russie. À Téhéran, le porte-parole de la diplomatie a répété que ces accusations étaient « infondées ».", 'fr');
  const c = claimAbout(claims, 'infondées');
  assert.deepEqual([c.speaker.affiliation, c.stance, prop(c)], ['Iran', 'denies', 'supply:Iran>Russia:drones']);
});

test('an inverted bare surname may be followed by where or how it was said: « a insisté Korolenko dans son allocution », "said Korolenko in his address"', () => {
  const fr = claimsOf("Kiev affirme que l'Iran fournit des drones à la Russie. « Ce sont des drones iraniens, il n'y a aucun doute », a insisté Korolenko dans son allocution quotidienne.", 'fr');
  assert.equal(claimAbout(fr, 'drones iraniens').speaker.name, 'Korolenko');
  const en = claimsOf('Kyiv says Iran sent drones to Russia. "These are Iranian drones, there is no doubt," said Korolenko in his nightly address.', 'en');
  assert.equal(claimAbout(en, 'Iranian drones').speaker.name, 'Korolenko');
});

test('several countries in a person\'s words are not spoken for by them: "Iran and Russia had rejected those allegations, she added"', () => {
  const claims = claimsOf('UN official Rosemary DiCarlo said Ukraine alleged that Iran had transferred drones to Russia. Iran and the Russian Federation had rejected those allegations in letters of their own, she added.', 'en');
  assert.deepEqual(claims.filter((c) => c.text.includes('rejected')).map((c) => `${c.speaker.name} ${c.stance}`), ['Iran denies', 'Russia denies']);
});

test('a possessive institution is its owner\'s: « Les Émirats ont démenti. Leur ministère des Affaires étrangères affirme »', () => {
  const claims = claimsOf("Les Émirats ont démenti ces conclusions. Dans un communiqué, leur ministère des Affaires étrangères affirme que le pays « n'a fourni aucune arme » au Soudan.", 'fr');
  assert.equal(claimAbout(claims, 'aucune arme').speaker.affiliation, 'United Arab Emirates');
});

test('an event word qualifying an organisation is no event: "state arms company Almaz-Antey"', () => {
  const [c] = claimsOf('European officials said Russia was producing drones in China. A subsidiary of Russian state arms company Almaz-Antey had tested a new model there, the officials said.', 'en').slice(-1);
  assert.notEqual(c.proposition?.type, 'supply');
});

test('a pronoun in a quote stands for who reacted in the sentence before: "X criticised the decision. \"...,\" he wrote"', () => {
  const en = claimsOf('Defence Minister Klaus Wendtland said Germany was sending tanks to Ukraine. Polish Foreign Minister Darek Halewski criticised the decision. "Every day counts," he wrote on X, adding that Russia was receiving drones from Iran.', 'en');
  assert.equal(claimAbout(en, 'receiving drones').speaker.name, 'Darek Halewski');
  const fr = claimsOf("Le ministre de la Défense, Klaus Wendtland, a déclaré que l'Allemagne livrait des chars à l'Ukraine. Le ministre polonais Darek Halewski critique la décision. « Chaque jour compte », écrit-il sur X, ajoutant que la Russie recevait des drones de l'Iran.", 'fr');
  assert.equal(claimAbout(fr, 'recevait des drones').speaker.name, 'Darek Halewski');
});

test('clitics before the verb close an apposed subject: « Le ministre, X, s\'est indigné. « ... », a-t-il écrit »', () => {
  const claims = claimsOf("Le ministre de la Défense, Klaus Wendtland, a déclaré que l'Allemagne livrait des chars à l'Ukraine. Le ministre polonais des Affaires étrangères, Darek Halewski, ne s'est pas montré surpris. « La Russie reçoit des drones de l'Iran », a-t-il écrit sur X.", 'fr');
  assert.equal(claimAbout(claims, 'reçoit des drones').speaker.name, 'Darek Halewski');
});

test('a minister of any portfolio speaks for the country of the role: "Unification Minister X", « le ministre sud-coréen de l\'unification, X »', () => {
  const [en] = claimsOf('South Korean Unification Minister Jae-min Oh warned that Pyongyang was sending shells to Russia.', 'en');
  assert.equal(en.speaker.affiliation, 'South Korea');
  const [fr] = claimsOf("Le ministre sud-coréen de l'unification, Jae-min Oh, a averti que Pyongyang livrait des obus à la Russie.", 'fr');
  assert.equal(fr.speaker.affiliation, 'South Korea');
});

test('a number qualified by two words opens the content of a report with no "that": "said at least two shipments had been flown"', () => {
  const claims = claimsOf("Sudan's army has received Iranian drones, two Western officials said. The officials said at least two shipments had been flown to Port Sudan since December.", 'en');
  assert.equal(prop(claimAbout(claims, 'two shipments')), 'supply:Iran>Sudan:drones');
});

test('a bloc that is the whole subject speaks as a group of no one country: "Western countries accuse", « les Occidentaux affirment »', () => {
  const en = claimsOf('Western countries accuse Bamako of buying drones from Russia. The West says the drones arrived in May.', 'en');
  assert.deepEqual(en.map((c) => [c.speaker.name, c.speaker.affiliation]), [['Western countries', null], ['West', null]]);
  assert.equal(prop(en[0]), 'supply:Russia>Mali:drones');
  const [fr] = claimsOf("Les Occidentaux affirment que Bamako a acheté des drones à la Russie.", 'fr');
  assert.deepEqual([fr.speaker.name, fr.speaker.affiliation, prop(fr)], ['Occidentaux', null, 'supply:Russia>Mali:drones']);
});

test('a comment on the clause before may have a common noun for its subject: « P, ce que les autorités maliennes ont toujours nié »', () => {
  const claims = claimsOf("Les pays occidentaux accusent Bamako d'avoir acheté des drones à la Russie, ce que les autorités maliennes ont toujours nié.", 'fr');
  assert.deepEqual(claims.map((c) => [c.speaker.affiliation, c.stance, prop(c)]), [[null, 'asserts', 'supply:Russia>Mali:drones'], ['Mali', 'denies', 'supply:Russia>Mali:drones']]);
  assert.ok(!claims[0].text.includes('nié'));
});

test('a state\'s armed group deployed is its people: "deployed the Wagner Group to Mali", « le groupe Wagner a été déployé au Mali »', () => {
  const [en] = claimsOf('Western officials said Russia had deployed the Wagner Group to Mali.', 'en');
  assert.equal(prop(en), 'deploy:Russia>Mali:personnel');
  const [fr] = claimsOf('Selon des diplomates occidentaux, le groupe Wagner a été déployé au Mali.', 'fr');
  assert.equal(prop(fr), 'deploy:Russia>Mali:personnel');
});

test('"state media" is no report, and the demonym before it says whose media they are: "Iranian state media reported"', () => {
  const [c] = claimsOf('Iran has bought Russian fighter jets, Iranian state media reported.', 'en');
  assert.deepEqual([c.speaker.name, c.speaker.affiliation, prop(c)], ['media', 'Iran', 'supply:Russia>Iran:fighter jets']);
});

test('aircraft delivered are no vehicles carrying them: "delivered training aircraft to Iran", « livrer à l\'Iran des avions Yak-130 »', () => {
  const [en] = claimsOf('Washington says Russia delivered training aircraft to Iran.', 'en');
  assert.equal(prop(en), 'supply:Russia>Iran:trainer aircraft');
  const [fr] = claimsOf("Selon Washington, la Russie va livrer à l'Iran des avions Yak-130.", 'fr');
  assert.equal(prop(fr), 'supply:Russia>Iran:trainer aircraft');
});

test('a claim noun apposed in the passive is answered by its agent: ", a claim rejected by Bogota", « , une accusation rejetée par Bogota »', () => {
  const en = claimsOf('Moscow said Colombian mercenaries were fighting for Ukraine, a claim rejected by Bogota.', 'en');
  assert.deepEqual(en.map((c) => [c.speaker.name, c.stance, prop(c), c.text]), [
    ['Russia', 'asserts', 'deploy:Colombia>Ukraine:personnel', 'Colombian mercenaries were fighting for Ukraine'],
    ['Colombia', 'denies', 'deploy:Colombia>Ukraine:personnel', 'a claim rejected by Bogota']]);
  const fr = claimsOf("Moscou a affirmé que des mercenaires colombiens combattaient pour l'Ukraine, une accusation rejetée par Bogota.", 'fr');
  assert.deepEqual(fr.map((c) => reading(c)), [
    ['Russia', 'asserts', 'deploy:Colombia>Ukraine:personnel'], ['Colombia', 'denies', 'deploy:Colombia>Ukraine:personnel']]);
});

test('an unnamed counterpart holds the role of the one quoted before: "Her Russian counterpart rejected ... The delegate accused"', () => {
  const en = claimsOf('The representative of the United States said North Korea was supplying missiles to Russia. Her Russian counterpart rejected these baseless allegations. The delegate accused Western countries of supplying weapons to Ukraine.', 'en');
  assert.equal(claimAbout(en, 'Western countries').speaker.name, 'Russia');
  const fr = claimsOf("La représentante des États-Unis a affirmé que la Corée du Nord livrait des missiles à la Russie. Son homologue de la Fédération de Russie a rejeté ces « allégations sans fondement ». Le délégué a accusé les pays occidentaux de fournir des armes à l'Ukraine.", 'fr');
  assert.equal(claimAbout(fr, 'pays occidentaux').speaker.name, 'Russia');
});

test('"already" after a perfect is done, not ongoing: "had already been delivered", « a déjà livré »; "already supplies" goes on', () => {
  const en = claimsOf('Analysts said the first Yak-130 jets had already been delivered to Iran by Russia. They said Iran already supplies drones to Russia.', 'en');
  assert.deepEqual(en.map((c) => c.proposition?.mode), ['done', 'ongoing']);
  const fr = claimsOf("Selon les analystes, la Russie a déjà livré des Yak-130 à l'Iran. Selon eux, l'Iran fournit déjà des drones à la Russie.", 'fr');
  assert.deepEqual(fr.map((c) => c.proposition?.mode), ['done', 'ongoing']);
});

test('people fighting in the ranks of another\'s army are deployed to it: "in the ranks of the Ukrainian army", « dans les rangs de l\'armée ukrainienne »', () => {
  const [en] = claimsOf('The Russian defence ministry said hundreds of Colombian mercenaries were fighting in the ranks of the Ukrainian army.', 'en');
  assert.equal(prop(en), 'deploy:Colombia>Ukraine:personnel');
  const [fr] = claimsOf("Le ministère russe de la Défense a affirmé que des mercenaires colombiens combattaient dans les rangs de l'armée ukrainienne.", 'fr');
  assert.equal(prop(fr), 'deploy:Colombia>Ukraine:personnel');
});

test('weighing an act of one\'s own to come speculates: "Germany was examining whether it could supply", « examinait si elle pouvait livrer »', () => {
  const en = claimsOf('German Chancellor Olaf Brandt ruled out sending Taurus missiles to Ukraine. German Defence Minister Klaus Wendtland said Germany was examining whether it could supply additional air defence systems to Ukraine.', 'en');
  assert.equal(claimAbout(en, 'examining').stance, 'speculates');
  const fr = claimsOf("Le chancelier allemand Olaf Brandt a exclu de livrer des missiles Taurus à l'Ukraine. Le ministre allemand de la Défense, Klaus Wendtland, a indiqué que l'Allemagne examinait si elle pouvait livrer d'autres systèmes de défense aérienne à l'Ukraine.", 'fr');
  assert.equal(claimAbout(fr, 'examinait').stance, 'speculates');
  assert.equal(claimsOf('Iran said it was investigating whether its drones had been used in Ukraine.', 'en')[0].stance, 'no_evidence');
});

test('what is ruled out is to come: « a exclu de livrer des missiles » is planned', () => {
  const [c] = claimsOf("Le chancelier allemand Olaf Brandt a exclu de livrer des missiles Taurus à l'Ukraine.", 'fr');
  assert.deepEqual([c.stance, prop(c), c.proposition?.mode], ['denies', 'supply:Germany>Ukraine:missiles', 'planned']);
});

test('a pronoun with a contracted auxiliary is still the pronoun: "We\'ve not seen any indication" is no person called "We\'ve"', () => {
  const claims = claimsOf('Tomas Ellerby said North Korea had sent shells to Russia. "We\'ve not seen any indication that North Korean troops are in Ukraine."', 'en');
  assert.equal(claimAbout(claims, 'indication').speaker.name, 'Tomas Ellerby');
});

test('a participle never inverts its subject: ", fearing an escalation" names no speaker', () => {
  const claims = claimsOf('The US had refused to supply its missiles to Ukraine, fearing an escalation.', 'en');
  assert.deepEqual(claims.map((c) => c.speaker.name).filter((name) => name === 'escalation'), []);
});

test('a party added to the topic takes the same part in it: "France will also send missiles", « La France devrait aussi livrer »', () => {
  const en = claimsOf('Officials said the UK had sent Storm Shadow missiles to Ukraine. France will also send missiles, officials in Paris said.', 'en');
  assert.equal(prop(claimAbout(en, 'France will')), 'supply:France>Ukraine:missiles');
  const fr = claimsOf("Selon des responsables, le Royaume-Uni a livré des missiles Storm Shadow à l'Ukraine. La France devrait aussi livrer des missiles, selon des responsables à Paris.", 'fr');
  assert.equal(prop(claimAbout(fr, 'La France')), 'supply:France>Ukraine:missiles');
});

test('a lie\'s purpose may be told with a finite verb: « les accusations visaient à détourner l\'attention des livraisons américaines »', () => {
  const claims = claimsOf("Le Kremlin a démenti acheter des obus à la Corée du Nord. Le ministre russe Sergueï Lavrentiev a estimé que les accusations visaient à détourner l'attention des livraisons d'armes américaines à Kiev.", 'fr');
  const c = claimAbout(claims, 'visaient');
  assert.deepEqual(stanceOn(c), ['denies', 'supply:North Korea>Russia:ammunition']);
});

test('making items oneself with another\'s help is a joint production: "building drones itself, with Iranian help"', () => {
  const [, en] = claimsOf('The spokesman said Iran continues to provide Russia with drones. He said Russia is now building drones itself, with Iranian help, at a plant in Tatarstan.', 'en');
  assert.equal(prop(en), 'produce:Russia>Iran:drones');
  const [, fr] = claimsOf("Le porte-parole a affirmé que l'Iran fournit des drones à la Russie. Selon lui, la Russie fabrique des drones elle-même, avec l'aide de l'Iran, dans une usine du Tatarstan.", 'fr');
  assert.equal(prop(fr), 'produce:Russia>Iran:drones');
});

test('an object pronoun between the subject and an event verb leaves it a verb: « la Russie les fabrique avec l\'aide de l\'Iran »', () => {
  const [, c] = claimsOf("Le porte-parole a affirmé que l'Iran fournit des drones à la Russie. Selon lui, la Russie les fabrique désormais avec l'aide de l'Iran.", 'fr');
  assert.equal(prop(c), 'produce:Russia>Iran:drones');
});

test('a name and one word after a comma closing the content are a clause of their own: « le Hezbollah dit disposer de drones iraniens, Israël menace »', () => {
  const [fr] = claimsOf('Liban : le Hezbollah dit disposer de drones iraniens, Israël menace', 'fr');
  assert.deepEqual([prop(fr), fr.text], ['supply:Iran>Hezbollah:drones', 'disposer de drones iraniens']);
  const [en] = claimsOf('Hezbollah says it has Iranian drones, Israel warns', 'en');
  assert.equal(en.text, 'it has Iranian drones');
});

test('making all of one\'s own weapons is domestic production: "produces all of its own weapons", « fabrique toutes ses propres armes »', () => {
  const en = claimsOf('Moscow denied buying drones from Iran. Russian officials say the country produces all of its own weapons.', 'en');
  assert.deepEqual([claimAbout(en, 'all of its own').stance, prop(claimAbout(en, 'all of its own'))], ['denies', 'supply:Iran>Russia:drones']);
  const fr = claimsOf("Moscou a démenti acheter des drones à l'Iran. Selon des responsables russes, le pays fabrique toutes ses propres armes.", 'fr');
  assert.deepEqual([claimAbout(fr, 'toutes ses propres').stance, prop(claimAbout(fr, 'toutes ses propres'))], ['denies', 'supply:Iran>Russia:drones']);
});

test('"export controls" on items say nothing of a transfer: "China had strict export controls on drones"', () => {
  const claims = claimsOf("Reuters said China was helping Russia produce drones. China's foreign ministry said China had strict export controls on drones.", 'en');
  assert.equal(claimAbout(claims, 'export controls').proposition, null);
});

test('who saw a document is no part of its name as a source: "according to a document seen by the Financial Times"', () => {
  const [c] = claimsOf('Russia is building drones in China, according to a document seen by the Financial Times.', 'en');
  assert.equal(c.speaker.name, 'document');
});

test('a party listed after another shares its preposition: "sent arms through Chad and Libya", « via le Tchad et la Libye » name no recipient', () => {
  const en = claimsOf('Sudan accuses the UAE of arming the RSF. Khartoum said the UAE had sent arms through Chad and Libya.', 'en');
  assert.equal(prop(claimAbout(en, 'through')), 'supply:United Arab Emirates>Rapid Support Forces:weapons');
  const fr = claimsOf("Le Soudan accuse les Émirats d'armer les FSR. Selon Khartoum, les Émirats ont envoyé des armes via le Tchad et la Libye.", 'fr');
  assert.equal(prop(claimAbout(fr, 'via')), 'supply:United Arab Emirates>Rapid Support Forces:weapons');
});

test('another country\'s people deployed by one are sent by their own country to it: "Russia deployed North Korean soldiers to Kursk"', () => {
  const [en] = claimsOf('Ukrainian intelligence said Russia had deployed North Korean soldiers to the Kursk region.', 'en');
  assert.equal(prop(en), 'deploy:North Korea>Russia:personnel');
  const [fr] = claimsOf('Selon Kiev, la Russie a déployé des soldats nord-coréens dans la région de Koursk.', 'fr');
  assert.equal(prop(fr), 'deploy:North Korea>Russia:personnel');
  const [elsewhere] = claimsOf('Ukrainian intelligence said Russia had deployed North Korean soldiers to Ukraine.', 'en');
  assert.equal(prop(elsewhere), 'deploy:Russia>Ukraine:personnel');
});

test('what a subject event noun does to others names none of its parties: « le déploiement de ces armes fait de la Biélorussie un otage du Kremlin »', () => {
  const claims = claimsOf("Loukachenko affirme que la Biélorussie a reçu des armes nucléaires russes. Selon l'opposante Svetlana Tikhanovskaïa, le déploiement de ces armes fait de la Biélorussie un otage du Kremlin.", 'fr');
  assert.equal(prop(claimAbout(claims, 'otage')), 'deploy:Russia>Belarus:weapons');
});

test('a country named by what it is stands for the last country named: ", a charge the Gulf state has denied", « La monarchie du Golfe a démenti »', () => {
  const en = claimsOf("Sudan's government has accused the United Arab Emirates of supplying weapons to the Rapid Support Forces, a charge the Gulf state has repeatedly denied.", 'en');
  assert.equal(claimAbout(en, 'Gulf state').speaker.name, 'United Arab Emirates');
  const fr = claimsOf('Le gouvernement soudanais accuse les Émirats arabes unis de livrer des armes aux FSR. La monarchie du Golfe a toujours démenti.', 'fr');
  assert.equal(claimAbout(fr, 'démenti').speaker.name, 'United Arab Emirates');
});

test('a participle right after a noun tells what that noun does: « a intercepté un boutre transportant des missiles iraniens » names no US supply', () => {
  const [fr] = claimsOf('La marine américaine a intercepté au large de la Somalie un boutre transportant des composants de missiles de fabrication iranienne destinés aux rebelles houthis, a annoncé le Centcom.', 'fr');
  assert.equal(prop(fr), 'supply:Iran>Houthis:technology');
  const [en] = claimsOf('Officials said Chinese companies supplying Russia with drones had been sanctioned.', 'en');
  assert.equal(prop(en), 'supply:China>Russia:drones');
});

test('a preposition that looks like a participle opens no content: \'"...," he said during a visit\' reports the quote', () => {
  const claims = claimsOf('Defense Minister Klaus Wendtland said Germany would send tanks to Ukraine. "Ukraine needs more air defense, and it needs it now," he said during a visit to a training site.', 'en');
  assert.deepEqual(claims.map((c) => c.text), ['Germany would send tanks to Ukraine', 'Ukraine needs more air defense, and it needs it now']);
});

test('a body of no stated country sitting in a capital is its country\'s: "the Defense Ministry in Berlin", « le ministère de la Défense à Berlin »', () => {
  const [en] = claimsOf('Germany will deliver a third Patriot system to Ukraine, the Defense Ministry in Berlin announced on Saturday.', 'en');
  assert.equal(en.speaker.affiliation, 'Germany');
  const [fr] = claimsOf("L'Allemagne va livrer un troisième système Patriot à l'Ukraine, a annoncé samedi le ministère de la Défense à Berlin.", 'fr');
  assert.equal(fr.speaker.affiliation, 'Germany');
});

test('the Yemeni rebels are the Houthis: "Tehran denies arming the Yemeni rebels", « armer les rebelles yéménites »', () => {
  assert.equal(prop(claimsOf('Tehran denies arming the Yemeni rebels.', 'en')[0]), 'supply:Iran>Houthis:weapons');
  assert.equal(prop(claimsOf('Téhéran dément armer les rebelles yéménites.', 'fr')[0]), 'supply:Iran>Houthis:weapons');
});

test('an origin may follow a coordinated kind of items: « des missiles balistiques et de croisière de fabrication iranienne »', () => {
  const [c] = claimsOf('Selon Washington, un boutre transportait des missiles balistiques et de croisière de fabrication iranienne destinés aux rebelles houthis.', 'fr');
  assert.equal(prop(c), 'supply:Iran>Houthis:ballistic missiles');
});

test('an event noun as the object of a reporting verb is what is said, the speaker\'s own act: "announced the deployment of nuclear weapons to Belarus"', () => {
  const [en] = claimsOf('Russian President Vladimir Orlov announced the deployment of nuclear weapons to Belarus.', 'en');
  assert.equal(prop(en), 'deploy:Russia>Belarus:weapons');
  const [fr] = claimsOf("Le président russe Vladimir Orlov a annoncé le déploiement d'armes nucléaires en Biélorussie.", 'fr');
  assert.equal(prop(fr), 'deploy:Russia>Belarus:weapons');
  const [clause] = claimsOf('Kyiv said the deliveries of Iranian drones to Russia had resumed.', 'en');
  assert.equal(prop(clause), 'supply:Iran>Russia:drones');
});

test('a pronoun for who receives stands for the speaker: "reports that Iran had supplied it with missiles", « l\'Iran lui aurait livré des missiles »', () => {
  const [en] = claimsOf('Moscow dismissed as absurd reports that Iran had supplied it with missiles.', 'en');
  assert.deepEqual(stanceOn(en), ['denies', 'supply:Iran>Russia:missiles']);
  const [fr] = claimsOf("Moscou a qualifié d'absurdes les informations selon lesquelles l'Iran lui aurait livré des missiles.", 'fr');
  assert.deepEqual(stanceOn(fr), ['denies', 'supply:Iran>Russia:missiles']);
  const [sent] = claimsOf('Kyiv said Iran had sent it to Russia.', 'en');
  assert.equal(sent.proposition, null);
});

test('what is about to happen is planned: « serait sur le point de livrer des missiles », as "is about to deliver"', () => {
  const [c] = claimsOf('Pyongyang serait sur le point de livrer des missiles à Moscou, selon Séoul.', 'fr');
  assert.equal(c.proposition?.mode, 'planned');
});

test('an adverb before « selon » is no content: « Toujours selon Kiev, l\'Iran formerait des pilotes russes »', () => {
  const [c] = claimsOf("Toujours selon Kiev, l'Iran formerait des pilotes russes en Crimée.", 'fr');
  assert.deepEqual([c.text, prop(c)], ["l'Iran formerait des pilotes russes en Crimée", 'train:Iran>Russia:personnel']);
});

test('keeping to what one said says it again: "Washington stands by its accusations", "doubled down on claims that P"', () => {
  const stands = claimsOf('Seoul says North Korea is sending shells to Russia. Washington stands by its accusations.', 'en');
  assert.deepEqual([claimAbout(stands, 'stands by').speaker.name, prop(claimAbout(stands, 'stands by'))], ['United States', 'supply:North Korea>Russia:ammunition']);
  const doubled = claimsOf('Seoul says North Korea is sending shells to Russia. Washington doubled down on claims that Pyongyang was arming Moscow.', 'en');
  assert.equal(claimAbout(doubled, 'arming').speaker.name, 'United States');
});

test('making all the weapons one needs is domestic production: "produces all the weapons it needs", « produit toutes les armes dont il a besoin »', () => {
  const en = claimsOf('Analysts say Belarus has bought drones from China. Belarusian officials insist the country makes all the drones it needs.', 'en');
  assert.deepEqual([claimAbout(en, 'all the drones').stance, prop(claimAbout(en, 'all the drones'))], ['denies', 'supply:China>Belarus:drones']);
  const fr = claimsOf("Selon des analystes, la Biélorussie a acheté des drones à la Chine. Minsk assure que le pays fabrique tous les drones dont il a besoin.", 'fr');
  assert.deepEqual([claimAbout(fr, 'tous les drones').stance, prop(claimAbout(fr, 'tous les drones'))], ['denies', 'supply:China>Belarus:drones']);
});

test('calling an act a provocation condemns it; calling the accusations one denies them: « la fourniture d\'armes est une provocation »', () => {
  const fr = claimsOf("La Pologne livre des chars à l'Ukraine. « La fourniture de chars à Kiev est une provocation », a déclaré le ministre biélorusse. Varsovie a répondu que ces accusations étaient une provocation.", 'fr');
  assert.deepEqual([claimAbout(fr, 'fourniture de chars').stance, claimAbout(fr, 'ces accusations').stance], ['asserts', 'denies']);
  const en = claimsOf('Poland supplies tanks to Ukraine. "The supply of tanks to Kyiv is a provocation," the Belarusian minister said. Warsaw replied that these accusations were a provocation.', 'en');
  assert.deepEqual([claimAbout(en, 'supply of tanks').stance, claimAbout(en, 'these accusations').stance], ['asserts', 'denies']);
});

test('a negated approval condemns what it judges, denying none of it: "This is not acceptable", « Cela ne peut être toléré »', () => {
  const en = claimsOf('The bloc said Chinese firms were helping Belarus produce drones. "This is not acceptable," the commissioner told reporters.', 'en');
  assert.equal(claimAbout(en, 'not acceptable').stance, 'asserts');
  const fr = claimsOf("Le bloc affirme que des entreprises chinoises aident la Biélorussie à produire des drones. « Cela ne peut être toléré », a déclaré la commissaire.", 'fr');
  assert.equal(claimAbout(fr, 'être toléré').stance, 'asserts');
});

test('an accusing or suspecting participle with its agent: the agent accuses, the accused answers ("Eritrea, suspected by UN experts of arming", « soupçonnée par des experts de l\'ONU d\'armer »)', () => {
  const en = claimsOf('Eritrea, suspected by UN experts of arming the Houthis, has always rejected the accusations.', 'en');
  assert.deepEqual(en.map((c) => reading(c)), [
    ['United Nations', 'speculates', 'supply:Eritrea>Houthis:weapons'], ['Eritrea', 'denies', 'supply:Eritrea>Houthis:weapons'],
  ]);
  const fr = claimsOf("L'Erythrée, accusée par des experts de l'ONU d'armer les Houthis, a toujours rejeté ces accusations.", 'fr');
  assert.deepEqual(fr.map((c) => reading(c)), [
    ['United Nations', 'asserts', 'supply:Eritrea>Houthis:weapons'], ['Eritrea', 'denies', 'supply:Eritrea>Houthis:weapons'],
  ]);
  // The link that opens the act is the one before its verb, not the « de » of the agent's name.
  const passive = claimsOf("L'Erythrée est soupçonnée par des experts de l'ONU de livrer des armes aux Houthis.", 'fr');
  assert.deepEqual(passive.map((c) => [c.speaker.name, c.stance, c.text]), [['United Nations', 'speculates', 'de livrer des armes aux Houthis']]);
});

test('after an auxiliary « armé » is the verb of arming, not the adjective of « groupe armé »', () => {
  const claims = claimsOf("Washington accuse l'Erythrée d'avoir armé les Houthis.", 'fr');
  assert.equal(prop(claimAbout(claims, 'avoir armé')), 'supply:Eritrea>Houthis:weapons');
  const group = claimsOf("Selon Sanaa, un groupe armé d'Erythrée a attaqué le port des Houthis.", 'fr');
  assert.equal(claimAbout(group, 'groupe armé').proposition, null);
});

test('a perfect infinitive after an adjunct is the content: « a assuré lors d\'une conférence de presse n\'avoir jamais livré »', () => {
  const claims = claimsOf("L'Erythrée a assuré lors d'une conférence de presse n'avoir jamais livré de drones aux Houthis.", 'fr');
  assert.deepEqual(claims.map((c) => [c.speaker.name, c.stance, prop(c), c.text]), [
    ['Eritrea', 'denies', 'supply:Eritrea>Houthis:drones', "n'avoir jamais livré de drones aux Houthis"],
  ]);
});

test('« ne pas avoir vu de preuves » lacks evidence, as « pas de preuves » does', () => {
  const claims = claimsOf("Le ministre érythréen a déclaré ne pas avoir vu de preuves d'une livraison de drones aux Houthis.", 'fr');
  assert.equal(claimAbout(claims, 'avoir vu').stance, 'no_evidence');
});

test('a weapon\'s name inside a person\'s name is part of the name, no item: "General Abdel Fattah al-Burhan" names no Fattah missile', () => {
  const en = claimsOf('Diplomats say Iran has sent drones to Sudan. Western officials said Tehran had delivered the aircraft to General Abdel Fattah al-Burhan.', 'en');
  assert.equal(prop(claimAbout(en, 'delivered the aircraft')), 'supply:Iran>Sudan:drones');
  const fr = claimsOf("Selon des diplomates, l'Iran a livré des drones au Soudan. Des responsables occidentaux affirment que Téhéran a remis ces appareils au général Abdel Fattah Al-Bourhane.", 'fr');
  assert.equal(prop(claimAbout(fr, 'remis ces appareils')), 'supply:Iran>Sudan:drones');
});

test('a comment closing the clause is no part of its predicate: « P, ce que nous ne pouvons pas contrôler » does not deny P', () => {
  const fr = claimsOf("Selon le ministre, la Bulgarie a vendu des obus à Kiev, « ce que nous ne pouvons pas empêcher ».", 'fr');
  assert.equal(claimAbout(fr, 'vendu des obus').stance, 'asserts');
  const en = claimsOf('According to the minister, Bulgaria sold shells to Kyiv, something we did not authorise.', 'en');
  assert.equal(claimAbout(en, 'sold shells').stance, 'asserts');
});

test('trainers named by the country they come from train: "trained by instructors from Iran", « formés par des instructeurs de l\'Iran »', () => {
  const en = claimsOf('Officials said Belarusian pilots were trained by instructors from China.', 'en');
  assert.equal(prop(claimAbout(en, 'instructors from China')), 'train:China>Belarus:personnel');
  const fr = claimsOf("Selon des responsables, des pilotes biélorusses ont été formés par des instructeurs de la Chine.", 'fr');
  assert.equal(prop(claimAbout(fr, 'instructeurs de la Chine')), 'train:China>Belarus:personnel');
});

test('a capitalised portfolio after a role is part of its title, not a person: "Under-Secretary-General for Political Affairs"', () => {
  const en = claimsOf('Helena Marsh, Under-Secretary-General for Political Affairs, said Iran had sent drones to Russia.', 'en');
  assert.equal(claimAbout(en, 'had sent drones').speaker.name, 'Helena Marsh');
  const fr = claimsOf('Le secrétaire d’État chargé des Affaires européennes, Paul Morel, a déclaré que l’Iran avait livré des drones à la Russie.', 'fr');
  assert.equal(claimAbout(fr, 'avait livré').speaker.name, 'Paul Morel');
});

test('"we" is the party that spoke last, and inside a quote the one quoted', () => {
  const statement = claimsOf('The United States condemns Iran’s transfer of missiles to Russia. We have information that Iran has trained Russian soldiers.', 'en');
  assert.equal(claimAbout(statement, 'trained Russian soldiers').speaker.name, 'United States');
  const fr = claimsOf('La France condamne les livraisons de drones iraniens à la Russie. Nous disposons d’informations selon lesquelles l’Iran a livré des missiles à Moscou.', 'fr');
  assert.equal(claimAbout(fr, 'a livré des missiles').speaker.name, 'France');
  const quoted = claimsOf('Jane Roe spoke first. “We believe Iran sold missiles to Russia,” John Hale said.', 'en');
  assert.deepEqual(quoted.filter((c) => c.text.includes('sold missiles')).map((c) => c.speaker.name), ['John Hale']);
});

test('"The United States says" is a report: a name ending like a verb ("States") is no verb', () => {
  const claims = claimsOf('The United States says Iran has sent drones to Russia.', 'en');
  assert.equal(claimAbout(claims, 'has sent drones').speaker.name, 'United States');
});

test('"He said the Pentagon believed that P": he says P, the belief he relays is no second claim', () => {
  const claims = claimsOf('Daniel Kerr spoke on Monday. He said the Pentagon believed that Iranian personnel had been deployed in Crimea.', 'en');
  const about = claims.filter((c) => c.text.includes('had been deployed'));
  assert.deepEqual(about.map((c) => [c.speaker.name, c.text]), [['Daniel Kerr', 'Iranian personnel had been deployed in Crimea']]);
});

test('English passive events: "missiles supplied by X" and "Y was supplied with drones by X" make X the supplier and the user or subject the recipient', () => {
  const claims = claimsOf([
    'Russia has launched ballistic missiles supplied by North Korea against Ukrainian cities, the ministry said.',
    'Belarus was supplied with drones by Iran, Jane Roe said.',
  ].join(' '), 'en');
  assert.equal(prop(claimAbout(claims, 'supplied by North Korea')), 'supply:North Korea>Russia:ballistic missiles');
  assert.equal(prop(claimAbout(claims, 'supplied with drones')), 'supply:Iran>Belarus:drones');
});

test('a clause naming only items refers to the salient topic when that is where the items come from: a system made in one country, a demonym', () => {
  const en = claimsOf([
    'Ukraine said North Korea had supplied ballistic missiles to Russia. The White House said Russia had fired North Korean missiles at Kharkiv.',
    'Russia’s envoy said Washington’s arms deliveries to Kyiv prolonged the war.',
    '“We cannot yet confirm that these were KN-23s,” said Jane Roe, an analyst at a London institute.',
  ].join(' '), 'en');
  assert.equal(prop(claimAbout(en, 'KN-23s')), 'supply:North Korea>Russia:ballistic missiles');
  const fr = claimsOf([
    'Kiev affirme que l’Iran a livré des drones à la Russie. Le Pentagone a confirmé que l’Iran fournissait des drones à Moscou.',
    'Selon le Kremlin, les livraisons d’armes américaines à l’Ukraine prolongent la guerre.',
    '« Les débris sont bien ceux de drones iraniens », a assuré un expert.',
  ].join(' '), 'fr');
  assert.equal(prop(claimAbout(fr, 'débris')), 'supply:Iran>Russia:drones');
});

test('a verb with an object, then a coordinated report sharing its auxiliary: "a démenti ces accusations et assuré que P", "slammed the baseless accusations and said P"', () => {
  const fr = claimsOf([
    'Kiev affirme que la Chine livre des armes à la Russie.',
    'Le porte-parole chinois, Lin Wei, a fustigé des accusations « infondées » et assuré que Pékin n’avait jamais livré d’armes à Moscou.',
    'Le ministre, Zhou Ming, a démenti ces accusations et assuré que la Chine restait neutre.',
  ].join(' '), 'fr');
  const fustige = claimAbout(fr, 'fustigé');
  assert.equal(reading(fustige).join(' | '), 'Lin Wei | denies | supply:China>Russia:weapons');
  const never = claimAbout(fr, 'jamais livré');
  assert.equal([never.speaker.name, never.stance].join(' | '), 'Lin Wei | denies');
  const dementi = claimAbout(fr, 'a démenti ces accusations');
  assert.equal(dementi.stance, 'denies');
  assert.ok(!dementi.text.includes('neutre'), 'the denial’s content is its object, not the next verb’s clause');
  assert.equal(claimAbout(fr, 'restait neutre').speaker.name, 'Zhou Ming');
  const en = claimsOf('Kyiv says China is supplying weapons to Russia. Lin Wei slammed the baseless accusations and said China had never sold arms to Moscow.', 'en');
  const slammed = claimAbout(en, 'slammed');
  assert.equal(reading(slammed).join(' | '), 'Lin Wei | denies | supply:China>Russia:weapons');
});

test('a connective before "selon X" or "according to X" leaves the content after the source: "Mais selon X, P", "But according to X, P"; a name a media noun introduces is the outlet', () => {
  const fr = claimAbout(claimsOf('Mais selon le quotidien Le Temps, des entreprises chinoises auraient livré des pièces de drones à la Russie.', 'fr'), 'entreprises chinoises');
  assert.equal([fr.speaker.name, prop(fr)].join(' | '), 'Le Temps | supply:China>Russia:technology');
  const en = claimAbout(claimsOf('But according to the Daily Courier, Chinese firms shipped drone parts to Russia.', 'en'), 'Chinese firms');
  assert.equal([en.speaker.name, prop(en)].join(' | '), 'Daily Courier | supply:China>Russia:technology');
  const outlet = claimAbout(claimsOf('The Israeli newspaper Haaretz reported that Iran had sent drones to Russia.', 'en'), 'Iran had sent');
  assert.equal([outlet.speaker.name, outlet.speaker.type].join(' | '), 'Haaretz | organization');
  assert.equal(claimAbout(claimsOf('Le quotidien russe Kommersant affirme que la Chine livre des drones à la Russie.', 'fr'), 'la Chine livre').speaker.name, 'Kommersant');
});

test('the subject of a passive is what is sent, not an item of a later relative clause: "soldats ont été envoyés en Russie, où ils sont formés au maniement de drones"', () => {
  const fr = claimAbout(claimsOf('Séoul estime que 11 000 soldats nord-coréens ont été envoyés en Russie, où ils sont formés au maniement de drones.', 'fr'), 'envoyés');
  assert.equal(prop(fr), 'deploy:North Korea>Russia:personnel');
  const en = claimAbout(claimsOf('Seoul said 11,000 North Korean soldiers had been sent to Russia, where they are learning to fly drones.', 'en'), 'been sent');
  assert.equal(prop(en), 'deploy:North Korea>Russia:personnel');
});

test('not having seen what is alleged is a lack of evidence: "n’avons pas encore vu de soldats", "haven’t seen troops", "have yet to see"', () => {
  const topic = { fr: 'Kiev affirme que la Corée du Nord a déployé des soldats en Russie.', en: 'Kyiv says North Korea has deployed troops to Russia.' };
  const fr = claimAbout(claimsOf(`${topic.fr} « Nous n’avons pas encore vu de soldats nord-coréens au front », a précisé Jane Roe.`, 'fr'), 'pas encore vu');
  assert.equal(stanceOn(fr).join(' | '), 'no_evidence | deploy:North Korea>Russia:personnel');
  const en = claimsOf(`${topic.en} "We haven't seen North Korean troops at the front," Jane Roe said. John Doe said he had yet to see any proof.`, 'en');
  assert.equal(claimAbout(en, 'seen North Korean').stance, 'no_evidence');
  assert.equal(claimAbout(en, 'yet to see').stance, 'no_evidence');
});

test('"P, X told lawmakers in a closed-door briefing, according to Y": who was told and where, then a comma, close a trailing report', () => {
  const claims = claimsOf('North Korea sent shells to Russia, officials said. The shells were shipped by sea and by air, the agency told lawmakers in a closed-door briefing, according to a member of parliament.', 'en');
  const c = claimAbout(claims, 'shipped by sea');
  assert.equal(c.text, 'The shells were shipped by sea and by air');
  assert.equal(prop(c), 'supply:North Korea>Russia:ammunition');
});

test('"too early to say" is a lack of evidence and "appeared to be" hedges, in both languages', () => {
  const fr = claimsOf('Kiev affirme que la Corée du Nord a déployé des soldats en Russie. Pour le Pentagone, il est encore trop tôt pour dire si ces soldats participeront aux combats.', 'fr');
  assert.equal(claimAbout(fr, 'trop tôt').stance, 'no_evidence');
  const en = claimsOf('Kyiv says North Korea has deployed troops to Russia. The Pentagon said it was too early to say whether they would fight. Seoul said Russia appeared to be providing North Korea with technology.', 'en');
  assert.equal(claimAbout(en, 'too early').stance, 'no_evidence');
  assert.equal(claimAbout(en, 'appeared to be').stance, 'speculates');
});

test('an adverb inside a verb group breaks no clause: "auraient pourtant livré", "was however unable to confirm"', () => {
  const fr = claimAbout(claimsOf('Selon le ministère, des drones iraniens auraient pourtant été livrés à la Russie en août.', 'fr'), 'pourtant');
  assert.ok(fr.text.endsWith('en août'), fr.text);
  assert.equal(prop(fr), 'supply:Iran>Russia:drones');
  const en = claimAbout(claimsOf('Kyiv says Iran sent drones to Russia. The Pentagon said it was however unable to confirm the report.', 'en'), 'unable');
  assert.equal(en.stance, 'no_evidence');
});

test('anonymous sources speak: "a diplomatic source", "a source familiar with the matter", "une source proche du dossier"', () => {
  const en = claimsOf('A diplomatic source said Iran had sent drones to Russia. A source familiar with the matter said North Korea had sent shells to Russia.', 'en');
  assert.equal(claimAbout(en, 'Iran had sent').speaker.name, 'diplomatic source');
  assert.equal(claimAbout(en, 'North Korea had sent').speaker.name, 'source');
  const fr = claimAbout(claimsOf('Selon une source proche du dossier, l’Iran a livré des drones à la Russie.', 'fr'), 'l’Iran a livré');
  assert.equal([fr.speaker.name, fr.speaker.type].join(' | '), 'source | unknown');
});

test('"a confié", calling claims fantasies, being "préoccupé", and a demonstrative source told an outlet', () => {
  const fr = claimsOf([
    'Kiev affirme que l’Iran livre des drones à la Russie.',
    'Selon une source diplomatique, des drones ont quitté le port de Bandar Abbas en août.',
    '« Nous disposons d’images satellites », a confié cette source à l’AFP.',
    'Le ministère iranien a dénoncé des « fantasmes » ; ces informations sont des affabulations, a ajouté le ministère.',
    'Le département d’État s’est dit « préoccupé » par la poursuite de cette coopération militaire.',
  ].join(' '), 'fr');
  assert.equal(claimAbout(fr, 'images satellites').speaker.name, 'source diplomatique');
  assert.equal(claimAbout(fr, 'affabulations').stance, 'denies');
  assert.equal(claimAbout(fr, 'préoccupé').stance, 'speculates');
  const en = claimsOf('Lithuania says Belarus sends drones to Russia. "These are fantasies of the Lithuanian authorities," the Belarusian defence ministry said.', 'en');
  assert.equal(claimAbout(en, 'fantasies').stance, 'denies');
});

test('English: a verb after a subject of a few words opens the content, so a later "that" is a relative pronoun; "does not concern" is no concern', () => {
  const en = claimsOf('Kyiv says Belarus sends drones to Russia. The Kremlin said cooperation with Belarus is a bilateral matter that does not concern third countries.', 'en');
  const kremlin = claimAbout(en, 'bilateral');
  assert.ok(kremlin.text.startsWith('cooperation with Belarus'), kremlin.text);
  assert.notEqual(kremlin.stance, 'speculates');
  const reports = claimAbout(claimsOf('Jane Roe said there were credible reports that Iran had sent drones to Russia.', 'en'), 'Iran had sent');
  assert.equal(prop(reports), 'supply:Iran>Russia:drones');
});

test('items made at home are neither produced with nor supplied by the topic’s parties: "de fabrication nationale", "domestically produced"', () => {
  // Said by a third party, nothing about the supply follows.
  const fr = claimsOf('L’Iran a livré des drones à la Russie, a affirmé Jean Morel. Selon un expert, l’armée russe utilise aussi des drones de fabrication nationale.', 'fr');
  assert.equal(claimAbout(fr, 'fabrication nationale').proposition, null);
  // Said by the recipient of the supply, it denies it.
  const en = claimsOf('Iran sent drones to Russia, John Doe said. Russia’s envoy said the Russian army only uses domestically produced drones.', 'en');
  const denial = claimAbout(en, 'domestically produced');
  assert.deepEqual(stanceOn(denial), ['denies', 'supply:Iran>Russia:drones']);
});

test('reaffirming and maintaining are reports; arming someone supplies weapons, whatever the topic', () => {
  const fr = claimsOf('Les États-Unis ont réaffirmé jeudi que l’Iran livrait des drones à la Russie. Washington maintient que Téhéran a livré des missiles à Moscou.', 'fr');
  assert.equal(prop(claimAbout(fr, 'livrait des drones')), 'supply:Iran>Russia:drones');
  assert.equal(claimAbout(fr, 'a livré des missiles').speaker.name, 'United States');
  const en = claimsOf('The United States reaffirmed on Thursday that Iran was sending ballistic missiles to Russia. Tehran has repeatedly denied arming Russia.', 'en');
  assert.equal(prop(claimAbout(en, 'was sending')), 'supply:Iran>Russia:ballistic missiles');
  assert.equal(prop(claimAbout(en, 'arming Russia')), 'supply:Iran>Russia:weapons');
});

test('"told X that P": X is who was told, P what was said, after a subject closed by a comma too', () => {
  const claims = claimsOf('Ukraine’s intelligence chief, Andriy Kovalenko, told The Associated Press that Iran had delivered missiles to Russia.', 'en');
  const c = claimAbout(claims, 'had delivered');
  assert.equal(c.speaker.name, 'Andriy Kovalenko');
  assert.equal(c.text, 'Iran had delivered missiles to Russia');
});

test('"a fait état de preuves" reports what follows; "des informations faisant état de" is no speaker’s report', () => {
  const claims = claimsOf('La Corée du Nord a envoyé des obus à Moscou, selon Kiev. Washington a fait état de « preuves » de ces transferts.', 'fr');
  const c = claimAbout(claims, 'preuves');
  assert.equal(c.speaker.name, 'United States');
  assert.equal(prop(c), 'supply:North Korea>Russia:ammunition');
  const nominal = claimsOf('Jean Morel a confirmé que la coopération serait discutée, à la suite d’informations faisant état d’un accord.', 'fr');
  assert.deepEqual(nominal.map((c) => c.speaker.name), ['Jean Morel']);
});

test('a quote going on in the next sentence keeps its speaker around a "we believe" inside it', () => {
  const claims = claimsOf('“Iran is now a backer of Russia,” Adam Pell told reporters. “They have provided hundreds of drones, and we believe they are considering sending ballistic missiles.”', 'en');
  assert.deepEqual(claims.slice(1).map((c) => [c.speaker.name, c.text, c.stance]), [
    ['Adam Pell', 'They have provided hundreds of drones', 'asserts'],
    ['Adam Pell', 'they are considering sending ballistic missiles', 'speculates'],
  ]);
});

test('"have said they believe P" is one report: the auxiliary before "said" is not the belief’s', () => {
  const claims = claimsOf('U.S. officials have said they believe Iran is preparing to send missiles to Russia.', 'en');
  assert.deepEqual(claims.map((c) => [c.speaker.name, c.text]), [['United States', 'Iran is preparing to send missiles to Russia']]);
  const fr = claimsOf('Le porte-parole Jean Morel a quant à lui déclaré que l’Iran avait livré des drones à la Russie.', 'fr');
  assert.equal(claimAbout(fr, 'avait livré').speaker.name, 'Jean Morel');
});

test('"a réagi" reports; "C’est un mensonge" denies the topic; the city drones struck does not receive them', () => {
  const fr = claimsOf('Des responsables américains affirment que l’Iran a envoyé des drones à la Russie. « C’est un mensonge », a réagi le porte-parole de la diplomatie iranienne.', 'fr');
  const denial = claimAbout(fr, 'mensonge');
  assert.equal(denial.stance, 'denies');
  assert.equal(prop(denial), 'supply:Iran>Russia:drones');
  assert.equal(claimAbout(claimsOf('Des drones iraniens ont frappé Kiev, selon l’armée ukrainienne.', 'fr'), 'frappé').proposition, null);
  assert.equal(claimAbout(claimsOf('Iranian drones struck Kyiv overnight, the Ukrainian air force said.', 'en'), 'struck').proposition, null);
});

test('"said it would ..." is the speaker going on, not "it" standing for the topic; who shoots drones down does not use them', () => {
  const claims = claimsOf([
    'Iran has sent drones to Russia, Jane Roe said.',
    'The Kremlin said it would develop relations with Tehran in all areas.',
    'Ukraine’s air force said it had shot down 84 Iranian-made drones.',
  ].join(' '), 'en');
  assert.equal(claimAbout(claims, 'develop relations').proposition, null);
  // Evidence of the topic's supply, not Ukraine receiving Iranian drones.
  assert.equal(prop(claimAbout(claims, 'shot down')), 'supply:Iran>Russia:drones');
  assert.equal(claimAbout(claims, 'shot down').text, 'it had shot down 84 Iranian-made drones');
});

test('bare "transfers" with no party or item of their own are the ones the text is mostly about', () => {
  const claims = claimsOf([
    'North Korea has shipped artillery shells to Russia, Seoul said.',
    'Pyongyang sent about 6,700 containers of shells to Russia, the minister added.',
    'He said Russia appeared to be providing North Korea with technical help for its satellites.',
    'The White House said the transfers violated United Nations resolutions.',
  ].join(' '), 'en');
  assert.equal(prop(claimAbout(claims, 'technical help')), 'supply:Russia>North Korea:technology');
  assert.equal(prop(claimAbout(claims, 'the transfers violated')), 'supply:North Korea>Russia:ammunition');
});

test('an embassy speaks for the country that sends it, not for the city it is in', () => {
  const en = claimsOf('The Iranian embassy in London dismissed the claims. A spokesman said Iran had never provided weapons to Russia.', 'en');
  assert.deepEqual(en.map((c) => c.speaker.name), ['Iran', 'Iran']);
  const fr = claimsOf("L'ambassade d'Iran à Paris a démenti toute livraison de drones à la Russie.", 'fr');
  assert.equal(claimAbout(fr, 'démenti').speaker.name, 'Iran');
});

test('a deputy defence minister’s title takes in the portfolio, so the name apposed to it gets the country; a weapon after "said" is no source', () => {
  const fr = claimsOf("La vice-ministre nord-coréenne de la défense, Ri Sun-hwa, a qualifié d'« absurdes » les informations selon lesquelles son pays vendait des munitions à Moscou.", 'fr');
  const c = claimAbout(fr, 'son pays');
  assert.deepEqual([c.speaker.name, c.speaker.affiliation, c.stance, prop(c)], ['Ri Sun-hwa', 'North Korea', 'denies', 'supply:North Korea>Russia:ammunition']);
  const en = claimsOf("North Korea's deputy defence minister, Ri Sun-hwa, said her country had never sold shells to Russia.", 'en');
  // "shells" right after "said" is what was sold, not an inverted source.
  const said = claimAbout(en, 'never sold');
  assert.deepEqual([said.speaker.name, said.speaker.affiliation, said.stance], ['Ri Sun-hwa', 'North Korea', 'denies']);
});

test('a viewpoint opening the sentence ("Pour le chercheur X, P", "In the eyes of X, P") is its source, when it names someone', () => {
  const fr = claimsOf("Pour le chercheur Paul Delorme, de l'Institut des relations internationales, « Moscou pourrait transférer des technologies spatiales à la Corée du Nord ».", 'fr');
  const c = claimAbout(fr, 'Moscou pourrait');
  assert.deepEqual(reading(c), ['Paul Delorme', 'speculates', 'supply:Russia>North Korea:technology']);
  assert.ok(c.text.startsWith('Moscou'), 'the affiliation between commas belongs to the source');
  const anonymous = claimsOf("Selon un diplomate européen, qui a requis l'anonymat, des instructeurs iraniens forment les opérateurs russes.", 'fr');
  assert.ok(claimAbout(anonymous, 'instructeurs').text.startsWith('des instructeurs'), 'so does a relative clause');
  assert.equal(claimAbout(claimsOf('Aux yeux du Kremlin, l’Iran n’a livré aucun drone à la Russie.', 'fr'), 'aucun drone').speaker.name, 'Kremlin');
  assert.equal(claimAbout(claimsOf('In the eyes of the Pentagon, Iran has already sent drones to Russia.', 'en'), 'already sent').speaker.name, 'Pentagon');
  // No one holds a view here: "pour" is a preposition like any other.
  assert.deepEqual(claimsOf('Pour la première fois, des drones iraniens ont été livrés à la Russie.', 'fr'), []);
  assert.deepEqual(claimsOf('Pour la Russie, l’Iran a livré des drones.', 'fr'), []);
});

test('"said Kyiv had (no) evidence that P" is one claim by who said it, its stance set by the evidence', () => {
  const claims = claimsOf('The foreign minister, Jane Roe, said Washington had no evidence that China was providing weapons to Russia.', 'en');
  assert.deepEqual(claims.map((c) => [c.speaker.name, c.stance, prop(c), c.text]),
    [['Jane Roe', 'no_evidence', 'supply:China>Russia:weapons', 'Washington had no evidence that China was providing weapons to Russia']]);
  const asserted = claimsOf('Ukraine’s ambassador to the UK, Olena Marchuk, said Kyiv had evidence that Iran had sent drones to Russia.', 'en');
  assert.deepEqual(asserted.map((c) => [c.speaker.name, c.speaker.affiliation, c.stance, prop(c)]),
    [['Olena Marchuk', 'Ukraine', 'asserts', 'supply:Iran>Russia:drones']]);
  // Who was told is no subject of a clause: the content still starts after "that".
  const told = claimsOf('Jane Roe told lawmakers in a closed-door briefing that Iran had sent drones to Russia.', 'en');
  assert.equal(claimAbout(told, 'Iran had sent').text, 'Iran had sent drones to Russia');
});

test('a posting between a role and the name it describes ("ambassador to the UK, X", "ambassadeur russe en France, X")', () => {
  const fr = claimsOf('L’ambassadeur russe en France, Alexeï Petrov, a démenti toute livraison de drones iraniens à la Russie.', 'fr');
  assert.deepEqual([fr[0].speaker.name, fr[0].speaker.affiliation], ['Alexeï Petrov', 'Russia']);
});

test('verbs that report only in an incise after a quote ("« ... », lance-t-il", "“...,” he continued")', () => {
  const fr = claimsOf('Le président ukrainien Petro Marchenko s’est exprimé mardi. « L’Iran livre des drones à la Russie », a-t-il lancé.', 'fr');
  assert.deepEqual(fr.map((c) => [c.speaker.name, prop(c)]), [['Petro Marchenko', 'supply:Iran>Russia:drones']]);
  const en = claimsOf('Jane Roe spoke on Tuesday. “Iran has sent hundreds of drones to Russia,” she continued.', 'en');
  assert.deepEqual(en.map((c) => [c.speaker.name, prop(c)]), [['Jane Roe', 'supply:Iran>Russia:drones']]);
  // Elsewhere the same verbs mean something else.
  assert.deepEqual(claimsOf('La Russie a lancé des drones iraniens sur Kiev.', 'fr'), []);
});

test('whoever shoots the items down does not use them; whoever strikes with them does', () => {
  const claims = claimsOf('L’Iran a livré des drones à la Russie, selon Kiev. Le président a assuré que l’armée ukrainienne abattait chaque jour dix drones iraniens.', 'fr');
  assert.notEqual(claimAbout(claims, 'abattait').proposition?.recipient, 'Ukraine');
  const strike = claimsOf('La Russie a frappé Kiev avec des drones iraniens, selon l’armée ukrainienne.', 'fr');
  assert.equal(prop(claimAbout(strike, 'frappé')), 'supply:Iran>Russia:drones');
});

test('a transcript turn is its speaker’s voice: "we" is them, and their unattributed statements are claims', () => {
  const claims = claimsOf([
    'Press Briefing by National Security Adviser Mark Fenwick',
    'MR. FENWICK: Good afternoon. We have information that Iran has sent attack drones to Russia.',
    'Q: Has Iran delivered ballistic missiles too?',
    'MR. FENWICK: Not that we have seen. They have sent hundreds of drones since August.',
  ].join('\n\n'), 'en', '2023-03-14');
  assert.deepEqual(claims.map((c) => [c.speaker.name, c.stance, prop(c), c.saidOn]), [
    ['Mark Fenwick', 'asserts', 'supply:Iran>Russia:drones', '2023-03-14'],
    ['Mark Fenwick', 'asserts', 'supply:Iran>Russia:drones', '2023-03-14'],
  ]);
  assert.equal(claims[1].text, 'They have sent hundreds of drones since August');
});

test('in a turn, the clauses before the speaker’s own first-person report are their voice too: "Iran continues to provide drones, and we believe P"', () => {
  const en = claimsOf([
    'Press Briefing by National Security Adviser Mark Fenwick',
    'Q: And the drones?',
    'MR. FENWICK: Iran continues to provide attack drones to Russia, and we believe Russia is seeking to build its own production line.',
  ].join('\n\n'), 'en', '2023-03-14');
  assert.deepEqual(prop(claimAbout(en, 'continues to provide')), 'supply:Iran>Russia:drones');
  assert.equal(claimAbout(en, 'continues to provide').speaker.name, 'Mark Fenwick');
  assert.ok(claimAbout(en, 'seeking'));
  const fr = claimsOf([
    'Point de presse du porte-parole Marc Fenwick',
    'QUESTION : Et les drones ?',
    'M. FENWICK : L’Iran continue de livrer des drones à la Russie, et nous pensons que Moscou cherche à les produire.',
  ].join('\n\n'), 'fr', '2023-03-14');
  assert.equal(prop(claimAbout(fr, 'continue de livrer')), 'supply:Iran>Russia:drones');
});

test('after "but" / "mais" a second subject speaks the second report', () => {
  const en = claimsOf('Jane Roe said the United States had no evidence that Iran had sent ballistic missiles to Russia, but she warned that Tehran was considering such a transfer.', 'en');
  assert.equal(claimAbout(en, 'considering').speaker.name, 'Jane Roe');
  const fr = claimsOf('Le ministre Paul Martin a déclaré que la Russie avait reçu des drones de l’Iran, mais il a ajouté que Téhéran pourrait livrer des missiles.', 'fr');
  assert.equal(claimAbout(fr, 'pourrait livrer').speaker.name, 'Paul Martin');
});

test('a bare denial ends at "mais" / "but": what follows is the reporter’s, not denied', () => {
  const claims = claimsOf('L’Iran livre des drones à la Russie, selon Kiev. Téhéran nie, mais les débris retrouvés en Ukraine ne laissent aucun doute.', 'fr');
  const denial = claimAbout(claims, 'nie', 'Iran');
  assert.equal(denial.text, 'nie');
  assert.equal(denial.stance, 'denies');
  assert.equal(prop(denial), 'supply:Iran>Russia:drones');
});

test('"told the agency" after the content: who was told, then a comma, closes the report', () => {
  const claims = claimsOf('Iran has delivered ballistic missiles to Russia, two security sources told the agency on Friday, in a transfer that had been expected for months.', 'en');
  const c = claimAbout(claims, 'delivered');
  assert.equal(c.text, 'Iran has delivered ballistic missiles to Russia');
  assert.equal(prop(c), 'supply:Iran>Russia:ballistic missiles');
});

test('a negated report ("has never acknowledged", "n’a pas démenti") is no claim', () => {
  assert.deepEqual(claimsOf('Russia’s defence ministry has never acknowledged receiving Iranian missiles.', 'en'), []);
  assert.deepEqual(claimsOf('Iran did not deny sending drones to Russia.', 'en'), []);
  assert.deepEqual(claimsOf('Le Kremlin n’a pas démenti l’arrivée de drones iraniens en Russie.', 'fr'), []);
  // "ne cesse de" keeps asserting.
  assert.equal(claimsOf('Kiev n’a cessé de répéter que l’Iran livrait des drones à la Russie.', 'fr').length, 1);
});

test('French no-evidence formulas with a time adverbial or an infinitive ("pas à ce stade d’élément", "ne pas être en mesure de confirmer")', () => {
  const adverbial = claimsOf('Le ministère a indiqué ne disposer pas à ce stade d’élément sur une livraison de missiles iraniens à la Russie.', 'fr');
  assert.equal(claimAbout(adverbial, 'à ce stade').stance, 'no_evidence');
  const infinitive = claimsOf('Le secrétaire général de l’OTAN, Paul Martin, a déclaré ne pas être en mesure de confirmer la présence de soldats nord-coréens en Russie.', 'fr');
  assert.equal(claimAbout(infinitive, 'en mesure').stance, 'no_evidence');
});

test('an interview: "Question :" and a name label open turns; the question sets what the answer is about', () => {
  const claims = claimsOf([
    'La ministre des armées, Claire Valcourt, répond à nos questions.',
    'Question : L’Iran livre-t-il des drones à la Russie ?',
    'Claire Valcourt : Oui. Nous avons des preuves que des centaines de drones ont été livrés. Téhéran nie, mais les faits sont là.',
    'Question : Et les missiles balistiques ?',
    'Claire Valcourt : Nous n’avons pas à ce stade d’élément permettant de confirmer des livraisons de missiles.',
  ].join('\n\n'), 'fr', '2023-03-14');
  assert.deepEqual(claims.map((c) => reading(c)), [
    ['Claire Valcourt', 'asserts', 'supply:Iran>Russia:drones'],
    ['Iran', 'denies', 'supply:Iran>Russia:drones'],
    ['Claire Valcourt', 'no_evidence', 'supply:Iran>Russia:ballistic missiles'],
  ]);
});

test('with the topic’s parties, "missiles" is the ballistic missiles the text is about, but "weapons" stays general', () => {
  const claims = claimsOf([
    'Iran has shipped ballistic missiles to Russia, officials said.',
    'A spokesman said the missiles had already been delivered.',
    'Tehran denied supplying weapons.',
  ].join(' '), 'en');
  assert.equal(prop(claimAbout(claims, 'already been delivered')), 'supply:Iran>Russia:ballistic missiles');
  assert.equal(claimAbout(claims, 'weapons').proposition?.item, 'weapons');
});

test('a name after "in" is a place, not the speaker: "Iran’s mission to the United Nations in New York said"', () => {
  const claims = claimsOf('Iran’s mission to the United Nations in New York said that Tehran had not transferred ballistic missiles to Russia.', 'en');
  const c = claimAbout(claims, 'not transferred');
  assert.deepEqual(reading(c), ['Iran', 'denies', 'supply:Iran>Russia:ballistic missiles']);
});

test('a noun event has no bare recipient, and parties before an embedded "that" take no part in its event', () => {
  const claims = claimsOf([
    'Iran has shipped ballistic missiles to Russia, officials said.',
    'Ukraine’s foreign ministry said the deliveries showed Iran was a direct participant in the war.',
    'Jane Roe said London had seen "credible reports" that the missiles were about to be shipped.',
  ].join(' '), 'en');
  assert.equal(prop(claimAbout(claims, 'deliveries showed')), 'supply:Iran>Russia:ballistic missiles');
  // The quoted "reports" is a noun, not a report of its own that would cut the content.
  const seen = claimAbout(claims, 'credible reports');
  assert.equal(seen.text, 'London had seen "credible reports" that the missiles were about to be shipped');
  assert.equal(prop(seen), 'supply:Iran>Russia:ballistic missiles');
});

test('a country’s government, authorities or regime speaks under the country’s name', () => {
  const en = claimsOf('The Iranian government denied sending drones to Russia.', 'en');
  assert.deepEqual(en.map((c) => [c.speaker.name, c.speaker.affiliation]), [['Iran', 'Iran']]);
  const fr = claimsOf('Les autorités russes ont démenti avoir reçu des drones iraniens.', 'fr');
  assert.deepEqual(fr.map((c) => [c.speaker.name, c.speaker.affiliation]), [['Russia', 'Russia']]);
});

test('"Pour X, chercheur à l’Institut Y, P": the role and its institution belong to the source; engineers sent are personnel', () => {
  const claims = claimsOf('Pour Kim Sung-ho, chercheur à l’Institut d’études stratégiques, la Corée du Nord pourrait aussi envoyer des ingénieurs en Russie.', 'fr');
  const c = claimAbout(claims, 'pourrait');
  assert.equal(c.text, 'la Corée du Nord pourrait aussi envoyer des ingénieurs en Russie');
  assert.deepEqual(reading(c), ['Kim Sung-ho', 'speculates', 'deploy:North Korea>Russia:personnel']);
});

test('"non seulement ... mais aussi" and "not only ... but also" go on with the same content', () => {
  const fr = claimsOf('Le président Paul Martin a affirmé que la Corée du Nord envoyait non seulement des obus mais aussi des soldats à la Russie.', 'fr');
  assert.match(claimAbout(fr, 'non seulement').text, /mais aussi des soldats à la Russie$/u);
  const en = claimsOf('Jane Roe said North Korea was sending not only shells but also troops to Russia.', 'en');
  assert.match(claimAbout(en, 'not only').text, /but also troops to Russia$/u);
});

test('a person whose role is in an international body speaks for no country', () => {
  const claims = claimsOf([
    'Les services de renseignement sud-coréens affirment que la Corée du Nord a envoyé des soldats en Russie.',
    'Le ministre sud-coréen de la Défense, Kim Jae-won, a affirmé que la Corée du Nord avait envoyé des soldats en Russie.',
    'Le secrétaire général de l’OTAN, Paul Martin, a déclaré ne pas être en mesure de confirmer la présence de soldats nord-coréens en Russie.',
  ].join(' '), 'fr');
  const nato = claimAbout(claims, 'en mesure');
  assert.deepEqual([nato.speaker.name, nato.speaker.affiliation], ['Paul Martin', null]);
  assert.equal(claimAbout(claims, 'avait envoyé').speaker.affiliation, 'South Korea');
});

test('only a party concedes: an admission verb from a third country asserts, and a guessed home country makes no admission', () => {
  const third = claimsOf('US Defense Secretary Jane Roe acknowledged that Iranian personnel had been deployed to Russia.', 'en');
  assert.equal(claimAbout(third, 'deployed').stance, 'asserts');
  const party = claimsOf('Iranian Foreign Minister Ali Karimi acknowledged that Iran had sent drones to Russia before the war.', 'en');
  assert.equal(claimAbout(party, 'sent drones').stance, 'admits');
  // The official's country is only guessed from who else is quoted: no admission against interest.
  const guessed = claimsOf([
    'North Korea’s foreign ministry said on Monday that the country had not sent arms to Russia.',
    'Ministry spokesman Ri Chol-min said the reports were false.',
    'North Korea delivered artillery shells to Russia in August, a senior intelligence official said.',
  ].join(' '), 'en');
  assert.equal(claimAbout(guessed, 'delivered').stance, 'asserts');
});

test('a role named again in general terms is the person who holds it: "le ministre des Armées, X ... Le ministre"', () => {
  const fr = claimsOf([
    'La députée Anne Morel a interrogé le ministre des Armées, Paul Girard, sur les livraisons.',
    'Le ministre a assuré que la France avait livré des canons à l’Ukraine.',
  ].join(' '), 'fr');
  assert.equal(claimAbout(fr, 'avait livré').speaker.name, 'Paul Girard');
  const en = claimsOf('Defence Secretary Jane Hall said on Monday that Iran had sent drones to Russia. The Secretary said Iran had also sent missiles.', 'en');
  assert.equal(claimAbout(en, 'also sent missiles').speaker.name, 'Jane Hall');
});

test('French training with counted trainees: "a formé plus de 10 000 soldats ukrainiens"', () => {
  const claims = claimsOf('Le ministre Paul Girard a indiqué que l’armée française avait formé plus de 10 000 soldats ukrainiens. Selon lui, Paris a formé des milliers de pilotes ukrainiens.', 'fr');
  assert.equal(prop(claimAbout(claims, '10 000 soldats')), 'train:France>Ukraine:personnel');
  assert.equal(prop(claimAbout(claims, 'des milliers de pilotes')), 'train:France>Ukraine:personnel');
});

test('"said P, and a senior lawmaker, X, said Q": the second report has its own subject, and P ends before it', () => {
  const en = claimsOf('Iranian officials said they had agreed to buy Su-35 jets from Russia, and a senior Iranian lawmaker, Reza Karimi, said the first jets would arrive soon.', 'en');
  const first = claimAbout(en, 'agreed to buy');
  assert.equal(first.text, 'they had agreed to buy Su-35 jets from Russia');
  assert.equal(claimAbout(en, 'would arrive soon').speaker.name, 'Reza Karimi');
  const fr = claimsOf('Kiev a affirmé que l’Iran avait livré des drones à la Russie, et le porte-parole du Kremlin, Ivan Petrov, a assuré que Moscou n’avait reçu aucun drone.', 'fr');
  assert.equal(claimAbout(fr, 'avait livré').text, 'l’Iran avait livré des drones à la Russie');
  assert.equal(claimAbout(fr, 'aucun drone').speaker.name, 'Ivan Petrov');
});

test('condemning a claim denies it: "dénonçant des « accusations sans fondement »", "denounced reports that P"', () => {
  const fr = claimsOf('Washington affirme que la Chine livre des drones à la Russie. Pékin a réagi mardi, dénonçant des « accusations sans fondement ».', 'fr');
  const denial = claimAbout(fr, 'accusations', 'China');
  assert.equal(denial.stance, 'denies');
  assert.equal(prop(denial), 'supply:China>Russia:drones');
  const en = claimsOf('Tehran condemned reports that it had sent missiles to Russia. Kyiv condemned the delivery of drones to Russia by Iran.', 'en');
  assert.equal(claimAbout(en, 'sent missiles').stance, 'denies');
  assert.equal(claimAbout(en, 'delivery of drones').stance, 'asserts');
});

test('"the ministry said" is the last institution written with that word, not the organisation that spoke last', () => {
  const claims = claimsOf([
    'Russia has received rocket launchers from North Korea, Britain’s Ministry of Defence said on Friday.',
    'Defence Intelligence assesses that Pyongyang is also supplying Moscow with ammunition.',
    'The ministry estimated that North Korea had provided three million artillery rounds.',
  ].join(' '), 'en');
  assert.equal(claimAbout(claims, 'Pyongyang is also supplying').speaker.type, 'organization');
  assert.equal(claimAbout(claims, 'three million').speaker.name, 'Ministry of Defence');
});

test('intelligence assessments: "highly likely" and "très probablement" assert, "likely" and "probablement" speculate', () => {
  const en = claimsOf('Russia has highly likely received missiles from Iran, the ministry said. Russia will likely receive drones from Iran, Jane Roe said.', 'en');
  assert.equal(claimAbout(en, 'highly likely').stance, 'asserts');
  assert.equal(claimAbout(en, 'will likely').stance, 'speculates');
  const fr = claimsOf('La Russie a très probablement reçu des missiles de l’Iran, a indiqué le ministère. Selon Jean Roux, l’Iran enverra probablement des drones à la Russie.', 'fr');
  assert.equal(claimAbout(fr, 'très probablement').stance, 'asserts');
  assert.equal(claimAbout(fr, 'enverra probablement').stance, 'speculates');
});

test('sides fighting each other ("clashes between", "against") are no recipients', () => {
  const claims = claimsOf('Jane Roe said the first clashes between Ukrainian troops and North Korean soldiers had taken place. John Doe said Russia was using Iranian drones against Ukrainian cities.', 'en');
  assert.equal(claimAbout(claims, 'clashes').proposition, null);
  assert.equal(prop(claimAbout(claims, 'against')), 'supply:Iran>Russia:drones');
  const fr = claimsOf('Selon Jean Roux, les combats entre soldats ukrainiens et soldats nord-coréens ont commencé.', 'fr');
  assert.equal(claimAbout(fr, 'combats').proposition, null);
});

test('a verdict on the claims names nobody taking part: "dismissed the reports as Western propaganda"', () => {
  const en = claimsOf('Hale said Iran had sent drones to Russia. Russian spokeswoman Maria Zakharova dismissed the reports as "a fabrication of Western propaganda".', 'en');
  const denial = claimAbout(en, 'dismissed', 'Maria Zakharova');
  assert.equal(denial.stance, 'denies');
  assert.equal(prop(denial), 'supply:Iran>Russia:drones');
  const fr = claimsOf('Kiev affirme que l’Iran livre des drones à la Russie. Ivan Sorokine a qualifié ces informations de « mensonges de l’Occident ».', 'fr');
  assert.equal(prop(claimAbout(fr, 'ces informations', 'Ivan Sorokine')), 'supply:Iran>Russia:drones');
});

test('a claim noun followed by its verb is a subject, not the object of "said"', () => {
  const claims = claimsOf('Analysts said the rumour may have been spread to distract from reports that Iran ships drones to Russia.', 'en');
  assert.equal(claimAbout(claims, 'rumour').text.startsWith('the rumour'), true);
});

test('a participle describing the items takes them as given: "les armes livrées par la France ne changeront rien"', () => {
  const claims = claimsOf([
    'Le ministre Paul Girard a dit que la France avait livré des canons à l’Ukraine.',
    'Le porte-parole du Kremlin, Ivan Sorokine, a affirmé que les armes livrées par la France « ne changeront rien ».',
  ].join(' '), 'fr');
  const c = claimAbout(claims, 'ne changeront rien');
  assert.equal(c.stance, 'asserts');
  assert.equal(prop(c), 'supply:France>Ukraine:weapons');
  const en = claimsOf('Jane Roe said Iran had sent drones to Russia. John Doe said the drones supplied by Iran could not reach Kyiv.', 'en');
  assert.equal(claimAbout(en, 'could not reach').stance, 'asserts');
});

test('a subject known by its demonym supplies: "des entreprises chinoises ont livré", "Chinese companies shipped"', () => {
  const fr = claimsOf('Selon des responsables américains, des entreprises chinoises ont livré à la Russie des composants électroniques.', 'fr');
  assert.equal(prop(claimAbout(fr, 'entreprises chinoises')), 'supply:China>Russia:technology');
  const en = claimsOf('US officials said Chinese companies had shipped electronic components to Russia. Jane Roe said Russian crews were being trained by Iran.', 'en');
  assert.equal(prop(claimAbout(en, 'Chinese companies')), 'supply:China>Russia:technology');
  // In a passive the subject is who receives.
  assert.equal(claimAbout(en, 'Russian crews').proposition?.recipient, 'Russia');
});

test('the High Representative speaks for no country; the source of a joint production is no party to it', () => {
  const en = claimsOf('Iran’s foreign ministry denied sending missiles. The High Representative, Josep Moral, said the EU was ready to respond.', 'en');
  assert.equal(claimAbout(en, 'ready to respond').speaker.affiliation, null);
  const fr = claimsOf('Selon le renseignement militaire ukrainien, l’usine produit désormais des centaines de drones avec l’aide de l’Iran.', 'fr');
  // Iran's partner is not named (the factory's country is not known), and Ukraine only reports it.
  assert.equal(claimAbout(fr, 'avec l’aide de l’Iran').proposition, null);
});

test('a reporting participle after a preposition is an adjective ("on reported transfers"), but not after an auxiliary ("a depuis admis")', () => {
  const en = claimsOf('Statement by the Spokesperson on reported Iranian missile transfers to Russia. He spoke about alleged Iranian transfers to Russia.', 'en');
  assert.deepEqual(en, []);
  const fr = claimsOf('L’ancien président Paul Durand a depuis admis que son pays avait livré des armes à la Russie.', 'fr');
  assert.equal(claimAbout(fr, 'avait livré').stance, 'admits');
});

test('French "armer" supplies weapons in its verb forms: "en armant l’Ukraine"', () => {
  const claims = claimsOf('Le représentant russe a accusé les pays occidentaux d’alimenter le conflit en armant l’Ukraine.', 'fr');
  assert.equal(prop(claimAbout(claims, 'en armant')), 'supply:West>Ukraine:weapons');
});

test('a system named after its class through "de type" / "of the" is the item: "missiles de type KN-23"', () => {
  const fr = claimsOf('Jeanne Roux a affirmé que des missiles de type KN-23 avaient été livrés par la Corée du Nord à la Russie.', 'fr');
  assert.equal(prop(claimAbout(fr, 'KN-23')), 'supply:North Korea>Russia:ballistic missiles');
  const en = claimsOf('Jane Roe said missiles of the KN-23 type had been supplied by North Korea to Russia.', 'en');
  assert.equal(prop(claimAbout(en, 'KN-23')), 'supply:North Korea>Russia:ballistic missiles');
});

test('delegates of no stated country speak neither for the forum nor for a guessed country', () => {
  const claims = claimsOf('Le Conseil de sécurité s’est réuni vendredi. Plusieurs délégations ont accusé la Corée du Nord de livrer des missiles balistiques à la Russie.', 'fr');
  const c = claimAbout(claims, 'missiles balistiques');
  assert.equal(c.speaker.name, 'representative');
  assert.equal(c.speaker.affiliation, null);
});

test('officials of no stated country belong to the place the sentence opens on: "In Tehran, ministry spokesman X"', () => {
  // Without the place, these officials have no country, or only a guessed one.
  const en = claimsOf([
    'Kyiv said Iran had sent drones to Russia. Kyiv said the drones hit power plants.',
    'In Tehran, foreign ministry spokesman Omid Farahani denied that Iran had sent drones to Russia.',
    'In Moscow on Monday, a defence ministry spokesman said the drones were made in Russia.',
  ].join(' '), 'en');
  assert.equal(claimAbout(en, 'Iran had sent', 'Omid Farahani').speaker.affiliation, 'Iran');
  assert.equal(claimAbout(en, 'made in Russia').speaker.affiliation, 'Russia');
  const fr = claimsOf([
    'Kiev accuse l’Iran de livrer des drones à la Russie. Kiev affirme que ces drones visent des centrales.',
    'À Téhéran, le porte-parole du ministère des Affaires étrangères, Omid Farahani, a démenti tout envoi de drones à la Russie.',
  ].join(' '), 'fr');
  const denial = claimAbout(fr, 'démenti');
  assert.equal(denial.speaker.affiliation, 'Iran');
  assert.equal(prop(denial), 'supply:Iran>Russia:drones');
});

test('a negation whose object is quoted still denies: "n’avait fourni « aucune arme »"', () => {
  const claims = claimsOf('Le ministre iranien des Affaires étrangères a répété lundi que son pays n’avait fourni « aucune arme » à la Russie.', 'fr');
  const c = claimAbout(claims, 'aucune arme');
  assert.equal(c.stance, 'denies');
  assert.equal(prop(c), 'supply:Iran>Russia:weapons');
});

test('negated doubt asserts: "pas de raison de douter", "no reason to doubt", "ne fait aucun doute"', () => {
  const fr = claimsOf('Le Pentagone a dit qu’il n’avait « pas de raison de douter » des informations selon lesquelles Pyongyang a envoyé des troupes en Russie.', 'fr');
  assert.equal(claimAbout(fr, 'douter').stance, 'asserts');
  const doubtless = claimsOf('Selon Kiev, il ne fait aucun doute que l’Iran a livré des drones à la Russie.', 'fr');
  assert.equal(claimAbout(doubtless, 'aucun doute').stance, 'asserts');
  const en = claimsOf('Hale said there was no doubt Iran had sent drones to Russia.', 'en');
  assert.equal(claimAbout(en, 'no doubt').stance, 'asserts');
});

test('"ne pas avoir d’indication" is a lack of evidence', () => {
  const claims = claimsOf('Washington dit ne pas avoir d’indication d’une livraison de drones biélorusses à la Russie.', 'fr');
  assert.equal(claimAbout(claims, 'indication').stance, 'no_evidence');
});

test('declining to comment is no claim, and its speaker is still the one "il" refers to', () => {
  const fr = claimsOf([
    'Kiev accuse l’Iran de livrer des drones à la Russie.',
    '« Nous ne commentons pas ces informations », a indiqué le porte-parole du Kremlin, Ivan Sorokine.',
    '« La Russie produit ses propres drones », a-t-il ajouté.',
  ].join(' '), 'fr');
  assert.ok(!fr.some((c) => c.text.includes('commentons')), 'no claim for "ne commentons pas"');
  assert.equal(claimAbout(fr, 'propres drones').speaker.name, 'Ivan Sorokine');
  const en = claimsOf('Kyiv said Iran had sent drones to Russia. "I have nothing to add," Kremlin spokesman Ivan Sorokin said. The Kremlin would not comment on the reports, he said.', 'en');
  assert.ok(!en.some((c) => c.text.includes('nothing to add') || c.text.includes('would not comment')), 'no claim for a refusal to comment');
  // Past tenses and a quoted phrase: « n'avait « rien à dire » ».
  const quoted = claimsOf('Kiev accuse Minsk d’assembler des drones pour la Russie. Le Kremlin a répondu qu’il n’avait « rien à dire » sur le sujet.', 'fr');
  assert.ok(!quoted.some((c) => c.text.includes('rien à dire')), 'no claim for « rien à dire »');
});

test('"Asked whether ..., he said": the pronoun is the subject, and it is the person named since the last report', () => {
  const claims = claimsOf([
    'North Korea’s defence ministry said the reports were absurd.',
    'Kremlin spokesman Ivan Sorokin declined to comment on the report.',
    'Asked whether North Korean troops were in Russia, he said: "Pyongyang sends us nothing but goodwill."',
  ].join(' '), 'en');
  assert.equal(claimAbout(claims, 'Pyongyang sends').speaker.name, 'Ivan Sorokin');
});

test('two parties denying "the arms transfers" deny the same transfers, to the one of them that receives', () => {
  const claims = claimsOf([
    'Seoul said North Korea had shipped artillery shells to Russia.',
    'North Korea and Russia have both denied the arms transfers.',
  ].join(' '), 'en');
  assert.equal(prop(claimAbout(claims, 'both denied', 'North Korea')), 'supply:North Korea>Russia:weapons');
  assert.equal(prop(claimAbout(claims, 'both denied', 'Russia')), 'supply:North Korea>Russia:weapons');
});

test('"by" after a verb of its own is no agent of an event noun: "the shipments had been carried by Russian ships"', () => {
  const claims = claimsOf([
    'Seoul said North Korea had shipped artillery shells to Russia.',
    'The shipments had been carried by Russian cargo ships, officials said.',
  ].join(' '), 'en');
  assert.equal(prop(claimAbout(claims, 'carried by')), 'supply:North Korea>Russia:ammunition');
});

test('agent nouns supply: "le principal fournisseur de drones de la Russie", "Russia’s main supplier", "suppliers of ammunition to"', () => {
  const fr = claimsOf('Selon Washington, l’Iran est devenu le principal fournisseur de drones de la Russie.', 'fr');
  assert.equal(prop(claimAbout(fr, 'fournisseur')), 'supply:Iran>Russia:drones');
  const possessive = claimsOf('Officials said Iran is now Russia’s main supplier of drones.', 'en');
  assert.equal(prop(claimAbout(possessive, 'supplier')), 'supply:Iran>Russia:drones');
  const to = claimsOf('Pyongyang has become one of the main suppliers of ammunition to the Russian army, officials said.', 'en');
  const c = claimAbout(to, 'suppliers');
  assert.equal(prop(c), 'supply:North Korea>Russia:ammunition');
  assert.equal(c.proposition?.mode, undefined, 'a copula tells no mode');
});

test('an acronym the text defines names its institution: "National Intelligence Service (NIS) ... the NIS said"', () => {
  const claims = claimsOf([
    'South Korea’s National Intelligence Service (NIS) said on Friday that North Korea had sent troops to Russia.',
    'Pyongyang has shipped more shells to Russia, the NIS said.',
  ].join(' '), 'en');
  const c = claimAbout(claims, 'more shells');
  assert.equal(c.speaker.name, 'National Intelligence Service');
  assert.equal(c.speaker.affiliation, 'South Korea');
});

test('"these deliveries" after a word on trainers are the deliveries the text is about, not a deployment', () => {
  const claims = claimsOf([
    'Kyiv said Iran had supplied drones to Russia in August.',
    'Britain’s defence ministry said on Monday that Tehran was delivering more of them to Moscow.',
    'Washington said Iran had sent instructors to Crimea to help Russian troops.',
    '"These deliveries are continuing," a Ukrainian official said.',
  ].join(' '), 'en');
  assert.equal(prop(claimAbout(claims, 'These deliveries')), 'supply:Iran>Russia:drones');
});

test('a date right after the verb of a denial with an object dates the denial: "a démenti lundi toute vente", "avait démenti la semaine dernière"', () => {
  const monday = claimsOf('Le ministère biélorusse de la Défense a démenti lundi tout transfert de matériel militaire à la Russie.', 'fr');
  assert.equal(claimAbout(monday, 'tout transfert').saidOn, '2022-11-14');
  const lastWeek = claimsOf('Le ministère biélorusse de la Défense avait démenti la semaine dernière tout transfert de matériel militaire à la Russie.', 'fr');
  assert.equal(claimAbout(lastWeek, 'tout transfert').saidOn, '2022-11');
  const en = claimsOf('The Belarusian defence ministry denied on Monday any transfer of military equipment to Russia.', 'en');
  assert.equal(claimAbout(en, 'transfer').saidOn, '2022-11-14');
});

test('a name and an aside before the verb are its subject, not a report: "Téhéran, de son côté, maintient sa ligne"', () => {
  const claims = claimsOf('Téhéran, de son côté, maintient sa ligne. L’Iran a livré des drones à la Russie, affirme la presse locale.', 'fr');
  assert.ok(!claims.some((c) => c.text.includes('de son côté')), 'no claim whose content is the subject');
  assert.equal(claimAbout(claims, 'a livré').speaker.name, 'presse locale');
});

test('"according to a report by an institute, a think tank": the institute speaks, "think" reports nothing, and "the report found" is the institute again', () => {
  const claims = claimsOf([
    'Iran has helped Russia set up a factory to build attack drones, according to a report published Tuesday by the Institute for Science and International Security, a Washington-based think tank.',
    'The report found that the plant was already producing drones for Russia.',
  ].join(' '), 'en');
  const lead = claimAbout(claims, 'set up a factory');
  assert.equal(lead.speaker.name, 'Institute for Science and International Security');
  assert.equal(prop(lead), 'produce:Iran>Russia:drones');
  assert.equal(claimAbout(claims, 'already producing').speaker.name, 'Institute for Science and International Security');
  assert.ok(!claims.some((c) => c.explanation.rules.some((r) => r.includes('(think)'))), '"think tank" is no report');
});

test('"affirme le texte" is the issuer of the statement quoted last', () => {
  const claims = claimsOf([
    'Le ministère iranien des Affaires étrangères a rejeté lundi les accusations de Kiev dans un communiqué.',
    'L’Iran « n’a jamais livré de drones à la Russie », affirme le texte.',
  ].join(' '), 'fr');
  assert.equal(claimAbout(claims, 'jamais livré').speaker.name, 'Ministry of Foreign Affairs');
});

test('a scalar "not just" / "pas seulement" adds to the claim and does not deny it', () => {
  const en = claimsOf('"Iran is not just selling drones to Russia, it is transferring the technology," David Albright said.', 'en');
  assert.equal(claimAbout(en, 'not just').stance, 'asserts');
  const fr = claimsOf('« L’Iran ne livre pas seulement des drones à la Russie, il transfère aussi la technologie », a dit David Albright.', 'fr');
  assert.equal(claimAbout(fr, 'pas seulement').stance, 'asserts');
});

test('a news outlet gets no guessed home country, so it does not "admit" what the home country is said to do', () => {
  const claims = claimsOf([
    'La Turquie a démenti mercredi avoir vendu des armes à la Russie.',
    'Le ministère turc de la Défense a répété que le pays n’avait rien livré.',
    'Selon le quotidien Financial Times, des entreprises turques auraient toutefois exporté vers la Russie des puces électroniques.',
  ].join(' '), 'fr');
  const c = claimAbout(claims, 'puces');
  assert.equal(c.speaker.name, 'Financial Times');
  assert.equal(c.speaker.affiliation, null);
  assert.equal(c.stance, 'asserts');
});

test('"le chef de la diplomatie française" is the foreign minister named before', () => {
  const claims = claimsOf([
    'Le ministre des Affaires étrangères, Jean Morel, a estimé que l’Iran livrait des missiles à la Russie.',
    'Selon le chef de la diplomatie française, ces livraisons appellent une réponse ferme.',
  ].join(' '), 'fr');
  assert.equal(claimAbout(claims, 'réponse ferme').speaker.name, 'Jean Morel');
});

test('a report right after another that says the same is one claim: "rejected the accusations, calling them propaganda"', () => {
  const en = claimsOf('Paris said Iran was sending missiles to Russia. Iran’s embassy rejected the accusations in a statement, calling them propaganda.', 'en');
  const c = claimAbout(en, 'rejected');
  assert.equal(c.text, 'rejected the accusations in a statement, calling them propaganda');
  assert.equal(en.filter((x) => x.speaker.name === 'Iran').length, 1);
  const fr = claimsOf('L’Iran livre des missiles à la Russie, selon Paris. L’ambassade d’Iran a rejeté ces accusations, les qualifiant de « propagande ».', 'fr');
  assert.equal(fr.filter((x) => x.speaker.name === 'Iran').length, 1);
});

test('"la veille", "the previous day" is the day before the article’s', () => {
  const fr = claimsOf('La veille, le secrétaire d’État américain Jane Holloway avait dénoncé les livraisons de missiles iraniens à la Russie.', 'fr');
  assert.equal(claimAbout(fr, 'livraisons').saidOn, '2022-11-19');
  const en = claimsOf('The previous day, Secretary of State Jane Holloway had condemned the deliveries of Iranian missiles to Russia.', 'en');
  assert.equal(claimAbout(en, 'deliveries').saidOn, '2022-11-19');
});

test('a plural role is several people, not the one person named with that role', () => {
  const claims = claimsOf([
    '"We condemn Iran’s export of ballistic missiles to Russia," the foreign ministers of the G7 said in a joint statement.',
    'Iran’s Foreign Minister Ali Karimi denied the accusations.',
  ].join(' '), 'en');
  assert.equal(claimAbout(claims, 'We condemn').speaker.name, 'G7');
});

test('a quote closed by "X wrote on X, calling the reports propaganda" is X’s denial', () => {
  const claims = claimsOf('Tehran dismissed the accusations. "Iran has not delivered ballistic missiles to Russia," Foreign Minister Ali Karimi wrote on X, calling the reports "ugly propaganda."', 'en');
  const c = claimAbout(claims, 'has not delivered');
  assert.equal(c.speaker.name, 'Ali Karimi');
  assert.equal(c.stance, 'denies');
  assert.equal(prop(c), 'supply:Iran>Russia:ballistic missiles');
});

test('accusations called "baseless" in quotes are denied, not admitted', () => {
  const en = claimsOf('Kyiv said Iran sold drones to Russia. Iran’s spokesman, Ali Karimi, said that the accusations were "baseless."', 'en');
  assert.equal(claimAbout(en, 'baseless').stance, 'denies');
  const fr = claimsOf('Kiev affirme que l’Iran a vendu des drones à la Russie. Le porte-parole iranien, Ali Karimi, a déclaré que ces accusations étaient « sans fondement ».', 'fr');
  assert.equal(claimAbout(fr, 'sans fondement').stance, 'denies');
});

test('the accused condemning something other than the claims ("denounced the sanctions") is no claim about the topic', () => {
  const claims = claimsOf('The State Department said that Iran had trained Russian technicians to fly the drones. Iran’s foreign ministry denounced the sanctions as illegal.', 'en');
  assert.equal(claimAbout(claims, 'sanctions').proposition, null);
});

test('"“...,” Jane Doe, the assistant secretary, told the committee": the quote is hers, the committee is who was told', () => {
  const claims = claimsOf('"We assess that Iran has transferred hundreds of missiles to Russian forces," Jane Doe, the assistant secretary of defense, told the Senate Armed Services Committee.', 'en');
  const c = claimAbout(claims, 'We assess');
  assert.equal(c.speaker.name, 'Jane Doe');
  assert.equal(c.text, 'We assess that Iran has transferred hundreds of missiles to Russian forces');
});

test('"she replied that" reports', () => {
  const claims = claimsOf('Jane Doe testified on Tuesday. Asked about North Korea, she replied that Pyongyang had sent missiles to Russia.', 'en');
  const c = claimAbout(claims, 'Pyongyang had sent');
  assert.equal(c.speaker.name, 'Jane Doe');
  assert.equal(prop(c), 'supply:North Korea>Russia:missiles');
});

test('"The department also said" is the department named before, even when the text wrote it "the U.S. Treasury"', () => {
  const claims = claimsOf([
    'The U.S. Treasury on Tuesday imposed sanctions on six companies.',
    'The department also said that Russia was preparing to produce drones with Iranian help.',
  ].join(' '), 'en');
  assert.equal(claimAbout(claims, 'preparing').speaker.name, 'Treasury Department');
});

test('a person named right after an organisation’s title-case name is a person: "... Financial Intelligence Jane Doe said"', () => {
  const claims = claimsOf('"Iran continues to provide Russia with drones," Under Secretary of the Treasury for Terrorism and Financial Intelligence Jane Doe said.', 'en');
  const c = claimAbout(claims, 'continues');
  assert.equal(c.speaker.name, 'Jane Doe');
  assert.equal(c.speaker.type, 'person');
});

test('a party stating its own action admits it only when accused of it', () => {
  const pledge = claimsOf('Le Royaume-Uni livrera à l’Ukraine plusieurs centaines de missiles, a annoncé le ministre britannique de la Défense, Paul Martin.', 'fr');
  assert.equal(claimAbout(pledge, 'livrera').stance, 'asserts');
  const accused = claimsOf([
    'Washington affirme que l’Iran a livré des drones à la Russie.',
    'Le ministre iranien des Affaires étrangères, Ali Karimi, a déclaré que l’Iran avait livré des drones à la Russie avant la guerre.',
  ].join(' '), 'fr');
  assert.equal(claimAbout(accused, 'avant la guerre').stance, 'admits');
});

test('a modal in a predicate coordinated after the event is about that predicate, not the event', () => {
  const en = claimsOf('Secretary of State Jane Doe said Russia had received missiles from Iran and would likely use them within weeks.', 'en');
  assert.equal(claimAbout(en, 'had received').stance, 'asserts');
  const fr = claimsOf('Selon Paris, la Russie a reçu des drones de l’Iran et pourrait les utiliser bientôt.', 'fr');
  assert.equal(claimAbout(fr, 'a reçu').stance, 'asserts');
  const hedged = claimsOf('Secretary of State Jane Doe said Russia could receive missiles from Iran and use them within weeks.', 'en');
  assert.equal(claimAbout(hedged, 'could receive').stance, 'speculates');
});

test('"vont probablement être déployés" is planned; "jugeant ces accusations « sans fondement »" denies', () => {
  const planned = claimsOf('Selon Séoul, des soldats nord-coréens vont probablement être déployés en Russie.', 'fr');
  assert.equal(claimAbout(planned, 'déployés').proposition?.mode, 'planned');
  const judged = claimsOf('Selon Séoul, des soldats nord-coréens sont déployés en Russie. Le porte-parole du Kremlin, Ivan Petrov, a réagi jeudi, jugeant ces accusations « sans fondement ».', 'fr');
  assert.equal(claimAbout(judged, 'sans fondement').stance, 'denies');
});

test('an interview with no labels: the guest its introduction presents says the answers', () => {
  const claims = claimsOf([
    '« Pyongyang est devenu l’arsenal de Moscou »',
    'Entretien publié le 5 février 2024',
    'Chercheuse à l’Institut, Jeanne Roux analyse la coopération militaire entre les deux pays.',
    'Que sait-on des livraisons ?',
    'Il est désormais établi que la Corée du Nord a fourni des obus d’artillerie à la Russie.',
    'Et les missiles ?',
    'Nous n’avons pas de preuve de livraisons de missiles balistiques.',
  ].join('\n\n'), 'fr', null);
  const shells = claimAbout(claims, 'obus');
  assert.equal(shells.speaker.name, 'Jeanne Roux');
  assert.equal(prop(shells), 'supply:North Korea>Russia:ammunition');
  assert.equal(claimAbout(claims, 'pas de preuve').speaker.name, 'Jeanne Roux');
  assert.equal(claimAbout(claims, 'pas de preuve').stance, 'no_evidence');
});

test('"the spokesperson, Jane Doe, said" after a quote: the name in apposition speaks', () => {
  const claims = claimsOf('"These claims are baseless," the spokesperson, Jane Doe, said.', 'en');
  const c = claimAbout(claims, 'baseless');
  assert.equal(c.speaker.name, 'Jane Doe');
  assert.equal(c.stance, 'denies');
});

test('official statements: "The Ministry" again is the ministry named before; "allegations, repeated ..., that P" is P', () => {
  const claims = claimsOf([
    'The Ministry of Foreign Affairs rejects the allegations, repeated by several capitals, that Iran has transferred missiles to Russia.',
    'The Ministry reiterates that Iran has never sent drones to Russia.',
  ].join(' '), 'en');
  const rejected = claimAbout(claims, 'transferred');
  assert.equal(rejected.text, 'Iran has transferred missiles to Russia');
  assert.equal(rejected.stance, 'denies');
  const reiterated = claimAbout(claims, 'never sent');
  assert.equal(reiterated.speaker.name, 'Ministry of Foreign Affairs');
  assert.equal(prop(reiterated), 'supply:Iran>Russia:drones');
  const fr = claimsOf('Téhéran a rejeté les accusations, relayées par la presse, selon lesquelles l’Iran aurait livré des drones à la Russie.', 'fr');
  assert.equal(claimAbout(fr, 'aurait livré').text, 'l’Iran aurait livré des drones à la Russie');
});

test('"it said", "which it said": an organisation or country that spoke last', () => {
  const trailing = claimsOf('Russia denied the reports. "These reports are false," it said.', 'en');
  assert.equal(claimAbout(trailing, 'are false').speaker.name, 'Russia');
  const relative = claimsOf('The Foreign Ministry of Iran rejected the reports. It urged Washington to stop arming Ukraine, which it said was prolonging the war.', 'en');
  assert.equal(claimAbout(relative, 'prolonging').speaker.name, 'Ministry of Foreign Affairs');
});

test('calling claims part of a disinformation campaign denies them', () => {
  const en = claimsOf('Washington says Iran sent drones to Russia. "These claims are part of a coordinated campaign of disinformation," Iran’s foreign minister said.', 'en');
  assert.equal(claimAbout(en, 'disinformation').stance, 'denies');
  const fr = claimsOf('Washington affirme que l’Iran a livré des drones à la Russie. « Ces accusations font partie d’une vaste campagne de désinformation », a déclaré le ministre iranien des Affaires étrangères.', 'fr');
  assert.equal(claimAbout(fr, 'désinformation').stance, 'denies');
  // Propaganda the speaker worries about calls no claim false.
  assert.ok(!languagePack('en').claims.calledFalse.test('he was worried about Russian propaganda'));
});

test('"ne resteraient pas sans conséquences", "not without consequences" negate nothing', () => {
  const fr = claimsOf('Selon Kiev, la Turquie a livré des drones à l’Ukraine. Le porte-parole du Kremlin, Ivan Petrov, a averti que ces livraisons « ne resteraient pas sans conséquences ».', 'fr');
  assert.equal(claimAbout(fr, 'conséquences').stance, 'asserts');
  const en = claimsOf('Kyiv says Turkey delivered drones to Ukraine. Kremlin spokesman Ivan Petrov warned that the deliveries would not be without consequences.', 'en');
  assert.equal(claimAbout(en, 'consequences').stance, 'asserts');
});

test('a coordinated accusation is a report of its own by the same speaker: "a averti que P et accusé X de Q"', () => {
  const fr = claimsOf('Le porte-parole du Kremlin, Ivan Petrov, a averti que ces livraisons auraient des conséquences et accusé Ankara d’alimenter le conflit.', 'fr');
  assert.equal(claimAbout(fr, 'auraient des conséquences').text, 'ces livraisons auraient des conséquences');
  assert.equal(claimAbout(fr, 'alimenter').speaker.name, 'Ivan Petrov');
  const en = claimsOf('Kremlin spokesman Ivan Petrov warned that the deliveries would continue and accused Ankara of arming Ukraine.', 'en');
  assert.equal(claimAbout(en, 'would continue').text, 'the deliveries would continue');
  const accusation = claimAbout(en, 'arming');
  assert.equal(accusation.speaker.name, 'Ivan Petrov');
  assert.equal(prop(accusation), 'supply:Turkey>Ukraine:weapons');
});

test('"are supplying" is progressive, not passive: its demonym subject supplies', () => {
  const claims = claimsOf('Chinese companies are supplying Russia with microelectronics that Moscow uses to build missiles, a senior official said.', 'en');
  assert.equal(prop(claimAbout(claims, 'supplying')), 'supply:China>Russia:technology');
});

test('a counterpart takes the country of its demonym: "Son homologue nord-coréen, Kim Chol"', () => {
  const claims = claimsOf('Le représentant russe a démenti. Son homologue nord-coréen, Kim Chol, a lui aussi démenti tout transfert d’armes.', 'fr');
  assert.equal(claimAbout(claims, 'transfert', 'Kim Chol').speaker.affiliation, 'North Korea');
});

test('"a realistic possibility that" speculates', () => {
  const claims = claimsOf('The ministry of defence said there was a realistic possibility that Iran would send missiles to Russia.', 'en');
  assert.equal(claimAbout(claims, 'realistic').stance, 'speculates');
});

test('a date right after the reporting verb is when it was said, not what: "said on Thursday the drones were", "said Thursday it had"', () => {
  const claims = claimsOf('Kremlin spokesman Ivan Petrov said on Thursday the drones were Russian-made and that Moscow had no knowledge of any Iranian involvement.', 'en');
  assert.equal(claimAbout(claims, 'Russian-made').text, 'the drones were Russian-made');
  assert.equal(claimAbout(claims, 'no knowledge').stance, 'no_evidence');
  const bare = claimsOf('The White House said Thursday it had evidence that Iranian personnel were in Crimea.', 'en');
  assert.equal(claimAbout(bare, 'evidence').text, 'it had evidence that Iranian personnel were in Crimea');
  assert.equal(claimAbout(bare, 'evidence').saidOn, '2022-11-17');
});

test('", as Tehran again denied ...": the clause after "as" has a subject of its own', () => {
  const claims = claimsOf('Ukrainian officials displayed the wreckage of what they said were Iranian drones, as Tehran again denied arming Moscow.', 'en');
  assert.equal(claimAbout(claims, 'arming').speaker.name, 'Iran');
  assert.equal(claimAbout(claims, 'Iranian drones').text, 'were Iranian drones');
});

test('in an interview turn, an impersonal lack of evidence and "nous n’en avons pas la preuve" are the guest’s', () => {
  const claims = claimsOf([
    'Entretien. Spécialiste de la Corée, Jeanne Roux analyse la situation.',
    'Question : Que sait-on des livraisons ?',
    'Jeanne Roux : Il est établi que Pyongyang a livré des obus à la Russie. En revanche, rien ne prouve que des soldats nord-coréens combattent en Russie.',
    'Question : Et les missiles ?',
    'Jeanne Roux : Des missiles balistiques KN-23 ont été utilisés contre l’Ukraine. Mais nous n’en avons pas la preuve.',
  ].join('\n\n'), 'fr', null);
  const soldiers = claimAbout(claims, 'rien ne prouve');
  assert.deepEqual(reading(soldiers), ['Jeanne Roux', 'no_evidence', 'deploy:North Korea>Russia:personnel']);
  // The target of the missiles is no party: the clause is about the topic's supply.
  assert.equal(prop(claimAbout(claims, 'KN-23')), 'supply:North Korea>Russia:ballistic missiles');
  assert.equal(claimAbout(claims, 'pas la preuve').stance, 'no_evidence');
});

test('"aware of the reports but could not verify them" lacks evidence; a stated event keeps its assertion', () => {
  const unverified = claimsOf('Seoul says North Korea shipped shells to Russia. A NATO official said the alliance was aware of the reports but could not verify them.', 'en');
  assert.equal(claimAbout(unverified, 'aware').stance, 'no_evidence');
  const fr = claimsOf('Séoul affirme que Pyongyang a livré des obus à la Russie. Un responsable de l’OTAN a dit avoir connaissance de ces informations mais n’a pas pu les confirmer.', 'fr');
  assert.equal(claimAbout(fr, 'connaissance').stance, 'no_evidence');
  const stated = claimsOf('The official said Iran had sent drones to Russia, but could not confirm how many.', 'en');
  assert.equal(claimAbout(stated, 'had sent').stance, 'asserts');
});

test('calling reports "absurd" in quotes or "a lie" denies; "rejected that report, calling it ..." is one denial', () => {
  const absurd = claimsOf('Seoul says North Korea shipped shells to Russia. North Korea has previously called such reports "absurd."', 'en');
  assert.equal(claimAbout(absurd, 'absurd').stance, 'denies');
  const lie = claimsOf('Washington says Iran sent drones to Russia. "That is a lie," the Iranian foreign minister said.', 'en');
  assert.equal(claimAbout(lie, 'lie').stance, 'denies');
  const rejected = claimsOf('Kyiv said Tehran had delivered shells to Russia. Iran’s foreign ministry rejected that report, calling it "baseless propaganda".', 'en');
  const denial = claimAbout(rejected, 'rejected');
  assert.equal(denial.text, 'rejected that report, calling it "baseless propaganda');
  assert.equal(prop(denial), 'supply:Iran>Russia:ammunition');
  const called = claimsOf('Kyiv says Iran sent drones to Russia. The Russian envoy rejected what he called "unfounded allegations".', 'en');
  assert.equal(called.filter((c) => c.speaker.name === 'Russia').length, 1);
});

test('"Pour X, chercheur associé au CNRS, P": the apposition is the source’s', () => {
  const claims = claimsOf('Pour l’expert militaire Paul Martin, chercheur associé au CNRS, la Russie pourrait fabriquer elle-même des drones.', 'fr');
  assert.equal(claimAbout(claims, 'fabriquer').text, 'la Russie pourrait fabriquer elle-même des drones');
});

test('saying the recipient made the items itself denies the supply: "the drones were Russian-made", « de fabrication russe »', () => {
  const en = claimsOf('Kyiv says Iran sent drones to Russia. Kremlin spokesman Ivan Petrov said the drones were Russian-made.', 'en');
  const made = claimAbout(en, 'Russian-made');
  assert.deepEqual(stanceOn(made), ['denies', 'supply:Iran>Russia:drones']);
  const fr = claimsOf('Kiev affirme que l’Iran a livré des drones à la Russie. Le Kremlin a assuré que ces drones étaient de fabrication russe.', 'fr');
  assert.equal(claimAbout(fr, 'fabrication russe').stance, 'denies');
  // Made by the supplier, the items bear the claim out.
  const supplier = claimsOf('Kyiv says Iran sent drones to Russia. Kyiv said the drones were Iranian-made.', 'en');
  assert.equal(claimAbout(supplier, 'Iranian-made').stance, 'asserts');
});

test('saying the items were made in the recipient’s country denies the supply: "were made in Russia", « fabriqués en Russie »', () => {
  const en = claimsOf('Kyiv says Iran sent drones to Russia. Kremlin spokesman Ivan Petrov said the drones were made in Russia.', 'en');
  const made = claimAbout(en, 'made in Russia');
  assert.deepEqual(stanceOn(made), ['denies', 'supply:Iran>Russia:drones']);
  const fr = claimAbout(claimsOf('Kiev affirme que l’Iran a livré des drones à la Russie. Le Kremlin a assuré que ces drones avaient été fabriqués en Russie.', 'fr'), 'fabriqués');
  assert.deepEqual(stanceOn(fr), ['denies', 'supply:Iran>Russia:drones']);
  // Made in the supplier's country, they bear the claim out, as a supply and not as some production of Kyiv's.
  const supplier = claimAbout(claimsOf('Kiev affirme que l’Iran a livré des drones à la Russie. Kiev assure que ces drones ont été fabriqués en Iran.', 'fr'), 'fabriqués');
  assert.deepEqual(stanceOn(supplier), ['asserts', 'supply:Iran>Russia:drones']);
});

test('saying the items a party is trained on were made at home denies they were supplied: "Iran trained Russian troops to fly drones ... the drones were made in Russia"', () => {
  const en = claimAbout(claimsOf('Kyiv says Iran trained Russian troops to fly drones. Kremlin spokesman Ivan Petrov said the drones used by Russian forces were made in Russia.', 'en'), 'made in Russia');
  assert.deepEqual(stanceOn(en), ['denies', 'supply:Iran>Russia:drones']);
  const fr = claimAbout(claimsOf('Kiev affirme que l’Iran a formé des soldats russes au pilotage de drones. Le Kremlin a assuré que les drones utilisés par l’armée russe étaient fabriqués en Russie.', 'fr'), 'fabriqués');
  assert.deepEqual(stanceOn(fr), ['denies', 'supply:Iran>Russia:drones']);
  // Trainees are no items: the training itself is not answered so.
  const trainees = claimAbout(claimsOf('Kyiv says Iran trained Russian troops. Kremlin spokesman Ivan Petrov said the drones used by Russian forces were made in Russia.', 'en'), 'made in Russia');
  assert.notEqual(trainees.stance, 'denies');
});

test('who believes takes no part in what it believes, "that" or not: "The United States believes the missiles may have been assembled in Syria, a spokesperson said"', () => {
  const en = claimAbout(claimsOf('Israel says Iran has smuggled missiles to Hezbollah. The United States believes some of the missiles may have been assembled in Syria, a State Department spokesperson said.', 'en'), 'assembled');
  assert.equal(en.stance, 'speculates');
  assert.ok(!JSON.stringify(en.proposition).includes('United States'), JSON.stringify(en.proposition));
  // The subject of the belief still is the actor when it is what the belief is about.
  const own = claimAbout(claimsOf('The United States believes Iran sent missiles to Russia, a State Department spokesperson said.', 'en'), 'believes');
  assert.equal(prop(own), 'supply:Iran>Russia:missiles');
});

test('"possible" speculates behind a quote mark or a degree of several words: it was "entirely possible" that, « tout à fait possible »', () => {
  const en = claimAbout(claimsOf('A Pentagon spokesman said it was "entirely possible" that Iran would send ballistic missiles to Russia.', 'en'), 'Iran would send');
  assert.equal(en.stance, 'speculates');
  const fr = claimAbout(claimsOf('Pour le porte-parole du Pentagone, il est « tout à fait possible » que l’Iran livre des missiles balistiques à la Russie.', 'fr'), 'livre des missiles');
  assert.equal(fr.stance, 'speculates');
  const bare = claimAbout(claimsOf('Pour le porte-parole du Pentagone, il est tout à fait possible que l’Iran livre des missiles balistiques à la Russie.', 'fr'), 'livre des missiles');
  assert.equal(bare.stance, 'speculates');
});

test('a date in a relative clause set off before the verb dates that clause, not the report, unless it tells the speaking', () => {
  const published = '2023-11-28';
  const en = claimAbout(claimsOf('The United States, which seized a ship carrying missile parts in January, says Iran remains the main supplier of weapons to the Houthis.', 'en', published), 'main supplier');
  assert.equal(en.saidOn, '2023-11-28');
  const fr = claimAbout(claimsOf('Les États-Unis, qui disent avoir saisi en janvier un navire transportant des composants de missiles, estiment que l’Iran reste le principal fournisseur d’armes des Houthis.', 'fr', published), 'principal fournisseur');
  assert.equal(fr.saidOn, '2023-11-28');
  const speaking = claimAbout(claimsOf('The minister, who was speaking in Brussels on Monday, said Iran sent drones to Russia.', 'en', published), 'Iran sent');
  assert.equal(speaking.saidOn, '2023-11-27');
  const parlant = claimAbout(claimsOf('Le ministre, qui s’exprimait lundi à Bruxelles, a affirmé que l’Iran livrait des drones à la Russie.', 'fr', published), 'livrait');
  assert.equal(parlant.saidOn, '2023-11-27');
});

test('recipients left indefinite are nobody the topic names: "accused Iran of supplying weapons to militant groups", « à des groupes armés »', () => {
  const en = claimAbout(claimsOf('Ukraine says Iran sent drones to Russia. Israel has long accused Iran of supplying weapons to militant groups.', 'en'), 'militant groups');
  assert.equal(en.proposition?.recipient ?? null, null);
  const fr = claimAbout(claimsOf('L’Ukraine affirme que l’Iran a livré des drones à la Russie. Israël accuse depuis longtemps l’Iran de fournir des armes à des groupes armés.', 'fr'), 'groupes armés');
  assert.equal(fr.proposition?.recipient ?? null, null);
  // A definite one may be the topic's.
  const partners = claimAbout(claimsOf('Serbia denies that its shells reach Ukraine. He added that Serbian companies sold ammunition to "reliable partners".', 'en'), 'reliable partners');
  assert.equal(partners.proposition?.recipient ?? null, null);
  const partenaires = claimAbout(claimsOf('La Serbie dément que ses obus arrivent en Ukraine. Il a ajouté que les entreprises serbes vendaient des munitions à des « partenaires fiables ».', 'fr'), 'partenaires');
  assert.equal(partenaires.proposition?.recipient ?? null, null);
  const definite = claimAbout(claimsOf('Ukraine says Iran sent drones to Russian forces. Kyiv accused Iran of supplying more drones to the aggressor.', 'en'), 'aggressor');
  assert.equal(prop(definite), 'supply:Iran>Russia:drones');
});

test('where troops fight is not whom they are sent to: "no evidence that North Korean troops were fighting in Ukraine", « combattent en Ukraine », « envoyer ses soldats combattre en Ukraine »', () => {
  const sent = claimAbout(claimsOf('La Russie affirme que la Biélorussie lui livre des obus. La Biélorussie a assuré qu’elle n’enverrait pas ses propres soldats combattre en Ukraine.', 'fr'), 'combattre');
  assert.equal(prop(sent), 'deploy:Belarus>Russia:personnel');
  const fight = claimAbout(claimsOf('Belarus insisted that it had no plans to send its own troops to fight in Ukraine.', 'en'), 'fight');
  assert.equal(fight.proposition?.recipient ?? null, null);
  const en = claimAbout(claimsOf('South Korea’s spy agency said Pyongyang was sending engineers to Russia. The agency said it had no evidence that North Korean troops were fighting in Ukraine.', 'en'), 'fighting');
  assert.deepEqual(stanceOn(en), ['no_evidence', 'deploy:North Korea>Russia:personnel']);
  const fr = claimAbout(claimsOf('Le renseignement sud-coréen affirme que Pyongyang envoie des ingénieurs en Russie. Il n’a aucune preuve que des soldats nord-coréens combattent en Ukraine.', 'fr'), 'combattent');
  assert.deepEqual(stanceOn(fr), ['no_evidence', 'deploy:North Korea>Russia:personnel']);
});

test('calling the claims fiction denies them: Pyongyang called it "fiction", « pure fiction », a dénoncé une « fiction »', () => {
  const en = claimAbout(claimsOf('Kyiv says North Korea sent shells to Russia. Pyongyang called it "fiction".', 'en'), 'fiction');
  assert.deepEqual(stanceOn(en), ['denies', 'supply:North Korea>Russia:ammunition']);
  const qualified = claimAbout(claimsOf('Kiev affirme que la Corée du Nord livre des obus à la Russie. Pyongyang a qualifié ces accusations de « pure fiction ».', 'fr'), 'fiction');
  assert.equal(qualified.stance, 'denies');
  const denounced = claimAbout(claimsOf('Kiev affirme que la Corée du Nord livre des obus à la Russie. Pyongyang a dénoncé une « fiction ».', 'fr'), 'fiction');
  assert.equal(denounced.stance, 'denies');
});

test('who the text says uses the items received them, not a place named before: « se sont rencontrés à Oman pour examiner ... l’utilisation de drones iraniens par la Russie »', () => {
  const fr = claimAbout(claimsOf('Des experts ukrainiens et iraniens se sont rencontrés à Oman pour examiner les preuves de l’utilisation de drones iraniens par la Russie, a annoncé vendredi la diplomatie ukrainienne.', 'fr'), 'rencontrés');
  assert.equal(prop(fr), 'supply:Iran>Russia:drones');
  const en = claimAbout(claimsOf('Ukrainian and Iranian experts met in Oman to examine evidence of the use of Iranian drones by Russia, Ukraine’s foreign ministry said.', 'en'), 'met in Oman');
  assert.equal(prop(en), 'supply:Iran>Russia:drones');
});

test('an adverb inside a passive verb group keeps it passive: "Russian soldiers have also been trained in Iran", « ont aussi été formés en Iran »', () => {
  const en = claimAbout(claimsOf('Washington says Iran sent ballistic missiles to Russia. According to diplomatic sources, Russian soldiers have also been trained in Iran.', 'en'), 'trained');
  assert.equal(prop(en), 'train:Iran>Russia:ballistic missiles');
  const fr = claimAbout(claimsOf('Washington affirme que l’Iran a livré des missiles balistiques à la Russie. Selon des sources diplomatiques, des militaires russes ont aussi été formés en Iran.', 'fr'), 'formés');
  assert.equal(prop(fr), 'train:Iran>Russia:ballistic missiles');
});

test('the question opening a sentence names what the answer is about: "Asked about the drones, he repeated that Tehran had sent only a small number", « Interrogé sur les drones »', () => {
  const en = claimAbout(claimsOf('Washington says Iran sent ballistic missiles to Russia. Asked about the drones, the Iranian minister repeated that Tehran had sent only a small number before the war.', 'en'), 'small number');
  assert.equal(prop(en), 'supply:Iran>Russia:drones');
  const fr = claimAbout(claimsOf('Washington affirme que l’Iran a livré des missiles balistiques à la Russie. Interrogé sur les drones, le ministre iranien a répété que Téhéran n’en avait envoyé qu’un « petit nombre ».', 'fr'), 'petit nombre');
  assert.equal(prop(fr), 'supply:Iran>Russia:drones');
});

test('a document’s author after its participle is the source, and a source may have capitalised qualifiers: "A report published last week by a Balkan investigative network said"', () => {
  const en = claimAbout(claimsOf('A report published last week by a Balkan investigative network said that Serbian shells had reached Ukraine.', 'en'), 'Serbian shells');
  assert.deepEqual([en.speaker.name, prop(en)], ['Balkan investigative network', 'supply:Serbia>Ukraine:ammunition']);
  const group = claimAbout(claimsOf('A European group said that Iran had sent drones to Russia.', 'en'), 'Iran had sent');
  assert.equal(group.speaker.name, 'European group');
  const unsigned = claimAbout(claimsOf('A report published last week said that Serbian shells had reached Ukraine.', 'en'), 'Serbian shells');
  assert.equal(unsigned.speaker.name, 'report');
  const fr = claimAbout(claimsOf('Un rapport publié mardi par un réseau balkanique affirme que des obus serbes sont arrivés en Ukraine.', 'fr'), 'obus serbes');
  assert.equal(fr.speaker.name, 'réseau balkanique');
});

test('"the ministry" after a possessive one spoke is that ministry as it spoke: "its foreign ministry said ... the ministry said", « son ministère ... le ministère »', () => {
  const en = claimAbout(claimsOf('Belarus has agreed to host Russian nuclear weapons, its foreign ministry said on Tuesday. "Belarus will not take part in this war," the ministry said in a statement.', 'en'), 'take part');
  assert.deepEqual(en.speaker, { name: 'Ministry of Foreign Affairs', type: 'organization', affiliation: 'Belarus' });
  const fr = claimAbout(claimsOf('La Biélorussie accueillera des armes nucléaires russes, a annoncé mardi son ministère des Affaires étrangères. « La Biélorussie ne participera pas à cette guerre », a ajouté le ministère dans un communiqué.', 'fr'), 'participera');
  assert.equal(fr.speaker.affiliation, 'Belarus');
});

test('a national security council’s secretary is an official of the country, not of the UN: "Ukraine’s Security Council secretary, X", « le secrétaire du Conseil de sécurité ukrainien »', () => {
  const en = claimAbout(claimsOf('Ukraine’s Security Council secretary, Oleksiy Danylov, said Iran was sending drones to Russia.', 'en'), 'sending');
  assert.deepEqual([en.speaker.affiliation, en.speaker.role], ['Ukraine', 'security council secretary']);
  const fr = claimAbout(claimsOf('Le secrétaire du Conseil de sécurité ukrainien, Oleksiï Danilov, a affirmé que l’Iran livrait des drones à la Russie.', 'fr'), 'livrait');
  assert.deepEqual([fr.speaker.affiliation, fr.speaker.role], ['Ukraine', 'security council secretary']);
});

test('figures with a possessive are whoever spoke last: "According to its estimates", « À en croire ses estimations »', () => {
  const en = claimAbout(claimsOf('According to South Korea’s intelligence service, ten ships loaded with ammunition left Rajin. According to its estimates, North Korea could also send missiles to Moscow.', 'en'), 'could also send');
  assert.deepEqual([en.speaker.name, en.speaker.affiliation], ['Intelligence services', 'South Korea']);
  const fr = claimAbout(claimsOf('D’après le service national de renseignement sud-coréen, dix navires chargés de munitions ont quitté le port de Rajin. À en croire ses estimations, la Corée du Nord pourrait aussi envoyer des missiles à Moscou.', 'fr'), 'pourrait aussi');
  assert.deepEqual([fr.speaker.name, fr.speaker.affiliation], ['Intelligence services', 'South Korea']);
});

test('weapons of another country stationed on one’s territory come from that country: "Belarus has agreed to station Russian nuclear weapons on its territory"', () => {
  const en = claimAbout(claimsOf('Belarus has agreed to station Russian tactical nuclear weapons on its territory, its foreign ministry said.', 'en'), 'station');
  assert.equal(prop(en), 'deploy:Russia>Belarus:weapons');
  const fr = claimAbout(claimsOf('La Biélorussie a accepté de déployer des armes nucléaires tactiques russes sur son territoire, a indiqué son ministère des Affaires étrangères.', 'fr'), 'déployer');
  assert.equal(prop(fr), 'deploy:Russia>Belarus:weapons');
});

test('« celle-ci » before what is said of it stands for the claim: « mais celle-ci ne correspond pas à la réalité »', () => {
  const fr = claimAbout(claimsOf('Séoul affirme que Pyongyang a envoyé des soldats en Russie. « Il y a beaucoup d’informations contradictoires, mais celle-ci ne correspond pas à la réalité », a déclaré le porte-parole du Kremlin.', 'fr'), 'celle-ci');
  assert.deepEqual(stanceOn(fr), ['denies', 'deploy:North Korea>Russia:personnel']);
});

test('an inverted named source may be followed by where it spoke: « a déclaré le Pentagone dans un communiqué »', () => {
  const fr = claimAbout(claimsOf('La Corée du Nord a envoyé des soldats en Russie, a déclaré le Pentagone dans un communiqué.', 'fr'), 'soldats');
  assert.deepEqual([fr.speaker.name, prop(fr)], ['Pentagon', 'deploy:North Korea>Russia:personnel']);
  const acronym = claimAbout(claimsOf('La Corée du Nord a envoyé des soldats en Russie, a précisé le NIS dans un communiqué.', 'fr'), 'soldats');
  assert.equal(acronym.speaker.name, 'National Intelligence Service');
});

test('a bare accusation makes the one the text is about: "Kyiv accuses, Tehran denies", « Kiev accuse, Téhéran dément »', () => {
  const en = claimsOf('Iranian drones: Kyiv accuses, Tehran denies\n\nIran has delivered drones to Russia, Kyiv said.', 'en');
  assert.deepEqual([claimAbout(en, 'accuses').speaker.name, claimAbout(en, 'accuses').stance, prop(claimAbout(en, 'accuses'))], ['Ukraine', 'asserts', 'supply:Iran>Russia:drones']);
  const fr = claimsOf('Drones iraniens : Kiev accuse, Téhéran dément\n\nL’Iran a livré des drones à la Russie, a affirmé Kiev.', 'fr');
  assert.deepEqual([claimAbout(fr, 'accuse').speaker.name, prop(claimAbout(fr, 'accuse'))], ['Ukraine', 'supply:Iran>Russia:drones']);
});

test('a source named by two nouns joined by "of", « de » is a source: "A commission of inquiry said", « Une commission d’enquête affirme »', () => {
  const en = claimAbout(claimsOf('A commission of inquiry said that Iran delivered drones to Russia.', 'en'), 'delivered');
  assert.deepEqual([en.speaker.name, prop(en)], ['commission of inquiry', 'supply:Iran>Russia:drones']);
  const fr = claimAbout(claimsOf('Une commission d’enquête affirme que l’Iran a livré des drones à la Russie.', 'fr'), 'livré');
  assert.equal(fr.speaker.name, 'commission d’enquête');
});

test('people known by their demonym receive for their country: "to Russian troops", « aux troupes russes »', () => {
  const en = claimsOf('Kyiv said Iran delivered drones to Russian troops.', 'en');
  assert.equal(prop(claimAbout(en, 'Russian troops')), 'supply:Iran>Russia:drones');
  const fr = claimsOf('Kiev affirme que l’Iran a livré des drones aux troupes russes.', 'fr');
  assert.equal(prop(claimAbout(fr, 'troupes russes')), 'supply:Iran>Russia:drones');
});

test('French "a rétorqué que" reports, and an aside before an elided verb keeps the content going', () => {
  const claims = claimsOf([
    'Selon Washington, Pyongyang a livré des missiles balistiques à Moscou.',
    'Son homologue russe a rétorqué que ces accusations étaient « dénuées de tout fondement » et relevaient de la propagande occidentale.',
    'La Fédération de Russie, a-t-il poursuivi, n’a acheté aucune arme à la Corée du Nord.',
  ].join(' '), 'fr');
  const retort = claimAbout(claims, 'dénuées de tout fondement');
  assert.equal(retort.speaker.name, 'Russia');
  assert.equal(retort.stance, 'denies');
  // The West named in the verdict after the copula takes no part: the denial is about the topic.
  assert.equal(prop(retort), 'supply:North Korea>Russia:ballistic missiles');
  const aside = claimAbout(claims, 'n’a acheté aucune arme');
  assert.equal(aside.speaker.name, 'Russia');
  assert.ok(aside.text.startsWith('La Fédération de Russie'), aside.text);
  assert.equal(aside.stance, 'denies');
  assert.equal(prop(aside), 'supply:North Korea>Russia:weapons');
});

test('English "countered that" reports', () => {
  const c = claimAbout(claimsOf('Moscow countered that Russia had received no drones from Iran.', 'en'), 'received no drones');
  assert.equal(c.speaker.name, 'Russia');
  assert.equal(c.stance, 'denies');
  assert.equal(prop(c), 'supply:Iran>Russia:drones');
});

test('"il" after the sentence\'s own subject and verb is that subject, and a report inside a relative clause reports the clause', () => {
  const claims = claimsOf([
    'La représentante des États-Unis a dénoncé une violation flagrante des résolutions.',
    'Le délégué de l’Ukraine a présenté des débris qui, a-t-il assuré, prouvent l’origine nord-coréenne des missiles.',
  ].join(' '), 'fr');
  const c = claimAbout(claims, 'prouvent');
  assert.equal(c.speaker.name, 'Ukraine');
  assert.equal(c.text, 'qui, a-t-il assuré, prouvent l’origine nord-coréenne des missiles');
});

test('"Asked by Senator X whether ..., she replied" still goes to the last speaker: the sentence opens with no subject', () => {
  const claims = claimsOf([
    '"Iran has sent missiles to Russia," Jane Moreau, the assistant secretary of defense, told the committee.',
    'Asked by Senator Paul Kerrigan whether North Korea was also supplying missiles, she replied that Pyongyang had sent dozens of missiles to Russia.',
  ].join(' '), 'en');
  assert.equal(claimAbout(claims, 'Pyongyang had sent').speaker.name, 'Jane Moreau');
});

test('An absolute construction ("son représentant jugeant que") speaks for the main clause\'s subject', () => {
  const claims = claimsOf([
    'Le représentant de la France a estimé que ces transferts constituaient une violation.',
    'La Chine a quant à elle appelé à la retenue, son représentant jugeant qu’il n’existait pas de preuves concluantes à ce stade.',
  ].join(' '), 'fr');
  const c = claimAbout(claims, 'pas de preuves concluantes');
  assert.equal(c.speaker.name, 'China');
  assert.equal(c.stance, 'no_evidence');
});

test('English: a straight quote closing "called the reports "groundless"" opens no quote; a possessor makes "state" a noun', () => {
  const claims = claimsOf([
    'Seoul said North Korea had sent shells to Russia.',
    'Pyongyang\'s state news agency KCNA called the reports "groundless".',
  ].join(' '), 'en');
  const c = claimAbout(claims, 'groundless');
  assert.equal(c.speaker.name, 'KCNA');
  assert.equal(c.speaker.affiliation, 'North Korea');
  assert.equal(c.stance, 'denies');
  assert.equal(prop(c), 'supply:North Korea>Russia:ammunition');
  assert.ok(!claims.some((claim) => claim.text.includes('state news agency')), 'no claim made of the subject');
});

test('English ", a charge Pyongyang denied": the subject of the reduced relative speaks', () => {
  const claims = claimsOf('The White House had said North Korea was secretly supplying artillery to the Wagner group, a charge Pyongyang denied at the time.', 'en');
  const c = claimAbout(claims, 'denied at the time');
  assert.equal(c.speaker.name, 'North Korea');
  assert.equal(c.stance, 'denies');
});

test('"quoted X as saying": X speaks, not the outlet or the person quoting', () => {
  const before = claimsOf('Interfax quoted Kremlin spokesman Ivan Sorokin as saying that Russia had not received any drones from Iran.', 'en');
  const c = claimAbout(before, 'had not received');
  assert.equal(c.speaker.name, 'Ivan Sorokin');
  assert.equal(c.stance, 'denies');
  const trailing = claimsOf('The shells were shipped by sea, the National Intelligence Service said. "More will follow," lawmaker Park Ji-ho quoted the agency as saying.', 'en');
  assert.equal(claimAbout(trailing, 'More will follow').speaker.name, 'National Intelligence Service');
});

test('English "no" right after an event verb negates it, "no doubt" does not', () => {
  assert.equal(claimAbout(claimsOf('Moscow had received no drones from Iran, Ivan Sorokin said.', 'en'), 'received no').stance, 'denies');
  assert.equal(claimAbout(claimsOf('There is no doubt that Iran sent drones to Russia, Ivan Sorokin said.', 'en'), 'no doubt').stance, 'asserts');
});

test('A relative clause closing an "according to" source is the source\'s, not a content', () => {
  const claims = claimsOf('The shells were shipped by sea, the agency said in a briefing, according to lawmaker Park Ji-ho, who spoke to reporters after the session.', 'en');
  assert.ok(!claims.some((c) => c.text.includes('spoke to reporters')), claims.map((c) => c.text).join(' | '));
});

test('"denied it and called the report “groundless”" is one denial', () => {
  const claims = claimsOf('The Kremlin spokesman said on Wednesday that Russia had not received any munitions from North Korea and called the report "groundless".', 'en');
  assert.equal(claims.length, 1);
  assert.ok(claims[0].text.endsWith('groundless'), claims[0].text);
  assert.equal(claims[0].stance, 'denies');
});

test('Personnel of an institution, and personnel "in" a country, are deployed there', () => {
  const fr = claimAbout(claimsOf('Selon Kiev, des instructeurs des Gardiens de la révolution sont arrivés à Minsk.', 'fr'), 'instructeurs');
  assert.equal(prop(fr), 'deploy:Iran>Belarus:personnel');
  const en = claimAbout(claimsOf('Kyiv said trainers from the Revolutionary Guards were in Belarus.', 'en'), 'trainers');
  assert.equal(prop(en), 'deploy:Iran>Belarus:personnel');
  // Items "in" a country are not received by it.
  assert.equal(claimAbout(claimsOf('Kyiv said Iranian drones were used in Ukraine.', 'en'), 'drones').proposition, null);
});

test('"without confirming", "sans confirmer" report nothing; a hypothetical ("any such deployment would be") speculates, it admits nothing', () => {
  const en = claimsOf([
    'Seoul said North Korea had sent troops to Russia.',
    'North Korea’s deputy foreign minister said that any such deployment would be "in line with international law", without confirming it had taken place.',
  ].join(' '), 'en');
  assert.ok(!en.some((c) => c.text.startsWith('it had taken place')), en.map((c) => c.text).join(' | '));
  const hypothetical = claimAbout(en, 'any such deployment');
  assert.equal(hypothetical.speaker.name, 'North Korea');
  assert.equal(hypothetical.stance, 'speculates');
  const fr = claimsOf([
    'Séoul affirme que la Corée du Nord a envoyé des soldats en Russie.',
    'Le vice-ministre nord-coréen a déclaré que tout déploiement de ce type serait conforme au droit international, sans confirmer qu’il avait eu lieu.',
  ].join(' '), 'fr');
  assert.equal(claimAbout(fr, 'tout déploiement').stance, 'speculates');
  assert.ok(!fr.some((c) => c.text.startsWith('il avait eu lieu')), fr.map((c) => c.text).join(' | '));
});

test('"Both" or « Tous deux » alone as the subject: the two countries last asked about, one claim each', () => {
  const en = claimsOf('Seoul said North Korea had sent troops to Russia. What do Moscow and Pyongyang say? Both have dismissed the reports.', 'en');
  assert.deepEqual(en.filter((c) => c.stance === 'denies').map((c) => c.speaker.name).sort(), ['North Korea', 'Russia']);
  const fr = claimsOf('Séoul affirme que la Corée du Nord a envoyé des soldats en Russie. Et Moscou et Pyongyang ? Tous deux ont démenti ces informations.', 'fr');
  assert.deepEqual(fr.filter((c) => c.stance === 'denies').map((c) => c.speaker.name).sort(), ['North Korea', 'Russia']);
});

test('A title written without its period ("Mr Healey") is no part of the name: the speaker is the surname', () => {
  assert.equal(claimAbout(claimsOf('Mr Corrigan said Iran had sent missiles to Russia.', 'en'), 'had sent').speaker.name, 'Corrigan');
  assert.equal(claimAbout(claimsOf('Mme Valcourt a affirmé que l’Iran avait livré des drones à la Russie.', 'fr'), 'avait livré').speaker.name, 'Valcourt');
});

test('A possessive role ("Son porte-parole", "Sa porte-parole adjointe") belongs to the subject of the sentence before', () => {
  const fr = claimsOf([
    'Le porte-parole de la diplomatie iranienne, Reza Karimi, a démenti toute livraison de missiles à la Russie.',
    'Le Kremlin s’est refusé à tout commentaire.',
    'Son porte-parole a simplement indiqué que la Russie développait ses relations avec l’Iran.',
    'Le Pentagone s’est montré plus prudent.',
    'Sa porte-parole adjointe, Laura Finch, a indiqué que l’Iran avait livré des drones à la Russie.',
  ].join(' '), 'fr');
  // Not Reza Karimi, the last spokesperson named: the Kremlin's, unnamed.
  const kremlin = claimAbout(fr, 'développait ses relations');
  assert.equal(kremlin.speaker.name, 'Kremlin');
  assert.equal(kremlin.speaker.affiliation, 'Russia');
  assert.equal(claimAbout(fr, 'avait livré des drones').speaker.affiliation, 'United States');
  const en = claimsOf([
    'Ukraine’s military intelligence agency has not commented on the tanks.',
    'Asked about the posts, its spokesman Petro Danyliuk said the agency had no information about such deliveries.',
  ].join(' '), 'en');
  assert.equal(claimAbout(en, 'no information').speaker.affiliation, 'Ukraine');
});

test('What follows an evidence formula is not the speaker’s doing: "pas en mesure de confirmer la participation de soldats nord-coréens"', () => {
  const claims = claimsOf([
    'Kiev affirme que des soldats nord-coréens ont été déployés en Russie.',
    'Le Pentagone a indiqué n’être « pas en mesure de confirmer » la participation de soldats nord-coréens aux combats.',
  ].join(' '), 'fr');
  const c = claimAbout(claims, 'pas en mesure');
  assert.equal(c.stance, 'no_evidence');
  // Not deploy North Korea > United States: the Pentagon only speaks of the soldiers.
  assert.equal(prop(c), 'deploy:North Korea>Russia:personnel');
});

test('A question inverting its subject ("Pourquoi ces missiles inquiètent-ils Kiev ?") reports nothing; an incise after a quote still does', () => {
  assert.deepEqual(claimsOf('Pourquoi ces missiles inquiètent-ils Kiev ? Que dit-il ?', 'fr'), []);
  const c = claimAbout(claimsOf('Le ministre ukrainien Ivan Petrenko a parlé mardi. « L’Iran a livré des drones à la Russie », a-t-il affirmé.', 'fr'), 'livré des drones');
  assert.equal(c.stance, 'asserts');
});

test('"X, who geolocated the photos, said they were taken near the Iranian city": a pronoun and its verb after "said" open the content', () => {
  const c = claimAbout(claimsOf('Researchers at the institute, who geolocated the photos, said they were taken near the Iranian city of Tabriz in 2019.', 'en'), 'were taken');
  assert.equal(c.text, 'they were taken near the Iranian city of Tabriz in 2019');
  assert.notEqual(c.speaker.name, 'Iran');
});

test('"Les trois capitales" after "Paris, Berlin et Londres ont annoncé des sanctions": the countries of that subject, not the last three named', () => {
  const claims = claimsOf([
    'Paris, Berlin et Londres ont annoncé de nouvelles sanctions contre la compagnie Iran Air.',
    'Les trois capitales estiment que l’Iran a livré des missiles balistiques à la Russie.',
  ].join(' '), 'fr');
  assert.deepEqual(claims.map((c) => c.speaker.name).sort(), ['France', 'Germany', 'United Kingdom']);
});

test('A supply naming only its recipient takes as supplier the maker of the system named ("reçu des missiles Fath-360")', () => {
  const c = claimAbout(claimsOf('Le secrétaire d’État américain a assuré que Moscou avait « reçu des livraisons » de missiles Fath-360.', 'fr'), 'reçu');
  assert.equal(prop(c), 'supply:Iran>Russia:ballistic missiles');
  const en = claimAbout(claimsOf('The minister said that Moscow had received Fath-360 missiles.', 'en'), 'received');
  assert.equal(prop(en), 'supply:Iran>Russia:ballistic missiles');
});

test('« si de tels déploiements existaient, ils seraient ... » and "if such deployments existed" speculate; « même si » does not', () => {
  const fr = claimsOf('La vice-ministre nord-coréenne a déclaré que si de tels déploiements existaient, ils seraient conformes au droit international.', 'fr');
  assert.equal(claimAbout(fr, 'si de tels').stance, 'speculates');
  const en = claimsOf('The North Korean vice minister said that if such deployments existed, they would be lawful.', 'en');
  assert.equal(claimAbout(en, 'if such').stance, 'speculates');
  const conceded = claimsOf('Le ministre a déclaré que même si la Russie livrait des armes à l’Iran, cela ne changerait rien.', 'fr');
  assert.notEqual(claimAbout(conceded, 'même si').stance, 'speculates');
});

test('A denial answers what was said of the speaker’s country, not the last topic it has no part in', () => {
  const claims = claimsOf([
    'EU officials said Chinese companies had supplied drone engines to Russia.',
    'They said Russia was producing Iranian-designed drones with Iran at a plant in Tatarstan.',
    'China’s foreign ministry rejected the accusations.',
  ].join(' '), 'en');
  const c = claimAbout(claims, 'rejected the accusations');
  assert.equal(c.stance, 'denies');
  assert.equal(prop(c), 'supply:China>Russia:technology');
});

test('", sans évoquer les missiles", ", without providing evidence": the reporter’s words close the content', () => {
  const fr = claimAbout(claimsOf('Le porte-parole a indiqué que l’Iran avait livré des drones à la Russie, sans évoquer les missiles.', 'fr'), 'livré');
  assert.equal(fr.text, 'l’Iran avait livré des drones à la Russie');
  const en = claimAbout(claimsOf('The minister said Iran had sent drones to Russia, without providing evidence.', 'en'), 'sent drones');
  assert.equal(en.text, 'Iran had sent drones to Russia');
});

test('Trainees named by where they come from: "trained troops from Belarus", « formé des militaires de la Serbie »', () => {
  const en = claimAbout(claimsOf('The spokesman admitted that Iran had trained troops from Belarus.', 'en'), 'trained');
  assert.equal(en.proposition?.recipient, 'Belarus');
  const fr = claimAbout(claimsOf('Le ministre a reconnu que la Turquie avait formé des militaires de la Serbie.', 'fr'), 'formé');
  assert.equal(prop(fr), 'train:Turkey>Serbia:personnel');
});

test('A report the speaker urges others to make is not the speaker’s: « a appelé ses alliés à répondre », "urged Western countries to say"', () => {
  const fr = claimsOf('Le président ukrainien, Ivan Petrenko, a appelé ses alliés à répondre « avec fermeté » et accusé l’Iran d’être « complice » des crimes russes.', 'fr');
  assert.deepEqual(fr.map((c) => c.stance), ['asserts']);
  assert.ok(fr[0].text.includes('complice'));
  const en = claimsOf('The minister urged Western countries to say "loudly and clearly" that Iran is arming Russia.', 'en');
  assert.deepEqual(en, []);
});

test('A clause about a place (« cette région, où l’armée ukrainienne occupe ... ») names no party: the soldiers are the topic’s', () => {
  const claims = claimsOf([
    'Le ministre a affirmé que des soldats nord-coréens avaient été déployés en Russie.',
    'Selon lui, 11 000 militaires nord-coréens se trouveraient dans cette région frontalière, où l’armée ukrainienne occupe plusieurs villages.',
  ].join(' '), 'fr');
  assert.equal(prop(claimAbout(claims, '11 000')), 'deploy:North Korea>Russia:personnel');
});

test('"P, according to X, making it ...": a participle after the source adds to P, which is what X says', () => {
  const en = claimAbout(claimsOf('North Korea has shipped millions of artillery shells to Russia, according to South Korea’s defence ministry, making it Moscow’s largest supplier.', 'en'), 'shipped');
  assert.equal(en.speaker.affiliation, 'South Korea');
  assert.equal(prop(en), 'supply:North Korea>Russia:ammunition');
  const fr = claimAbout(claimsOf('La Corée du Nord a livré des millions d’obus à la Russie, selon le ministère sud-coréen de la Défense, faisant d’elle le premier fournisseur de Moscou.', 'fr'), 'livré');
  assert.equal(prop(fr), 'supply:North Korea>Russia:ammunition');
});

test('A negation in a clause before the event’s own is not the event’s: "the stocks are not unlimited, and much of what it has sent is old"', () => {
  const claims = claimsOf('Officials said North Korea had sent missiles to Russia. "North Korea’s stocks are not unlimited, and much of what it has sent is old," said retired colonel Jon Bright.', 'en');
  assert.equal(claimAbout(claims, 'not unlimited').stance, 'asserts');
});

test('"la guerre en Ukraine", "the war in Ukraine" names the war: Ukraine is no recipient', () => {
  const claims = claimsOf('Le général a affirmé que l’Iran livrait des drones à la Russie. Téhéran a toujours nié avoir fourni des armes destinées à la guerre en Ukraine.', 'fr');
  assert.equal(prop(claimAbout(claims, 'destinées')), 'supply:Iran>Russia:weapons');
});

test('", a charge Ankara rejects." at the end of the sentence: a denial of what was just said', () => {
  const claims = claimsOf('Russia has accused Turkey of selling drones to Ukraine, a charge Ankara rejects.', 'en');
  const c = claimAbout(claims, 'a charge Ankara rejects');
  assert.equal(c.speaker.name, 'Turkey');
  assert.equal(c.stance, 'denies');
  assert.equal(prop(c), 'supply:Turkey>Ukraine:drones');
});

test('Experts an institution convened speak for it; « ont conclu que » reports, « un accord avait été conclu » does not', () => {
  const en = claimAbout(claimsOf('A United Nations panel of experts concluded in April that the missile was of North Korean origin.', 'en'), 'North Korean origin');
  assert.equal(en.speaker.name, 'United Nations');
  const fr = claimAbout(claimsOf('Les experts de l’ONU ont conclu que le missile était nord-coréen.', 'fr'), 'nord-coréen');
  assert.equal(fr.speaker.name, 'United Nations');
  const deal = claimAbout(claimsOf('Washington a affirmé qu’un accord sur des drones avait été conclu avec l’Iran.', 'fr'), 'accord');
  assert.equal(deal.text, 'un accord sur des drones avait été conclu avec l’Iran');
});

test('A reporter’s caveat after the content (", a claim that could not be independently verified") is neither content nor a claim', () => {
  const en = claimsOf('A local official said Iranian drones had hit the port, a claim that could not be independently verified.', 'en');
  assert.equal(en.length, 1);
  assert.equal(en[0].text, 'Iranian drones had hit the port');
  assert.equal(en[0].stance, 'asserts');
  const which = claimsOf('The governor said Iranian drones had hit the port, which the agency could not independently verify.', 'en');
  assert.deepEqual(which.map((c) => [c.stance, c.text]), [['asserts', 'Iranian drones had hit the port']]);
  const fr = claimsOf('Le gouverneur a affirmé que des drones iraniens avaient frappé le port, une information qui n’a pas pu être vérifiée de source indépendante.', 'fr');
  assert.deepEqual(fr.map((c) => [c.stance, c.text]), [['asserts', 'des drones iraniens avaient frappé le port']]);
  const selon = claimsOf('Selon le gouverneur, des drones iraniens ont frappé le port, ce que l’agence n’a pas pu vérifier.', 'fr');
  assert.deepEqual(selon.map((c) => [c.stance, c.text]), [['asserts', 'des drones iraniens ont frappé le port']]);
});

test('An evidence formula quoted as a phrase: « n’ont trouvé « aucune preuve » », found "no evidence"', () => {
  const fr = claimAbout(claimsOf('Les chercheurs n’ont trouvé « aucune preuve concluante » d’une livraison de missiles iraniens à la Russie.', 'fr'), 'aucune preuve');
  assert.equal(fr.stance, 'no_evidence');
  assert.equal(prop(fr), 'supply:Iran>Russia:missiles');
  const en = claimAbout(claimsOf('The researchers found "no evidence" of a delivery of Iranian missiles to Russia.', 'en'), 'no evidence');
  assert.equal(en.stance, 'no_evidence');
  const seen = claimAbout(claimsOf('The council said the United States had "not yet seen" any transfer of missiles from Iran to Russia.', 'en'), 'not yet seen');
  assert.equal(seen.stance, 'no_evidence');
});

test('Accusations that "have no basis", « n’ont aucun fondement », « ne reposent sur rien » are denied', () => {
  const en = claimAbout(claimsOf('Iran sent drones to Russia, Kyiv said. The spokesman said the accusations "have no basis."', 'en'), 'no basis');
  assert.equal(en.stance, 'denies');
  const fr = claimAbout(claimsOf('Le porte-parole a affirmé que ces accusations n’avaient « aucun fondement ».', 'fr'), 'fondement');
  assert.equal(fr.stance, 'denies');
  const rien = claimAbout(claimsOf('Le porte-parole a affirmé que ces accusations ne reposaient sur rien.', 'fr'), 'rien');
  assert.equal(rien.stance, 'denies');
});

test('A French organisation named in sentence case is the speaker, its lower-case tail no person’s name', () => {
  const c = claimAbout(claimsOf('L’Institut international des études navales (IIEN) a affirmé que l’Iran avait livré des drones à la Russie.', 'fr'), 'livré');
  assert.equal(c.speaker.name, 'Institut international des études navales');
  assert.equal(c.speaker.type, 'organization');
});

test('A report and its authors speak for the organisation that published it: « selon ce document », « écrivent les auteurs », "the researchers found"', () => {
  const fr = claimsOf([
    'Un ministre a affirmé que la Chine livrait des drones à la Russie.',
    'L’Institut international des études navales (IIEN) a publié mercredi un rapport sur le sujet.',
    'Selon ce document, l’Iran a livré des drones à la Russie.',
    '« Le flux s’est accéléré », écrivent les auteurs.',
    'Les chercheurs n’ont trouvé aucune preuve d’une livraison de missiles.',
  ].join(' '), 'fr');
  for (const fragment of ['l’Iran a livré', 'Le flux', 'aucune preuve']) assert.equal(claimAbout(fr, fragment).speaker.name, 'Institut international des études navales');
  const en = claimsOf('The Naval Studies Institute published a report on Monday. The researchers found no evidence of missile deliveries to Russia.', 'en');
  assert.equal(claimAbout(en, 'no evidence').speaker.name, 'Naval Studies Institute');
  // Researchers with no report in sight speak for nobody.
  assert.equal(claimAbout(claimsOf('Des chercheurs n’ont trouvé aucune preuve d’une livraison de missiles.', 'fr'), 'aucune preuve').speaker.type, 'unknown');
});

test('« avoir tout intérêt à » is no seeking; « l’intérêt pour des drones » is', () => {
  const claims = claimsOf('Washington accuse Téhéran d’avoir livré des missiles à la Russie. Pour une chercheuse, « l’Iran a tout intérêt à entretenir le flou ».', 'fr');
  assert.equal(claimAbout(claims, 'tout intérêt').proposition, null);
  const sought = claimAbout(claimsOf('Le ministre a affirmé que la Russie avait montré de l’intérêt pour les drones iraniens.', 'fr'), 'intérêt pour');
  assert.equal(prop(sought), 'supply:Iran>Russia:drones');
  assert.equal(sought.proposition?.mode, 'sought');
});

test('"added five companies to its blacklist" puts something on a list and reports nothing; "added Iran had sent drones to" reports', () => {
  const claims = claimsOf('The Commerce Department added five companies in China to its export blacklist on Tuesday, saying they had helped Russia obtain drone parts.', 'en');
  assert.deepEqual(claims.map((c) => c.text), ['they had helped Russia obtain drone parts']);
  const report = claimAbout(claimsOf('Minister Jane Roe added Iran had sent drones to the Russian army.', 'en'), 'had sent');
  assert.equal(prop(report), 'supply:Iran>Russia:drones');
});

test('A participle restating a denial right after it is the same claim: « a rejeté les conclusions, dénonçant « des allégations sans fondement » »', () => {
  const claims = claimsOf('Le rapport conclut que l’Iran livre des drones à la Russie. L’ambassade d’Iran a rejeté les conclusions du rapport, dénonçant « des allégations sans fondement ».', 'fr');
  const denials = claims.filter((c) => c.stance === 'denies');
  assert.equal(denials.length, 1);
  assert.equal(denials[0].text, 'a rejeté les conclusions du rapport, dénonçant « des allégations sans fondement');
  // "but said" is a second report, kept apart.
  const admissions = claimsOf('Iran admitted sending a few drones to Russia, but said they were delivered before the war.', 'en');
  assert.equal(admissions.length, 2);
});

test('"Asked about the reports, X denied", « Interrogé sur ce point, X a démenti »: the denial is of the topic, not of the question', () => {
  const en = claimsOf('Iran sent drones to Russia, Kyiv said. Asked about the reports, the Iranian foreign ministry dismissed them as absurd.', 'en');
  const denial = claimAbout(en, 'dismissed');
  assert.equal(denial.stance, 'denies');
  assert.equal(prop(denial), 'supply:Iran>Russia:drones');
  const fr = claimsOf('Kiev affirme que l’Iran a livré des drones à la Russie. Interrogé sur ce point, le ministère iranien des Affaires étrangères a déjà qualifié par le passé ces accusations d’« absurdes ».', 'fr');
  const démenti = claimAbout(fr, 'absurdes');
  assert.equal(démenti.stance, 'denies');
  assert.equal(prop(démenti), 'supply:Iran>Russia:drones');
  assert.ok(!fr.some((c) => c.text.includes('Interrogé')));
});

test('A report made on the same occasion as the one before (« dans le même temps », "in the same interview") shares its date', () => {
  const fr = claimsOf('Le 5 novembre, le ministre iranien, Karim Vahidi, a reconnu que son pays avait envoyé des drones à la Russie. Il assurait dans le même temps que l’Iran n’avait plus rien livré depuis février.', 'fr', '2023-09-02');
  assert.equal(claimAbout(fr, 'plus rien livré').saidOn, '2022-11-05');
  const en = claimsOf('On March 3, the minister, Karim Vahidi, admitted that Iran had sent drones to Russia. In the same interview, he said Iran had sent no missiles.', 'en', '2023-09-02');
  assert.equal(claimAbout(en, 'no missiles').saidOn, '2023-03-03');
});

test('An event stated, then a lack of evidence set against it ("..., but we cannot confirm that has happened"), are two claims', () => {
  const en = claimsOf('"Iran may provide ballistic missiles to Russia, but we cannot confirm that has happened," spokesperson Owen Marsh told reporters.', 'en');
  assert.deepEqual(en.map((c) => stanceOn(c)), [['speculates', 'supply:Iran>Russia:ballistic missiles'], ['no_evidence', 'supply:Iran>Russia:ballistic missiles']]);
  const fr = claimsOf('« L’Iran pourrait livrer des missiles à la Russie, mais nous ne pouvons pas le confirmer », a déclaré le porte-parole.', 'fr');
  assert.deepEqual(fr.map((c) => c.stance), ['speculates', 'no_evidence']);
  // Awareness of reports states no event: one claim.
  const aware = claimsOf('Officials said Iran had sent drones. NATO said the alliance was aware of the reports but could not verify them.', 'en');
  assert.equal(aware.filter((c) => c.speaker.name === 'NATO').length, 1);
});

test('The same two claims in reported speech: "said Iran may ..., but we cannot confirm it", « a déclaré que ..., mais nous ne pouvons pas le confirmer »', () => {
  const en = claimsOf('Spokesperson Owen Marsh said Iran may provide ballistic missiles to Russia, but we cannot confirm that has happened.', 'en');
  assert.deepEqual(en.map((c) => stanceOn(c)), [['speculates', 'supply:Iran>Russia:ballistic missiles'], ['no_evidence', 'supply:Iran>Russia:ballistic missiles']]);
  const fr = claimsOf('Le porte-parole a déclaré que l’Iran pourrait livrer des missiles à la Russie, mais nous ne pouvons pas le confirmer.', 'fr');
  assert.deepEqual(fr.map((c) => c.stance), ['speculates', 'no_evidence']);
});

test('A detail left unconfirmed takes nothing from an assertion: "but we could not confirm how many", « mais n’a pas pu confirmer combien »', () => {
  const quoted = claimsOf('"Iran sent drones to Russia, but we could not confirm how many," spokesperson Owen Marsh said.', 'en');
  assert.deepEqual(quoted.map((c) => [c.stance, c.text]), [['asserts', 'Iran sent drones to Russia']]);
  const reported = claimsOf('Owen Marsh said Iran had sent drones to Russia, but he could not confirm how many.', 'en');
  assert.deepEqual(reported.map((c) => c.stance), ['asserts']);
  const fr = claimsOf('Le porte-parole a affirmé que l’Iran avait livré des drones à la Russie, mais n’a pas pu confirmer combien.', 'fr');
  assert.deepEqual(fr.map((c) => c.stance), ['asserts']);
});

test('A participle phrase describing the source is neither source nor content: "According to the report, released on Monday, P", « Selon ce rapport, publié mercredi, P »', () => {
  const en = claimAbout(claimsOf('According to the report, released on Monday by a think tank, Iran has delivered drones to Russia.', 'en'), 'delivered');
  assert.equal(en.text, 'Iran has delivered drones to Russia');
  assert.equal(en.speaker.name, 'report');
  const fr = claimAbout(claimsOf('Selon ce rapport, publié mercredi, l’Iran a livré des drones à la Russie.', 'fr'), 'livré');
  assert.equal(fr.text, 'l’Iran a livré des drones à la Russie');
  const asked = claimAbout(claimsOf('Pour le général Marc Dufour, interrogé par notre rédaction, l’Iran livre des missiles à la Russie.', 'fr'), 'livre');
  assert.equal(asked.text, 'l’Iran livre des missiles à la Russie');
});

test('Reports in the passive take their agent as the speaker: "have been denied by Tehran", « a été accusé par l’Ukraine de fournir »', () => {
  const en = claimsOf('Kyiv said Iran had sent drones to Russia. The allegations have been denied by Tehran. Iran has also been accused by the United States of selling missiles to Russia.', 'en');
  const denial = claimAbout(en, 'have been denied');
  assert.deepEqual(reading(denial), ['Iran', 'denies', 'supply:Iran>Russia:drones']);
  const accusation = claimAbout(en, 'selling missiles');
  assert.deepEqual(reading(accusation), ['United States', 'asserts', 'supply:Iran>Russia:missiles']);
  const fr = claimsOf('Kiev affirme que l’Iran a livré des drones à la Russie. Ces accusations ont été démenties par Téhéran. L’Iran a aussi été accusé par l’Ukraine de fournir des missiles à la Russie.', 'fr');
  assert.deepEqual([claimAbout(fr, 'démenties').speaker.name, claimAbout(fr, 'démenties').stance], ['Iran', 'denies']);
  const accusé = claimAbout(fr, 'fournir des missiles');
  assert.deepEqual([accusé.speaker.name, prop(accusé)], ['Ukraine', 'supply:Iran>Russia:missiles']);
});

test('Helping a country improve its programmes passes technology: "helped North Korea improve its missile programme", « aidé la Corée du Nord à développer son programme »', () => {
  const en = claimAbout(claimsOf('Officials said Russia had helped North Korea improve its satellite and missile programmes.', 'en'), 'helped');
  assert.equal(prop(en), 'supply:Russia>North Korea:technology');
  const fr = claimAbout(claimsOf('Selon Séoul, la Russie a aidé la Corée du Nord à développer son programme de missiles balistiques.', 'fr'), 'aidé');
  assert.equal(prop(fr), 'supply:Russia>North Korea:technology');
});

test('Helping a country with technology passes it: "helping Pyongyang with satellite technology", « aide la Corée du Nord en matière de technologie »', () => {
  const en = claimAbout(claimsOf('Experts say Russia may be helping Pyongyang with satellite technology.', 'en'), 'helping');
  assert.deepEqual(stanceOn(en), ['speculates', 'supply:Russia>North Korea:technology']);
  const fr = claimAbout(claimsOf('Selon Séoul, la Russie aide la Corée du Nord en matière de technologie spatiale.', 'fr'), 'aide');
  assert.equal(prop(fr), 'supply:Russia>North Korea:technology');
});

test('A clause on items of another kind than the last topic’s takes the salient topic: "deny any arms trade" after a word on technology', () => {
  const claims = claimsOf([
    'Arms and know-how\n\nSeoul said North Korea had sent shells to Russia. Kyiv said North Korea had sent missiles to Russia.',
    'U.S. officials said they were concerned that Russia could help North Korea improve its missile programme.',
    'Both governments deny any arms trade.',
  ].join(' '), 'en');
  const denials = claims.filter((c) => c.stance === 'denies');
  assert.equal(denials.length, 2);
  for (const denial of denials) assert.equal(prop(denial), 'supply:North Korea>Russia:weapons');
});

test('An official statement’s unattributed sentences are its issuer’s: "Statement by the Pentagon Press Secretary on ...", « Communiqué du ministère ... »', () => {
  const en = claimsOf([
    'Statement by the Pentagon Press Secretary on Iranian Missile Transfers', '',
    'We now have confirmation that Iran has delivered ballistic missiles to Russia. These transfers are a grave escalation.',
  ].join('\n'), 'en');
  const confirmed = claimAbout(en, 'delivered ballistic missiles');
  assert.deepEqual(reading(confirmed), ['Pentagon', 'asserts', 'supply:Iran>Russia:ballistic missiles']);
  assert.equal(claimAbout(en, 'grave escalation').speaker.name, 'Pentagon');
  const fr = claimsOf([
    'Communiqué du Quai d’Orsay sur les livraisons de drones', '',
    'L’Iran livre des drones à la Russie depuis l’été. Ces transferts violent la résolution 2231.',
  ].join('\n'), 'fr');
  assert.equal(claimAbout(fr, 'livre des drones').speaker.affiliation, 'France');
  // "the Spokesperson" of nobody named: no issuer, and nobody speaks the unattributed sentences.
  const unnamed = claimsOf([
    'Statement by the Spokesperson on Iranian Missile Transfers', '',
    'Iran has delivered ballistic missiles to Russia. Its spokesman, Reza Hamidi, denied it on Monday.',
  ].join('\n'), 'en');
  assert.ok(!unnamed.some((c) => c.text.startsWith('Iran has delivered')));
});

test('Training an army or forces is training of people: « forment l’armée de Minsk », « forme les forces biélorusses », "is training Belarusian forces"', () => {
  const army = claimAbout(claimsOf('Des instructeurs russes forment l’armée de Minsk, selon des sources concordantes.', 'fr'), 'forment');
  assert.equal(prop(army), 'train:Russia>Belarus:personnel');
  const forces = claimAbout(claimsOf('Moscou forme les forces biélorusses, selon Kiev.', 'fr'), 'forme');
  assert.equal(prop(forces), 'train:Russia>Belarus:personnel');
  const en = claimAbout(claimsOf('Moscow is training Belarusian forces, Kyiv says.', 'en'), 'training');
  assert.equal(prop(en), 'train:Russia>Belarus:personnel');
});

test('More reporting verbs: « a lâché », « a-t-il asséné », « a-t-il nuancé », « a-t-il plaidé », « a tweeté », "signaled that", "he remarked"; « lâcher des bombes » reports nothing', () => {
  for (const verb of ['a lâché le ministre', 'a-t-il asséné', 'a-t-il nuancé', 'a-t-il plaidé', 'a-t-il détaillé', 'a tweeté le ministre']) {
    const c = claimAbout(claimsOf(`Le ministre iranien Ali Farzan est intervenu. « L’Iran a livré des drones à la Russie », ${verb}.`, 'fr'), 'livré des drones');
    assert.equal(c.speaker.name, 'Ali Farzan', verb);
  }
  assert.equal(claimAbout(claimsOf('The minister signaled that Iran had sent drones to Russia.', 'en'), 'had sent').speaker.name, 'minister');
  assert.equal(claimAbout(claimsOf('Iranian minister Ali Farzan spoke. "Iran has sent drones to Russia," he remarked.', 'en'), 'has sent').speaker.name, 'Ali Farzan');
  assert.ok(!claimsOf('Les avions russes ont lâché des bombes sur Kharkiv.', 'fr').length);
});

test('Before any report, items of one country where another uses them state the topic: after the title « Drones iraniens en Russie : ce que l’on sait », « nie toute livraison » denies that supply', () => {
  const claims = claimsOf([
    'Drones iraniens en Russie : ce que l’on sait', '',
    'Les débris retrouvés portent des inscriptions en farsi.', '',
    'Le régime iranien nie toute livraison depuis le début de la guerre.',
  ].join('\n'), 'fr');
  const denial = claimAbout(claims, 'nie toute livraison');
  assert.deepEqual(reading(denial), ['Iran', 'denies', 'supply:Iran>Russia:drones']);
});

test('What a lie is said to be for names nothing of the claim: "a fabrication designed to justify Western weapons deliveries to Ukraine", « une « nouvelle fabrication » destinée à justifier les livraisons »', () => {
  const en = claimAbout(claimsOf('Iran is preparing to send ballistic missiles to Russia, Kyiv said. Iran’s embassy rejected the claim in a post on X, calling it "another fabrication designed to justify Western weapons deliveries to Ukraine."', 'en'), 'rejected');
  assert.deepEqual(stanceOn(en), ['denies', 'supply:Iran>Russia:ballistic missiles']);
  const fr = claimsOf('Kiev affirme que l’Iran va livrer des missiles balistiques à Moscou. L’ambassade d’Iran a rejeté ces accusations sur X, dénonçant une « nouvelle fabrication » destinée à justifier les livraisons d’armes occidentales à l’Ukraine.', 'fr');
  assert.deepEqual(fr.filter((c) => c.speaker.name === 'Iran').map((c) => stanceOn(c)), [['denies', 'supply:Iran>Russia:ballistic missiles']]);
});

test('A chargé d’affaires is a diplomat of the country that sends them, no charge: "the Iranian charge d’affaires was summoned"', () => {
  const en = claimsOf('Iran is preparing to send ballistic missiles to Russia, Kyiv said. According to Ukraine’s foreign ministry, the Iranian charge d’affaires was summoned on Tuesday. The Iranian chargé d’affaires said Iran had sent no missiles to Russia.', 'en');
  assert.equal(claimAbout(en, 'summoned').proposition, null);
  assert.equal(claimAbout(en, 'no missiles').speaker.name, 'Iran');
  const fr = claimsOf('Le chargé d’affaires iranien a affirmé que l’Iran n’avait livré aucun missile à la Russie.', 'fr');
  assert.equal(claimAbout(fr, 'aucun missile').speaker.name, 'Iran');
});

test('"..., without addressing the reports" is the reporter’s aside, after a closing quote too: the reports it names are not what was said', () => {
  const c = claimAbout(claimsOf('Seoul says North Korea has sent troops to Russia. North Korea’s foreign minister said her country would stand by Russia "until victory," without addressing the reports directly.', 'en'), 'stand by');
  assert.deepEqual([c.text, c.proposition], ['her country would stand by Russia "until victory', null]);
});

test('Who clashes with foreign soldiers is no recipient of them: "Ukrainian forces have clashed with North Korean soldiers in Russia’s Kursk region"', () => {
  const c = claimAbout(claimsOf('Ukrainian forces have clashed with North Korean soldiers for the first time in Russia’s Kursk region, Ukraine’s defense minister said on Tuesday.', 'en'), 'clashed');
  assert.equal(prop(c), 'deploy:North Korea>Russia:personnel');
});

test('A side adverbial may stand between the verb and its complement: « affirme pour sa part avoir retrouvé », « assure de son côté que »', () => {
  const claims = claimsOf('Washington accuse Pyongyang de livrer des missiles à Moscou. Kiev affirme pour sa part avoir retrouvé des débris de missiles KN-23 à Kharkiv. Moscou assure de son côté que l’armée russe utilise des armes russes.', 'fr');
  assert.equal(claimAbout(claims, 'débris').speaker.name, 'Ukraine');
  assert.equal(claimAbout(claims, 'armes russes').stance, 'denies');
});

test('An unlabelled interview: a question paragraph may set its question up first, and the guest is the one presented with a role, not the interviewer of the byline', () => {
  const claims = claimsOf([
    'Entretien avec le vice-ministre iranien', '',
    'Propos recueillis par Lucie Perrin', '',
    'Le vice-ministre iranien des affaires étrangères, Omid Rahimi, répond à nos questions.', '',
    'Les Occidentaux affirment que Téhéran a fourni des missiles balistiques à Moscou. Que répondez-vous ?', '',
    'Ces accusations sont infondées. Nous n’avons envoyé aucun missile à la Russie depuis le début de la guerre.', '',
    'Et les drones ?', '',
    'Nous avons fourni un petit nombre de drones à la Russie, plusieurs mois avant la guerre.',
  ].join('\n'), 'fr');
  const missiles = claimAbout(claims, 'aucun missile');
  assert.deepEqual([missiles.speaker.name, missiles.speaker.affiliation, missiles.stance], ['Omid Rahimi', 'Iran', 'denies']);
  const drones = claimAbout(claims, 'petit nombre');
  assert.deepEqual(reading(drones), ['Omid Rahimi', 'admits', 'supply:Iran>Russia:drones']);
});

test('"as" opens a clause with its own report: "Iran denies sending missiles to Russia as US says launchers are on the way" holds two', () => {
  const claims = claimsOf('Iran denies sending missiles to Russia as US says launchers are on the way\n\nThe story goes on.', 'en', null);
  const denial = claimAbout(claims, 'sending missiles');
  assert.deepEqual([denial.speaker.name, denial.text, prop(denial)], ['Iran', 'sending missiles to Russia', 'supply:Iran>Russia:missiles']);
  assert.equal(claimAbout(claims, 'launchers').speaker.name, 'United States');
});

test('"..., said Washington now had evidence": a name followed by an adverb and a verb opens the reported clause', () => {
  const claims = claimsOf('Iran denied sending missiles to Russia. But U.S. officials, who spoke on condition of anonymity, said Washington now had firm evidence of the deliveries.', 'en', null);
  const c = claimAbout(claims, 'firm evidence');
  assert.deepEqual([c.speaker.name, c.text], ['United States', 'Washington now had firm evidence of the deliveries']);
});

test('Declining to confirm or deny denies nothing: "declined to confirm or deny the shipment", « a refusé de confirmer ou de démentir »', () => {
  const en = claimsOf('U.S. officials said Iran had sent missiles to Russia. The Kremlin declined to confirm or deny the shipment.', 'en');
  assert.ok(!en.some((c) => c.text.includes('shipment')));
  const fr = claimsOf('Washington affirme que Téhéran fournit des missiles à la Russie. Le Kremlin a refusé de confirmer ou de démentir la livraison.', 'fr');
  assert.ok(!fr.some((c) => c.text.includes('livraison')));
});

test('« relever de » is to fall under, no report: « ces ventes relevaient « d’accords commerciaux » » is the minister’s', () => {
  const c = claimAbout(claimsOf('Le ministre turc des Affaires étrangères, Ali Demir, a déclaré jeudi que ces ventes relevaient « d’accords commerciaux entre une entreprise privée et un État ».', 'fr'), 'accords');
  assert.equal(c.speaker.name, 'Ali Demir');
  assert.ok(c.text.startsWith('ces ventes relevaient'));
});

test('The origin of other items is not the topic items’ supplier: "these drones kill Russian soldiers" keeps the topic’s supplier', () => {
  const en = claimAbout(claimsOf('Turkey is supplying drones to Ukraine, Kyiv says. “Turkey must understand that these drones kill Russian soldiers,” the Kremlin spokesman said.', 'en'), 'kill Russian');
  assert.equal(prop(en), 'supply:Turkey>Ukraine:drones');
  const fr = claimAbout(claimsOf('La Turquie livre des drones à l’Ukraine, selon Kiev. « La Turquie doit comprendre que ces drones tuent des soldats russes », a affirmé le porte-parole du Kremlin.', 'fr'), 'soldats russes');
  assert.equal(prop(fr), 'supply:Turkey>Ukraine:drones');
});

test('"..., without confirming the delivery", « sans confirmer l’envoi »: the reporter’s aside is no part of what was said', () => {
  const en = claimAbout(claimsOf('Moscow has delivered S-400 systems to Minsk, diplomatic sources said. The State Department said it was monitoring the situation closely, without confirming the delivery of S-400 systems.', 'en'), 'monitoring');
  assert.deepEqual([en.text, en.proposition], ['it was monitoring the situation closely', null]);
  const fr = claimAbout(claimsOf('Selon des sources diplomatiques, Moscou aurait livré à Minsk des systèmes S-400. Le département d’Etat a dit suivre de près la situation, sans confirmer l’envoi de systèmes S-400.', 'fr'), 'suivre');
  assert.deepEqual([fr.text, fr.proposition], ['suivre de près la situation', null]);
});

test('Drawing a party into the war is no training nor any transfer: « entraîner l’armée biélorusse dans la guerre », "dragging Belarus into the war"', () => {
  const fr = claimsOf('Des instructeurs russes entraînent des unités biélorusses, selon Kiev. Minsk a toujours démenti toute intention d’entraîner l’armée biélorusse dans la guerre.', 'fr');
  assert.equal(claimAbout(fr, 'dans la guerre').proposition, null);
  const en = claimsOf('Russian instructors are training Belarusian units, Kyiv says. Minsk has denied any intention of dragging Belarus into the war.', 'en');
  assert.equal(claimAbout(en, 'into the war').proposition, null);
});

test('The press of a country or bloc takes no part: "allegations spread by Western media", « colportées par les médias occidentaux » answer the topic', () => {
  const en = claimsOf('“Iran has not supplied any drones to Russia,” Iranian spokesman Ali Farzan said. He dismissed the allegations spread by Western media.', 'en');
  assert.equal(prop(claimAbout(en, 'Western media')), 'supply:Iran>Russia:drones');
  const fr = claimsOf('« L’Iran n’a fourni aucun drone à la Russie », a martelé le porte-parole iranien, Ali Farzan. Il a balayé des allégations colportées par les médias occidentaux.', 'fr');
  assert.equal(prop(claimAbout(fr, 'médias occidentaux')), 'supply:Iran>Russia:drones');
});

test('"Its spokesman" after "Contacted by Reuters, the Kremlin declined to comment": the possessive is the subject past the opening adjunct', () => {
  const en = claimsOf('Kyiv says Iran supplies drones to Russia. Contacted by Reuters, the Kremlin declined to comment. Its spokesman said last month that the Russian army used only Russian-made weapons.', 'en');
  assert.equal(claimAbout(en, 'Russian-made').speaker.name, 'Kremlin');
  const fr = claimsOf('Kiev affirme que l’Iran livre des drones à la Russie. Interrogé par l’AFP, le Kremlin s’est refusé à tout commentaire. Son porte-parole a assuré que l’armée russe n’utilisait que des armes russes.', 'fr');
  assert.equal(claimAbout(fr, 'armes russes').speaker.name, 'Kremlin');
});

test('A date right after « assurer » is no object: « a assuré le mois dernier que P » reports P', () => {
  const claims = claimsOf('Kiev affirme que l’Iran livre des drones à la Russie. Le porte-parole du Kremlin a assuré le mois dernier que l’armée russe n’utilisait que des armes russes.', 'fr');
  const c = claimAbout(claims, 'armes russes');
  assert.deepEqual(reading(c), ['Kremlin', 'denies', 'supply:Iran>Russia:drones']);
  assert.equal(c.saidOn, '2022-10');
});

test('A second predicate opening on a modal may put a few words before its event: "and may soon begin supplying missiles", « et pourrait bientôt commencer à fournir des missiles »', () => {
  const en = claimsOf('A European diplomat said Iran was still sending drones to Russia, and may soon begin supplying ballistic missiles.', 'en');
  assert.equal(prop(claimAbout(en, 'sending drones')), 'supply:Iran>Russia:drones');
  const next = claimAbout(en, 'begin supplying');
  assert.deepEqual([next.stance, prop(next), next.proposition?.mode], ['speculates', 'supply:Iran>Russia:ballistic missiles', 'planned']);
  const fr = claimsOf('Un diplomate européen a affirmé que l’Iran livrait toujours des drones à la Russie et pourrait bientôt commencer à fournir des missiles balistiques.', 'fr');
  assert.equal(prop(claimAbout(fr, 'commencer à fournir')), 'supply:Iran>Russia:ballistic missiles');
  assert.equal(claimAbout(fr, 'commencer à fournir').stance, 'speculates');
});

test('« aucun » may close a negation after the object and its preposition: « son pays ne fournissait d’armes à aucune des parties »', () => {
  const claims = claimsOf('Kiev accuse l’Iran de livrer des armes à la Russie. Le porte-parole iranien, Ali Sadri, a assuré que son pays ne fournissait d’armes à aucune des parties.', 'fr');
  const denial = claimAbout(claims, 'aucune des parties');
  assert.deepEqual(stanceOn(denial), ['denies', 'supply:Iran>Russia:weapons']);
});

test('A predicate set against the first by "but", « mais » is a claim of its own: "sent drones to Russia but never sent missiles", "but it is not sending missiles"', () => {
  const stances = (claims: Claim[]) => claims.map((c) => stanceOn(c));
  assert.deepEqual(stances(claimsOf('The official said Iran sent drones to Russia but never sent missiles.', 'en')), [
    ['asserts', 'supply:Iran>Russia:drones'], ['denies', 'supply:Iran>Russia:missiles'],
  ]);
  assert.deepEqual(stances(claimsOf('The official said Iran has sent drones to Russia, but it is not sending missiles.', 'en')), [
    ['asserts', 'supply:Iran>Russia:drones'], ['denies', 'supply:Iran>Russia:missiles'],
  ]);
  assert.deepEqual(stances(claimsOf('Le responsable a dit que Téhéran a expédié des drones à Moscou mais n’a jamais expédié de missiles.', 'fr')), [
    ['asserts', 'supply:Iran>Russia:drones'], ['denies', 'supply:Iran>Russia:missiles'],
  ]);
});

test('"Russia gets a steady supply of drones": who gets receives; "get into", "get involved" are no transfer', () => {
  const claims = claimsOf('Iran has been arming Russia, analysts say. “Russia gets a steady supply of cheap drones,” said Dana Frost, a researcher. “I’m not going to get into intelligence matters,” a spokesman said.', 'en');
  assert.equal(prop(claimAbout(claims, 'steady supply')), 'supply:Iran>Russia:drones');
  // Declining to go into a matter is no claim at all.
  assert.ok(!claims.some((c) => c.text.includes('get into')));
});

test('Denouncing a provocation that threatens someone accuses; calling the reports a provocation denies', () => {
  const fr = claimsOf('Séoul affirme que des soldats nord-coréens ont été envoyés en Russie. Le président sud-coréen a dénoncé une « provocation » qui menace la sécurité de la région.', 'fr');
  assert.equal(claimAbout(fr, 'menace').stance, 'asserts');
  const en = claimsOf('Seoul says North Korean soldiers were sent to Russia. The South Korean president denounced a provocation that threatens the security of the region. Pyongyang called the reports a provocation.', 'en');
  assert.equal(claimAbout(en, 'threatens').stance, 'asserts');
  assert.equal(claimAbout(en, 'provocation', 'North Korea').stance, 'denies');
});

test('With no publication date, "said on Monday" and « a démenti jeudi » still end before the content', () => {
  const en = claimAbout(claimsOf('Defense Secretary Tom Brask said on Monday the United States had seen evidence that North Korean troops were deployed to Russia.', 'en', null), 'deployed');
  assert.equal(en.text, 'the United States had seen evidence that North Korean troops were deployed to Russia');
  assert.equal(en.saidOn, null);
  const fr = claimAbout(claimsOf('Le ministère biélorusse de la Défense a démenti jeudi avoir transféré des chars à l’armée russe.', 'fr', null), 'transféré');
  assert.equal(fr.text, 'avoir transféré des chars à l’armée russe');
});

test('A statement’s issuer named with no country in the title takes the country it is named with in the text: "Statement by the Spokesperson of the Ministry of Foreign Affairs", then "The Ministry of Foreign Affairs of Iran rejects ..."', () => {
  const en = claimsOf('Statement by the Spokesperson of the Ministry of Foreign Affairs\n\nThe Ministry of Foreign Affairs of Iran categorically rejects the allegations regarding the transfer of ballistic missiles to Russia. These accusations are part of a psychological campaign.', 'en');
  const campaign = claimAbout(en, 'psychological campaign');
  assert.deepEqual([campaign.speaker.affiliation, campaign.stance, prop(campaign)], ['Iran', 'denies', 'supply:Iran>Russia:ballistic missiles']);
  const fr = claimsOf('Déclaration du porte-parole du ministère des Affaires étrangères\n\nLe ministère des Affaires étrangères de la République islamique d’Iran rejette catégoriquement les allégations concernant le transfert de missiles balistiques à la Russie. Ces accusations s’inscrivent dans une campagne psychologique.', 'fr');
  const campagne = claimAbout(fr, 'campagne psychologique');
  assert.deepEqual([campagne.speaker.affiliation, campagne.stance, prop(campagne)], ['Iran', 'denies', 'supply:Iran>Russia:ballistic missiles']);
});

test('A statement’s title may open on its topic: "Russia/Iran: Statement by the High Representative on behalf of the EU", « Drones – Déclaration du Quai d’Orsay »', () => {
  const en = claimsOf([
    'Russia/Iran: Statement by the High Representative on behalf of the EU on drone transfers', '',
    'Iran has supplied attack drones to Russia since the summer. The EU will respond swiftly.',
  ].join('\n'), 'en');
  const eu = claimAbout(en, 'supplied attack drones');
  assert.deepEqual(reading(eu), ['European Union', 'asserts', 'supply:Iran>Russia:drones']);
  const fr = claimsOf([
    'Livraisons de drones à la Russie – Déclaration du Quai d’Orsay', '',
    'L’Iran livre des drones à la Russie depuis l’été. Ces transferts violent la résolution 2231.',
  ].join('\n'), 'fr');
  assert.equal(claimAbout(fr, 'livre des drones').speaker.affiliation, 'France');
});

test('A nominal report names its source by a possessive or a complement ("Iran’s claims that P", « les affirmations de Téhéran selon lesquelles P »), and a verdict after P judges the claims', () => {
  const en = claimAbout(claimsOf('The EU condemns the transfer of missiles by Iran to Russia. Iran’s claims that it has not delivered any missiles are not credible.', 'en'), 'not delivered');
  assert.deepEqual(reading(en), ['Iran', 'denies', 'supply:Iran>Russia:missiles']);
  assert.equal(en.text, 'it has not delivered any missiles');
  const fr = claimAbout(claimsOf('La France condamne la livraison de drones par l’Iran à la Russie. Les affirmations de Téhéran selon lesquelles il n’a livré aucun drone ne sont pas crédibles.', 'fr'), 'aucun drone');
  assert.deepEqual(reading(fr), ['Iran', 'denies', 'supply:Iran>Russia:drones']);
  assert.equal(fr.text, 'il n’a livré aucun drone');
});

test('Judging the act accuses its doers: « a jugé ces transferts « contraires aux résolutions » », "called the transfers a violation"', () => {
  const fr = claimAbout(claimsOf('Kiev affirme que la Corée du Nord livre des obus à la Russie. Le délégué de la France a jugé ces transferts « contraires aux résolutions du Conseil ».', 'fr'), 'contraires');
  assert.deepEqual(reading(fr), ['France', 'asserts', 'supply:North Korea>Russia:ammunition']);
  const en = claimAbout(claimsOf('Kyiv says North Korea is sending shells to Russia. The French delegate called the transfers a violation of Council resolutions.', 'en'), 'violation');
  assert.deepEqual(reading(en), ['France', 'asserts', 'supply:North Korea>Russia:ammunition']);
  // Calling the reports false still denies them.
  const denial = claimAbout(claimsOf('Kyiv says North Korea is sending shells to Russia. Pyongyang called the reports of deliveries absurd.', 'en'), 'absurd');
  assert.equal(denial.stance, 'denies');
});

test('Meeting coverage: a spaced hyphen ends the dateline before the subject; two denials joined after a closing quote are one claim', () => {
  const claims = claimsOf('Débat au Conseil\n\nNEW YORK, 15 avril 2024 (Agence) - Plusieurs membres du Conseil de sécurité ont dénoncé lundi les transferts d’armes de la Corée du Nord vers la Russie. Le représentant russe a rejeté des « accusations infondées » et a dénoncé une « campagne de désinformation ».', 'fr', '2024-04-15');
  assert.notEqual(claimAbout(claims, 'transferts d’armes').speaker.name, 'NEW YORK');
  assert.equal(claims.filter((c) => c.speaker.name === 'Russia').length, 1);
});

test('Troops that engage or fight the other side do not serve it: "North Korean troops had engaged Ukrainian forces in Russia’s Kursk region"', () => {
  const c = claimAbout(claimsOf('Ukraine’s defence minister said North Korean troops had engaged Ukrainian forces in Russia’s Kursk region.', 'en'), 'engaged');
  assert.equal(prop(c), 'deploy:North Korea>Russia:personnel');
});

test('"reported, citing U.S. officials, that P", « a rapporté, citant des responsables, que P »; "People familiar with the matter said"', () => {
  const en = claimAbout(claimsOf('Title\n\nThe Wall Street Journal reported, citing U.S. officials, that Iran had sent ballistic missiles to Russia.', 'en'), 'had sent');
  assert.equal(prop(en), 'supply:Iran>Russia:ballistic missiles');
  const fr = claimAbout(claimsOf('Titre\n\nLe Wall Street Journal a rapporté, citant des responsables américains, que l’Iran avait livré des missiles à la Russie.', 'fr'), 'avait livré');
  assert.equal(prop(fr), 'supply:Iran>Russia:missiles');
  const people = claimAbout(claimsOf('Title\n\nPeople familiar with the matter said Iran was preparing to send missiles to Russia.', 'en'), 'preparing');
  assert.equal(prop(people), 'supply:Iran>Russia:missiles');
});

test('A possibility left open speculates ("refused to rule out that", « n’a pas exclu que »); "stopped short of confirming", « s’est gardé de confirmer » say nothing', () => {
  const en = claimAbout(claimsOf('Title\n\nThe minister refused to rule out that Iran could send missiles to Russia.', 'en'), 'could send');
  assert.equal(en.stance, 'speculates');
  const fr = claimAbout(claimsOf('Titre\n\nLe ministre n’a pas exclu que l’Iran puisse envoyer des missiles à la Russie.', 'fr'), 'puisse envoyer');
  assert.equal(fr.stance, 'speculates');
  assert.ok(!claimsOf('Title\n\nKyiv says Iran sent drones to Russia. The Kremlin stopped short of confirming the deliveries.', 'en').some((c) => c.speaker.name === 'Kremlin'));
  assert.ok(!claimsOf('Titre\n\nKiev affirme que l’Iran a livré des drones à la Russie. Le Kremlin s’est gardé de confirmer ces livraisons.', 'fr').some((c) => c.speaker.name === 'Kremlin'));
});

test('"dismissed as nonsense reports that P": the reports are the verdict’s object, not a second report', () => {
  const claims = claimsOf('Title\n\nIran dismissed as nonsense reports that it had sent missiles to Russia.', 'en');
  assert.deepEqual(claims.map((c) => c.stance), ['denies']);
});

test('A reporting phrase opening on a participle (", calling the claims “baseless”") leaves the main report whole', () => {
  const claims = claimsOf('Title\n\nForeign Minister Karim Vahidi said on Sunday that Tehran had not delivered any missiles to Russia, calling the Western claims "baseless".', 'en');
  const c = claimAbout(claims, 'had not delivered');
  assert.deepEqual(reading(c), ['Karim Vahidi', 'denies', 'supply:Iran>Russia:missiles']);
  assert.ok(claims.every((claim) => claim.speaker.name === 'Karim Vahidi'));
});

test('"likely to receive", « dans les semaines à venir » before the event plan it', () => {
  const en = claimAbout(claimsOf('Title\n\nThe ministry said Russia was likely to receive more Iranian drones.', 'en'), 'likely');
  assert.equal(en.proposition?.mode, 'planned');
  const fr = claimAbout(claimsOf('Titre\n\nSelon Londres, dans les semaines à venir, l’Iran livre des drones à la Russie.', 'fr'), 'livre');
  assert.equal(fr.proposition?.mode, 'planned');
});

test('A conviction stated with the copula reports a belief ("are convinced that", « en sont convaincus : »); « Du côté ukrainien, on affirme » is Ukraine', () => {
  const en = claimAbout(claimsOf('Title\n\nU.S. officials are convinced that Iran has delivered missiles to Russia.', 'en'), 'delivered');
  assert.deepEqual([en.speaker.name, en.stance], ['United States', 'asserts']);
  const fr = claimAbout(claimsOf('Titre\n\nLes services de renseignement américains en sont convaincus : l’Iran a livré des missiles à la Russie.', 'fr'), 'livré');
  assert.equal(prop(fr), 'supply:Iran>Russia:missiles');
  const side = claimAbout(claimsOf('Titre\n\nDu côté ukrainien, on affirme que l’Iran livre des drones à la Russie.', 'fr'), 'livre');
  assert.equal(side.speaker.name, 'Ukraine');
});

test('The recipient saying its own items are made at home denies the supply: "produced domestically", « fabriqués localement »', () => {
  const en = claimAbout(claimsOf('Title\n\nIran sent drones to Russia, Kyiv said. Russia’s defence ministry said all its drones are produced domestically.', 'en'), 'domestically');
  assert.deepEqual(stanceOn(en), ['denies', 'supply:Iran>Russia:drones']);
  const fr = claimAbout(claimsOf('Titre\n\nSelon Kiev, l’Iran livre des drones à la Russie. Moscou assure que ses drones sont fabriqués localement.', 'fr'), 'localement');
  assert.deepEqual(stanceOn(fr), ['denies', 'supply:Iran>Russia:drones']);
});

test('The recipient saying it makes the items itself denies the supply: "produces all the drones it needs itself", "we make our own", « produit elle-même », « nos propres drones »', () => {
  const en = claimsOf('Title\n\nThe EU said Chinese firms were supplying drones to Russia. "Russia produces all the drones it needs itself," Russian spokeswoman Irina Volk said. "We make our own drones," she added.', 'en');
  for (const fragment of ['itself', 'our own']) assert.deepEqual([claimAbout(en, fragment).stance, prop(claimAbout(en, fragment))], ['denies', 'supply:China>Russia:drones']);
  const fr = claimsOf('Titre\n\nL’UE affirme que des entreprises chinoises fournissent des drones à la Russie. « La Russie produit elle-même les drones dont elle a besoin », a déclaré la porte-parole russe Irina Volk. « Nous fabriquons nos propres drones », a-t-elle ajouté.', 'fr');
  for (const fragment of ['elle-même', 'nos propres']) assert.deepEqual([claimAbout(fr, fragment).stance, prop(claimAbout(fr, fragment))], ['denies', 'supply:China>Russia:drones']);
});

test('Interviews in wire copy: a name apposed to the subject is no inverted source; a negation in an earlier sentence of a quote is not the event’s; "and did not comment" closes the content', () => {
  const fr = claimsOf('Titre\n\nKiev affirme que l’Iran livre des drones à la Russie. À Téhéran, le porte-parole de la diplomatie, Ali Naderi, a rejeté ces accusations. « L’Iran n’a pas envoyé de drones », a-t-il déclaré.', 'fr');
  assert.equal(claimAbout(fr, 'rejeté').speaker.name, 'Ali Naderi');
  assert.equal(claimAbout(fr, 'n’a pas envoyé').speaker.name, 'Ali Naderi');
  const quote = claimAbout(claimsOf('Title\n\nRussia uses Iranian drones, Kyiv says. "Iran is not a bystander in this war. It has supplied the drones," minister Olga Marchenko told reporters.', 'en'), 'supplied');
  assert.deepEqual(stanceOn(quote), ['asserts', 'supply:Iran>Russia:drones']);
  const noComment = claimAbout(claimsOf('Title\n\nIran sent drones to Russia, Kyiv said. Russia’s defence ministry said its forces had struck military targets and did not comment on the origin of the drones.', 'en'), 'struck');
  assert.equal(noComment.text, 'its forces had struck military targets');
  assert.equal(noComment.stance, 'asserts');
});

test('An event’s parties are those of its own clause: in « Kiev a transmis des preuves montrant que des pièces avaient été fabriquées en Iran », Kiev made nothing', () => {
  const c = claimAbout(claimsOf('Titre\n\nSelon la ministre, Kiev a transmis à ses partenaires des preuves montrant que des pièces de drones avaient été fabriquées en Iran.', 'fr'), 'fabriquées');
  assert.ok(c.proposition === null || (c.proposition.actor !== 'Ukraine' && c.proposition.recipient !== 'Ukraine'));
});

test('"told reporters Iran had sent ...": the addressee is not the content; "the reports were “a lie”" denies', () => {
  const told = claimAbout(claimsOf('Title\n\nPress secretary Sabrina Kell told reporters Iran had sent missiles to Russia.', 'en'), 'had sent');
  assert.equal(told.text, 'Iran had sent missiles to Russia');
  const lie = claimAbout(claimsOf('Title\n\nIran sent missiles to Russia, Kyiv said. Moscow said the reports were "a lie".', 'en'), 'a lie');
  assert.equal(lie.stance, 'denies');
});

test('« a fait valoir que » reports; « a-t-on appris de sources concordantes » gives the sources', () => {
  const valoir = claimAbout(claimsOf('Titre\n\nLe diplomate a fait valoir que l’Iran n’avait livré aucun missile à la Russie.', 'fr'), 'aucun missile');
  assert.equal(valoir.stance, 'denies');
  const appris = claimAbout(claimsOf('Titre\n\nL’Iran a livré des missiles à la Russie, a-t-on appris de sources concordantes.', 'fr'), 'livré');
  assert.equal(prop(appris), 'supply:Iran>Russia:missiles');
});

test('« De source diplomatique, on affirme que P »: the impersonal « on » stands for the source set before it', () => {
  const c = claimAbout(claimsOf('Titre\n\nDe source diplomatique française, on affirme que des militaires russes ont été déployés au Mali.', 'fr'), 'déployés');
  assert.deepEqual([c.speaker.name, prop(c)], ['source diplomatique française', 'deploy:Russia>Mali:personnel']);
});

test('People said to be present abroad are deployed there: "Iranian military personnel are on the ground in Crimea", « des militaires russes sont présents au Mali »', () => {
  const en = claimsOf('Fenwick said Iran had sent drones to Russia. He said Iranian military personnel are on the ground in Crimea.', 'en');
  assert.equal(prop(claimAbout(en, 'on the ground')), 'deploy:Iran>Russia:personnel');
  const fr = claimsOf('Paris affirme que plusieurs centaines de militaires russes sont déjà présents au Mali.', 'fr');
  assert.equal(prop(claimAbout(fr, 'présents')), 'deploy:Russia>Mali:personnel');
  // Things are not deployed by being somewhere.
  assert.notEqual(claimAbout(claimsOf('Fenwick said Iran had sent drones to Russia. He said the drones are present in Crimea.', 'en'), 'present').proposition?.type, 'deploy');
});

test('a source named with no article is still a source: « a-t-on appris de source militaire »', () => {
  const claim = claimAbout(claimsOf('Titre\n\nL’Iran a livré des missiles à la Russie, a-t-on appris de source militaire.', 'fr'), 'livré');
  assert.deepEqual([claim.speaker.name, prop(claim)], ['source militaire', 'supply:Iran>Russia:missiles']);
});

test('Saying one has evidence, with nothing after it, asserts what was said before: "they have evidence", « avoir des preuves », « il a des preuves solides »', () => {
  const en = claimsOf('Title\n\nKyiv says Iran sent missiles to Russia. Tehran denies it. U.S. officials say they have evidence.', 'en');
  assert.deepEqual(reading(claimAbout(en, 'have evidence')), ['United States', 'asserts', 'supply:Iran>Russia:missiles']);
  const fr = claimsOf('Titre\n\nKiev affirme que l’Iran a envoyé des missiles à la Russie. Téhéran dément. Washington affirme pourtant avoir des preuves. Londres assure qu’il a des preuves solides.', 'fr');
  assert.deepEqual(reading(claimAbout(fr, 'avoir des preuves')), ['United States', 'asserts', 'supply:Iran>Russia:missiles']);
  assert.deepEqual(reading(claimAbout(fr, 'preuves solides')), ['United Kingdom', 'asserts', 'supply:Iran>Russia:missiles']);
});

test('Saying it is unclear whether P ("unclear whether", « pas clair si ») is no evidence either way', () => {
  const en = claimAbout(claimsOf('Title\n\nOfficials said it was unclear whether Iran had delivered missiles to Russia.', 'en'), 'unclear');
  assert.deepEqual(stanceOn(en), ['no_evidence', 'supply:Iran>Russia:missiles']);
  const fr = claimAbout(claimsOf('Titre\n\nLe diplomate a estimé qu’il n’était pas clair si l’Iran avait livré des missiles à la Russie.', 'fr'), 'pas clair');
  assert.equal(fr.stance, 'no_evidence');
});

test('Being unable to determine whether P ("not in a position to determine whether", « pas en mesure de déterminer si ») is no evidence either way', () => {
  const en = claimAbout(claimsOf('Title\n\nThe agency said it was not in a position to determine whether Iran had delivered missiles to Russia.', 'en'), 'determine');
  assert.deepEqual(stanceOn(en), ['no_evidence', 'supply:Iran>Russia:missiles']);
  const fr = claimAbout(claimsOf('Titre\n\nL’agence a expliqué qu’elle n’était pas en mesure de déterminer si l’Iran avait livré des missiles à la Russie.', 'fr'), 'déterminer');
  assert.deepEqual(stanceOn(fr), ['no_evidence', 'supply:Iran>Russia:missiles']);
});

test('An item word inside a capitalised name does not break it: "the Open Source Munitions Portal"', () => {
  const c = claimAbout(claimsOf('Title\n\nResearchers at the Open Source Munitions Portal said the missile was North Korean.', 'en'), 'missile');
  assert.equal(c.speaker.name, 'Open Source Munitions Portal');
});

test('Controlling exports is no export ("strictly controlled exports of drones", « contrôlait l’exportation des drones »); a nested report the outer one goes on after is the outer speaker’s', () => {
  const en = claimAbout(claimsOf('Title\n\nThe U.S. says China sells drones to Russia. The spokeswoman said Beijing strictly controlled exports of drones.', 'en'), 'controlled');
  assert.equal(en.proposition, null);
  const fr = claimAbout(claimsOf('Titre\n\nWashington affirme que la Chine vend des drones à la Russie. La porte-parole a assuré que Pékin contrôlait strictement l’exportation des drones.', 'fr'), 'contrôlait');
  assert.equal(fr.proposition, null);
  const outer = claimsOf('Titre\n\n« La Chine prétend être neutre, mais ses entreprises alimentent la machine de guerre russe », a déclaré un haut responsable américain.', 'fr');
  assert.equal(claimAbout(outer, 'machine de guerre').speaker.name, 'United States');
});

test('A report made a day or days before what the article tells (« deux jours après que X a accusé », "two days after") is dated to the month of publication', () => {
  const fr = claimAbout(claimsOf('Titre\n\nLa ministre a réagi deux jours après que Londres a accusé l’Iran d’envoyer des drones à la Russie.', 'fr', '2022-10-23'), 'envoyer');
  assert.equal(fr.saidOn, '2022-10');
  const en = claimAbout(claimsOf('Title\n\nThe minister spoke two days after the United States accused Iran of sending drones to Russia.', 'en', '2022-10-23'), 'sending');
  assert.equal(en.saidOn, '2022-10');
  // Early in a month, the day before may be the month before: nothing is certain.
  assert.notEqual(claimAbout(claimsOf('Titre\n\nLa ministre a réagi deux jours après que Londres a accusé l’Iran d’envoyer des drones à la Russie.', 'fr', '2022-10-02'), 'envoyer').saidOn, '2022-10');
});

test('A report made a day after a dated one is dated to the day before: "Iran denied the reports on Wednesday, a day after X said P", « au lendemain de ... »', () => {
  // 2024-09-12 is a Thursday.
  const en = claimsOf('Title\n\nIran denied the reports on Wednesday, a day after Washington said Russia had received ballistic missiles.', 'en', '2024-09-12');
  assert.equal(claimAbout(en, 'denied').saidOn, '2024-09-11');
  assert.equal(claimAbout(en, 'received').saidOn, '2024-09-10');
  const fr = claimsOf('Titre\n\nL’Iran a démenti mercredi, au lendemain des déclarations de Washington, qui avait affirmé que la Russie avait reçu des missiles.', 'fr', '2024-09-12');
  assert.equal(claimAbout(fr, 'reçu').saidOn, '2024-09-10');
  // With no date in the sentence, the day of the claim before, when the text wrote it out.
  const after = claimsOf('Title\n\nIran’s spokesman Ali Rostami said on Wednesday that Iran had sent no missiles. His comments came a day after Washington said Russia had received the missiles.', 'en', '2024-09-12');
  assert.equal(claimAbout(after, 'received').saidOn, '2024-09-10');
  const unwritten = claimsOf('Title\n\nIran’s spokesman Ali Rostami said Iran had sent no missiles. His comments came a day after Washington said Russia had received the missiles.', 'en', '2024-09-12');
  assert.equal(claimAbout(unwritten, 'received').saidOn, '2024-09');
});

test('A date right after the claims or the event a report names dates the report: "denied the reports on Wednesday", "had reported the deployment last week", « fait état de ce déploiement la semaine dernière »', () => {
  // 2024-10-25 is a Friday.
  const en = claimsOf('Title\n\nNorth Korea denied the reports on Wednesday. Seoul had first reported the deployment last week, saying Pyongyang had sent troops to Russia.', 'en', '2024-10-25');
  assert.equal(claimAbout(en, 'denied').saidOn, '2024-10-23');
  assert.equal(claimAbout(en, 'the deployment').saidOn, '2024-10');
  const fr = claimsOf('Titre\n\nSéoul avait fait état de ce déploiement la semaine dernière, affirmant que Pyongyang avait envoyé des soldats en Russie.', 'fr', '2024-10-25');
  assert.equal(claimAbout(fr, 'ce déploiement').saidOn, '2024-10');
});

test('« Pour Washington, il ne fait aucun doute que P »: a capital holds its government’s view; « Pour la Russie, ... » is whom something is for', () => {
  const capital = claimAbout(claimsOf('Titre\n\nPour Washington, il ne fait aucun doute que l’Iran a livré des missiles à la Russie.', 'fr'), 'livré');
  assert.equal(capital.speaker.name, 'United States');
  assert.ok(!claimsOf('Titre\n\nPour la Russie, les drones iraniens sont devenus indispensables.', 'fr').some((c) => c.speaker.name === 'Russia'));
});

test('"has yet to confirm that P" is no evidence, not a confirmation', () => {
  const c = claimAbout(claimsOf('Title\n\nThe Pentagon has yet to confirm that Iran delivered missiles to Russia.', 'en'), 'delivered');
  assert.deepEqual([c.speaker.name, c.stance], ['Pentagon', 'no_evidence']);
});

test('Handing over is supplying: "preparing to hand over ballistic missiles to Moscow", « aurait remis des drones à Moscou », « acheminés »', () => {
  const en = claimAbout(claimsOf('Title\n\nKyiv believes Tehran is preparing to hand over ballistic missiles to Moscow.', 'en'), 'hand over');
  assert.equal(prop(en), 'supply:Iran>Russia:ballistic missiles');
  const fr = claimAbout(claimsOf('Titre\n\nTéhéran aurait remis des centaines de drones à Moscou, selon Kiev.', 'fr'), 'remis');
  assert.equal(prop(fr), 'supply:Iran>Russia:drones');
});

test('Headlines naming their source beside a colon: "Iran has sent missiles to Russia: US", "US: Iran has delivered ..."; not a venue before a topic, nor a French topic label', () => {
  const after = claimAbout(claimsOf('Iran has sent ballistic missiles to Russia: US\n\nBody text here.', 'en'), 'ballistic');
  assert.deepEqual([after.speaker.name, prop(after)], ['United States', 'supply:Iran>Russia:ballistic missiles']);
  const before = claimAbout(claimsOf('US: Iran has delivered missiles to Russia\n\nBody text here.', 'en'), 'delivered');
  assert.equal(before.speaker.name, 'United States');
  assert.equal(claimsOf('Security Council: heated exchanges over arms deliveries to Russia\n\nBody text here.', 'en').length, 0);
  // French puts a topic before the colon, not a source.
  assert.equal(claimsOf('Ukraine : la Russie a lancé 40 drones iraniens dans la nuit\n\nCorps du texte.', 'fr').length, 0);
});

test('A report the outer one goes on after counts as the outer speaker’s only inside its quotation', () => {
  // Scraped text may start a sentence in lower case, so that two reports share one sentence.
  const claims = claimsOf('Titre\n\n« Nous n’avons vu aucune preuve d’une livraison de drones », a affirmé le ministre, Marc Dufour. la Turquie a livré des drones à la Serbie en août, a déclaré le porte-parole, Jean Morel.', 'fr');
  assert.equal(claimAbout(claims, 'aucune preuve').speaker.name, 'Marc Dufour');
});

test('Items "used by" the recipient and "made in" it deny the supply: a participle phrase may stand between, and "armed forces" is no arming', () => {
  const en = claimAbout(claimsOf('Title\n\nKyiv says Iran sent drones to Russia. The Russian representative said the drones used by his country’s armed forces were made in Russia.', 'en'), 'made in');
  assert.deepEqual(reading(en), ['Russia', 'denies', 'supply:Iran>Russia:drones']);
  const fr = claimAbout(claimsOf('Titre\n\nKiev accuse l’Iran de livrer des drones à la Russie. Le représentant russe a déclaré que les drones utilisés par les forces armées de son pays étaient fabriqués en Russie.', 'fr'), 'fabriqués');
  assert.deepEqual(stanceOn(fr), ['denies', 'supply:Iran>Russia:drones']);
});

test('Receiving letters or sending a message passes no arms: the transfers the letters are about do', () => {
  const c = claimAbout(claimsOf('Title\n\nThe envoy said the Secretariat had received letters from France about the transfers of drones by Iran to Russia.', 'en'), 'letters');
  assert.equal(prop(c), 'supply:Iran>Russia:drones');
});

test('A title ending in "Affairs" after a name is no name: "Name, Under-Secretary-General for Political and Peacebuilding Affairs, said"', () => {
  const c = claimAbout(claimsOf('Title\n\nMaria Okonjo, Under-Secretary-General for Political and Peacebuilding Affairs, said Iran had supplied drones to Russia.', 'en'), 'supplied');
  assert.equal(c.speaker.name, 'Maria Okonjo');
});

test('Ruling out an act denies it will happen: « a exclu de fournir », "ruled out supplying"; a later "il" is the one who ruled it out', () => {
  const fr = claimsOf('Titre\n\nLe chancelier allemand Karl Brenner a exclu, lundi, de fournir à Kiev des missiles de croisière, malgré les demandes du président ukrainien Ivan Petrenko. « Je ne suis pas prêt à livrer ces missiles », a-t-il déclaré.', 'fr');
  assert.deepEqual([claimAbout(fr, 'fournir').speaker.name, claimAbout(fr, 'fournir').stance, prop(claimAbout(fr, 'fournir'))], ['Karl Brenner', 'denies', 'supply:Germany>Ukraine:missiles']);
  assert.equal(claimAbout(fr, 'prêt').speaker.name, 'Karl Brenner');
  const en = claimAbout(claimsOf('Title\n\nGerman Chancellor Karl Brenner again ruled out supplying cruise missiles to Ukraine, despite repeated requests from Kyiv.', 'en'), 'supplying');
  assert.deepEqual(stanceOn(en), ['denies', 'supply:Germany>Ukraine:missiles']);
  // "despite repeated requests": after a preposition the participle describes a noun, nobody repeats anything.
  assert.ok(!claimsOf('Title\n\nGerman Chancellor Karl Brenner again ruled out supplying cruise missiles to Ukraine, despite repeated requests from Kyiv.', 'en').some((c) => c.text.startsWith('requests')));
});

test('A second verb shares the subject of the first past an opening phrase: "In a statement carried by the state news agency, X called ... and said"', () => {
  const c = claimAbout(claimsOf('Title\n\nIn a statement carried by the state news agency, Mina Park, the sister of the leader, called the reports "a paradox" and said her country would never export weapons to Russia.', 'en'), 'export');
  assert.equal(c.speaker.name, 'Mina Park');
});

test('Verdicts of falsehood deny: "the most absurd paradox", "a hoax", « il s’agissait d’un canular », "no intention of"', () => {
  const en = claimsOf('Title\n\nSeoul says Pyongyang sent troops to Russia. Mina Park called the reports "the most absurd paradox" and said Pyongyang had no intention of sending troops abroad. A Kremlin spokesman said the reports were a hoax.', 'en');
  assert.equal(claimAbout(en, 'paradox').stance, 'denies');
  assert.equal(claimAbout(en, 'no intention').stance, 'denies');
  assert.equal(claimAbout(en, 'hoax').stance, 'denies');
  const fr = claimAbout(claimsOf('Titre\n\nSéoul affirme que Pyongyang a envoyé des soldats en Russie. Le porte-parole du Kremlin a jugé qu’il s’agissait « d’un canular de plus ».', 'fr'), 'canular');
  assert.deepEqual(stanceOn(fr), ['denies', 'deploy:North Korea>Russia:personnel']);
});

test('A future in the content does not move the month the report was made: "P next year, officials said in June"', () => {
  const c = claimAbout(claimsOf('Title\n\nThe factory could be fully operational early next year, White House officials said in June.', 'en', '2023-08-22'), 'factory');
  assert.equal(c.saidOn, '2023-06');
});

test('"son secrétaire général" of an international body the sentence opens with speaks for no country, whoever spoke before', () => {
  const c = claimAbout(claimsOf('Titre\n\nMoscou a démenti. L’OTAN n’a pas été en mesure de corroborer ces affirmations, a déclaré son secrétaire général Jan Verhoef.', 'fr'), 'corroborer');
  assert.deepEqual([c.speaker.name, c.speaker.affiliation], ['Jan Verhoef', null]);
});

test('An absolute clause has its own subject: "with Western members alleging that P, and the Iranian and Russian delegates rejecting those claims"', () => {
  const claims = claimsOf('Title\n\nThe Council met today, with Western members alleging that Iran had transferred drones to Russia, and the Iranian and Russian delegates rejecting those claims.', 'en');
  assert.notEqual(claimAbout(claims, 'transferred').speaker.name, 'UN Security Council');
  assert.deepEqual(claims.filter((c) => c.text.includes('rejecting')).map((c) => [c.speaker.name, c.stance]), [['Iran', 'denies'], ['Russia', 'denies']]);
});

test('« Les délégués iranien et russe ont rejeté ces accusations »: one role held for each coordinated country', () => {
  const claims = claimsOf('Titre\n\nKiev accuse l’Iran de livrer des drones à la Russie. Les délégués iranien et russe ont rejeté ces accusations.', 'fr');
  assert.deepEqual(claims.filter((c) => c.text.includes('rejeté')).map((c) => c.speaker.name), ['Iran', 'Russia']);
});

test('Who cites reports is their source: « a évoqué des informations selon lesquelles P »', () => {
  const c = claimAbout(claimsOf('Titre\n\nLe président ukrainien Ivan Petrenko avait lui-même évoqué cette semaine des informations selon lesquelles des soldats nord-coréens se préparaient à rejoindre l’armée russe.', 'fr'), 'soldats');
  assert.deepEqual(reading(c), ['Ivan Petrenko', 'asserts', 'deploy:North Korea>Russia:personnel']);
});

test('« ces accusations relèvent d’une « campagne de désinformation » » denies the topic, whoever is said to orchestrate it', () => {
  const c = claimAbout(claimsOf('Titre\n\nWashington accuse l’Iran de livrer des drones à la Russie. Pour le ministère iranien des Affaires étrangères, ces accusations relèvent d’une « campagne de désinformation » orchestrée par les Etats-Unis.', 'fr'), 'campagne');
  assert.deepEqual(stanceOn(c), ['denies', 'supply:Iran>Russia:drones']);
});

test('What is still being checked is no assertion: "watching whether P", « surveille de près si P »', () => {
  const en = claimAbout(claimsOf('Title\n\nThe minister said Seoul was closely watching whether Moscow had handed over satellite technology to Pyongyang.', 'en'), 'watching');
  assert.equal(en.stance, 'no_evidence');
  const fr = claimAbout(claimsOf('Titre\n\nLe ministre a ajouté que Séoul surveillait de près si Moscou avait transféré des technologies à Pyongyang.', 'fr'), 'surveillait');
  assert.equal(fr.stance, 'no_evidence');
});

test('« La France, par la voix de sa ministre X, a affirmé » and "Russia, through its envoy X, said": the aside names who speaks', () => {
  const fr = claimAbout(claimsOf('Titre\n\nLa France, par la voix de sa ministre des Affaires étrangères Claire Dumas, a affirmé que l’Iran avait livré des drones à la Russie.', 'fr'), 'livré');
  assert.deepEqual([fr.speaker.name, fr.speaker.affiliation], ['Claire Dumas', 'France']);
  const en = claimAbout(claimsOf('Title\n\nRussia, through its foreign ministry spokeswoman Irina Volkova, said Iran had sent no drones to Russia.', 'en'), 'sent');
  assert.equal(en.speaker.name, 'Irina Volkova');
});

test('« Washington l’affirme : P », « Téhéran le dément »: an object pronoun after a subject is no determiner', () => {
  const colon = claimAbout(claimsOf('Titre\n\nWashington l’affirme depuis des mois : la Russie construit, avec l’aide de l’Iran, une usine de drones.', 'fr'), 'construit');
  assert.deepEqual([colon.speaker.name, colon.proposition?.type], ['United States', 'produce']);
  const denial = claimAbout(claimsOf('Titre\n\nKiev accuse l’Iran de livrer des missiles à la Russie. Téhéran le dément.', 'fr'), 'dément');
  assert.deepEqual(reading(denial), ['Iran', 'denies', 'supply:Iran>Russia:missiles']);
});

test('"a government spokesman" is someone new, not the spokesman quoted before, even with a modifier after the article', () => {
  const c = claimAbout(claimsOf('Title\n\nKremlin spokesman Oleg Sorin said the missiles would change nothing. Germany has still not decided whether to send cruise missiles, a government spokesman said.', 'en'), 'decided');
  assert.notEqual(c.speaker.name, 'Oleg Sorin');
});

test('A free relative is a thing said, not a report: « ce que les États-Unis disaient », unless it reports what something is', () => {
  const claims = claimsOf('Titre\n\nKiev accuse l’Iran de livrer des drones à la Russie. Le département d’État a jugé que l’aveu iranien confirmait ce que les États-Unis disaient depuis l’été.', 'fr');
  assert.ok(!claims.some((c) => c.speaker.name === 'aveu iranien' || c.text === 'les États-Unis disaient depuis l’été'));
  assert.equal(claimAbout(claims, 'confirmait').speaker.name, 'State Department');
  const copula = claimsOf('Titre\n\nMinsk a vendu des radars à Téhéran, dans ce que les diplomates européens disent être une escalade de leur coopération.', 'fr');
  assert.ok(copula.some((c) => c.text.includes('escalade')));
});

test('A reason given after the content ends it ("..., citing concerns that", « , invoquant le risque »), and humanitarian aid is no arms supply', () => {
  const en = claimsOf('Title\n\nThe minister said his country would not provide weapons to Ukraine, citing concerns that they could fall into Iranian hands. He said Israel would continue to send humanitarian aid to Ukraine.', 'en');
  const refusal = claimAbout(en, 'provide');
  assert.deepEqual([refusal.stance, refusal.text], ['denies', 'his country would not provide weapons to Ukraine']);
  assert.equal(claimAbout(en, 'humanitarian').proposition, null);
  const fr = claimsOf('Titre\n\nLe ministre a déclaré que son pays ne fournirait pas d’armes à l’Ukraine, invoquant le risque qu’elles tombent aux mains de l’Iran. Il a ajouté qu’Israël continuerait d’envoyer de l’aide humanitaire à l’Ukraine.', 'fr');
  assert.equal(claimAbout(fr, 'fournirait').text, 'son pays ne fournirait pas d’armes à l’Ukraine');
  assert.equal(claimAbout(fr, 'humanitaire').proposition, null);
});

test('Calling a party’s own denial or admission a lie asserts what it answered; calling the reports lies does not', () => {
  const en = claimsOf('Title\n\nIran denied sending drones to Russia. Kyiv said Tehran was lying. China dismissed the reports as lies.', 'en');
  const liar = claimAbout(en, 'lying');
  assert.deepEqual(reading(liar), ['Ukraine', 'asserts', 'supply:Iran>Russia:drones']);
  assert.equal(claimAbout(en, 'reports').stance, 'denies');
  const fr = claimsOf('Titre\n\nL’Iran a admis avoir fourni des drones à la Russie avant la guerre. Kiev a aussitôt dénoncé un mensonge. « L’Iran ment », a réagi le conseiller présidentiel ukrainien Petro Bondar.', 'fr');
  assert.deepEqual([claimAbout(fr, 'mensonge').stance, prop(claimAbout(fr, 'mensonge'))], ['asserts', 'supply:Iran>Russia:drones']);
  assert.deepEqual([claimAbout(fr, 'ment').speaker.name, claimAbout(fr, 'ment').stance, prop(claimAbout(fr, 'ment'))], ['Petro Bondar', 'asserts', 'supply:Iran>Russia:drones']);
});

test('"A spokesman for Ukraine’s air force, X" speaks for Ukraine; "the spokesperson" after an unnamed one is that one, not a spokesman named before', () => {
  const owned = claimAbout(claimsOf('Title\n\nA spokesman for Ukraine’s air force, Petro Ivanenko, said the images were doctored.', 'en'), 'images');
  assert.equal(owned.speaker.affiliation, 'Ukraine');
  const claims = claimsOf([
    'Title\n\nA spokesman for the Belarusian defence ministry, Pavel Lenko, said Minsk had never sent aircraft to Iran.',
    'A US State Department spokesperson said Washington had seen no evidence of any such transfer.',
    '"We are not aware of any Belarusian aircraft going to Iran," the spokesperson said.',
  ].join(' '), 'en');
  assert.equal(claimAbout(claims, 'not aware').speaker.name, 'State Department');
});

test('« Selon X, porte-parole du Conseil, P »: the role apposed to the source is not part of what it says', () => {
  const c = claimAbout(claimsOf('Titre\n\nSelon Paul Dorsey, porte-parole du Conseil de sécurité nationale, la Corée du Nord a livré des missiles à la Russie.', 'fr'), 'livré');
  assert.deepEqual([c.speaker.name, c.text], ['Paul Dorsey', 'la Corée du Nord a livré des missiles à la Russie']);
  const en = claimAbout(claimsOf('Title\n\nAccording to Paul Dorsey, a National Security Council spokesman, North Korea delivered missiles to Russia.', 'en'), 'delivered');
  assert.equal(en.text, 'North Korea delivered missiles to Russia');
});

test('Items fended off are no supply the topic is about: "shield Ukrainian cities from Iranian-made drones", « protéger ... des drones iraniens »', () => {
  const en = claimAbout(claimsOf('Title\n\nIsrael said it would not sell weapons to Ukraine. Kyiv has asked for air defences, saying they would help shield Ukrainian cities from Iranian-made drones.', 'en'), 'shield');
  assert.equal(en.proposition, null);
  const fr = claimAbout(claimsOf('Titre\n\nIsraël a affirmé qu’il ne vendrait pas d’armes à l’Ukraine. Kiev a demandé des défenses aériennes, affirmant qu’elles aideraient à protéger les villes ukrainiennes des drones iraniens.', 'fr'), 'protéger');
  assert.equal(fr.proposition, null);
});

test('"A:" and « R : » label the answers of whoever the document presents: the issuer of a briefing, else the one person named', () => {
  const briefing = [
    'Point de presse du porte-parole du Quai d’Orsay', '',
    'Q : La France a-t-elle des informations sur des livraisons de missiles iraniens à la Russie ?', '',
    'R : Nous avons des preuves que l’Iran a livré des missiles balistiques à la Russie.', '',
    'Q : L’Iran affirme n’avoir livré aucun missile. Que répondez-vous ?', '',
    'R : Les dénégations iraniennes ne sont pas crédibles.',
  ].join('\n');
  const answers = claimsOf(briefing, 'fr').filter((c) => c.speaker.affiliation === 'France');
  assert.deepEqual(answers.map((c) => [c.stance, c.proposition?.actor, c.proposition?.recipient]), [['asserts', 'Iran', 'Russia'], ['asserts', 'Iran', 'Russia']]);
  const interview = [
    'An interview with the alliance’s deputy chief', '',
    'Q: Is China providing weapons to Russia?', '',
    'A: So far we have not seen China provide lethal aid to Russia.', '',
    'Q: What about Iran?', '',
    'A: There are indications that it could also provide ballistic missiles.', '',
    'Anna Keller is the alliance’s deputy chief.',
  ].join('\n');
  const said = claimsOf(interview, 'en');
  assert.deepEqual(said.map((c) => [c.speaker.name, c.stance, c.proposition?.actor]), [['Anna Keller', 'no_evidence', 'China'], ['Anna Keller', 'speculates', 'Iran']]);
});

test('Only France has a « ministre des Armées »: its holder speaks for France wherever the story is set', () => {
  const c = claimAbout(claimsOf('Titre\n\nBerlin refuse de livrer des missiles à Kiev. Paris a fourni des missiles à l’Ukraine, selon le ministre des Armées, Paul Renaud.', 'fr'), 'Paris');
  assert.deepEqual([c.speaker.name, c.speaker.affiliation], ['Paul Renaud', 'France']);
});

test('Rejecting statements that something is not so asserts it; "power stations" station nobody', () => {
  const fr = claimAbout(claimsOf('Titre\n\nKiev rejette catégoriquement les déclarations de la partie iranienne selon lesquelles l’Iran ne fournirait pas d’armes à la Russie.', 'fr'), 'rejette');
  assert.deepEqual(stanceOn(fr), ['asserts', 'supply:Iran>Russia:weapons']);
  const en = claimAbout(claimsOf('Title\n\nUkraine’s president said Russia had launched dozens of Iranian-made drones overnight, targeting power stations in Kyiv.', 'en'), 'launched');
  assert.equal(prop(en), 'supply:Iran>Russia:drones');
});

test('Wire-story idioms: "The country has denied" after its mission, "special forces", "Yet another fake", "if true"', () => {
  const claims = claimsOf([
    'Title\n\nSeoul says Pyongyang has sent 1,500 special forces to Russia.',
    '"Yet another fake," a Kremlin spokesman said.',
    'The Pentagon said that, if true, the deployment would be a concerning development.',
    'Iran’s mission to the United Nations did not respond. The country has repeatedly denied providing weapons to Russia.',
  ].join(' '), 'en');
  assert.equal(prop(claimAbout(claims, 'special forces')), 'deploy:North Korea>Russia:personnel');
  assert.equal(claimAbout(claims, 'fake').stance, 'denies');
  assert.equal(claimAbout(claims, 'if true').stance, 'speculates');
  assert.equal(claimAbout(claims, 'providing').speaker.name, 'Iran');
});

test('A deployment’s destination is named in what is said, not in who says it (« », a indiqué le NIS)', () => {
  const c = claimAbout(claimsOf('Titre\n\nSelon le renseignement sud-coréen, des soldats nord-coréens ont été acheminés vers la Russie. « Ces militaires vont probablement être déployés sur le front », a indiqué le NIS.', 'fr'), 'déployés');
  assert.equal(prop(c), 'deploy:North Korea>Russia:personnel');
});

test('French sources and denials: « À en croire X », « Aux dires de X », « s’est défendu d’avoir fourni », « a juré »; « a-t-on appris de source militaire » is nobody quoted before', () => {
  const claims = claimsOf([
    'Titre\n\nÀ en croire Washington, des missiles iraniens seraient déjà arrivés en Russie.',
    'Téhéran s’est défendu d’avoir fourni le moindre missile à Moscou.',
    '« Ces allégations sont sans fondement », a juré le ministre iranien des Affaires étrangères, Reza Karimi.',
    'Aux dires de plusieurs diplomates européens, les livraisons auraient commencé en août.',
    'Les missiles seront utilisés contre des villes ukrainiennes, a-t-on appris de source militaire.',
  ].join(' '), 'fr');
  assert.deepEqual([claimAbout(claims, 'arrivés').speaker.name, prop(claimAbout(claims, 'arrivés'))], ['United States', 'supply:Iran>Russia:missiles']);
  assert.deepEqual([claimAbout(claims, 'défendu').stance, prop(claimAbout(claims, 'défendu'))], ['denies', 'supply:Iran>Russia:missiles']);
  assert.deepEqual([claimAbout(claims, 'sans fondement').speaker.name, claimAbout(claims, 'sans fondement').stance], ['Reza Karimi', 'denies']);
  assert.equal(claimAbout(claims, 'commencé').speaker.name, 'diplomat');
  assert.notEqual(claimAbout(claims, 'villes').speaker.name, 'Reza Karimi');
});

test('Who qualifies the accusations accuses: "rejected Western accusations", « a rejeté les accusations occidentales » deny the topic', () => {
  const en = claimAbout(claimsOf('Title\n\nWashington says China is supplying weapons to Russia. Beijing has consistently rejected Western accusations.', 'en'), 'Western');
  assert.deepEqual(stanceOn(en), ['denies', 'supply:China>Russia:weapons']);
  const fr = claimAbout(claimsOf('Titre\n\nWashington affirme que la Chine livre des armes à la Russie. Pékin a rejeté les accusations occidentales.', 'fr'), 'occidentales');
  assert.deepEqual(stanceOn(fr), ['denies', 'supply:China>Russia:weapons']);
});

test('Furniture lines between two sentences do not hide the body that spoke; a warning against an act may name its addressee at length', () => {
  const guessed = claimAbout(claimsOf('Germany says it has no evidence of Chinese arms deliveries to Russia\n\nDW\n03/24/2023\n\nGermany has seen no evidence that China is supplying weapons to Russia, government spokesman Jonas Weber said on Friday.', 'en'), 'seen no evidence');
  assert.equal(guessed.speaker.affiliation, 'Germany');
  const warned = claimAbout(claimsOf('Title\n\nWashington says China may arm Russia. The minister had warned her Chinese counterpart during a phone call earlier this month against supplying arms to Moscow.', 'en'), 'against');
  assert.equal(warned.stance, 'speculates');
});

test('« assurent la formation » is training, not saying; « a précisé le ministère dans un communiqué » names the ministry; an act its would-be actor calls inhumane is denied', () => {
  const fr = claimAbout(claimsOf('Titre\n\nSelon le ministère biélorusse de la Défense, des soldats russes sont stationnés dans le pays. Les instructeurs biélorusses « assurent la formation » de ces militaires russes, a précisé le ministère dans un communiqué.', 'fr'), 'formation');
  assert.deepEqual([fr.speaker.name, prop(fr)], ['Ministry of Defence', 'train:Belarus>Russia:personnel']);
  const en = claimAbout(claimsOf('Title\n\nWashington says Iran sent missiles to Russia. "Iran considers providing military assistance to the parties engaged in the conflict to be inhumane," the Iranian mission said.', 'en'), 'inhumane');
  assert.equal(en.stance, 'denies');
});

test('A participle of making after the items says where they come from when the clause transfers them; « produits en Russie » is production', () => {
  const fr = claimAbout(claimsOf('Titre\n\nDes obus de 122 mm fabriqués au Pakistan auraient été acheminés vers l’Ukraine, selon la presse.', 'fr'), 'acheminés');
  assert.equal(prop(fr), 'supply:Pakistan>Ukraine:ammunition');
  const en = claimAbout(claimsOf('Title\n\nShells made in Pakistan were shipped to Ukraine, a Ukrainian official said.', 'en'), 'shipped');
  assert.equal(prop(en), 'supply:Pakistan>Ukraine:ammunition');
  const made = claimAbout(claimsOf('Titre\n\nSelon Kiev, des drones iraniens sont désormais produits en Russie.', 'fr'), 'produits');
  assert.equal(made.proposition?.type, 'produce');
});

test('Wire headlines: "..., sources say", "..., state media reported"; "received Iranian short-range missiles" names the supplier by the items’ origin', () => {
  const received = claimAbout(claimsOf('Russia has received Iranian short-range missiles, sources say\n\nBody text.', 'en'), 'received');
  assert.equal(prop(received), 'supply:Iran>Russia:missiles');
  const media = claimAbout(claimsOf('Title\n\nIran has sent drones to Russia, state media reported.', 'en'), 'sent');
  assert.equal(media.speaker.name, 'media');
});

test('A weapon system’s maker is the supplier of the ones another country launches: "Shahed drones launched by Russia"; seeing one names no user', () => {
  const launched = claimAbout(claimsOf('Title\n\nThe air force said it had destroyed 12 Shahed-136 drones launched by Russian forces overnight.', 'en'), 'launched');
  assert.equal(prop(launched), 'supply:Iran>Russia:drones');
  const seen = claimAbout(claimsOf('Title\n\nKyiv says Turkey sold drones to Russia. Ukrainian officials said they had seen images of a TB2 drone bearing Russian markings.', 'en'), 'images');
  assert.notEqual(seen.proposition?.recipient, 'Ukraine');
});

test('Negations and hedges: « aucun drone n’avait été livré », "none had been sent" deny; « Rien ne doit être exclu » speculates; « personne ne sait » lacks evidence', () => {
  const fr = claimsOf('Titre\n\nKiev accuse l’Iran de livrer des drones à la Russie. Le ministre iranien a assuré qu’aucun drone n’avait été livré depuis le début de l’invasion. « Rien ne doit être exclu », a ajouté un diplomate européen. Selon lui, personne ne sait combien de drones ont été livrés.', 'fr');
  assert.equal(claimAbout(fr, 'aucun drone').stance, 'denies');
  assert.equal(claimAbout(fr, 'Rien ne doit').stance, 'speculates');
  assert.equal(claimAbout(fr, 'personne ne sait').stance, 'no_evidence');
  const en = claimsOf('Title\n\nKyiv accuses Iran of sending drones to Russia. The Iranian foreign minister insisted that none had been sent since the invasion began.', 'en');
  assert.equal(claimAbout(en, 'none had been sent').stance, 'denies');
});

test('A country that denied claims the text had not yet spelled out stands accused: its later statement of its own deliveries admits them', () => {
  const c = claimAbout(claimsOf('Iran’s top diplomat rejects drone claims\n\nIranian Foreign Minister Reza Karimi said on Saturday that Iran had given Russia a limited number of drones months before the war.', 'en'), 'limited');
  assert.deepEqual(stanceOn(c), ['admits', 'supply:Iran>Russia:drones']);
});

test('A press statement titled with no issuer is its signatory’s voice; « , plusieurs délégations dénonçant » has its own subject', () => {
  const statement = claimsOf('Press Statement: Sanctions over Missile Transfers\n\nJane Holloway, Secretary of State\nSeptember 10, 2024\n\nRussia has received shipments of Iranian ballistic missiles.', 'en');
  assert.deepEqual([claimAbout(statement, 'shipments').speaker.name, prop(claimAbout(statement, 'shipments'))], ['Jane Holloway', 'supply:Iran>Russia:ballistic missiles']);
  const council = claimAbout(claimsOf('Titre\n\nLe Conseil de sécurité s’est réuni aujourd’hui, plusieurs délégations dénonçant les livraisons de munitions de la Corée du Nord à la Russie.', 'fr'), 'livraisons');
  assert.notEqual(council.speaker.name, 'UN Security Council');
});

test('Denying a deployment of others’ people names the one denying as where they were sent: « Bamako dément tout déploiement de mercenaires de Wagner »; killing them is no using them', () => {
  const fr = claimAbout(claimsOf('Titre\n\nBamako dément tout déploiement de mercenaires de Wagner.', 'fr'), 'déploiement');
  assert.deepEqual(stanceOn(fr), ['denies', 'deploy:Russia>Mali:personnel']);
  const en = claimAbout(claimsOf('Title\n\nWashington says Iranian trainers were helping Russian forces. Ukraine’s military intelligence said it had killed 10 Iranian instructors in Crimea.', 'en'), 'killed');
  assert.notEqual(en.proposition?.recipient, 'Ukraine');
});

test('A possessive is no part of a name: "Petrenko\'s office said" is the president’s office speaking', () => {
  const c = claimAbout(claimsOf('Title\n\nUkrainian President Ivan Petrenko has accused Iran of supplying drones to Russia. On Saturday, Petrenko\'s office said Iran was lying about the drones.', 'en'), 'was lying');
  assert.deepEqual([c.speaker.name, c.speaker.affiliation], ['Ivan Petrenko', 'Ukraine']);
});

test('A subordinate clause has a subject of its own: "..., Lukashenko told reporters, a day after Ukraine’s military said P"', () => {
  const c = claimAbout(claimsOf('Title\n\nBelarusian President Viktor Lenko said his country would not fight. "We are not going to," Lenko told state media, a day after Ukraine\'s military said Minsk was preparing to join the fighting.', 'en'), 'preparing');
  assert.equal(c.speaker.affiliation, 'Ukraine');
});

test('A report in a relative clause is about its antecedent, and leaves the rest to the outer report: "The claim, which Tehran has repeatedly rejected, is backed by wreckage, officials say"', () => {
  const claims = claimsOf('Title\n\nKyiv says Iran has supplied Russia with drones. The claim, which Tehran has repeatedly rejected, is backed by wreckage recovered across Ukraine, Ukrainian officials say.', 'en');
  const rejected = claimAbout(claims, 'The claim', 'Iran');
  assert.deepEqual([rejected.text, rejected.stance, prop(rejected)], ['The claim', 'denies', 'supply:Iran>Russia:drones']);
  assert.ok(claims.some((c) => c.text.includes('wreckage') && c.speaker.name === 'Ukraine'));
});

test('Officials in a capital speak for its government, whoever spoke before: "..., officials in Kyiv say", « selon des responsables à Kiev »', () => {
  const en = claimAbout(claimsOf('Title\n\nMoscow and Tehran deny that Iran has supplied Russia with drones. Wreckage recovered across Ukraine shows Iranian drones were used by Russia, officials in Kyiv say.', 'en'), 'Wreckage');
  assert.equal(en.speaker.name, 'Ukraine');
  const fr = claimAbout(claimsOf('Titre\n\nMoscou et Téhéran démentent. L’Iran a livré des drones à la Russie, selon des responsables à Kiev.', 'fr'), 'livré');
  assert.equal(fr.speaker.name, 'Ukraine');
});

test('An inverted speaker is a name closing its clause: "..., said Hale." even unknown; "said Kyiv expected P" opens a clause instead', () => {
  const bare = claimAbout(claimsOf('Title\n\n"Iran sent drones to Russia," said Hale.', 'en'), 'Iran sent');
  assert.equal(bare.speaker.name, 'Hale');
  const clause = claimAbout(claimsOf('Title\n\nA senior Ukrainian official, speaking on condition of anonymity, said Kyiv expected Iran to deliver missiles to Russia.', 'en'), 'expected');
  assert.equal(clause.text.startsWith('Kyiv expected'), true);
});

test('An opening adjunct is no content: « Dans un communiqué publié par l’agence officielle, X a qualifié les accusations sud-coréennes d’« absurdes » »', () => {
  const c = claimAbout(claimsOf('Titre\n\nLa Corée du Nord a livré des obus à la Russie, selon Séoul. Dans un communiqué publié par l’agence officielle, la porte-parole Mi-ran Cho a qualifié les accusations sud-coréennes d’« absurdes ».', 'fr'), 'qualifié');
  assert.deepEqual(reading(c), ['Mi-ran Cho', 'denies', 'supply:North Korea>Russia:ammunition']);
});

test('A deputy ambassador speaks for the country owning the post: "Russia’s deputy ambassador to the UN, X", « l’ambassadeur adjoint de la Russie »', () => {
  const en = claimAbout(claimsOf('Title\n\nSeoul says North Korea sent troops to Russia. Russia\'s deputy ambassador to the UN, Pavel Orlov, called the reports "fake news".', 'en'), 'fake news');
  assert.deepEqual([en.speaker.name, en.speaker.affiliation, en.stance], ['Pavel Orlov', 'Russia', 'denies']);
  const fr = claimAbout(claimsOf('Titre\n\nSéoul affirme que la Corée du Nord a envoyé des troupes en Russie. L’ambassadeur adjoint de la Russie à l’ONU, Pavel Orlov, a qualifié ces accusations de « fausses nouvelles ».', 'fr'), 'fausses');
  assert.deepEqual([fr.speaker.name, fr.speaker.affiliation], ['Pavel Orlov', 'Russia']);
});

test('British papers write departments in lower case: "Matthew Hale, the state department spokesperson" speaks for the United States', () => {
  const c = claimAbout(claimsOf('Title\n\nSeoul says North Korea sent troops to Russia. "This is a dangerous development," said Matthew Hale, the state department spokesperson.', 'en'), 'dangerous');
  assert.equal(c.speaker.affiliation, 'United States');
});

test('"the US national security council spokesperson, Jane Roe" speaks for the United States, in lower case too', () => {
  const c = claimAbout(claimsOf('Title\n\nIran’s mission to the UN said Tehran had never provided any drones. The US national security council spokesperson, Jane Roe, said Russia had received hundreds of drones from Iran.', 'en'), 'hundreds');
  assert.deepEqual([c.speaker.name, c.speaker.affiliation], ['Jane Roe', 'United States']);
});

test('A role owned by a list of countries speaks for each: "The foreign ministers of France, Germany and Britain said", « les ministres de la France, de l’Allemagne et du Royaume-Uni »', () => {
  const en = claimsOf('Title\n\nIran has sent ballistic missiles to Russia. The foreign ministers of France, Germany and Britain said in a joint statement that the transfer was an escalation.', 'en');
  assert.deepEqual(en.filter((c) => c.text.includes('escalation')).map((c) => c.speaker.name), ['France', 'Germany', 'United Kingdom']);
  const fr = claimsOf('Titre\n\nL’Iran a fourni des missiles balistiques à Moscou. Les ministres des Affaires étrangères de la France, de l’Allemagne et du Royaume-Uni ont affirmé que ce transfert était une escalade.', 'fr');
  assert.deepEqual(fr.filter((c) => c.text.includes('escalade')).map((c) => c.speaker.name), ['France', 'Germany', 'United Kingdom']);
});

test('Where items were used is no party: « des drones iraniens ont été utilisés en Ukraine » is about the topic’s supply', () => {
  const fr = claimAbout(claimsOf('Titre\n\nKiev accuse l’Iran de livrer des drones à la Russie. Le ministre iranien Ali Karimi a déclaré que des drones iraniens avaient peut-être été utilisés en Ukraine.', 'fr'), 'utilisés');
  assert.equal(prop(fr), 'supply:Iran>Russia:drones');
  const en = claimAbout(claimsOf('Title\n\nKyiv accuses Iran of supplying drones to Russia. Iranian minister Ali Karimi said Iranian drones may have been used in Ukraine.', 'en'), 'used in');
  assert.equal(prop(en), 'supply:Iran>Russia:drones');
});

test('Items of another kind than the topic’s refer to the last word on those items: « les drones utilisés par ses troupes sont de fabrication russe » after talk of missiles', () => {
  const fr = claimAbout(claimsOf('Titre\n\nKiev accuse l’Iran de livrer des drones à la Russie. Washington affirme que l’Iran envisage de fournir des missiles à Moscou. Moscou affirme que les drones utilisés par ses troupes sont de fabrication russe.', 'fr'), 'fabrication russe');
  assert.deepEqual(stanceOn(fr), ['denies', 'supply:Iran>Russia:drones']);
  const en = claimAbout(claimsOf('Title\n\nSeoul says North Korea has deployed troops to Russia. Russian instructors trained North Korean officers to use drones, it added. Zelensky said the first clashes between Ukrainian troops and North Korean soldiers had taken place.', 'en'), 'clashes');
  assert.equal(prop(en), 'deploy:North Korea>Russia:personnel');
});

test('Sanctions are a penalty, no transfer: "the EU was preparing new sanctions on Iranian drone makers", « des sanctions contre des fabricants iraniens de drones »', () => {
  const en = claimAbout(claimsOf('Title\n\nKyiv says Iran supplied drones to Russia. A diplomat said the EU was preparing new sanctions on Iranian drone makers.', 'en'), 'sanctions');
  assert.equal(en.proposition, null);
  const fr = claimAbout(claimsOf('Titre\n\nKiev affirme que l’Iran a livré des drones à la Russie. Un diplomate a indiqué que l’UE préparait des sanctions contre des fabricants iraniens de drones.', 'fr'), 'sanctions');
  assert.equal(fr.proposition, null);
});

test('Who shoots items down takes no part in their supply: « l’armée ukrainienne abat chaque jour dix drones de fabrication iranienne »', () => {
  const fr = claimAbout(claimsOf('Titre\n\nKiev accuse l’Iran de livrer des drones à la Russie. Selon le président, l’armée ukrainienne abat chaque jour au moins dix drones de fabrication iranienne.', 'fr'), 'abat');
  assert.equal(prop(fr), 'supply:Iran>Russia:drones');
  const en = claimAbout(claimsOf('Title\n\nKyiv accuses Iran of supplying drones to Russia. The president said Ukraine\'s air force shoots down at least ten Iranian-made drones every day.', 'en'), 'shoots');
  assert.equal(prop(en), 'supply:Iran>Russia:drones');
});

test('A deputy ambassador to the UN speaks for the country sending them, not for the UN', () => {
  const c = claimAbout(claimsOf('Title\n\nSeoul says North Korea sent troops to Russia. Russia\'s deputy ambassador to the UN said the reports were fake.', 'en'), 'fake');
  assert.equal(c.speaker.name, 'Russia');
});

test('A pronoun after a sentence reporting nothing is its subject: « À Kiev, le président ukrainien a aussitôt réagi. « ... », a-t-il lancé »', () => {
  const fr = claimAbout(claimsOf('Titre\n\nLe ministre iranien a reconnu que l’Iran avait livré des drones à la Russie. À Kiev, le président ukrainien a aussitôt réagi. « Le régime iranien ment », a-t-il lancé.', 'fr'), 'ment');
  assert.equal(fr.speaker.affiliation, 'Ukraine');
  const en = claimAbout(claimsOf('Title\n\nThe Iranian minister admitted that Iran had sent drones to Russia. In Kyiv, the Ukrainian president was quick to respond. "The Iranian regime is lying," he said.', 'en'), 'lying');
  assert.equal(en.speaker.affiliation, 'Ukraine');
});

test('A demonym beside an event noun is who acts: « les livraisons turques à Kiev », "the North Korean deliveries"', () => {
  const fr = claimAbout(claimsOf('Titre\n\nL’Iran livre des drones à la Russie. Le Kremlin a affirmé que les livraisons turques de drones à Kiev constituaient une ligne rouge.', 'fr'), 'livraisons');
  assert.equal(prop(fr), 'supply:Turkey>Ukraine:drones');
  const en = claimAbout(claimsOf('Title\n\nSeoul says North Korea has shipped shells to Russia. Spokesman Matthew Hale said the North Korean deliveries to Moscow violated several resolutions.', 'en'), 'deliveries');
  assert.equal(prop(en), 'supply:North Korea>Russia:ammunition');
});

test('Whose vehicles carried troops or items says nothing of who sent them: "transported by Russian navy ships", « transportés par des navires russes »', () => {
  const en = claimAbout(claimsOf('Title\n\nThe agency said North Korea has sent troops to Russia. The agency said the troops were transported by Russian navy ships last week.', 'en'), 'transported');
  assert.equal(prop(en), 'deploy:North Korea>Russia:personnel');
  const fr = claimAbout(claimsOf('Titre\n\nSéoul affirme que la Corée du Nord a envoyé des soldats en Russie. Selon le NIS, les soldats ont été transportés par des navires russes.', 'fr'), 'transportés');
  assert.equal(prop(fr), 'deploy:North Korea>Russia:personnel');
});

test('"We don\'t have any information to indicate that P" lacks evidence, contracted or not', () => {
  const c = claimAbout(claimsOf('Title\n\nNorth Korea has sent troops to Russia, the Pentagon said. "We don\'t have any information to indicate that North Korean troops are fighting," the spokesman said.', 'en'), 'information');
  assert.equal(c.stance, 'no_evidence');
});

test('A concern stated with the copula reports ("we are increasingly concerned that P", « nous sommes préoccupés que P »); ", and we" and "even as" open a clause with its own subject', () => {
  const en = claimsOf('Title\n\nPentagon spokesman Tom Hale said North Korea has sent soldiers to Russia. "Some of them have moved closer to Ukraine, and we are increasingly concerned that Russia intends to use them in combat," Hale said.', 'en');
  assert.ok(en.some((c) => c.text === 'Russia intends to use them in combat' && c.speaker.name === 'Tom Hale' && c.stance === 'speculates'));
  const fr = claimsOf('Titre\n\nLe ministre Paul Morel a déclaré que des soldats nord-coréens étaient arrivés en Russie, et nous sommes préoccupés que Moscou puisse les utiliser au combat.', 'fr');
  assert.ok(fr.some((c) => c.text === 'Moscou puisse les utiliser au combat' && c.stance === 'speculates'));
  const evenAs = claimAbout(claimsOf('Title\n\nAlexander Petrov ruled out sending troops to Ukraine on Tuesday, even as Ukrainian officials warned that Russian forces were massing in Belarus.', 'en'), 'massing');
  assert.equal(evenAs.speaker.name, 'Ukraine');
});

test('In a journalist’s question, a name before a comma is whom it is put to: "Q: Tom, Tehran says P" is Tehran’s report, "Q: Mr. Hale, ..." too', () => {
  for (const vocative of ['Tom', 'Mr. Hale']) {
    const briefing = [
      'Press Briefing by Pentagon Press Secretary Tom Hale', '',
      'MR. HALE: North Korea has sent about 10,000 soldiers to Russia.', '',
      `Q: ${vocative}, Tehran says it has not sent any drones to Russia. Do you have evidence?`, '',
      'MR. HALE: We have seen the drones.',
    ].join('\n');
    const denial = claimAbout(claimsOf(briefing, 'en'), 'not sent any drones');
    assert.deepEqual(reading(denial), ['Iran', 'denies', 'supply:Iran>Russia:drones'], vocative);
  }
});

test('In a transcript a journalist’s question reports nothing, and an answer’s impersonal report is the answering speaker’s ("It is fair to say that P")', () => {
  const briefing = [
    'Press Briefing by Pentagon Press Secretary Brig. Gen. Tom Hale', '',
    'GEN. HALE: North Korea has sent about 10,000 soldiers to Russia.', '',
    'Q: Do you have any indication that they are fighting?', '',
    'GEN. HALE: It is fair to say that Russia is likely to give technology to Pyongyang.',
  ].join('\n');
  const en = claimsOf(briefing, 'en');
  assert.ok(!en.some((c) => c.text.includes('indication')));
  assert.equal(claimAbout(en, 'technology').speaker.name, 'Tom Hale');
  const point = [
    'Point de presse du porte-parole du Quai d’Orsay', '',
    'Q : Avez-vous la preuve que des soldats nord-coréens combattent en Ukraine ?', '',
    'R : Il est juste de dire que la Russie fournira sans doute de la technologie à Pyongyang.',
  ].join('\n');
  const fr = claimsOf(point, 'fr');
  assert.ok(!fr.some((c) => c.text.includes('preuve')));
  assert.equal(claimAbout(fr, 'technologie').speaker.affiliation, 'France');
});

test('Technology for making weapons is technology, not the weapons: "drone technology", « technologie de drones »', () => {
  const en = claimAbout(claimsOf('Title\n\nIran denied the claims. "We have not transferred any drone technology to Russia," the spokesman said.', 'en'), 'technology');
  assert.equal(en.proposition?.item, 'technology');
  const fr = claimAbout(claimsOf('Titre\n\nL’Iran dément. « Nous n’avons transféré aucune technologie de drones à la Russie », a déclaré le porte-parole.', 'fr'), 'technologie');
  assert.equal(fr.proposition?.item, 'technology');
});

test('Sources and people familiar with a matter speak for no country the text says; only officials get the likeliest one', () => {
  const en = claimAbout(claimsOf('Title\n\nThe White House has said Iran supplies Russia. Russia and Iran have agreed to produce drones in Russia, according to two people familiar with the project.', 'en'), 'agreed');
  assert.deepEqual([en.speaker.name, en.speaker.affiliation], ['people', null]);
  const fr = claimAbout(claimsOf('Titre\n\nLe Kremlin dément. Au moins 200 missiles auraient été expédiés à la Russie, selon des sources sécuritaires.', 'fr'), 'expédiés');
  assert.equal(fr.speaker.affiliation, null);
});

test('Where items end up is who got them: "ammunition made in his country could end up in Ukraine", « pouvaient finir en Ukraine »', () => {
  const en = claimAbout(claimsOf('Title\n\nSerbian president Goran Ilic acknowledged that ammunition made in his country could end up in Ukraine.', 'en'), 'end up');
  assert.deepEqual(stanceOn(en), ['admits', 'supply:Serbia>Ukraine:ammunition']);
  const fr = claimAbout(claimsOf('Titre\n\nLe président serbe, Goran Ilic, a reconnu que des munitions produites dans son pays pouvaient finir en Ukraine.', 'fr'), 'finir');
  assert.deepEqual(stanceOn(fr), ['admits', 'supply:Serbia>Ukraine:ammunition']);
});

test('« les accusations américaines selon lesquelles P »: the content is P, past a modifier of the claim noun; a party set aside ("not China") takes no part', () => {
  const fr = claimAbout(claimsOf('Titre\n\nLa Chine a rejeté lundi les accusations américaines selon lesquelles elle envisagerait de fournir une aide létale à la Russie.', 'fr'), 'envisagerait');
  assert.deepEqual([fr.text.startsWith('elle'), fr.stance, prop(fr)], [true, 'denies', 'supply:China>Russia:weapons']);
  const aside = claimAbout(claimsOf('Titre\n\nLa Chine a rejeté les accusations selon lesquelles elle fournirait des armes à la Russie. « Ce sont les Etats-Unis, et non la Chine, qui livrent des armes sur le champ de bataille », a répliqué le porte-parole Wang Li.', 'fr'), 'et non');
  assert.notEqual(aside.stance, 'admits');
});

test('People helping to produce are not what is produced: "Iranian engineers visited the site to help set up production"', () => {
  const en = claimAbout(claimsOf('Title\n\nRussia and Iran have agreed to jointly produce Shahed drones in Russia, sources said. Iranian engineers visited the site to help set up production, the source added.', 'en'), 'engineers');
  assert.equal(en.proposition?.item, 'drones');
  const fr = claimAbout(claimsOf('Titre\n\nLa Russie et l’Iran produiront ensemble des drones Shahed en Russie, selon des sources. Des ingénieurs iraniens ont participé à la production, a ajouté la source.', 'fr'), 'ingénieurs');
  assert.equal(fr.proposition?.item, 'drones');
});

test('An official of no stated country speaks for the country the sentence opens in: « A Kiev, le président X a dit », "In Kyiv, President X said"', () => {
  const fr = claimAbout(claimsOf('Titre\n\nLa Chine dément. A Kiev, le président Ivan Petrenko a affirmé que la Chine livrait des armes à la Russie.', 'fr'), 'livrait');
  assert.equal(fr.speaker.affiliation, 'Ukraine');
  const en = claimAbout(claimsOf('Title\n\nChina denies it. In Kyiv, President Ivan Petrenko said China was sending weapons to Russia.', 'en'), 'sending');
  assert.equal(en.speaker.affiliation, 'Ukraine');
});

test('A belief denied is a denial: "said he did not believe that P", "does not think", « a dit ne pas croire que P »; « pas de raison de penser » is no such thing', () => {
  const en = claimsOf('Title\n\nPresident Ivan Petrenko said he did not believe that China would supply weapons to Russia.', 'en');
  assert.deepEqual(en.map((c) => stanceOn(c)), [['denies', 'supply:China>Russia:weapons']]);
  const thought = claimAbout(claimsOf('Title\n\nKremlin spokesman Oleg Sidorov said he did not think the reports were true.', 'en'), 'reports');
  assert.equal(thought.stance, 'denies');
  const fr = claimAbout(claimsOf('Titre\n\nLe président Ivan Petrenko a dit ne pas croire que la Chine livrerait des armes à la Russie.', 'fr'), 'livrerait');
  assert.equal(fr.stance, 'denies');
  const reason = claimsOf('Titre\n\nPékin affirme ne livrer aucune arme. Nous n’avons pas de raison de penser le contraire, a déclaré la porte-parole Claire Morel.', 'fr');
  assert.ok(!reason.some((c) => c.explanation.rules.some((rule) => rule.startsWith('negated-belief'))));
});

test('An interview labelled "NAME. - ": the label of a paragraph that only asks is the interviewer’s, and a yes or no answers the question', () => {
  const fr = claimsOf([
    'L’analyse de Paul Morel', '',
    'LE QUOTIDIEN. - L’Iran livre-t-il toujours des drones à la Russie ?', '',
    'PAUL MOREL. - Oui, et à un rythme soutenu. Téhéran fournit aussi des munitions d’artillerie.', '',
    'LE QUOTIDIEN. - Et des missiles balistiques ?', '',
    'PAUL MOREL. - Non, pas à ma connaissance.',
  ].join('\n'), 'fr');
  assert.deepEqual(fr.map((c) => reading(c)), [
    ['Paul Morel', 'asserts', 'supply:Iran>Russia:drones'],
    ['Paul Morel', 'asserts', 'supply:Iran>Russia:ammunition'],
    ['Paul Morel', 'denies', 'supply:Iran>Russia:ballistic missiles'],
  ]);
  const en = claimsOf([
    'An interview with Anna Keller', '',
    'THE TIMES. - Is Iran still sending drones to Russia?', '',
    'ANNA KELLER. - Yes, and in growing numbers.',
  ].join('\n'), 'en');
  assert.deepEqual(en.map((c) => reading(c)), [['Anna Keller', 'asserts', 'supply:Iran>Russia:drones']]);
});

test('A yes or no answers only a question that names the event: "Is that accurate? — No, it’s not" denies nothing', () => {
  const briefing = [
    'Press Briefing by Press Secretary Mark Hale', '',
    'MR. HALE: Iran has sent drones to Russia.', '',
    'Q: Iran says it only sent a few drones before the war. Is that accurate?', '',
    'MR. HALE: No, it’s not.',
  ].join('\n');
  assert.ok(!claimsOf(briefing, 'en').some((c) => c.text.startsWith('No')));
});

test('A verdict may be qualified: the claims were "ugly propaganda", « de la pure propagande »', () => {
  const en = claimAbout(claimsOf('Title\n\nThe US accused Iran of sending missiles to Russia. Foreign minister Abbas Karimi wrote on X that the claims were "ugly propaganda".', 'en'), 'propaganda');
  assert.equal(en.stance, 'denies');
  const fr = claimAbout(claimsOf('Titre\n\nWashington accuse l’Iran de livrer des missiles à la Russie. Le ministre Abbas Karimi a écrit que ces accusations étaient « de la pure propagande ».', 'fr'), 'propagande');
  assert.equal(fr.stance, 'denies');
});

test('Not knowing whether it happened lacks evidence: « ne savaient pas si ces munitions avaient été livrées », "did not know whether"', () => {
  const fr = claimAbout(claimsOf('Titre\n\nWashington accuse Pyongyang de livrer des obus à la Russie. M. John Hale avait précisé que les Etats-Unis ne savaient pas si ces munitions avaient déjà été livrées.', 'fr'), 'savaient');
  assert.deepEqual(stanceOn(fr), ['no_evidence', 'supply:North Korea>Russia:ammunition']);
  const en = claimAbout(claimsOf('Title\n\nWashington accuses Pyongyang of shipping shells to Russia. John Hale said the United States did not know whether the shells had already been delivered.', 'en'), 'know');
  assert.deepEqual(stanceOn(en), ['no_evidence', 'supply:North Korea>Russia:ammunition']);
});

test('An adverbial set off by a comma is no part of a common-noun subject: "In return, the agency believes P", « En échange, le service estime »', () => {
  const en = claimAbout(claimsOf('Title\n\nThe NIS said North Korea shipped shells to Russia. In return, the agency believes Pyongyang is receiving Russian help.', 'en'), 'receiving');
  assert.equal(en.speaker.name, 'National Intelligence Service');
  const fr = claimAbout(claimsOf('Titre\n\nLe ministère de la Défense affirme que la Corée du Nord a livré des obus à la Russie. En échange, le ministère estime que Pyongyang reçoit une aide russe.', 'fr'), 'reçoit');
  assert.equal(fr.speaker.name, 'Ministry of Defence');
});

test('Help with a satellite or space programme is technology: "Russian help with its spy satellite programme", « une aide russe pour son programme de satellites »', () => {
  const en = claimAbout(claimsOf('Title\n\nThe NIS said North Korea shipped shells to Russia. The NIS believes Pyongyang is receiving Russian help with its spy satellite programme.', 'en'), 'satellite');
  assert.equal(prop(en), 'supply:Russia>North Korea:technology');
  const fr = claimAbout(claimsOf('Titre\n\nLe NIS affirme que la Corée du Nord a livré des obus à la Russie. Le NIS estime que Pyongyang reçoit une aide russe pour son programme de satellites.', 'fr'), 'satellites');
  assert.equal(prop(fr), 'supply:Russia>North Korea:technology');
});

test('A smear is a falsehood: the claims were a "smear campaign", « une campagne de dénigrement »', () => {
  const en = claimAbout(claimsOf('Title\n\nSeoul says North Korea sent shells to Russia. Pyongyang said the claims were a "smear campaign" by Washington.', 'en'), 'smear');
  assert.equal(en.stance, 'denies');
  const fr = claimAbout(claimsOf('Titre\n\nSéoul affirme que la Corée du Nord a livré des obus à la Russie. Pyongyang a répondu que ces accusations étaient une « campagne de dénigrement ».', 'fr'), 'dénigrement');
  assert.equal(fr.stance, 'denies');
});

test('"One of them said", « a affirmé l’un d’eux »: a member of the group quoted last speaks as the group did', () => {
  const en = claimAbout(claimsOf('Title\n\nAccording to US officials, Beijing supplies machine tools to Moscow. "China is the main supplier of these components," one of them said.', 'en'), 'main supplier');
  assert.equal(en.speaker.name, 'United States');
  const fr = claimsOf('Titre\n\nSelon des responsables américains, Pékin fournit à Moscou des machines-outils. « La Chine est le principal fournisseur de ces composants », a affirmé l’un d’eux, précisant que la Russie importait surtout de Chine.', 'fr');
  assert.deepEqual([claimAbout(fr, 'principal').speaker.name, claimAbout(fr, 'importait').speaker.name], ['United States', 'United States']);
  // "One of the sources", « l'une de ces sources »: the group named again.
  const sources = claimAbout(claimsOf('Iran is preparing to deliver missiles to Russia, two European security sources told Reuters. One of the sources said Russian personnel were being trained in Iran.', 'en'), 'being trained');
  assert.equal(sources.speaker.type, 'unknown');
  const ces = claimAbout(claimsOf('Le Kremlin dément. Selon des responsables américains, Pékin fournit des drones à Moscou. L’une de ces sources affirme que des militaires russes sont formés en Chine.', 'fr'), 'sont formés');
  assert.equal(ces.speaker.name, 'United States');
  // Not another group: "one of the Iranian officials", "one of the European sources" after an Iranian.
  const other = claimAbout(claimsOf('The State Department said Iran sent drones to Russia. One of the Iranian officials said Iran sent nothing.', 'en'), 'sent nothing');
  assert.equal(other.speaker.affiliation, 'Iran');
});

test('"The official" is the one quoted before under that role, though others spoke since: "a U.S. official said P, even as Tehran insisted Q. The official, who ..., said R"', () => {
  const en = claimAbout(claimsOf('Title\n\nRussia has received Iranian drones, a U.S. official said Tuesday, even as Tehran has insisted it is not arming either side. The official, who spoke on condition of anonymity, said the drones were flown from Iran to Russia in August.', 'en'), 'flown');
  assert.equal(en.speaker.affiliation, 'United States');
  const fr = claimAbout(claimsOf('Titre\n\nLa Russie a reçu des drones iraniens, a affirmé un responsable américain, alors que Téhéran dément. Le responsable, qui a requis l’anonymat, a précisé que les drones avaient été livrés en août.', 'fr'), 'livrés');
  assert.equal(fr.speaker.affiliation, 'United States');
});

test('« ne pas pouvoir confirmer » lacks evidence, and « n’est plus seulement » negates nothing', () => {
  const unable = claimAbout(claimsOf('Titre\n\nKiev affirme que la Corée du Nord a envoyé des soldats en Russie. Le département d’Etat a indiqué ne pas pouvoir confirmer ces informations.', 'fr'), 'confirmer');
  assert.deepEqual(stanceOn(unable), ['no_evidence', 'deploy:North Korea>Russia:personnel']);
  const more = claimAbout(claimsOf('Titre\n\nKiev affirme que la Corée du Nord livre des armes à la Russie. « Ce n’est plus seulement une question de livraisons d’armes », a déclaré le président.', 'fr'), 'seulement');
  assert.notEqual(more.stance, 'denies');
});

test('An accusation in a relative clause accuses its antecedent, and the main clause’s subject accuses: « sanctions contre l’Iran, qu’elle accuse d’avoir livré P », "Iran, which it accuses of supplying P"', () => {
  const fr = claimAbout(claimsOf('Titre\n\nLa France a annoncé de nouvelles sanctions contre l’Iran, qu’elle accuse d’avoir expédié des missiles balistiques vers la Russie.', 'fr'), 'avoir expédié');
  assert.deepEqual(reading(fr), ['France', 'asserts', 'supply:Iran>Russia:ballistic missiles']);
  const en = claimAbout(claimsOf('Title\n\nFrance announced new sanctions on Iran, which it accuses of supplying ballistic missiles to Russia.', 'en'), 'supplying');
  assert.deepEqual(reading(en), ['France', 'asserts', 'supply:Iran>Russia:ballistic missiles']);
});

test('« Non seulement » and "No matter" open no answer of no', () => {
  const fr = claimsOf([
    'L’analyse de Paul Morel', '',
    'LE QUOTIDIEN. - L’Iran livre-t-il toujours des drones à la Russie ?', '',
    'PAUL MOREL. - Non seulement cela, mais bien davantage.',
  ].join('\n'), 'fr');
  assert.ok(!fr.some((c) => c.stance === 'denies'));
});

test('Trainees are who is trained, not where: « des instructeurs biélorusses formaient des militaires russes ... en Biélorussie », « seraient actuellement entraînés en Biélorussie »', () => {
  const active = claimAbout(claimsOf('Titre\n\nL’état-major ukrainien a affirmé que des instructeurs biélorusses formaient des militaires russes sur des terrains d’entraînement en Biélorussie.', 'fr'), 'formaient');
  assert.equal(prop(active), 'train:Belarus>Russia:personnel');
  const passive = claimAbout(claimsOf('Titre\n\nSelon Kiev, environ 10 000 soldats russes seraient actuellement entraînés en Biélorussie.', 'fr'), 'entraînés');
  assert.equal(prop(passive), 'train:Belarus>Russia:personnel');
  const en = claimAbout(claimsOf('Title\n\nUkraine said Russian soldiers were reportedly trained in Belarus.', 'en'), 'trained');
  assert.equal(prop(en), 'train:Belarus>Russia:personnel');
});

test('"said about 10,000 soldiers were trained": a preposition before a number counts it and opens no adjunct', () => {
  const c = claimAbout(claimsOf('Title\n\nKyiv said about 10,000 Russian soldiers were trained in Belarus.', 'en'), 'trained');
  assert.deepEqual([c.speaker.name, prop(c)], ['Ukraine', 'train:Belarus>Russia:personnel']);
});

test('Not having confirmed it lacks evidence: "the United States had not yet confirmed that P", « Washington n’a pas encore confirmé que P »', () => {
  const en = claimAbout(claimsOf('Title\n\nIran sent missiles to Russia, sources said. A U.S. spokesman said the United States had not yet confirmed that missiles had been delivered.', 'en'), 'confirmed');
  assert.equal(en.stance, 'no_evidence');
  const fr = claimAbout(claimsOf('Titre\n\nL’Iran a livré des missiles à la Russie, selon des sources. Washington n’a pas encore confirmé que des missiles avaient été livrés.', 'fr'), 'confirmé');
  assert.deepEqual([fr.speaker.name, fr.stance], ['United States', 'no_evidence']);
});

test('"U.S. national security spokesman X" is the country’s spokesperson', () => {
  const c = claimAbout(claimsOf('Title\n\nIran sent missiles to Russia, Iranian sources said. U.S. national security spokesman Ian Marsh said Russia was seeking more missiles.', 'en'), 'seeking');
  assert.deepEqual([c.speaker.name, c.speaker.affiliation], ['Ian Marsh', 'United States']);
});

test('"according to the Wall Street Journal" names the outlet as the source, though "to" stands before it ("told the Journal" does not)', () => {
  const c = claimAbout(claimsOf('Title\n\nIran has delivered drones to Russia, according to the Wall Street Journal.', 'en'), 'delivered');
  assert.equal(c.speaker.name, 'The Wall Street Journal');
  const told = claimAbout(claimsOf('Title\n\nIran has sent drones to Russia, an official told the Wall Street Journal.', 'en'), 'sent');
  assert.notEqual(told.speaker.name, 'The Wall Street Journal');
});

test('Adverbs and dates may alternate before a report’s infinitive: « assurait encore en octobre n’avoir jamais livré d’armes »', () => {
  const c = claimAbout(claimsOf('Titre\n\nL’Iran admet avoir livré des drones à la Russie. Le ministère iranien assurait encore en octobre n’avoir jamais livré d’armes à la Russie.', 'fr'), 'jamais');
  assert.deepEqual([c.speaker.affiliation, c.stance, prop(c)], ['Iran', 'denies', 'supply:Iran>Russia:weapons']);
});

test('Two predicates of one subject with items of their own are two claims: « l’Iran continue de fournir des drones et envisage d’envoyer des missiles »', () => {
  const fr = claimsOf('Titre\n\nSelon un porte-parole du département d’Etat, l’Iran continue de fournir des drones à la Russie et envisage d’envoyer des missiles.', 'fr');
  assert.deepEqual(fr.map((c) => [prop(c), c.proposition?.mode]), [['supply:Iran>Russia:drones', 'ongoing'], ['supply:Iran>Russia:missiles', 'planned']]);
  const en = claimsOf('Title\n\nA State Department spokesman said Iran continues to supply drones to Russia and is considering sending missiles.', 'en');
  assert.deepEqual(en.map((c) => [prop(c), c.proposition?.mode]), [['supply:Iran>Russia:drones', 'ongoing'], ['supply:Iran>Russia:missiles', 'planned']]);
});

test('What its maker made to hand over is a supply: "had produced rockets to be shipped to Russia", « des obus destinés à être livrés à la Russie »', () => {
  const en = claimAbout(claimsOf('Title\n\nOfficials said North Korea had produced rockets to be shipped to Russia.', 'en'), 'shipped');
  assert.equal(prop(en), 'supply:North Korea>Russia:ammunition');
  const fr = claimAbout(claimsOf('Titre\n\nSelon Kiev, la Corée du Nord a fabriqué des obus destinés à être livrés à la Russie.', 'fr'), 'livrés');
  assert.equal(prop(fr), 'supply:North Korea>Russia:ammunition');
});

test('The recipient saying the arms it uses are its own denies the supply: "Our forces use Russian equipment", « la Russie utilise des armes de fabrication russe »', () => {
  const en = claimAbout(claimsOf('Title\n\nKyiv says Iran supplies drones to Russia. Kremlin spokesman Oleg Sidorov said Russian forces use Russian equipment.', 'en'), 'equipment');
  assert.deepEqual(stanceOn(en), ['denies', 'supply:Iran>Russia:drones']);
  const fr = claimAbout(claimsOf('Titre\n\nKiev affirme que l’Iran livre des drones à la Russie. Le porte-parole du Kremlin, Oleg Sidorov, a assuré que l’armée russe utilisait des armes russes.', 'fr'), 'armes russes');
  assert.deepEqual(stanceOn(fr), ['denies', 'supply:Iran>Russia:drones']);
});

test('"Petrenko\'s office said", the text naming him by surname only: the office speaks for him', () => {
  const c = claimAbout(claimsOf('Title\n\nKyiv says Iran supplies drones to Russia. Petrenko\'s office said Iran had sent more drones to Russia.', 'en'), 'more drones');
  assert.equal(c.speaker.name, 'Petrenko');
});

test('"to keep the Russian army supplied": the party kept supplied receives, the one keeping it supplies', () => {
  const c = claimAbout(claimsOf('Title\n\nUkraine says Belarus ships ammunition to Russia. "Minsk is emptying its own warehouses to keep the Russian army supplied," spokesman Andriy Petrenko said.', 'en'), 'warehouses');
  assert.equal(prop(c), 'supply:Belarus>Russia:ammunition');
});

test('A subject opening on "Neither" negates its report; calling long-named reports false denies them', () => {
  for (const [text, language] of [
    ['Title\n\nNeither Minsk nor Beijing has confirmed the shipment of drones to Russia.', 'en'],
    ['Titre\n\nNi Minsk ni Pékin n’ont confirmé l’envoi de drones à la Russie.', 'fr'],
  ] as const) assert.deepEqual(claimsOf(text, language), [], text);
  const c = claimAbout(claimsOf('Title\n\nBelarus’s defence ministry called reports of Belarusian troops in Russia "pure propaganda".', 'en'), 'propaganda');
  assert.equal(c.speaker.affiliation, 'Belarus');
  assert.equal(c.stance, 'denies');
  assert.equal(prop(c), 'deploy:Belarus>Russia:personnel');
});

test('Reinforcements sent abroad are personnel: « a envoyé des renforts en Russie », "sent reinforcements to Belarus"', () => {
  const fr = claimAbout(claimsOf('Titre\n\nLa Serbie a envoyé des renforts en Russie, selon Kiev.', 'fr'), 'renforts');
  assert.equal(prop(fr), 'deploy:Serbia>Russia:personnel');
  const en = claimAbout(claimsOf('Title\n\nMoscow has sent reinforcements to Belarus, Kyiv said.', 'en'), 'reinforcements');
  assert.equal(prop(en), 'deploy:Russia>Belarus:personnel');
});

test('A lawmaker who reports what a body of their own country said relays it: « le service a indiqué que P, a rapporté le député X »', () => {
  const fr = claimAbout(claimsOf('Titre\n\nLe service de renseignement sud-coréen a indiqué que Pyongyang fournissait des obus à Moscou, a rapporté le député Park Min-ho.', 'fr'), 'fournissait');
  assert.equal(fr.speaker.name, 'Intelligence services');
  assert.equal(fr.speaker.affiliation, 'South Korea');
  const en = claimAbout(claimsOf('Title\n\nSouth Korean intelligence has found that Pyongyang is shipping shells to Moscow, lawmaker Park Min-ho reported.', 'en'), 'shipping');
  assert.equal(en.speaker.affiliation, 'South Korea');
  assert.equal(en.speaker.type, 'organization');
});

test('A source’s figures stand for the source: « selon les estimations de l’agence », "according to the agency’s estimates", "estimates by the ministry"', () => {
  const fr = claimAbout(claimsOf('Titre\n\nLe renseignement militaire ukrainien a affirmé que des soldats nord-coréens se battaient en Russie. Selon les estimations de l’agence, le Bélarus a livré des obus à la Russie.', 'fr'), 'livré');
  assert.equal(fr.speaker.affiliation, 'Ukraine');
  assert.equal(fr.speaker.type, 'organization');
  for (const source of ['the agency’s estimates', 'estimates by the agency']) {
    const en = claimAbout(claimsOf(`Title\n\nUkraine’s military intelligence agency said North Korean troops were fighting in Russia. According to ${source}, Belarus has shipped shells to Russia.`, 'en'), 'shipped');
    assert.equal(en.speaker.affiliation, 'Ukraine', source);
    assert.equal(en.speaker.type, 'organization', source);
  }
});

test('"in the strongest possible terms" is a manner, not the verb "to term": one claim of the condemned transfer', () => {
  const claims = claimsOf('Title\n\nCanada condemns in the strongest possible terms the transfer by North Korea of ballistic missiles to Russia.', 'en');
  assert.equal(claims.length, 1, claims.map((c) => c.text).join(' | '));
  assert.equal(prop(claims[0]), 'supply:North Korea>Russia:ballistic missiles');
  assert.equal(prop(claimAbout(claimsOf('Title\n\nKyiv terms the transfers of drones from Iran to Russia a violation of sanctions.', 'en'), 'transfers')), 'supply:Iran>Russia:drones');
});

test('Who is helped is no supplier: "its support for Russia, including the supply of drones", « son soutien à la Russie, y compris la fourniture de drones »', () => {
  const en = claimAbout(claimsOf('Title\n\nOttawa said North Korea had shipped shells to Russia. It urged Pyongyang to end its support for Russia, including the supply of drones.', 'en'), 'supply of drones');
  assert.equal(prop(en), 'supply:North Korea>Russia:drones');
  const fr = claimAbout(claimsOf('Titre\n\nOttawa a affirmé que la Corée du Nord avait livré des obus à la Russie. Il a appelé Pyongyang à cesser son soutien à la Russie, y compris la fourniture de drones.', 'fr'), 'fourniture de drones');
  assert.equal(prop(fr), 'supply:North Korea>Russia:drones');
});

test('A title-case headline’s verb ends the name before it: "Press Secretary Jane Hollis Says ...", "... Jane Hollis Holds a Briefing"', () => {
  const says = claimsOf('State Department Spokesperson Jane Hollis Says Belarus Sent Drones to Russia\n\nHollis said the drones were delivered in May.', 'en');
  assert.equal(claimAbout(says, 'Sent Drones').speaker.name, 'Jane Hollis');
  const holds = claimsOf('State Department Spokesperson Jane Hollis Holds a Press Briefing\n\nMS. HOLLIS: Belarus continues to send drones to Russia.\n\nQ: Any update on shells?\n\nMS. HOLLIS: Nothing new on that.', 'en');
  const c = claimAbout(holds, 'continues');
  assert.deepEqual([c.speaker.name, c.speaker.affiliation], ['Jane Hollis', 'United States']);
});

test('A word narrowing a place stands between it and its preposition: "sent to eastern Russia, and ... moved closer to Ukraine"', () => {
  const c = claimAbout(claimsOf('Title\n\nOfficials said Belarusian soldiers had been sent to western Russia, and some of them had moved closer to Ukraine.', 'en'), 'western Russia');
  assert.equal(prop(c), 'deploy:Belarus>Russia:personnel');
});

test('An official of no stated country is one of the officials the sentence before is about: "US officials have not accused Beijing. A senior administration official said P"', () => {
  const en = claimAbout(claimsOf('Title\n\nThe Russian army and the Russian navy held drills near Moscow and in the Baltic Sea. Belarusian officials have not commented on the drills. A senior official said Minsk had never sent drones to Russia.', 'en'), 'never sent');
  assert.equal(en.speaker.affiliation, 'Belarus');
  const fr = claimAbout(claimsOf('Titre\n\nL’armée russe et la marine russe ont mené des exercices près de Moscou et en mer Baltique. Les responsables biélorusses n’ont pas commenté ces informations. Un haut responsable a assuré que Minsk n’avait jamais envoyé de drones en Russie.', 'fr'), 'jamais envoyé');
  assert.equal(fr.speaker.affiliation, 'Belarus');
});

test('A statement label on a line of its own under the title presents the issuer: « Déclaration du ministère ... », "Statement by the Ministry ..."', () => {
  const fr = claimsOf('Bélarus – Livraison de drones à la Russie\n\nDéclaration du ministère canadien des Affaires étrangères\n\nLe Bélarus a livré des drones à la Russie. Nous condamnons fermement ces livraisons.', 'fr');
  assert.equal(claimAbout(fr, 'a livré').speaker.affiliation, 'Canada');
  const en = claimsOf('Belarus: delivery of drones to Russia\n\nStatement by the Canadian Ministry of Foreign Affairs\n\nBelarus has delivered drones to Russia. We strongly condemn these deliveries.', 'en');
  assert.equal(claimAbout(en, 'has delivered').speaker.affiliation, 'Canada');
});

test('« continue par ailleurs de fournir » is ongoing: an adverb may stand before the infinitive', () => {
  const c = claimAbout(claimsOf('Titre\n\nSelon Kiev, le Bélarus continue par ailleurs de fournir des obus à la Russie.', 'fr'), 'fournir');
  assert.equal(c.proposition?.mode, 'ongoing');
});

test('An offer to do something gives nothing: "offered to exchange the soldiers", unlike "offered drones to Russia"', () => {
  const exchange = claimAbout(claimsOf('Title\n\nKyiv said Belarus had offered to exchange two Russian soldiers for Ukrainians held in Russia.', 'en'), 'exchange');
  assert.notEqual(prop(exchange), 'deploy:Belarus>Russia:personnel');
  assert.equal(prop(claimAbout(claimsOf('Title\n\nKyiv said Belarus had offered drones to Russia.', 'en'), 'offered')), 'supply:Belarus>Russia:drones');
});

test('Providing someone with information is no transfer: "had provided the Secretariat with information showing that P", « avait fourni au Secrétariat des informations montrant que P »', () => {
  const en = claimAbout(claimsOf('Title\n\nThe British delegate said London had provided the Secretariat with information showing that Belarus had sent drones to Russia.', 'en'), 'provided');
  assert.equal(prop(en), 'supply:Belarus>Russia:drones');
  const fr = claimAbout(claimsOf('Titre\n\nLe délégué britannique a déclaré que Londres avait fourni au Secrétariat des informations montrant que le Bélarus avait envoyé des drones à la Russie.', 'fr'), 'fourni');
  assert.equal(prop(fr), 'supply:Belarus>Russia:drones');
});

test('Who is named before the clause the items stand in takes no part: "the evidence gathered by Ukraine left no doubt that the drones ... were of Iranian origin"', () => {
  const c = claimAbout(claimsOf('Title\n\nMinsk has admitted sending drones to Russia. The Polish delegate said the evidence gathered by Ukraine left no doubt that the drones used against Ukrainian cities were of Belarusian origin.', 'en'), 'no doubt');
  assert.equal(prop(c), 'supply:Belarus>Russia:drones');
});

test('A modal in a relative clause after the event is about the noun it qualifies: "building a drone plant that could be operational next year" asserts', () => {
  const en = claimAbout(claimsOf('Title\n\nWashington said Belarus is helping Russia build a drone plant near Minsk that could be operational next year.', 'en'), 'plant');
  assert.equal(en.stance, 'asserts');
  assert.equal(prop(en), 'produce:Belarus>Russia:drones');
});

test('A report closing the sentence on the clause before answers it: ", which Minsk denies", « , ce que Minsk dément »', () => {
  const en = claimsOf('Title\n\nKyiv says Belarus has delivered shells to Russia, which Minsk denies.', 'en');
  const deniedEn = claimAbout(en, 'Minsk denies');
  assert.deepEqual(reading(deniedEn), ['Belarus', 'denies', 'supply:Belarus>Russia:ammunition']);
  assert.equal(claimAbout(en, 'has delivered').speaker.name, 'Ukraine');
  const fr = claimsOf('Titre\n\nKiev affirme que le Bélarus a livré des obus à la Russie, ce que Minsk a toujours démenti.', 'fr');
  const deniedFr = claimAbout(fr, 'Minsk a toujours');
  assert.deepEqual(reading(deniedFr), ['Belarus', 'denies', 'supply:Belarus>Russia:ammunition']);
  // « ce que X disait » as an object is a thing said, not a report.
  assert.deepEqual(claimsOf('Titre\n\nCela confirme ce que Kiev disait depuis l’été.', 'fr'), []);
});

test('« se trouvent en Crimée » is presence as much as « sont présents »: people of the armed forces there are deployed', () => {
  const c = claimAbout(claimsOf('Titre\n\nSelon Kiev, des instructeurs biélorusses se trouvent en Russie pour former des soldats.', 'fr'), 'se trouvent');
  assert.equal(prop(c), 'deploy:Belarus>Russia:personnel');
  assert.equal(claimAbout(claimsOf('Titre\n\nSelon Kiev, les débris se trouvent en Ukraine.', 'fr'), 'débris').proposition, null);
});

test('People sent or present somewhere to train others are there for the training: « se trouveraient en Biélorussie pour former des militaires russes », "deployed there to train"', () => {
  const fr = claimAbout(claimsOf('Titre\n\nDes instructeurs serbes se trouveraient en Biélorussie pour former des militaires russes, selon Kiev.', 'fr'), 'former');
  assert.equal(prop(fr), 'train:Serbia>Russia:personnel');
  const en = claimAbout(claimsOf('Title\n\nKyiv said Serbian instructors had been deployed to Belarus to train Russian soldiers.', 'en'), 'train');
  assert.equal(prop(en), 'train:Serbia>Russia:personnel');
  // Not when they are the ones trained there.
  const trainees = claimAbout(claimsOf('Titre\n\nSelon Séoul, la Serbie a envoyé des soldats en Russie, où ils suivent un entraînement avant d’être déployés en Ukraine.', 'fr'), 'envoyé');
  assert.equal(prop(trainees), 'deploy:Serbia>Russia:personnel');
});

test('A non-governmental body speaks for no country, whatever the article’s: « selon l’Institut pour l’étude de la guerre », "Amnesty International said"', () => {
  const fr = claimAbout(claimsOf('Titre\n\nLe ministère ukrainien de la Défense a présenté des débris. Selon l’Institut pour l’étude de la guerre, le Bélarus a livré des obus à la Russie.', 'fr'), 'livré');
  assert.deepEqual([fr.speaker.name, fr.speaker.affiliation], ['Institute for the Study of War', null]);
  const en = claimAbout(claimsOf('Title\n\nUkraine’s defence ministry showed debris. Amnesty International said Belarus had delivered shells to Russia.', 'en'), 'delivered');
  assert.deepEqual([en.speaker.name, en.speaker.affiliation], ['Amnesty International', null]);
});

test('A comment answering insinuations: "Comment by ..." presents its issuer; "taken note of insinuations in Western media claiming that P" is not the issuer’s claim, "These are fabrications" denies P', () => {
  const en = claimsOf('Comment by the Belarusian Foreign Ministry Spokesman on media reports\n\nWe have taken note of insinuations in Western media claiming that Belarus has supplied drones to Russia. These are fabrications.', 'en');
  assert.notEqual(claimAbout(en, 'has supplied').speaker.affiliation, 'Belarus');
  const deniedEn = claimAbout(en, 'fabrications');
  assert.deepEqual([deniedEn.speaker.affiliation, deniedEn.stance, prop(deniedEn)], ['Belarus', 'denies', 'supply:Belarus>Russia:drones']);
  const fr = claimsOf('Commentaire du porte-parole du ministère biélorusse des Affaires étrangères\n\nNous avons pris note des insinuations de la presse occidentale affirmant que le Bélarus a livré des drones à la Russie. Ce sont des inventions.', 'fr');
  assert.notEqual(claimAbout(fr, 'a livré').speaker.affiliation, 'Belarus');
  const deniedFr = claimAbout(fr, 'inventions');
  assert.deepEqual([deniedFr.speaker.affiliation, deniedFr.stance, prop(deniedFr)], ['Belarus', 'denies', 'supply:Belarus>Russia:drones']);
});

test('A prosecutor general is an official of the country named: « le procureur général ukrainien, X », "Ukraine’s Prosecutor General X"', () => {
  const fr = claimAbout(claimsOf('Titre\n\nLe procureur général ukrainien, Ivan Petrenko, a affirmé que la Serbie avait livré des obus à la Russie.', 'fr'), 'livré');
  assert.deepEqual([fr.speaker.name, fr.speaker.affiliation], ['Ivan Petrenko', 'Ukraine']);
  const en = claimAbout(claimsOf('Title\n\nUkraine’s Prosecutor General Ivan Petrenko said Serbia had delivered shells to Russia.', 'en'), 'delivered');
  assert.deepEqual([en.speaker.name, en.speaker.affiliation], ['Ivan Petrenko', 'Ukraine']);
});

test('Under a "Press release" label, a line naming the issuing body presents the issuer: "From: Foreign, Commonwealth & Development Office"', () => {
  const en = claimsOf('UK sanctions Belarusian officials\n\nPress release\n\nFrom: Foreign, Commonwealth & Development Office\n\nBelarus has supplied drones to Russia since August.', 'en');
  assert.deepEqual([claimAbout(en, 'has supplied').speaker.name, claimAbout(en, 'has supplied').speaker.affiliation], ['Foreign Office', 'United Kingdom']);
  const fr = claimsOf('Sanctions contre le Bélarus\n\nCommuniqué de presse\n\nMinistère japonais des Affaires étrangères\n\nLe Bélarus a livré des drones à la Russie depuis août.', 'fr');
  assert.equal(claimAbout(fr, 'a livré').speaker.affiliation, 'Japan');
});

test('Being prudent on exports is an export policy, no export: "says it is "prudent" on exports", « se montre « prudente » en matière d’exportations »', () => {
  const en = claimAbout(claimsOf('Title\n\nKyiv says Belarus supplies weapons to Russia. Minsk denies it and says it is "prudent" on exports.', 'en'), 'prudent');
  assert.equal(en.proposition, null);
  const fr = claimAbout(claimsOf('Titre\n\nKiev affirme que le Bélarus livre des armes à la Russie. Minsk a assuré être « prudent » en matière d’exportations.', 'fr'), 'prudent');
  assert.equal(fr.proposition, null);
});

test('Officials of no stated country are most likely of the place the story was filed from: "BEIJING, May 20 (Reuters) - ..., a foreign ministry spokesperson said"', () => {
  const en = claimAbout(claimsOf('Title\n\nBEIJING, May 20, 2024 (Reuters) - Belarus has never sold drones to Russia, a foreign ministry spokesperson said on Monday. The Kremlin and the Russian army did not comment.', 'en'), 'never sold');
  assert.equal(en.speaker.affiliation, 'China');
  const fr = claimAbout(claimsOf('Titre\n\nPÉKIN, 20 mai 2024 (AFP) - Le Bélarus n’a jamais vendu de drones à la Russie, a affirmé lundi une porte-parole de la diplomatie. Le Kremlin et l’armée russe n’ont pas réagi.', 'fr'), 'jamais vendu');
  assert.equal(fr.speaker.affiliation, 'China');
});

test('A spokesman of no stated country after a body that declined to comment is that body’s: "The Kremlin declined to comment. “...,” spokesman X said"', () => {
  const text = 'Title\n\nKyiv said Belarus had sent drones to Russia. Ukraine’s army and Ukraine’s navy showed debris. The Kremlin declined to confirm or deny the shipment. "We are developing our cooperation with Minsk in all areas," spokesman Ivan Orlov said.';
  assert.equal(claimAbout(claimsOf(text, 'en'), 'cooperation').speaker.affiliation, 'Russia');
});

test('Relying on domestic production is no production with the supplier: "its defence industry relies on domestic production", « sur sa propre production »', () => {
  const en = claimAbout(claimsOf('Title\n\nWashington said Belarus was supplying weapons to Russia. The Kremlin said its defence industry relies on domestic production.', 'en'), 'domestic');
  assert.notEqual(en.proposition?.type, 'produce');
  const fr = claimAbout(claimsOf('Titre\n\nWashington affirme que le Bélarus livre des armes à la Russie. Le Kremlin a assuré que son industrie de défense reposait sur sa propre production.', 'fr'), 'propre production');
  assert.notEqual(fr.proposition?.type, 'produce');
  // The domestic production of named items is still production.
  assert.equal(claimAbout(claimsOf('Title\n\nKyiv said Belarus had sent drones to Russia. Russia had increased domestic production of the drones, analysts said.', 'en'), 'production').proposition?.type, 'produce');
});

test('Where the speaker was speaking sets the scene: "Speaking in Minsk, the foreign minister, X, said", « S’exprimant à Minsk, le ministre ... »', () => {
  const en = claimAbout(claimsOf('Title\n\nKyiv says Belarus sent drones to Russia. Speaking in Minsk, the foreign minister, Pavel Lenko, said: "We gave a few drones to Russia before the war."', 'en'), 'We gave');
  assert.deepEqual([en.speaker.affiliation, en.stance], ['Belarus', 'admits']);
  const fr = claimAbout(claimsOf('Titre\n\nKiev affirme que le Bélarus a livré des drones à la Russie. S’exprimant à Minsk, le ministre des Affaires étrangères, Pavel Lenko, a déclaré : « Nous avons livré quelques drones à la Russie avant la guerre. »', 'fr'), 'Nous avons livré');
  assert.deepEqual([fr.speaker.affiliation, fr.stance], ['Belarus', 'admits']);
});

test('"Such a" hypothetical speculates: « une telle livraison constituerait une escalade », "such a transfer would be an escalation"', () => {
  const fr = claimAbout(claimsOf('Titre\n\nKiev affirme que le Bélarus prépare l’envoi de missiles à la Russie. Le ministre polonais a jugé qu’une telle livraison constituerait « une escalade majeure ».', 'fr'), 'une telle');
  assert.equal(fr.stance, 'speculates');
  const en = claimAbout(claimsOf('Title\n\nKyiv says Belarus is preparing to send missiles to Russia. The Polish minister said such a transfer would be "a major escalation".', 'en'), 'such a');
  assert.equal(en.stance, 'speculates');
});

test('A present form opening the sentence is a noun, its subject: "Trains loaded with Belarusian troops arrived in Russia" is no training', () => {
  const c = claimAbout(claimsOf('Title\n\nTrains loaded with Belarusian troops arrived in Russia, Kyiv said.', 'en'), 'Trains');
  assert.equal(prop(c), 'deploy:Belarus>Russia:personnel');
});

test('Figures the countries named own are theirs: "according to South Korean and U.S. estimates", « selon les estimations sud-coréennes et américaines »', () => {
  const en = claimsOf('Title\n\nBelarus has shipped shells to Russia, according to Polish and U.S. estimates.', 'en');
  assert.deepEqual(en.map((c) => c.speaker.name).sort(), ['Poland', 'United States']);
  const fr = claimsOf('Titre\n\nSelon les estimations polonaises et américaines, le Bélarus a livré des obus à la Russie.', 'fr');
  assert.deepEqual(fr.map((c) => c.speaker.name).sort(), ['Poland', 'United States']);
});

test('A clause coordinated after a comma has its own object: « Moscou dément P, et Minsk qualifie ces informations de « campagne de dénigrement » »', () => {
  const claims = claimsOf('Titre\n\nKiev affirme que Minsk livre des obus à Moscou. Moscou dément acheter des armes biélorusses, et Minsk qualifie ces informations de « campagne de dénigrement ».', 'fr');
  const minsk = claimAbout(claims, 'dénigrement');
  assert.deepEqual(reading(minsk), ['Belarus', 'denies', 'supply:Belarus>Russia:weapons']);
  assert.ok(!claimAbout(claims, 'acheter').text.includes('Minsk'));
});

test('A trailing source with no determiner, after "told" and nothing that could be a clause: "P, independent sanctions monitors told a U.N. committee in a report seen by Reuters"', () => {
  const c = claimAbout(claimsOf('Title\n\nDebris found in Kharkiv came from a Belarusian missile sold to Russia, independent sanctions monitors told a U.N. Security Council committee in a report seen by Reuters on Monday.', 'en'), 'Debris');
  assert.equal(c.speaker.name, 'independent sanctions monitors');
  assert.ok(c.text.endsWith('sold to Russia'), c.text);
  // A bare source alone is a source too ("..., officials said").
  assert.equal(claimAbout(claimsOf('Title\n\nBelarus sold missiles to Russia, investigators said.', 'en'), 'sold').speaker.name, 'investigators');
});

test('A verb form after a lower-case word and before a finite copula is a noun, its subject: "The terrorist state is being supplied by ...," X wrote', () => {
  const c = claimAbout(claimsOf('Title\n\nKyiv says Belarus sends drones to Russia. "The aggressor state is being supplied by its neighbour," Ivan Marko wrote.', 'en'), 'aggressor');
  assert.equal(c.speaker.name, 'Ivan Marko');
  assert.ok(c.text.startsWith('The aggressor state'), c.text);
});

test('Calling an accusation part of a psychological war denies it: \'was "part of the Western psychological war"\', « font partie de la guerre psychologique »', () => {
  const en = claimAbout(claimsOf('Title\n\nKyiv says Belarus sent drones to Russia. Belarus’s foreign ministry spokesman said the accusation was "part of the Western psychological war against Minsk".', 'en'), 'psychological');
  assert.deepEqual(stanceOn(en), ['denies', 'supply:Belarus>Russia:drones']);
  const fr = claimAbout(claimsOf('Titre\n\nKiev affirme que le Bélarus a livré des drones à la Russie. Le porte-parole biélorusse a assuré que ces accusations font partie de la guerre psychologique occidentale.', 'fr'), 'psychologique');
  assert.deepEqual(stanceOn(fr), ['denies', 'supply:Belarus>Russia:drones']);
});

test('A country’s delegate to an institution speaks for the country: "Russia’s deputy U.N. ambassador, X, said"', () => {
  for (const role of ['Belarus’s U.N. ambassador', 'Belarus’s deputy U.N. ambassador']) {
    const c = claimAbout(claimsOf(`Title\n\n${role}, Ivan Lenko, said Minsk had never sent drones to Russia.`, 'en'), 'never sent');
    assert.deepEqual([c.speaker.name, c.speaker.affiliation], ['Ivan Lenko', 'Belarus'], role);
  }
});

test('Calling a report biased rejects it: \'said the report was "biased"\', « a jugé le rapport « partial » »; saying it is not biased does not', () => {
  const en = claimsOf('Title\n\nMonitors said Belarusian missiles had been used by Russia. Belarus’s U.N. envoy said the report was "biased". A Polish diplomat said the report was not biased.', 'en');
  assert.equal(claimAbout(en, 'was "biased').stance, 'denies');
  assert.notEqual(claimAbout(en, 'not biased').stance, 'denies');
  const fr = claimAbout(claimsOf('Titre\n\nDes experts affirment que des missiles biélorusses ont été utilisés par la Russie. L’ambassadeur biélorusse a assuré que ce rapport était « partial ».', 'fr'), 'partial');
  assert.equal(fr.stance, 'denies');
});

test('A role alone before a headline’s colon is its source: "Ukrainian official: Belarus sent drones to Russia", "Lukashenko aide: ..."', () => {
  const c = claimAbout(claimsOf('Ukrainian official: Belarus sent drones to Russia\n\nText.', 'en'), 'Belarus sent');
  assert.deepEqual([c.speaker.affiliation, prop(c)], ['Ukraine', 'supply:Belarus>Russia:drones']);
  assert.equal(claimsOf('Lukashenko aide: Belarus sent no drones to Russia\n\nText.', 'en').length, 1);
});

test('A weapon system’s name takes a plural: "a new batch of Shaheds", « des Lancets »', () => {
  const c = claimAbout(claimsOf('Title\n\nKyiv said Iran had sent a new batch of Shaheds to Russia.', 'en'), 'Shaheds');
  assert.equal(prop(c), 'supply:Iran>Russia:drones');
});

test('A role apposed after a name with an indefinite article, serving another of a stated country: "X, an adviser to the head of Ukraine’s presidential office,"', () => {
  const en = claimAbout(claimsOf('Title\n\nIvan Marko, an adviser to the head of Ukraine’s presidential office, wrote that Belarus had delivered drones to Russia.', 'en'), 'delivered');
  assert.deepEqual([en.speaker.name, en.speaker.affiliation], ['Ivan Marko', 'Ukraine']);
  const fr = claimAbout(claimsOf('Titre\n\nIvan Marko, un conseiller du chef de l’administration présidentielle ukrainienne, a écrit que le Bélarus avait livré des drones à la Russie.', 'fr'), 'livré');
  assert.deepEqual([fr.speaker.name, fr.speaker.affiliation], ['Ivan Marko', 'Ukraine']);
});

test('Who captured soldiers is not who they serve: "Kyiv’s forces had captured two Belarusian soldiers", « ont capturé deux soldats biélorusses »', () => {
  const en = claimAbout(claimsOf('Title\n\nWarsaw says Belarus has sent troops to Russia. Kyiv said its forces had captured two Belarusian soldiers.', 'en'), 'captured');
  assert.equal(prop(en), 'deploy:Belarus>Russia:personnel');
  const fr = claimAbout(claimsOf('Titre\n\nVarsovie affirme que le Bélarus a envoyé des soldats en Russie. Kiev a affirmé que les forces ukrainiennes avaient capturé deux soldats biélorusses.', 'fr'), 'capturé');
  assert.equal(prop(fr), 'deploy:Belarus>Russia:personnel');
});

test('An armed group that speaks for no state is a party under its own name', () => {
  const en = claimsOf('Iran has long denied arming the Houthis.', 'en');
  assert.equal(prop(claimAbout(en, 'arming')), 'supply:Iran>Houthis:weapons');
  const fr = claimsOf('Selon Washington, Téhéran a envoyé des missiles au Hezbollah.', 'fr');
  assert.equal(prop(claimAbout(fr, 'a envoyé')), 'supply:Iran>Hezbollah:missiles');
});

test('Items on their way somewhere go to whom they are bound for, not to whoever stopped them', () => {
  const en = claimsOf('U.S. Navy seizes Iranian missile parts bound for Houthis, Central Command says', 'en');
  assert.equal(prop(claimAbout(en, 'bound for')), 'supply:Iran>Houthis:technology');
  const fr = claimsOf('La marine américaine a saisi des missiles iraniens destinés au Hezbollah, a affirmé le Pentagone.', 'fr');
  assert.equal(prop(claimAbout(fr, 'destinés')), 'supply:Iran>Hezbollah:missiles');
});

test('An origin demonym may follow modifiers of the items: « des armes nucléaires tactiques russes », "Russian tactical nuclear weapons"', () => {
  const fr = claimsOf('Le président biélorusse, Ivan Kardash, a affirmé que son pays avait commencé à recevoir des armes nucléaires tactiques russes.', 'fr');
  assert.equal(prop(claimAbout(fr, 'recevoir')), 'supply:Russia>Belarus:weapons');
  const en = claimsOf('The Belarusian president, Ivan Kardash, said his country had started receiving Russian tactical nuclear weapons.', 'en');
  assert.equal(prop(claimAbout(en, 'receiving')), 'supply:Russia>Belarus:weapons');
});

test('"we" in a relative clause is the speaker\'s country: « des missiles que nous avons reçus de Russie »', () => {
  const fr = claimsOf('Le président biélorusse, Ivan Kardash, s’est exprimé mardi. « Nous avons des missiles que nous avons reçus de Russie », a-t-il déclaré.', 'fr');
  assert.equal(prop(claimAbout(fr, 'reçus')), 'supply:Russia>Belarus:missiles');
  const en = claimsOf('The Belarusian president, Ivan Kardash, spoke on Tuesday. "We have missiles that we received from Russia," he said.', 'en');
  assert.equal(prop(claimAbout(en, 'received')), 'supply:Russia>Belarus:missiles');
});

test('Armed groups known by name take part under it: the Rapid Support Forces, « les FSR »; "the Emirates" is the UAE', () => {
  const en = claimsOf('The Sudanese army accused the Emirates of supplying drones to the Rapid Support Forces.', 'en');
  assert.equal(prop(claimAbout(en, 'supplying')), 'supply:United Arab Emirates>Rapid Support Forces:drones');
  const fr = claimsOf('L’armée soudanaise accuse les Emirats de livrer des drones aux FSR.', 'fr');
  assert.equal(prop(claimAbout(fr, 'livrer')), 'supply:United Arab Emirates>Rapid Support Forces:drones');
});

test('A French negation reads across a quote mark: « n’avaient « fourni aucune arme » » denies', () => {
  const claims = claimsOf('Le ministère émirati des affaires étrangères a assuré que les Émirats n’avaient « fourni aucune arme » aux FSR.', 'fr');
  const c = claimAbout(claims, 'fourni aucune arme');
  assert.equal(c.stance, 'denies');
  assert.equal(prop(c), 'supply:United Arab Emirates>Rapid Support Forces:weapons');
});

test('"told Reuters P", "told the BBC P": the news outlet told is no part of what was said', () => {
  for (const outlet of ['Reuters', 'the BBC', 'Al Jazeera']) {
    const claims = claimsOf(`A Houthi spokesman, Ali Qadri, told ${outlet} Iran had not sent drones to the group.`, 'en');
    assert.equal(claimAbout(claims, 'had not sent').text, 'Iran had not sent drones to the group');
  }
});

test('A headline kicker names the country of officials of no stated country: "Sudan: foreign minister accuses ..."', () => {
  const en = claimsOf('Sudan: foreign minister accuses UAE of supplying drones to RSF', 'en');
  assert.equal(claimAbout(en, 'supplying').speaker.affiliation, 'Sudan');
  const fr = claimsOf('Soudan : le ministre des affaires étrangères accuse les Émirats de livrer des drones aux FSR', 'fr');
  assert.equal(claimAbout(fr, 'livrer').speaker.affiliation, 'Sudan');
});

test('Items said to be made by their recipient, with a participle between: "the drones used by Russian forces are Russian-made" denies', () => {
  const en = claimsOf('Ukraine’s envoy said Iran was supplying drones to Russia. The Russian delegate rejected the accusations. According to him, the drones used by Russian forces are Russian-made.', 'en');
  const e = claimAbout(en, 'Russian-made');
  assert.equal(e.stance, 'denies');
  assert.equal(prop(e), 'supply:Iran>Russia:drones');
  const fr = claimsOf('Le représentant de l’Ukraine a déclaré que l’Iran livrait des drones à la Russie. Le délégué russe a rejeté ces accusations. Selon lui, les drones utilisés par les forces russes sont de fabrication russe.', 'fr');
  const f = claimAbout(fr, 'fabrication russe');
  assert.equal(f.stance, 'denies');
  assert.equal(prop(f), 'supply:Iran>Russia:drones');
});

test('Items said to be "of Russian manufacture", or made by the recipient with a longer participle phrase between (« utilisés par les forces de son pays »), deny the supply', () => {
  const en = claimsOf('Kyiv says Iran sent drones to Russia. The Russian envoy said the drones used by his country’s forces were of Russian manufacture.', 'en');
  assert.deepEqual(reading(claimAbout(en, 'manufacture')), ['Russia', 'denies', 'supply:Iran>Russia:drones']);
  const fr = claimsOf('Kiev affirme que l’Iran a livré des drones à la Russie. Le délégué russe a souligné que les drones utilisés par les forces de son pays étaient de fabrication russe.', 'fr');
  assert.deepEqual(reading(claimAbout(fr, 'fabrication russe')), ['Russia', 'denies', 'supply:Iran>Russia:drones']);
});

test('A headline juxtaposing an accusation and a denial: each speaker keeps their own claim about the story', () => {
  const fr = claimsOf([
    'Drones : Washington accuse Téhéran, Moscou dénonce une « campagne de désinformation »',
    '',
    'Le porte-parole du département d’État, Tom Hale, a affirmé que l’Iran avait livré des drones à la Russie.',
  ].join('\n'), 'fr');
  assert.equal(prop(claimAbout(fr, 'Téhéran', 'United States')), 'supply:Iran>Russia:drones');
  const moscow = claimAbout(fr, 'désinformation', 'Russia');
  assert.equal(moscow.stance, 'denies');
  assert.equal(prop(moscow), 'supply:Iran>Russia:drones');
  const en = claimsOf([
    'Drones: Washington accuses Tehran, Moscow denounces a "disinformation campaign"',
    '',
    'State Department spokesman Tom Hale said Iran had delivered drones to Russia.',
  ].join('\n'), 'en');
  assert.equal(prop(claimAbout(en, 'Tehran', 'United States')), 'supply:Iran>Russia:drones');
  assert.equal(claimAbout(en, 'disinformation', 'Russia').stance, 'denies');
});

test('« militaires » after a noun is an adjective (« à des fins militaires »), not soldiers', () => {
  const claims = claimsOf('Selon un haut responsable américain, la Chine aiderait aussi la Russie à améliorer ses capacités satellitaires à des fins militaires.', 'fr');
  assert.notEqual(claimAbout(claims, 'fins militaires').proposition?.type, 'deploy');
  const soldiers = claimsOf('Selon Kiev, la Corée du Nord a envoyé 1 500 militaires en Russie.', 'fr');
  assert.equal(prop(claimAbout(soldiers, 'militaires')), 'deploy:North Korea>Russia:personnel');
});

test('Coordinated event nouns each take the agent after them: "the export by Iran and procurement by Russia of Iranian missiles"', () => {
  const en = claimsOf('The ministers condemned the export by Iran and procurement by Russia of Iranian ballistic missiles.', 'en');
  assert.equal(prop(claimAbout(en, 'procurement')), 'supply:Iran>Russia:ballistic missiles');
  const fr = claimsOf('Les ministres condamnent l’exportation par l’Iran et l’acquisition par la Russie de missiles balistiques iraniens.', 'fr');
  assert.equal(prop(claimAbout(fr, 'acquisition')), 'supply:Iran>Russia:ballistic missiles');
});

test('A statement titled with its issuer first ("G7 Foreign Ministers’ Statement on Iran") speaks in the issuer’s voice; a title-case headline about one does not', () => {
  const statement = claimsOf('G7 Foreign Ministers’ Statement on Iran\n\nIran must halt transfers of ballistic missiles to Russia.', 'en', '2024-09-14');
  assert.equal(claimAbout(statement, 'halt transfers').speaker.name, 'G7');
  const headline = claimsOf('Iran Rejects G7 Statement on Missiles\n\nIran sent ballistic missiles to Russia in May.', 'en', '2024-09-14');
  assert.ok(!headline.some((c) => c.text.includes('sent ballistic missiles')), 'the text in its own voice is nobody\'s claim');
});

test('A month is no modal: "sent missiles in May" asserts a done supply, "in May Iran sent" too; "may send" still speculates', () => {
  const done = claimsOf('Officials said Iran sent missiles to Russia in May.', 'en');
  assert.equal(claimAbout(done, 'in May').stance, 'asserts');
  const before = claimsOf('Officials said that in May Iran sent missiles to Russia.', 'en');
  assert.equal(claimAbout(before, 'Iran sent').proposition?.mode, 'done');
  const modal = claimsOf('Officials said Iran may send missiles to Russia in May.', 'en');
  assert.equal(claimAbout(modal, 'may send').stance, 'speculates');
});

test('« s’est contenté de répondre », « s’est borné à dire » report like « a répondu »; « son porte-parole » is the body’s', () => {
  const claims = claimsOf([
    'Selon une source diplomatique européenne, les Vingt-Sept pourraient adopter de nouvelles sanctions.',
    'Le Kremlin, lui, a refusé de commenter.',
    '« Nous n’avons pas d’information à ce sujet », s’est contenté de répondre son porte-parole.',
  ].join(' '), 'fr');
  assert.equal(claimAbout(claims, 'pas d’information').speaker.name, 'Kremlin');
  const narrow = claimsOf('Le porte-parole du Kremlin, Ivan Sokol, s’est borné à dire que la Russie n’achetait pas de drones iraniens.', 'fr');
  const c = claimAbout(narrow, 'n’achetait pas');
  assert.equal(c.speaker.name, 'Ivan Sokol');
  assert.equal(c.stance, 'denies');
});

test('The Joint Chiefs of Staff, « l’état-major interarmées », are a body of their country, not a person', () => {
  const en = claimsOf('South Korea’s Joint Chiefs of Staff said North Korea had sent troops to Russia.', 'en');
  assert.deepEqual(claimAbout(en, 'had sent').speaker, { name: 'Joint Chiefs of Staff', type: 'organization', affiliation: 'South Korea' });
  const fr = claimsOf('L’état-major interarmées sud-coréen a affirmé que la Corée du Nord avait envoyé des troupes en Russie.', 'fr');
  assert.equal(claimAbout(fr, 'avait envoyé').speaker.name, 'Joint Chiefs of Staff');
});

test('Information handed over is no supply: "any information provided by member states", « toute information fournie par »', () => {
  const en = claimsOf('Iran denied supplying drones to Russia. A UN spokesman said the Secretariat would examine any information provided by governments.', 'en');
  assert.equal(claimAbout(en, 'examine').proposition, null);
  const fr = claimsOf('L’Iran a nié fournir des drones à la Russie. Un porte-parole de l’ONU a déclaré que le Secrétariat examinerait toute information fournie par les États membres.', 'fr');
  assert.equal(claimAbout(fr, 'examinerait').proposition, null);
});

test('"told the IRNA news agency that P": a news outlet named with its noun is who was told', () => {
  const claims = claimsOf('Iran’s ambassador, Reza Karimi, told the IRNA news agency that Iran had never supplied weapons to Russia.', 'en');
  const c = claimAbout(claims, 'never supplied');
  assert.equal(c.text, 'Iran had never supplied weapons to Russia');
  assert.equal(c.stance, 'denies');
});

test('Taking back what one said, with an adverb between or in other words: "later backtracked", « est ensuite revenu sur », « a fait machine arrière »', () => {
  const en = claimsOf('The minister said Iran had delivered missiles to Russia. He later backtracked.', 'en');
  assert.equal(claimAbout(en, 'backtracked').stance, 'retracts');
  for (const second of ['Il est ensuite revenu sur ses propos.', 'Il a ensuite fait machine arrière.', 'Il s’est depuis rétracté.']) {
    const fr = claimsOf(`Le ministre a affirmé que l’Iran avait livré des missiles à la Russie. ${second}`, 'fr');
    const c = fr.find((claim) => claim.stance === 'retracts');
    assert.ok(c, `a retraction in « ${second} »`);
    assert.equal(prop(c), 'supply:Iran>Russia:missiles');
  }
});

test('A news outlet labelling a turn ("Reuters: ...") is a journalist asking: the question claims nothing', () => {
  const claims = claimsOf([
    'Foreign Ministry Spokesperson Li Wen’s Regular Press Conference',
    '',
    'Li Wen: China has never provided lethal weapons to Russia.',
    '',
    'Reuters: Has China sent any military equipment to Russia since February?',
    '',
    'Li Wen: I have answered this question many times.',
  ].join('\n'), 'en');
  assert.ok(!claims.some((c) => c.text.includes('Has China sent')), claims.map((c) => c.text).join(' | '));
  assert.equal(claimAbout(claims, 'never provided').speaker.name, 'Li Wen');
});

test('A role of a list of countries speaks for each: « les ministres français, allemand et britannique », "the French, German and British foreign ministers"', () => {
  const fr = claimsOf('Les ministres des affaires étrangères français, allemand et britannique ont dénoncé mardi le transfert de missiles balistiques iraniens à la Russie.', 'fr');
  assert.deepEqual(fr.map((c) => c.speaker.name), ['France', 'Germany', 'United Kingdom']);
  for (const c of fr) assert.equal(prop(c), 'supply:Iran>Russia:ballistic missiles');
  const en = claimsOf('The French, German and British foreign ministers condemned the transfer of Iranian ballistic missiles to Russia.', 'en');
  assert.deepEqual(en.map((c) => c.speaker.name), ['France', 'Germany', 'United Kingdom']);
});

test('A counterpart holds the role of the one whose counterpart they are: « son homologue iranien, X » is « le ministre » later', () => {
  const fr = claimsOf([
    'Le chef de la diplomatie française, Jean Dupuis, a affirmé que l’Iran avait livré des missiles à la Russie.',
    'Son homologue iranien, Reza Karimi, a aussitôt répliqué. « Nous n’avons livré aucun missile à la Russie », a insisté le ministre.',
  ].join('\n\n'), 'fr');
  assert.equal(claimAbout(fr, 'aucun missile').speaker.name, 'Reza Karimi');
  const en = claimsOf('French Foreign Minister Jean Dupuis said Iran had delivered missiles to Russia. His Iranian counterpart, Reza Karimi, hit back. "We have not delivered any missiles to Russia," the minister said.', 'en');
  assert.equal(claimAbout(en, 'not delivered').speaker.name, 'Reza Karimi');
});

test('Someone introduced with an apposition in a sentence that reports nothing is who "she" stands for next', () => {
  const claims = claimsOf('Josep Vidal said Iran had transferred missiles to Russia. He added that the bloc would respond. Germany’s foreign minister, Anna Berg, was more cautious. She told reporters that any delivery of Iranian missiles to Russia would be an escalation.', 'en');
  assert.equal(claimAbout(claims, 'any delivery').speaker.name, 'Anna Berg');
});

test('Claims said to rest on flawed intelligence are called false: "based on flawed intelligence", « reposent sur des renseignements erronés »', () => {
  const en = claimsOf('France’s foreign minister said Iran had delivered missiles to Russia. Iran’s foreign minister, Reza Karimi, said the accusations were based on "flawed intelligence".', 'en');
  assert.equal(claimAbout(en, 'flawed intelligence').stance, 'denies');
  const fr = claimsOf('Le chef de la diplomatie française a affirmé que l’Iran avait livré des missiles à la Russie. Son homologue iranien, Reza Karimi, a répliqué. Selon lui, ces accusations reposent sur des « renseignements erronés ».', 'fr');
  assert.equal(claimAbout(fr, 'renseignements erronés').stance, 'denies');
});

test('The accused judging the claims made of it dismisses them: "the claims were “a fairy tale”", "no truth in the reports", « loin de la vérité »', () => {
  for (const judgement of ['the claims were "a fairy tale"', 'there was no truth in the reports', 'the reports were far from the truth', 'the accusations were "a shameless show"']) {
    const claims = claimsOf(`France’s foreign minister said Iran had delivered missiles to Russia. Iran’s foreign minister, Reza Karimi, said ${judgement}.`, 'en');
    assert.equal(claims.at(-1)?.stance, 'denies', judgement);
  }
  const fr = claimsOf('Le ministre français a affirmé que l’Iran avait livré des missiles à la Russie. Le ministre iranien, Reza Karimi, a déclaré que ces accusations étaient « loin de la vérité ».', 'fr');
  assert.equal(claimAbout(fr, 'vérité').stance, 'denies');
});

test('UN coverage: "the speaker for the United States" is the country\'s delegate; "States" in a name is no verb ending the subject', () => {
  const claims = claimsOf('The speaker for the United States echoed that view, saying that Iran had sent missiles to Russia.', 'en');
  assert.equal(claimAbout(claims, 'had sent').speaker.name, 'United States');
});

test('"had no need for Iranian weapons" denies, as « n’a besoin d’aucune arme étrangère » does', () => {
  const en = claimsOf('Ukraine said Iran had supplied weapons to Russia. The Russian delegate said his country had no need for Iranian weapons.', 'en');
  assert.equal(claimAbout(en, 'no need').stance, 'denies');
});

test('A last clause declining to comment takes back the rest: "We have seen these reports, but we have nothing to say"', () => {
  const en = claimsOf('Iran has sent missiles to Russia, Washington said. "We have seen these reports, but we have nothing to say," Kremlin spokesman Ivan Sokol told reporters.', 'en');
  assert.ok(!en.some((c) => c.speaker.name === 'Ivan Sokol'));
  const fr = claimsOf('Téhéran a envoyé des missiles à Moscou, selon Washington. « Nous avons vu ces informations, mais nous n’avons rien à ajouter », a répondu Ivan Sokol, qui parle au nom du Kremlin.', 'fr');
  assert.ok(!fr.some((c) => c.speaker.name === 'Ivan Sokol'));
});

test('Declining to speculate or to get ahead of an assessment is no claim either: "I\'m not going to get ahead of it"', () => {
  const en = claimsOf('Iran has sent missiles to Russia, Kyiv said. "We have seen the reports, but I\'m not going to get ahead of our assessments," spokeswoman Ana Lisle told reporters. "I won\'t speculate on that," she added.', 'en');
  assert.ok(!en.some((c) => c.speaker.name === 'Ana Lisle'), 'no claim for a refusal to speculate');
  const fr = claimsOf('Téhéran a envoyé des missiles à Moscou, selon Kiev. « Nous avons vu ces informations, mais je ne vais pas entrer dans les détails », a répondu Ivan Sokol, porte-parole du Kremlin. « Je ne vais pas spéculer », a-t-il ajouté.', 'fr');
  assert.ok(!fr.some((c) => c.speaker.name === 'Ivan Sokol'), 'no claim for « je ne vais pas spéculer »');
});

test('"was quoted by RIA as saying": the subject speaks, the agency relays; "Ukraine’s defence intelligence" is a body of Ukraine', () => {
  const quoted = claimsOf('Iran’s ambassador to Moscow, Reza Karimi, was quoted by RIA as saying that Iran had never sent missiles to Russia.', 'en');
  assert.equal(claimAbout(quoted, 'never sent').speaker.name, 'Reza Karimi');
  const body = claimsOf('Ukraine’s defence intelligence said in a statement that Iran had delivered 200 missiles to Russia.', 'en');
  assert.deepEqual(claimAbout(body, 'delivered').speaker, { name: 'Military intelligence', type: 'organization', affiliation: 'Ukraine' });
});

test('The verb an event noun is the subject of ends its phrase: « ces livraisons risquaient de déstabiliser l’est de l’Ukraine »', () => {
  const claims = claimsOf('Le président turc a confirmé que son pays continuerait à vendre des drones à l’Ukraine. Le Kremlin a averti que ces livraisons risquaient de déstabiliser l’est de l’Ukraine.', 'fr');
  assert.equal(prop(claimAbout(claims, 'risquaient')), 'supply:Turkey>Ukraine:drones');
});

test('A party dismissing "the claims" answers what it is said to do in the main story, not what it gets in exchange', () => {
  const claims = claimsOf([
    'North Korea has shipped millions of shells to Russia, South Korean Defence Minister Lee Jun said on Tuesday.',
    'North Korea has sent 6,700 containers of munitions to Russia since August, he added.',
    'In return, North Korea has received food and parts used to make weapons, Lee told reporters.',
    'North Korea’s defence ministry dismissed the claims as "absurd".',
  ].join(' '), 'en');
  assert.equal(prop(claimAbout(claims, 'absurd')), 'supply:North Korea>Russia:ammunition');
});

test('A role apposed to the speaker needs no article: "“P,” John Doe, spokesman for the ministry, said", « X, porte-parole du ministère, a déclaré »', () => {
  const en = claimsOf('"Iran has never exported weapons to Russia," Tom Ardell, spokesman for the Iranian Foreign Ministry, said.', 'en');
  assert.equal(claimAbout(en, 'never exported').speaker.name, 'Tom Ardell');
  const fr = claimsOf('« L’Iran n’a jamais livré d’armes à la Russie », Jean Ardel, porte-parole du ministère iranien, a déclaré.', 'fr');
  assert.equal(claimAbout(fr, 'jamais livré').speaker.name, 'Jean Ardel');
  // Before a participle, the role is the apposition of the earlier verb's subject, who goes on speaking.
  const participle = claimsOf('Kiev accuse la Corée du Nord de livrer des obus à la Russie. « Il n’y a eu aucune livraison de ce type », a assuré Ivan Sokol, porte-parole de la présidence russe, jugeant ces accusations « sans fondement ».', 'fr');
  assert.equal(claimAbout(participle, 'jugeant').speaker.name, 'Ivan Sokol');
});

test('A surname that is a pronoun too is a name mid-sentence: "Foreign Minister He Lifeng said", "spokesperson He Yadong"', () => {
  const claims = claimsOf('Chinese Vice Premier He Lifeng said China had never sent weapons to Russia. He added that Beijing opposed the war.', 'en');
  assert.deepEqual(claimAbout(claims, 'never sent').speaker, { name: 'He Lifeng', type: 'person', affiliation: 'China', role: 'deputy prime minister' });
  assert.equal(claimAbout(claims, 'opposed').speaker.name, 'He Lifeng');
  const quoted = claimsOf('"China has never provided weapons to Russia," Chinese foreign ministry spokesperson He Yadong told reporters.', 'en');
  assert.equal(claimAbout(quoted, 'never provided').speaker.name, 'He Yadong');
  // At the start of a sentence it is the pronoun.
  const pronoun = claimsOf('Foreign Minister Tom Ardell said Iran had sent drones to Russia. He Said more would follow.', 'en');
  assert.ok(!pronoun.some((c) => c.speaker.name.startsWith('He ')));
});

test('Who depends on suppliers or arms receives: "did not depend on foreign suppliers", « dépend des drones iraniens »', () => {
  const en = claimsOf('Kyiv says China is supplying Russia with drone parts. Kremlin spokesman Ivan Sokol said Russia’s defence industry did not depend on foreign suppliers. Analysts say Russia relies on Iranian drones.', 'en');
  assert.deepEqual([claimAbout(en, 'depend').stance, prop(claimAbout(en, 'depend'))?.split(':')[1]], ['denies', 'China>Russia']);
  assert.equal(prop(claimAbout(en, 'relies')), 'supply:Iran>Russia:drones');
  const fr = claimsOf('Kiev accuse l’Iran de livrer des drones à la Russie. Le porte-parole du Kremlin, Ivan Sokol, a assuré que l’industrie russe ne dépendait pas de fournisseurs étrangers. Selon des analystes, la Russie dépend des drones iraniens.', 'fr');
  assert.deepEqual([claimAbout(fr, 'dépendait').stance, prop(claimAbout(fr, 'dépendait'))?.split(':')[1]], ['denies', 'Iran>Russia']);
  assert.equal(prop(claimAbout(fr, 'dépend des')), 'supply:Iran>Russia:drones');
  // Depending on someone's decision is no supply.
  const decision = claimsOf('Kyiv says Iran is supplying Russia with drones. Iranian Foreign Minister Ali Karimi said the outcome of the talks depended on Washington.', 'en');
  assert.equal(claimAbout(decision, 'outcome').proposition, null);
});

test('A passive in the future is to come: « d’autres drones turcs seront livrés » is planned, as "will be delivered" is', () => {
  const fr = claimsOf('Le ministre ukrainien Ivan Petrenko a affirmé que d’autres drones turcs seront livrés à l’Ukraine.', 'fr');
  assert.equal(claimAbout(fr, 'seront livrés').proposition?.mode, 'planned');
  const en = claimsOf('Ukrainian minister Ivan Petrenko said more Turkish drones will be delivered to Ukraine.', 'en');
  assert.equal(claimAbout(en, 'will be delivered').proposition?.mode, 'planned');
});

test('Making arms at home is said after the object too ("manufactured all of its drones domestically", « fabriquent leurs missiles localement»), and of a recipient that is no country', () => {
  const en = claimsOf('Kyiv says Iran supplies drones to Russia. Kremlin spokesman Ivan Sokol insisted that Russia manufactured all of its drones domestically.', 'en');
  assert.deepEqual([claimAbout(en, 'domestically').stance, prop(claimAbout(en, 'domestically'))], ['denies', 'supply:Iran>Russia:drones']);
  const group = claimsOf('The US says Iran supplies missiles to the Houthis. Houthi spokesman Ali Saleh insisted that the Houthis produce all of their own missiles.', 'en');
  assert.deepEqual([claimAbout(group, 'own missiles').stance, prop(claimAbout(group, 'own missiles'))], ['denies', 'supply:Iran>Houthis:missiles']);
  const fr = claimsOf('Washington accuse l’Iran de livrer des missiles aux Houthis. Le porte-parole houthi Ali Saleh a assuré que les Houthis fabriquent tous leurs missiles localement.', 'fr');
  assert.deepEqual([claimAbout(fr, 'localement').stance, prop(claimAbout(fr, 'localement'))], ['denies', 'supply:Iran>Houthis:missiles']);
});

test('Not being able to establish is no evidence: "could not establish how the missiles reached Russia", « n’a pas pu établir »', () => {
  const en = claimsOf('Kyiv says Iran supplies missiles to Russia. UN expert Amina Sall said the panel had not been able to establish how the missiles reached Russia.', 'en');
  assert.equal(claimAbout(en, 'establish').stance, 'no_evidence');
  const fr = claimsOf('Kiev accuse l’Iran de livrer des missiles à la Russie. L’experte Amina Sall a indiqué que le groupe n’avait pas pu établir comment les missiles étaient parvenus en Russie.', 'fr');
  assert.equal(claimAbout(fr, 'établir').stance, 'no_evidence');
  // Not setting something up is no lack of evidence.
  const act = claimsOf('Kyiv says Iran supplies missiles to Russia. UN expert Amina Sall said Iran did not establish a factory in Russia.', 'en');
  assert.notEqual(claimAbout(act, 'factory').stance, 'no_evidence');
});

test('those who make a claim, judged, deny it, and speak for nobody: "Anyone who says we sent missiles must show proof", « Quiconque prétend que … ment »', () => {
  const en = claimsOf('Ukraine says Iran has supplied drones to Russia. "Anyone who says we sent missiles to Russia must show proof," the Iranian foreign minister said on Tuesday.', 'en');
  assert.equal(claimAbout(en, 'Anyone').stance, 'denies');
  const fr = claimsOf('L’Ukraine accuse l’Iran de livrer des drones à la Russie. « Ceux qui affirment que nous avons livré des drones à la Russie doivent le prouver », a déclaré mardi le ministre iranien des Affaires étrangères.', 'fr');
  assert.equal(claimAbout(fr, 'Ceux qui').stance, 'denies');
  const generic = claimsOf('L’Ukraine accuse l’Iran de livrer des drones à la Russie. Quiconque prétend que Téhéran fournit des missiles à Moscou ment, a déclaré le porte-parole de la diplomatie iranienne.', 'fr');
  const answer = claimAbout(generic, 'Quiconque');
  assert.equal(answer.speaker.affiliation, 'Iran');
  assert.equal(answer.stance, 'denies');
});

test('a subject with "no" negates its verb: "No Iranian drones have been sent to Russia", "said no troops were being trained"', () => {
  const quoted = claimsOf('Ukraine says Iran sent drones to Russia. "No Iranian drones have been sent to Russia," the Iranian foreign minister said.', 'en');
  assert.equal(claimAbout(quoted, 'No Iranian').stance, 'denies');
  const reported = claimsOf('Lithuania says Belarus trains Russian troops. The Belarusian defence minister said no Russian troops were being trained in Belarus.', 'en');
  assert.equal(claimAbout(reported, 'no Russian').stance, 'denies');
  // "No doubt" is no negation of what follows.
  assert.equal(claimAbout(claimsOf('"No doubt Iran sent drones to Russia," the Ukrainian minister said.', 'en'), 'doubt').stance, 'asserts');
});

test('what a question holds is asked, not said: "asked whether the administration had evidence that", « a demandé si »', () => {
  const en = claimsOf('Senator Jane Roe asked whether the administration had evidence that Chinese drones were being used by Russia.', 'en');
  assert.deepEqual(en, []);
  const fr = claimsOf('Le sénateur Jean Dupont a demandé si le gouvernement avait des preuves que la Chine avait livré des drones à la Russie.', 'fr');
  assert.deepEqual(fr, []);
  // The question closes at its comma: the answer is said.
  const answered = claimsOf('Asked whether Iran had sent missiles, the Pentagon spokesman said Iran had sent drones to Russia.', 'en');
  assert.equal(prop(claimAbout(answered, 'drones')), 'supply:Iran>Russia:drones');
});

test('the one named later in a role holds it for the country stated with it: "China’s embassy in Washington rejected ... embassy spokesman X said"', () => {
  const en = claimsOf('The United States says China is sending drone engines to Russia. China’s embassy in Washington rejected the accusation. “China has never provided weapons to any party,” embassy spokesman Liu Wenbo said.', 'en');
  assert.equal(claimAbout(en, 'rejected').speaker.affiliation, 'China');
  assert.equal(claimAbout(en, 'never provided').speaker.affiliation, 'China');
  const fr = claimsOf('Washington accuse la Chine de livrer des drones à la Russie. L’ambassade de Chine à Washington a rejeté ces accusations. « La Chine n’a jamais fourni d’armes », a déclaré le porte-parole de l’ambassade, Liu Wenbo.', 'fr');
  assert.equal(claimAbout(fr, 'rejeté').speaker.affiliation, 'China');
});

test('what a source belongs to describes it, and says nothing: "According to X, a member of the intelligence committee, P", « Selon X, membre de la commission, P »', () => {
  const en = claimsOf('According to lawmaker Kim Do-yun, a member of the intelligence committee, North Korea has shipped shells to Russia.', 'en');
  assert.equal(en[0].text, 'North Korea has shipped shells to Russia');
  const fr = claimsOf('Selon le député Kim Do-yun, membre de la commission du renseignement, la Corée du Nord a livré des obus à la Russie.', 'fr');
  assert.equal(fr[0].text, 'la Corée du Nord a livré des obus à la Russie');
});

test('the vehicles a delivery goes by belong to no party named before their preposition: "to Russia by ship", « à la Russie par bateau »', () => {
  const en = claimsOf('According to Seoul, North Korea sends shells to Russia by ship.', 'en');
  assert.equal(prop(en[0]), 'supply:North Korea>Russia:ammunition');
  const fr = claimsOf('Selon Séoul, la Corée du Nord livre des obus à la Russie par bateau.', 'fr');
  assert.equal(prop(fr[0]), 'supply:North Korea>Russia:ammunition');
  // Their owner is still no agent: "by Russian navy ships".
  const owned = claimsOf('Seoul says North Korea sold shells to Russia. The shells were transported to the port by Russian navy ships, Seoul said.', 'en');
  assert.equal(prop(claimAbout(owned, 'transported')), 'supply:North Korea>Russia:ammunition');
});

test('a role may close on a body named in common nouns before the name it is apposed to: « le porte-parole de la diplomatie, X », "the spokesman for the foreign ministry, X"', () => {
  const fr = claimsOf('Kiev accuse l’Iran de livrer des drones à la Russie. Téhéran a rejeté ces affirmations. « Nous n’avons livré aucun drone », a assuré le porte-parole de la diplomatie, Reza Farahani.', 'fr');
  assert.equal(claimAbout(fr, 'aucun drone').speaker.affiliation, 'Iran');
  assert.equal(claimAbout(fr, 'aucun drone').speaker.role, 'spokesperson');
  const en = claimsOf('Kyiv accuses Iran of supplying drones to Russia. Tehran rejected the claims. “We have not sent any drones,” said the spokesman for the foreign ministry, Reza Farahani.', 'en');
  assert.equal(claimAbout(en, 'any drones').speaker.role, 'spokesperson');
});

test('making everything the army needs at home denies the supply: "produces everything the army requires", « produit tout ce dont l’armée a besoin »', () => {
  const en = claimsOf('The United States says China supplies drones to Russia. “Our defense industry produces everything the army requires,” the Russian ambassador said.', 'en');
  assert.equal(claimAbout(en, 'everything').stance, 'denies');
  assert.equal(prop(claimAbout(en, 'everything')), 'supply:China>Russia:drones');
  const fr = claimsOf('Washington affirme que la Chine livre des drones à la Russie. « Notre industrie de défense produit tout ce dont l’armée a besoin », a déclaré l’ambassadeur russe.', 'fr');
  assert.equal(claimAbout(fr, 'tout ce dont').stance, 'denies');
  // The recipient, a group of no state, making what it needs: "the group manufactures what it needs", « ce dont il a besoin ».
  const group = claimAbout(claimsOf('Israel says Iran has smuggled missiles to Hezbollah. A Hezbollah official said the group manufactures what it needs.', 'en'), 'what it needs');
  assert.deepEqual(stanceOn(group), ['denies', 'supply:Iran>Hezbollah:missiles']);
  const groupe = claimAbout(claimsOf('Israël affirme que l’Iran a livré des missiles au Hezbollah. Un responsable du Hezbollah a assuré que le mouvement fabriquait ce dont il a besoin.', 'fr'), 'ce dont');
  assert.deepEqual(stanceOn(groupe), ['denies', 'supply:Iran>Hezbollah:missiles']);
});

test('a gerund listed as a noun is one after a determiner: "the training was another sign that Minsk is a co-belligerent" takes no trainee after it', () => {
  const claims = claimsOf('Lithuania says Belarus has been training Russian soldiers to operate drones. Poland’s foreign minister said the training was “another sign that Minsk is a co-belligerent”.', 'en');
  assert.equal(prop(claimAbout(claims, 'the training')), 'train:Belarus>Russia:drones');
});

test('re-exporting and reselling supply: "had resold Turkish drones to Russia", « la réexportation de ses drones vers la Russie »', () => {
  const en = claimsOf('Azerbaijan denied that it had resold Turkish drones to Russia.', 'en');
  assert.equal(prop(en[0]), 'supply:Azerbaijan>Russia:drones');
  const fr = claimsOf('« La Turquie n’a jamais autorisé la réexportation de ses drones vers la Russie », a déclaré le porte-parole du ministère turc de la Défense.', 'fr');
  assert.equal(prop(fr[0]), 'supply:Turkey>Russia:drones');
});

test('whatever a relative clause apposed to the subject holds, the subject stands before it: "A U.S. official, who spoke ... because he was not authorized ..., said"', () => {
  const en = claimsOf('The Kremlin says the drones are Russian-made. A U.S. official, who spoke on condition of anonymity because he was not authorized to discuss intelligence matters, said Iran was preparing to send missiles to Russia.', 'en');
  assert.equal(claimAbout(en, 'preparing').speaker.affiliation, 'United States');
  const fr = claimsOf('Le Kremlin affirme que les drones sont russes. Un responsable américain, qui s’exprimait sous couvert d’anonymat parce qu’il n’était pas autorisé à parler, a affirmé que l’Iran s’apprêtait à livrer des missiles à la Russie.', 'fr');
  assert.equal(claimAbout(fr, 'apprêtait').speaker.affiliation, 'United States');
});

test('a person named after a role said with its country holds it for that country, stated, not guessed: "Iran’s foreign minister acknowledged ... Foreign Minister X told reporters"', () => {
  const claims = claimsOf('Iran’s foreign minister acknowledged on Saturday that Tehran had supplied drones to Russia. “We gave a limited number of drones to Russia before the war,” Foreign Minister Reza Darvish told reporters. Ukraine’s president said that Tehran was lying.', 'en');
  // Stated, Iran's own word on its dealings is an answer a third party can call a lie.
  assert.equal(prop(claimAbout(claims, 'lying')), 'supply:Iran>Russia:drones');
});

test('not telling the truth is lying: "Iran is not telling the truth", « L’Iran ne dit pas la vérité » asserts what Iran denied', () => {
  const en = claimsOf('Iran denied sending drones to Russia. “Iran is not telling the truth,” the Ukrainian president said.', 'en');
  assert.equal(claimAbout(en, 'truth').stance, 'asserts');
  assert.equal(prop(claimAbout(en, 'truth')), 'supply:Iran>Russia:drones');
  const fr = claimsOf('L’Iran a démenti avoir livré des drones à la Russie. « L’Iran ne dit pas la vérité », a déclaré le président ukrainien.', 'fr');
  assert.equal(claimAbout(fr, 'vérité').stance, 'asserts');
});

test('what is no surprise is so: "It is not surprising that Moscow is buying Chinese drones", « il n’est pas surprenant que »', () => {
  const en = claimsOf('“It is not surprising that Moscow is buying Chinese drones,” analyst Jane Doe said.', 'en');
  assert.equal(en[0].stance, 'asserts');
  const fr = claimsOf('Pour le chercheur Jean Dupont, « il n’est pas surprenant que Moscou cherche à acheter des drones chinois ».', 'fr');
  assert.equal(fr[0].stance, 'asserts');
});

test('an outlet that saw the documents is no source, whatever kind of outlet it is said to be: « selon des documents consultés par l’agence Reuters »', () => {
  const fr = claimsOf('Une entreprise russe produit des drones en Chine, selon des documents consultés par l’agence Reuters.', 'fr');
  assert.notEqual(fr[0].speaker.name, 'Reuters');
});

test('trading arms is supplying them: "reports of arms deals with Moscow", « des accords d’armement avec Moscou »', () => {
  const en = claimsOf('Seoul says North Korean troops are training in Russia. Pyongyang has dismissed reports of arms deals with Moscow as “absurd”.', 'en');
  assert.equal(claimAbout(en, 'arms deals').proposition?.type, 'supply');
  const fr = claimsOf('Séoul affirme que des soldats nord-coréens s’entraînent en Russie. Pyongyang a qualifié d’« absurdes » les informations sur des accords d’armement avec Moscou.', 'fr');
  assert.equal(claimAbout(fr, 'accords').proposition?.type, 'supply');
});

test('a story told is no one told: \'"The debris recovered in Ukraine tells a clear story," she said\'', () => {
  const claims = claimsOf('The representative of the United States said Iran continued to provide drones to Russia. “The debris recovered in Ukraine tells a clear story,” she said.', 'en');
  assert.equal(claimAbout(claims, 'debris').speaker.affiliation, 'United States');
});

test('helping rebuild an industry passes know-how: "helping Moscow rebuild its arms industry", « aider la Russie à reconstituer son industrie de défense »', () => {
  const en = claimsOf('The United States says China is helping Moscow rebuild its arms industry.', 'en');
  assert.equal(prop(en[0]), 'supply:China>Russia:technology');
  const fr = claimsOf('Les États-Unis accusent la Chine d’aider la Russie à reconstituer son industrie de défense.', 'fr');
  assert.equal(prop(fr[0]), 'supply:China>Russia:technology');
});

test('what is shared with someone is given: "Russia has been sharing technology with Iran"; evidence shared names no items', () => {
  const claims = claimsOf('The United States says Iran sent missiles to Russia. U.S. officials said that, in exchange, Russia has been sharing technology with Iran. Washington said it had shared evidence with the United Nations.', 'en');
  assert.equal(prop(claimAbout(claims, 'sharing')), 'supply:Russia>Iran:technology');
  assert.equal(claimAbout(claims, 'shared evidence').proposition, null);
});

test('the people sent are the subject or the object, not those they help: "sent trainers to Crimea to help Russian troops", « pour aider les soldats russes »', () => {
  const en = claimsOf('Kyiv says Iran supplies drones to Russia. U.S. officials believe Iran has also sent trainers to Crimea to help Russian troops operate the drones.', 'en');
  assert.equal(prop(claimAbout(en, 'trainers')), 'deploy:Iran>Russia:personnel');
  const fr = claimsOf('Kiev affirme que l’Iran livre des drones à la Russie. Selon Washington, l’Iran a aussi envoyé des instructeurs en Crimée pour aider les soldats russes à utiliser les drones.', 'fr');
  assert.equal(prop(claimAbout(fr, 'instructeurs')), 'deploy:Iran>Russia:personnel');
  // Foreign people deployed by the deployer still come from their own country.
  assert.equal(prop(claimsOf('Kyiv said Russia had deployed North Korean soldiers to Kursk.', 'en')[0]), 'deploy:North Korea>Russia:personnel');
});

test('an office owned by a possessive speaks as the person quoted: "His office said", « Son bureau a indiqué »', () => {
  const en = claimsOf('Ukrainian President Volodymyr Zelenskiy said Russia had used Iranian drones. His office said 4,000 drones had been ordered by Moscow from Iran.', 'en');
  assert.equal(claimAbout(en, 'ordered').speaker.affiliation, 'Ukraine');
  const fr = claimsOf('Le président ukrainien Volodymyr Zelensky a affirmé que la Russie utilisait des drones iraniens. Son bureau a indiqué que Moscou avait commandé 4 000 drones à l’Iran.', 'fr');
  assert.equal(claimAbout(fr, 'commandé').speaker.affiliation, 'Ukraine');
});

test('the author written after a document speaks for it: « Selon ce rapport » after « un rapport du renseignement britannique », "a report by British intelligence"', () => {
  const fr = claimsOf('La Biélorussie a rejeté un rapport du renseignement britannique publié la veille. Selon ce rapport, Minsk aurait transféré des chars à l’armée russe.', 'fr');
  assert.equal(claimAbout(fr, 'chars').speaker.affiliation, 'United Kingdom');
  assert.equal(claimAbout(fr, 'chars').stance, 'asserts');
  const en = claimsOf('Belarus rejected a report by British intelligence published on Tuesday. According to the report, Minsk had transferred tanks to the Russian army.', 'en');
  assert.equal(claimAbout(en, 'tanks').speaker.affiliation, 'United Kingdom');
});

test('a person apposed to the subject acts, whatever the verb after them: "South Korea’s defence minister, Kim Min-jae, went further. He told parliament ..."', () => {
  const en = claimsOf('“We have not seen them cross into Ukraine,” Pentagon spokeswoman Jane Roe said. South Korea’s defence minister, Kim Min-jae, went further. He told parliament that North Korea had sent troops to Russia.', 'en');
  assert.equal(claimAbout(en, 'sent troops').speaker.name, 'Kim Min-jae');
  const fr = claimsOf('« Nous ne les avons pas vus entrer en Ukraine », a déclaré la porte-parole du Pentagone, Jane Roe. Le ministre sud-coréen de la Défense, Kim Min-jae, est allé plus loin. Il a affirmé devant le Parlement que la Corée du Nord avait envoyé des troupes en Russie.', 'fr');
  assert.equal(claimAbout(fr, 'envoyé des troupes').speaker.name, 'Kim Min-jae');
});

test('denouncing a smear campaign denies what it smears, and who runs it takes no part: \'denounced a "smear campaign" orchestrated by Washington\', « une « campagne de diffamation » orchestrée par Washington »', () => {
  const en = claimsOf('Washington accuses Pyongyang of supplying shells to Russia. North Korea’s envoy denounced a “smear campaign” orchestrated by Washington.', 'en');
  assert.equal(claimAbout(en, 'smear').stance, 'denies');
  assert.equal(prop(claimAbout(en, 'smear')), 'supply:North Korea>Russia:ammunition');
  const fr = claimsOf('Washington accuse Pyongyang de livrer des munitions à la Russie. Le représentant de la RPDC a dénoncé une « campagne de diffamation » orchestrée par Washington.', 'fr');
  assert.equal(claimAbout(fr, 'diffamation').stance, 'denies');
  assert.equal(prop(claimAbout(fr, 'diffamation')), 'supply:North Korea>Russia:ammunition');
});

test('no document proving it is no evidence: "no official document proves", « aucun document officiel ne prouve »', () => {
  const en = claimsOf('The UN says the UAE supplies weapons to the RSF. A Western diplomat said no official document proves the direct involvement of Abu Dhabi.', 'en');
  assert.equal(claimAbout(en, 'proves').stance, 'no_evidence');
  const fr = claimsOf('Selon l’ONU, les Émirats livrent des armes aux FSR. Un diplomate occidental reconnaît qu’aucun document officiel ne prouve l’implication directe d’Abou Dhabi.', 'fr');
  assert.equal(claimAbout(fr, 'prouve').stance, 'no_evidence');
});

test('where the items pass takes no part: "Emirati weapons had been transiting through Chad", « transitant par le Tchad »', () => {
  const en = claimsOf('Sudan accuses the UAE of supplying weapons to the RSF. UN experts said Emirati weapons had been transiting through Chad.', 'en');
  assert.equal(prop(claimAbout(en, 'transiting')), 'supply:United Arab Emirates>Rapid Support Forces:weapons');
  const fr = claimsOf('Le Soudan accuse les Émirats de livrer des armes aux FSR. Selon l’ONU, des armes émiraties transitent par le Tchad.', 'fr');
  assert.equal(prop(claimAbout(fr, 'transitent')), 'supply:United Arab Emirates>Rapid Support Forces:weapons');
});

test('a party confirming its own dealings admits them, accused or not: "Iran confirmed it had sent drones", « L’Iran a confirmé avoir livré »; a third party confirming asserts', () => {
  assert.equal(claimsOf('Iran has confirmed that it sent drones to Russia before the war.', 'en')[0].stance, 'admits');
  assert.equal(claimsOf('L’Iran a confirmé avoir livré des drones à la Russie avant la guerre.', 'fr')[0].stance, 'admits');
  assert.equal(claimsOf('The United States confirmed that Iran had sent drones to Russia.', 'en')[0].stance, 'asserts');
});

test('the event told by a verb is the claim, not one named by a noun before it: "a prudent attitude towards arms exports and does not sell weapons", « en matière d’exportations d’armes et ne vend pas d’armes »', () => {
  const en = claimsOf('The UN says China supplies weapons to the Myanmar junta. Spokeswoman Li Na said Beijing “adopts a prudent attitude towards arms exports” and does not sell weapons to parties in armed conflicts.', 'en');
  assert.equal(claimAbout(en, 'sell').stance, 'denies');
  const fr = claimsOf('Selon l’ONU, la Chine livre des armes à la junte birmane. La porte-parole Li Na a affirmé que Pékin « adopte une attitude prudente en matière d’exportations d’armes » et ne vend pas d’armes aux parties en conflit.', 'fr');
  assert.equal(claimAbout(fr, 'vend').stance, 'denies');
});

test('serving personnel of a country speak for it: "a Russian instructor said", "one of the Ukrainian soldiers told AFP", « a déclaré un des instructeurs russes, cité par la chaîne »', () => {
  assert.equal(claimsOf('“The drones are Iranian,” a Ukrainian soldier said.', 'en')[0]?.speaker.name, 'Ukraine');
  assert.equal(claimsOf('“The drones came from Iran,” one of the Ukrainian soldiers told AFP.', 'en')[0]?.speaker.name, 'Ukraine');
  assert.equal(claimsOf('Un soldat ukrainien a raconté que les drones venaient d’Iran.', 'fr')[0]?.speaker.name, 'Ukraine');
  assert.equal(claimsOf('« Les drones viennent d’Iran », a déclaré un des soldats ukrainiens, cité par la chaîne.', 'fr')[0]?.speaker.name, 'Ukraine');
  assert.equal(claimsOf('« Les drones viennent d’Iran », a déclaré un soldat ukrainien, cité par la chaîne.', 'fr')[0]?.speaker.name, 'Ukraine');
  // Soldiers in what is said are no speakers.
  assert.equal(claimsOf('Kyiv said Russian soldiers had been trained in Iran.', 'en')[0].speaker.name, 'Ukraine');
});

test('"we" come somewhere to act is the speaker’s country acting: "We are here to train the Nigerien army", « Nous sommes venus pour entraîner l’armée nigérienne »', () => {
  assert.equal(prop(claimsOf('“We are here to train the Nigerien army,” Russian Defence Minister Igor Volkov said.', 'en')[0]), 'train:Russia>Niger:personnel');
  assert.equal(prop(claimsOf('« Nous sommes venus pour entraîner l’armée nigérienne », a déclaré le ministre russe de la Défense, Igor Volkov.', 'fr')[0]), 'train:Russia>Niger:personnel');
});

test('a negative pronoun right after the verb opens what was said: "Iran said none had been sent", "said nothing had been delivered"; "said nothing about it" reports nothing', () => {
  const topic = 'Kyiv says Iran sends drones to Russia. ';
  assert.equal(claimAbout(claimsOf(`${topic}Iran said none had been sent to Russia.`, 'en'), 'none').stance, 'denies');
  assert.equal(claimAbout(claimsOf(`${topic}Iran said nothing had been delivered to Russia.`, 'en'), 'nothing').stance, 'denies');
  assert.equal(claimsOf(`${topic}Iran said nothing about the drones.`, 'en').length, 1);
});

test('a pronoun opening a coordinated report stands for the body the sentence opens on: "Iran said P, but it insisted Q", « Le ministère a reconnu P, mais il a assuré Q »', () => {
  const en = claimsOf('Kyiv says Iran sends drones to Russia. Iran said it sent drones before the war, but it insisted that no drones had been sent since.', 'en');
  assert.equal(claimAbout(en, 'no drones').speaker.name, 'Iran');
  const fr = claimsOf('Kiev affirme que l’Iran livre des drones à la Russie. Le ministère iranien des Affaires étrangères a reconnu que des drones avaient été livrés avant la guerre, mais il a assuré qu’aucun n’avait été envoyé depuis.', 'fr');
  assert.equal(claimAbout(fr, 'aucun').speaker.affiliation, 'Iran');
  // What a quote opens on is no subject: '"Iran is arming Hezbollah," it said' is whoever spoke before.
  const quoted = claimsOf('The Israeli army said Iran ships rockets to Hezbollah. “Iran is arming Hezbollah,” it said.', 'en');
  assert.equal(claimAbout(quoted, 'arming').speaker.affiliation, 'Israel');
});

test('dismissing a denial asserts what was denied: "Washington dismissed Tehran’s denials", « Washington a rejeté les démentis de Téhéran »', () => {
  const en = claimsOf('Kyiv says Iran sends drones to Russia. Washington dismissed Tehran’s denials.', 'en');
  assert.deepEqual([claimAbout(en, 'denials').stance, prop(claimAbout(en, 'denials'))], ['asserts', 'supply:Iran>Russia:drones']);
  const fr = claimsOf('Kiev affirme que l’Iran livre des drones à la Russie. Washington a rejeté les démentis de Téhéran.', 'fr');
  assert.deepEqual([claimAbout(fr, 'démentis').stance, prop(claimAbout(fr, 'démentis'))], ['asserts', 'supply:Iran>Russia:drones']);
  assert.equal(claimAbout(claimsOf('Kyiv says Iran sends drones to Russia. Tehran dismissed the reports.', 'en'), 'reports').stance, 'denies');
});

test('casting doubt on what is said dismisses it: "cast doubt on the reports", "questioned Tehran’s denials", « a mis en doute ces accusations »; not on a person', () => {
  const topic = 'Kyiv says Iran sends drones to Russia. ';
  assert.equal(claimAbout(claimsOf(`${topic}Moscow cast doubt on the reports.`, 'en'), 'doubt').stance, 'denies');
  assert.equal(claimAbout(claimsOf(`${topic}Washington questioned Tehran’s denials.`, 'en'), 'questioned').stance, 'asserts');
  assert.equal(claimAbout(claimsOf('Kiev affirme que l’Iran livre des drones à la Russie. Moscou a mis en doute ces accusations.', 'fr'), 'doute').stance, 'denies');
  assert.equal(claimsOf(`${topic}The senator questioned the official.`, 'en').length, 1);
});

test('a military presence built up abroad is a deployment: "Russia is expanding its military presence in Niger", « Moscou renforce sa présence militaire au Niger »', () => {
  assert.equal(prop(claimsOf('Russia is expanding its military presence in Niger, security sources said.', 'en')[0]), 'deploy:Russia>Niger:personnel');
  assert.equal(prop(claimsOf('Moscou renforce sa présence militaire au Niger, selon des sources sécuritaires.', 'fr')[0]), 'deploy:Russia>Niger:personnel');
});

test('a reporting verb may open a quote right after its subject, or follow an adverb: \'said it "categorically rejects" the reports\', "said it strongly rejects them", « qu’il « rejette catégoriquement » ces accusations »', () => {
  const topic = 'US officials say Iran will send missiles to Russia. ';
  for (const sentence of ['Iran’s mission to the United Nations said it "categorically rejects" the reports.', 'Iran said it strongly rejects the reports.', 'Iran said it categorically "rejects" the reports.']) {
    const claims = claimsOf(topic + sentence, 'en');
    assert.deepEqual(claims.slice(1).map((c) => reading(c)), [['Iran', 'denies', 'supply:Iran>Russia:missiles']], sentence);
  }
  const fr = claimsOf('Washington affirme que l’Iran va livrer des missiles à la Russie. L’Iran a affirmé qu’il « rejette catégoriquement » ces accusations.', 'fr');
  assert.deepEqual(fr.slice(1).map((c) => [c.speaker.name, c.stance]), [['Iran', 'denies']]);
  // A noun closing a quoted phrase is still no verb: 'had seen "credible reports" that'.
  assert.equal(claimsOf('Kyiv said it had seen "credible reports" that Iran sent missiles to Russia.', 'en')[0].speaker.name, 'Ukraine');
});

test('what a report responds to is no part of its content: "…, responding to U.S. warnings that …", « …, en réponse aux mises en garde américaines »', () => {
  const en = claimsOf('Washington says China may arm Russia. China said that it has never provided lethal weapons to either side, responding to U.S. warnings that Beijing was considering arming Moscow.', 'en');
  assert.equal(prop(claimAbout(en, 'never provided')), 'supply:China>Russia:weapons');
  const fr = claimsOf('Washington affirme que la Chine pourrait armer la Russie. Pékin a assuré n’avoir jamais fourni d’armes létales à aucune partie, en réponse aux mises en garde des États-Unis.', 'fr');
  assert.equal(prop(claimAbout(fr, 'jamais fourni')), 'supply:China>Russia:weapons');
});

test('troops withdrawn are not deployed to whoever asks for it: "push for the withdrawal of Russian troops", « le retrait des troupes russes »', () => {
  assert.equal(prop(claimsOf('Germany’s chancellor said China should push for the withdrawal of Russian troops from Ukraine.', 'en')[0]), null);
  assert.equal(prop(claimsOf('Le chancelier allemand a affirmé que la Chine devait œuvrer au retrait des troupes russes d’Ukraine.', 'fr')[0]), null);
});

test('a headline verb that names its items gives them to the story it takes: « les Émirats accusés d’armer les paramilitaires, Abou Dhabi dément », "UAE accused of arming paramilitaries"', () => {
  const fr = claimsOf([
    'Soudan : les Émirats accusés d’armer les paramilitaires, Abou Dhabi dément', '',
    'Selon Khartoum, les Émirats ont livré des munitions aux FSR.',
  ].join('\n'), 'fr');
  assert.equal(prop(claimAbout(fr, 'armer')), 'supply:United Arab Emirates>Rapid Support Forces:weapons');
  const en = claimsOf('Sudan: UAE accused of arming paramilitaries, Abu Dhabi denies\n\nKhartoum says the UAE has delivered ammunition to the RSF.', 'en');
  assert.equal(prop(claimAbout(en, 'arming')), 'supply:United Arab Emirates>Rapid Support Forces:weapons');
});

test('accusing the accuser of spreading falsehoods denies the story, accusing a party asserts it: "accused Seoul of spreading rumours", « accusé Séoul de « diffuser de la propagande » pour justifier … »', () => {
  const en = claimsOf('Seoul says Pyongyang has delivered ammunition to Moscow. Russia’s deputy foreign minister accused Seoul of spreading rumours to justify arms deliveries to Kyiv.', 'en');
  assert.deepEqual([claimAbout(en, 'rumours').stance, prop(claimAbout(en, 'rumours'))], ['denies', 'supply:North Korea>Russia:ammunition']);
  const fr = claimsOf('Séoul affirme que Pyongyang a livré des munitions à Moscou. La diplomatie russe a accusé Séoul de « diffuser de la propagande » pour justifier des livraisons d’armes à Kiev.', 'fr');
  assert.deepEqual([claimAbout(fr, 'propagande').stance, prop(claimAbout(fr, 'propagande'))], ['denies', 'supply:North Korea>Russia:ammunition']);
  const party = claimsOf('Seoul says Pyongyang has delivered ammunition to Moscow. Moscow denied it. Seoul accused Moscow of spreading disinformation.', 'en');
  assert.equal(claimAbout(party, 'disinformation').stance, 'asserts');
});

test('a clause with a subject of its own after ", and", « , et » is a claim of its own: "…, and dozens of Russian personnel have been trained in Iran"', () => {
  const en = claimsOf('Two U.S. officials said Iran is preparing to transfer ballistic missiles to Russia, and dozens of Russian military personnel have been trained in Iran.', 'en');
  assert.deepEqual(en.map(prop), ['supply:Iran>Russia:ballistic missiles', 'train:Iran>Russia:ballistic missiles']);
  const fr = claimsOf('Selon Washington, l’Iran s’apprête à livrer des missiles balistiques à la Russie, et des dizaines de militaires russes ont été entraînés en Iran.', 'fr');
  assert.deepEqual(fr.map(prop), ['supply:Iran>Russia:ballistic missiles', 'train:Iran>Russia:ballistic missiles']);
  // Without the comma, "and" may join the objects of one verb.
  assert.equal(claimsOf('Kyiv said Iran had sent drones to Russia and dozens of trainers to Crimea.', 'en').length, 1);
});

test('a mayor or a governor speaks for the country of their city: "Kyiv’s mayor Vitali Kovalenko said", « Le maire de Kiev, Vitali Kovalenko, a affirmé »', () => {
  assert.equal(claimsOf('Kyiv’s mayor Vitali Kovalenko said Russia used Iranian drones.', 'en')[0].speaker.affiliation, 'Ukraine');
  assert.equal(claimsOf('Le maire de Kiev, Vitali Kovalenko, a affirmé que la Russie utilisait des drones iraniens.', 'fr')[0].speaker.affiliation, 'Ukraine');
});

test('a quote may open between the recipient and its verb of making at home: \'Russia "produces everything it needs"\', « la Russie « produit elle-même tout ce dont elle a besoin » »', () => {
  const en = claimAbout(claimsOf('Estonia says North Korea supplies shells to Russia. Sorokin said Russia "produces everything it needs" itself.', 'en'), 'produces');
  assert.deepEqual(stanceOn(en), ['denies', 'supply:North Korea>Russia:ammunition']);
  const fr = claimAbout(claimsOf('Selon l’Estonie, la Corée du Nord fournit des obus à la Russie. Ivan Sorokin a affirmé que la Russie « produit elle-même tout ce dont elle a besoin ».', 'fr'), 'produit');
  assert.deepEqual(stanceOn(fr), ['denies', 'supply:North Korea>Russia:ammunition']);
});

test('a qualified document of the body that spoke last is its own: "According to its latest report", « D’après leur dernier rapport »', () => {
  const en = claimsOf('Estonian intelligence says North Korea has become the main supplier of shells to Russia. According to its latest report, Pyongyang has supplied at least 1.5 million shells.', 'en');
  assert.equal(claimAbout(en, 'million').speaker.affiliation, 'Estonia');
  const fr = claimsOf('Selon les services de renseignement estoniens, la Corée du Nord est devenue le premier fournisseur d’obus de la Russie. D’après leur dernier rapport, Pyongyang aurait fourni au moins 1,5 million d’obus.', 'fr');
  assert.equal(claimAbout(fr, 'million').speaker.affiliation, 'Estonia');
});

test('« a fustigé » after a quote reports it, as an accusation: « « L’Iran a choisi le camp de l’agresseur », a fustigé le ministère ukrainien »', () => {
  const fr = claimsOf('Kiev accuse l’Iran de livrer des drones à la Russie. « L’Iran a choisi le camp de l’agresseur », a fustigé le ministère ukrainien des Affaires étrangères.', 'fr');
  assert.deepEqual(fr.map((c) => [c.speaker.affiliation, c.stance, prop(c)]), [['Ukraine', 'asserts', 'supply:Iran>Russia:drones'], ['Ukraine', 'asserts', 'supply:Iran>Russia:drones']]);
});

test('a headline label’s items are used by no party written after its colon: « Drones iraniens : Kiev rompt avec Téhéran », "Iranian drones: Kyiv cuts ties with Tehran"', () => {
  const fr = claimsOf('Drones iraniens : Kiev rompt avec Téhéran\n\nLe président ukrainien a réduit les relations avec l’Iran après la livraison de drones iraniens à la Russie. Téhéran a aussitôt démenti.', 'fr');
  assert.equal(prop(claimAbout(fr, 'démenti')), 'supply:Iran>Russia:drones');
  const en = claimsOf('Iranian drones: Kyiv cuts ties with Tehran\n\nTehran denied it on Monday.', 'en');
  assert.equal(prop(claimAbout(en, 'denied')), null);
  // Items and their user in the label itself still state the story.
  assert.equal(prop(claimAbout(claimsOf('Drones iraniens en Russie : ce que l’on sait\n\nTéhéran a démenti.', 'fr'), 'démenti')), 'supply:Iran>Russia:drones');
});

test('troops holding exercises together are deployed nowhere: "Russian and Belarusian troops had held joint exercises", « ont mené des exercices conjoints »', () => {
  const en = claimsOf('Kyiv says Belarus is sending troops to Ukraine. Russia’s defence ministry said Russian and Belarusian troops had held joint exercises.', 'en');
  assert.equal(prop(claimAbout(en, 'exercises')), null);
  const fr = claimsOf('Kiev affirme que la Biélorussie envoie des troupes en Ukraine. Selon Moscou, des soldats russes et biélorusses ont mené des exercices conjoints.', 'fr');
  assert.equal(prop(claimAbout(fr, 'exercices')), null);
});

test('speaking of lies denies what was said: « Téhéran parle de « fausses informations » », \'Tehran spoke of "fake news"\'', () => {
  const fr = claimAbout(claimsOf('Kiev affirme que l’Iran livre des missiles à la Russie. Téhéran parle de « fausses informations ».', 'fr'), 'parle');
  assert.deepEqual(reading(fr), ['Iran', 'denies', 'supply:Iran>Russia:missiles']);
  const en = claimAbout(claimsOf('Kyiv says Iran sends missiles to Russia. Tehran spoke of "fake news".', 'en'), 'spoke');
  assert.deepEqual(reading(en), ['Iran', 'denies', 'supply:Iran>Russia:missiles']);
});

test('warnings that P are their source’s claim: "U.S. warnings that Beijing was considering arming Moscow", « les avertissements américains selon lesquels »', () => {
  const en = claimAbout(claimsOf('China said it has never provided weapons to either side, responding to U.S. warnings that Beijing was considering arming Moscow.', 'en'), 'considering');
  assert.deepEqual(reading(en), ['United States', 'speculates', 'supply:China>Russia:weapons']);
  const fr = claimAbout(claimsOf('Pékin a assuré n’avoir jamais fourni d’armes, en réponse aux avertissements américains selon lesquels la Chine pourrait armer Moscou.', 'fr'), 'pourrait');
  assert.deepEqual(reading(fr), ['United States', 'speculates', 'supply:China>Russia:weapons']);
  // "warning that P", a participle, is the main subject's report.
  assert.equal(claimAbout(claimsOf('Kyiv said Iran had sent drones to Russia, warning that more would follow.', 'en'), 'more').speaker.name, 'Ukraine');
});

test('an aside naming who saw the report leaves the complement in reach: "said, in a report seen by The Associated Press, that P", « affirme, dans un rapport consulté par l’AFP, que P »', () => {
  const en = claimAbout(claimsOf('A panel of U.N. experts said, in a report seen by The Associated Press, that Iran had supplied missiles to the Houthis.', 'en'), 'supplied');
  assert.deepEqual(reading(en), ['United Nations', 'asserts', 'supply:Iran>Houthis:missiles']);
  const fr = claimAbout(claimsOf('Un groupe d’experts des Nations unies affirme, dans un rapport confidentiel consulté par l’AFP, que l’Iran a fourni des missiles aux Houthis.', 'fr'), 'fourni');
  assert.deepEqual(reading(fr), ['United Nations', 'asserts', 'supply:Iran>Houthis:missiles']);
});

test('how long a speaker has said so may stand before the complement: « affirment depuis longtemps fabriquer », "has said for months it"', () => {
  const fr = claimAbout(claimsOf('L’Iran envoie des armes aux rebelles houthis du Yémen. Les Houthis affirment depuis longtemps fabriquer eux-mêmes leurs armes.', 'fr'), 'fabriquer');
  assert.deepEqual(reading(fr), ['Houthis', 'denies', 'supply:Iran>Houthis:weapons']);
  const en = claimAbout(claimsOf('Iran sends weapons to Yemen’s Houthi rebels, the U.S. says. Tehran has said for months it does not arm the rebels.', 'en'), 'does not');
  assert.deepEqual(reading(en), ['Iran', 'denies', 'supply:Iran>Houthis:weapons']);
});

test('a speaker who seized a ship carrying items is not their supplier: "said it seized a dhow transporting weapons", « avoir saisi un navire transportant des pièces »', () => {
  const fr = claimAbout(claimsOf('Le commandement militaire américain a annoncé dimanche avoir saisi un navire transportant des pièces de missiles de fabrication iranienne à destination du Yémen.', 'fr'), 'navire');
  assert.equal(prop(fr), 'supply:Iran>Yemen:technology');
  const en = claimAbout(claimsOf('The U.S. Navy said it seized a dhow transporting weapons to the Houthis.', 'en'), 'dhow');
  assert.notEqual(en.proposition?.actor, 'United States');
});

test('where items were found is not who uses them: "Iranian drones were recovered in Ukraine", « des missiles russes récupérés en Ukraine »', () => {
  const fr = claimAbout(claimsOf('Selon Kiev, des drones iraniens ont été récupérés en Ukraine.', 'fr'), 'récupérés');
  assert.equal(prop(fr), null);
  // After talk of the supply, the drones found are the topic's.
  const withTopic = claimAbout(claimsOf('Kiev accuse l’Iran de livrer des drones à la Russie. Selon l’armée ukrainienne, des drones iraniens ont été récupérés en Ukraine.', 'fr'), 'récupérés');
  assert.equal(prop(withTopic), 'supply:Iran>Russia:drones');
  const en = claimAbout(claimsOf('Kyiv accuses Iran of supplying drones to Russia. According to the Ukrainian military, Iranian drones were recovered in Ukraine.', 'en'), 'recovered');
  assert.equal(prop(en), 'supply:Iran>Russia:drones');
});

test('"the experts" are those of the body quoted before: "A panel of U.N. experts said P. The experts said Q", « Selon les experts »', () => {
  const en = claimAbout(claimsOf('A panel of United Nations experts said that Iran had supplied the Houthis with missiles. The experts said debris from the missiles matched Iranian designs.', 'en'), 'debris');
  assert.equal(en.speaker.name, 'United Nations');
  const fr = claimAbout(claimsOf('Un groupe d’experts des Nations unies affirme que l’Iran a fourni des missiles aux Houthis. Selon les experts, les débris des missiles correspondent à des modèles iraniens.', 'fr'), 'débris');
  assert.equal(fr.speaker.name, 'United Nations');
  // Experts no body was said to convene stay unknown.
  assert.equal(claimAbout(claimsOf('Les experts affirment que l’Iran a fourni des missiles aux Houthis.', 'fr'), 'fourni').speaker.type, 'unknown');
});

test('a verdict in a relative clause on what the speaker just dismissed is one claim: "dismissed the reports, which he called “fantasies”", « a balayé ces informations, qu’il a qualifiées de « fantasmes » »', () => {
  const fr = claimsOf('Kiev affirme que la Chine livre des armes à la Russie. Le vice-ministre russe, Pavel Kostin, a balayé ces informations, qu’il a qualifiées de « fantasmes occidentaux ».', 'fr');
  assert.deepEqual(fr.filter((c) => c.speaker.name === 'Pavel Kostin').map((c) => stanceOn(c)), [['denies', 'supply:China>Russia:weapons']]);
  const en = claimsOf('Kyiv says China delivers weapons to Russia. Russian Deputy Foreign Minister Pavel Kostin dismissed the reports, which he called "Western fantasies".', 'en');
  assert.deepEqual(en.filter((c) => c.speaker.name === 'Pavel Kostin').map((c) => stanceOn(c)), [['denies', 'supply:China>Russia:weapons']]);
});

test('"without being able to establish", « sans pouvoir établir » lack evidence: « ..., sans pouvoir établir qui les avait expédiées »', () => {
  const fr = claimAbout(claimsOf('L’Iran livre des missiles aux Houthis, selon l’ONU. Les experts disent avoir remonté la trace de certaines pièces jusqu’à des fabricants iraniens, sans pouvoir établir qui les avait expédiées.', 'fr'), 'remonté');
  assert.deepEqual(stanceOn(fr), ['no_evidence', 'supply:Iran>Houthis:missiles']);
  const en = claimAbout(claimsOf('Iran supplies missiles to the Houthis, the U.N. says. The experts said they had traced some parts to Iranian manufacturers, without being able to establish who had shipped them.', 'en'), 'traced');
  assert.deepEqual(stanceOn(en), ['no_evidence', 'supply:Iran>Houthis:missiles']);
});

test('items "made in" a country say where they come from, as "were made in" does: "components manufactured in China are being found", « des drones fabriqués en Russie »', () => {
  const en = claimAbout(claimsOf('The EU says China supplies Russia with drone engines. "We have clear evidence that components manufactured in China are being found on the battlefield," she said.', 'en'), 'components');
  assert.deepEqual(stanceOn(en), ['asserts', 'supply:China>Russia:technology']);
  const fr = claimAbout(claimsOf('L’UE affirme que la Chine fournit à la Russie des moteurs de drones. « Des composants fabriqués en Chine sont retrouvés sur le champ de bataille », a-t-elle assuré.', 'fr'), 'composants');
  assert.deepEqual(stanceOn(fr), ['asserts', 'supply:China>Russia:technology']);
  // The recipient's own make answers the supply.
  const own = claimAbout(claimsOf('Kiev affirme que l’Iran livre des drones à la Russie. Moscou assure que ses forces utilisent des drones fabriqués en Russie.', 'fr'), 'utilisent');
  assert.deepEqual(stanceOn(own), ['denies', 'supply:Iran>Russia:drones']);
  const ownEn = claimAbout(claimsOf('Kyiv says Iran supplies drones to Russia. Moscow said its forces only use drones made in Russia.', 'en'), 'only use');
  assert.deepEqual(stanceOn(ownEn), ['denies', 'supply:Iran>Russia:drones']);
});

test('"according to him" closing a sentence stands for who spoke before, not the sentence’s subject: « Pyongyang aurait aussi envoyé des missiles, selon lui. »', () => {
  const fr = claimAbout(claimsOf('Le ministre sud-coréen de la Défense, Kim Yong-jin, a estimé que les livraisons étaient massives. Pyongyang aurait également envoyé des missiles balistiques à la Russie, selon lui.', 'fr'), 'balistiques');
  assert.deepEqual([fr.speaker.name, fr.stance], ['Kim Yong-jin', 'asserts']);
  const en = claimAbout(claimsOf('South Korean Defence Minister Kim Yong-jin spoke to lawmakers. Pyongyang also sent ballistic missiles to Russia, according to him.', 'en'), 'ballistic');
  assert.deepEqual([en.speaker.name, en.stance], ['Kim Yong-jin', 'asserts']);
  // Inside the sentence, the pronoun is still its subject's.
  const inside = claimAbout(claimsOf('Les services ukrainiens ont présenté des débris qui, selon eux, prouvent que l’Iran a livré des drones à la Russie.', 'fr'), 'prouvent');
  assert.equal(inside.speaker.affiliation, 'Ukraine');
});

test('an apposition to the person opening the sentence is no inverted subject: "X, a drone expert at the institute, said the programme, if confirmed, would ..."', () => {
  const claims = claimsOf('Fabian Moritz, a drone expert at the Stockholm-based Institute for Security Studies, said the programme, if confirmed, would mark a significant escalation.', 'en');
  assert.deepEqual(claims.map((c) => [c.speaker.name, c.text]), [['Fabian Moritz', 'the programme, if confirmed, would mark a significant escalation']]);
});

test('"about half" counts what follows "said": "said about half of the shells fired by Russian forces were North Korean"', () => {
  const claims = claimsOf('Seoul says North Korea has shipped shells to Russia. Ukrainian military intelligence said about half of the shells fired by Russian forces in recent months were North Korean.', 'en');
  const half = claimAbout(claims, 'about half');
  assert.deepEqual([half.speaker.affiliation, half.stance, prop(half)], ['Ukraine', 'asserts', 'supply:North Korea>Russia:ammunition']);
});

test('a hyphenated given name ending like a French clitic stays whole: "Choe Song-il", « Kim Jong-il »', () => {
  const en = claimAbout(claimsOf('North Korea’s vice minister of foreign affairs, Choe Song-il, said the accusations were false.', 'en'), 'false');
  assert.equal(en.speaker.name, 'Choe Song-il');
  const fr = claimsOf('Le vice-ministre nord-coréen, Choe Song-il, a démenti. « C’est faux », dit-il.', 'fr');
  assert.deepEqual(fr.map((c) => c.speaker.name), ['Choe Song-il', 'Choe Song-il']);
});

test('a smear campaign with an adjective, denounced after a date, still denies what it smears: « avait dénoncé le mois dernier une « campagne de dénigrement hostile » orchestrée par Washington »', () => {
  const fr = claimAbout(claimsOf('Séoul affirme que Pyongyang livre des obus à la Russie. Le vice-ministre nord-coréen, Choe Song-il, avait dénoncé le mois dernier une « campagne de dénigrement hostile » orchestrée par Washington.', 'fr'), 'dénigrement');
  assert.deepEqual(stanceOn(fr), ['denies', 'supply:North Korea>Russia:ammunition']);
  const en = claimAbout(claimsOf('Seoul says Pyongyang ships shells to Russia. North Korea’s vice foreign minister, Choe Song-il, last month denounced a "hostile smear campaign" orchestrated by Washington.', 'en'), 'smear');
  assert.deepEqual(stanceOn(en), ['denies', 'supply:North Korea>Russia:ammunition']);
});

test('« ne pas avoir connaissance » lacks evidence, as "was not aware of" does', () => {
  const fr = claimAbout(claimsOf('Selon Reuters, la Russie produit des drones en Chine. Interrogé sur ces informations, le ministère chinois des Affaires étrangères a déclaré ne pas avoir connaissance de ce projet.', 'fr'), 'connaissance');
  const en = claimAbout(claimsOf('According to Reuters, Russia produces drones in China. Asked about the report, China’s foreign ministry said it was not aware of the project.', 'en'), 'aware');
  assert.deepEqual(stanceOn(fr), stanceOn(en));
  assert.equal(fr.stance, 'no_evidence');
});

test('a clause coordinated after a lack of evidence of a thing is asserted: "said it was not aware of the project and that Beijing had “strict controls” on exports"', () => {
  const claims = claimsOf('According to Reuters, Russia produces drones in China. China’s foreign ministry said it was not aware of the project and that Beijing had "strict controls" on exports of drones.', 'en');
  assert.equal(claimAbout(claims, 'aware').stance, 'no_evidence');
  const controls = claimAbout(claims, 'controls');
  assert.deepEqual([controls.stance, controls.proposition], ['asserts', null]);
  // A lack of evidence that P is one of Q too, coordinated after it.
  const pentagon = claimsOf('Kyiv says Iran sends drones to Russia. The Pentagon said it had no evidence that Iran had sent drones and that Iranian trainers were in Crimea.', 'en');
  assert.equal(claimAbout(pentagon, 'trainers').stance, 'no_evidence');
});

test('a verb in the reporter’s aside cuts no content before it: « a affirmé que l’Iran se préparait à livrer des missiles à la Russie, sans toutefois confirmer qu’une livraison avait eu lieu »', () => {
  const fr = claimsOf('Les États-Unis ont de nouveau affirmé mercredi que l’Iran se préparait à livrer des missiles balistiques à la Russie, sans toutefois confirmer qu’une livraison avait eu lieu.', 'fr');
  assert.deepEqual(fr.map((c) => reading(c)), [['United States', 'asserts', 'supply:Iran>Russia:ballistic missiles']]);
  const plain = claimsOf('Les États-Unis ont affirmé que l’Iran livrait des missiles à la Russie, sans toutefois confirmer la livraison.', 'fr');
  assert.deepEqual(plain.map((c) => prop(c)), ['supply:Iran>Russia:missiles']);
});

test('in French an inverted speaker may follow where it was said: « », a déclaré à la télévision d’État le porte-parole du ministère, X »', () => {
  const fr = claimsOf('« Oui, des instructeurs russes sont ici », a déclaré à la télévision d’État le porte-parole du ministère de la Défense, Valery Sidorko.', 'fr');
  assert.deepEqual(fr.map((c) => c.speaker.name), ['Valery Sidorko']);
  // « État » is no name: « d’État Valery Sidorko » is not one.
  const bare = claimsOf('« Oui, des instructeurs russes sont ici », a déclaré à la télévision d’État Valery Sidorko.', 'fr');
  assert.deepEqual(bare.map((c) => c.speaker.name), ['Valery Sidorko']);
  // In English, an adjunct after the verb holds no speaker.
  const en = claimsOf('"The DPRK has never exported weapons to Russia," Kim Mun-sol, a vice director at the country’s Foreign Ministry, said in a statement carried by the official Korean Central News Agency.', 'en');
  assert.deepEqual(en.map((c) => c.speaker.name), ['Kim Mun-sol']);
});

test('A place named by its place noun takes the preposition before the noun: "deployed in the region of Kursk", « déployées dans la région de Koursk » is where they went, not where they came from', () => {
  const en = claimsOf('Title\n\nThe Pentagon said North Korean soldiers had been sent to Russia. NATO’s chief said North Korean units had been deployed in the region of Kursk.', 'en');
  assert.equal(prop(claimAbout(en, 'region of Kursk')), 'deploy:North Korea>Russia:personnel');
  const fr = claimsOf('Titre\n\nLe Pentagone a affirmé que des soldats nord-coréens avaient été envoyés en Russie. Le chef de l’OTAN a indiqué que des unités nord-coréennes avaient été déployées dans la région de Koursk.', 'fr');
  assert.equal(prop(claimAbout(fr, 'région de Koursk')), 'deploy:North Korea>Russia:personnel');
});

test('trainees are the speaker’s own people, not a place’s demonym: "instructors were training its soldiers near the Polish border", « entraînaient ses soldats près de la frontière polonaise »', () => {
  const en = claimAbout(claimsOf('Belarus conceded that Russian military instructors were training its soldiers near the Polish border.', 'en'), 'training');
  assert.deepEqual(stanceOn(en), ['admits', 'train:Russia>Belarus:personnel']);
  const fr = claimAbout(claimsOf('La Biélorussie a concédé que des instructeurs militaires russes entraînaient ses soldats près de la frontière polonaise.', 'fr'), 'entraînaient');
  assert.deepEqual(stanceOn(fr), ['admits', 'train:Russia>Belarus:personnel']);
});

test('a day between « jugé » and what it judges baseless still denies: « avait jugé la veille ces informations « sans fondement » »', () => {
  const fr = claimAbout(claimsOf('Washington affirme que l’Iran a fourni des drones à la Russie. Le ministre iranien des Affaires étrangères avait jugé la veille ces informations « sans fondement ».', 'fr'), 'fondement');
  assert.deepEqual(reading(fr), ['Iran', 'denies', 'supply:Iran>Russia:drones']);
});

test('a deputy interior minister speaks for her country: "Poland’s deputy interior minister, X", « La vice-ministre polonaise de l’Intérieur, X »', () => {
  const en = claimAbout(claimsOf('Poland’s deputy interior minister, Marta Kowalik, said on Tuesday that about 4,000 Wagner fighters had arrived in Belarus.', 'en'), 'arrived');
  assert.deepEqual([en.speaker.name, en.speaker.affiliation], ['Marta Kowalik', 'Poland']);
  const fr = claimAbout(claimsOf('La vice-ministre polonaise de l’Intérieur, Marta Kowalik, a affirmé mardi qu’environ 4 000 combattants de Wagner étaient arrivés en Biélorussie.', 'fr'), 'arrivés');
  assert.deepEqual([fr.speaker.name, fr.speaker.affiliation], ['Marta Kowalik', 'Poland']);
});

test('« entraîner des sanctions » brings them about and trains nobody', () => {
  const fr = claimAbout(claimsOf('Washington affirme que l’Iran se prépare à livrer des missiles à la Russie. Un diplomate européen a estimé qu’une telle livraison pourrait entraîner de nouvelles sanctions contre Téhéran.', 'fr'), 'sanctions');
  assert.equal(prop(fr), 'supply:Iran>Russia:missiles');
  // Training is still read: « des instructeurs russes entraînent des soldats maliens ».
  assert.equal(prop(claimAbout(claimsOf('Selon Bamako, des instructeurs russes entraînent des soldats maliens.', 'fr'), 'entraînent')), 'train:Russia>Mali:personnel');
});
