import type { Item, Span } from '../core/types.js';
import type { InstitutionKind } from '../lang/types.js';

export type MentionKind = 'country' | 'capital' | 'demonym' | 'region' | 'bloc' | 'institution' | 'item' | 'role';

/** A span of the text that names a country, place, bloc, institution, item or role. */
export interface EntityMention extends Span {
  kind: MentionKind;
  /**
   * English name: the country ("Iran" for "iraniennes"), the region or bloc ("West"), the
   * institution ("White House", "Ministry of Defence", "Biden administration"), the weapon system
   * ("Shahed-136") or item class ("drones"), or the role ("spokesperson").
   */
  canonical: string;
  /** Canonical country the mention stands for or belongs to, null when none is known. */
  country: string | null;
  /** Item class of an item mention. */
  item?: Item;
  /** Country that makes the weapon system an item mention names, when only one does ("KN-23": North Korea). */
  origin?: string;
  /** Normalised English role of a role mention ("spokesperson", "foreign minister"). */
  role?: string;
  /** A role held by several people ("les porte-parole", "foreign ministers"). */
  plural?: boolean;
  /** Institution named inside a role ("porte-parole du Pentagone" -> "Pentagon"). */
  institution?: string;
  /** Kind of an institution mention, or of the institution named inside a role. */
  institutionKind?: InstitutionKind;
}

/** A mention that names a country: the country itself, its capital or its demonym ("Moscou", "iranien"). */
export function namesCountry(mention: EntityMention): mention is EntityMention & { country: string } {
  return mention.country !== null && (mention.kind === 'country' || mention.kind === 'capital' || mention.kind === 'demonym');
}

/** An armed group of no state, or a role in one ("Hezbollah", "a Houthi spokesman"): it speaks for no country. */
export function isStatelessGroup(mention: Pick<EntityMention, 'institutionKind' | 'country'>): boolean {
  return mention.institutionKind === 'armed group' && mention.country === null;
}
