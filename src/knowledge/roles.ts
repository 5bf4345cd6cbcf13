/**
 * Roles and titles that introduce or describe a person ("porte-parole du Pentagone", "ministre
 * iranien des Affaires étrangères", "Secretary of State"), with the country they imply: the first
 * country named in or right around the role (a demonym, "de la Maison Blanche", "of Iran"), else the
 * role's own default. Role words are per language (`lang/<code>/entities.ts`).
 */
import type { EntityLexicon, RolePattern } from '../lang/types.js';
import type { EntityMention } from './mention.js';
import { firstCountry, firstSlot, ownedLayer, type Layer } from './layers.js';

export function roleLayer(lexicon: EntityLexicon): Layer<RolePattern> {
  return ownedLayer(lexicon.roles, lexicon, (role, bindings, span, _text, plural) => {
    // Built field by field: spreads here (a hot path) made every mention a slow dictionary object.
    const mention: EntityMention = {
      start: span.start, end: span.end, kind: 'role', canonical: role.role, role: role.role,
      country: firstCountry(bindings) ?? role.country ?? null,
    };
    if (plural) mention.plural = true;
    const institution = firstSlot(bindings, 'institution')?.mention;
    if (institution) {
      mention.institution = institution.canonical;
      mention.institutionKind = institution.institutionKind;
    } else if (role.international) {
      mention.institutionKind = 'international';
    }
    return mention;
  });
}

/**
 * A specific role and the general one a text uses for it later: "le ministre des Armées, X" is then
 * "le ministre"; "Brig. Gen. X" is "the general". Deputies are left out: "the minister" is not the
 * deputy minister, nor is "the president" the vice president.
 */
const BROADER_ROLES: Readonly<Record<string, string>> = {
  'defence minister': 'minister',
  'foreign minister': 'minister',
  'interior minister': 'minister',
  'brigadier general': 'general',
  'major general': 'general',
  'lieutenant general': 'general',
  'national security adviser': 'adviser',
  'presidential adviser': 'adviser',
  'permanent representative': 'representative',
  'secretary of state': 'secretary',
  'defence secretary': 'secretary',
  'foreign secretary': 'secretary',
};

/** The more general role a later mention may use for `role`, if any. */
export function broaderRole(role: string): string | undefined {
  return BROADER_ROLES[role];
}
