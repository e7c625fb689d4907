/** The `SubtensorModule` pallet: one pallet on the wire (index 7), split here into module folders. */
export const SUBTENSOR = 'SubtensorModule';
export const SUBTENSOR_INDEX = 7;
