import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { detectLanguage } from './language.js';

describe('detectLanguage', () => {
  it('tells French, English, Spanish and German prose apart', () => {
    assert.equal(detectLanguage('Le conseil portuaire a affirmé jeudi qu\'il n\'avait vendu aucune grue au port voisin.'), 'fr');
    assert.equal(detectLanguage('The harbour council said on Thursday that it had not sold any cranes to the port.'), 'en');
    assert.equal(detectLanguage('El consejo del puerto afirmó el jueves que no había vendido ninguna grúa al puerto vecino.'), 'es');
    assert.equal(detectLanguage('Der Hafenrat erklärte am Donnerstag, er habe keine Kräne an den Nachbarhafen verkauft.'), 'de');
  });

  it('falls back to English when there is nothing to go on', () => {
    assert.equal(detectLanguage(''), 'en');
    assert.equal(detectLanguage('12345 67 89'), 'en');
  });

  it('reads only a sample of a long text, so it stays fast', () => {
    const long = 'Le port a annoncé la réouverture de sa ligne de ferry au printemps prochain. '.repeat(50000);
    const started = performance.now();
    assert.equal(detectLanguage(long), 'fr');
    assert.ok(performance.now() - started < 100);
  });
});
