import { fr } from 'chrono-node';
import type { BoilerplateLexicon } from '../types.js';

/** Job words of people who write the article, for author bios. */
const WRITER = String.raw`(?:journaliste|rédact(?:eur|rice)|reporter|auteure?|blogueu(?:r|se)|correspondante?|éditeur|éditrice|chroniqueu(?:r|se)|photographe|pigiste)`;

export const boilerplate: BoilerplateLexicon = {
  shareLine: /^(?:partager|partagez|partage|tweeter|imprimer|envoyer par (?:e-?mail|courriel)|copier le lien)(?:\s+(?:un|cet|l['’]|sur)\s*(?:article|facebook|twitter|linkedin|whatsapp|x)?)?$/iu,
  navigationLine: /^(?:accueil|menu|rechercher|recherche|fermer|aller au contenu(?: principal)?|se connecter|connexion|s['’]abonner|abonnez-vous|newsletter|publicité)$/iu,
  backToTopLine: /^(?:bouton\s+)?retour\s+(?:en\s+haut|au\s+début)(?:\s+de\s+(?:la\s+)?page)?$/iu,
  readAlsoPrefix: /^(?:[àa]\s+)?(?:lire|voir|lisez|découvrez)\s+(?:aussi|également|encore)(?![\p{L}\p{N}])|^(?:lire la suite|sur le même sujet)(?![\p{L}\p{N}])/iu,
  relatedHeaderLine: /^(?:approfondissez|pour aller plus loin|sur le même (?:sujet|thème)|articles? (?:liés|similaires|connexes)|à lire (?:également|aussi)|mots-clés|sujets? associés?)\s*:?$/iu,
  creditPrefix: /^(?:photos?|crédits?(?:\s+photos?)?|légende|illustration|image)\s*:/iu,
  logoPrefix: /^logo\s/iu,
  bylinePrefix: /^par(?:\s*:\s*|\s+)/iu,
  bylineJob: new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${WRITER}s?|envoyée?s?\s+spéciale?s?)(?:\s+(?:à|au|aux|en)\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)?$`, 'iu'),
  readingTimeLine: /^(?:(?:(?:durée|temps)\s+de\s+)?lecture\s*:?\s*(?:environ\s+)?\d+\s*(?:min(?:ute)?s?\.?|mn)|\d+\s*min(?:ute)?s?\.?\s+(?:de\s+)?lecture)$/iu,
  sourceLine: /^sources?\s*:\s*(.{1,60}?)\.?$/iu,
  bioFirstPerson: new RegExp(String.raw`^(?:je\s+suis|j['’]ai\s+été)\s+(?:\S+\s+){0,3}?${WRITER}`, 'iu'),
  bioThirdPerson: new RegExp(String.raw`^(?:est|était)\s+(?:une?\s+)?(?:\S+\s+){0,2}?${WRITER}`, 'iu'),
  bylineDates: fr.strict,
  numericDateOrderVaries: false,
  // "Publié le", and with the kind of piece: "Entretien publié le", "Tribune publiée le".
  datePrefix: /^(?:\p{L}+\s+)?(?:publiée?|mis\s+à\s+jour|mise\s+à\s+jour|modifiée?|actualisée?|parue?)(?:\s+le)?\s*:?\s*/iu,
};
