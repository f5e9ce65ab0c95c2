import type { ActorGroup } from './actors.js';

// "The two leaders confirmed their readiness to continue cooperation", "Both sides agreed to resume
// talks": a joint act of a "both sides" or "the two leaders" subject is done by each side with the
// other, as a reciprocal pattern's compound subject is. Without a split the event kept the first side
// alone and lost the counterpart the text names, the commonest false event of the judged Kremlin samples.

/**
 * CAMEO codes of acts two sides do with each other: agreeing, consulting (03, 04), material cooperation
 * (06) and signing an agreement (057). Not the rest of 05: "the two leaders praised the prisoner
 * exchange" praises a third party's act, not each other.
 */
const JOINT = /^(03|04|06|057)/;

/** Is the group a "both sides" or "the two leaders" phrase whose act on nobody named is done between its sides? */
export function jointSides(group: ActorGroup | undefined, cameo: string): group is ActorGroup {
  return group !== undefined && group.bothSides && group.mentions.length > 1 && JOINT.test(cameo);
}
