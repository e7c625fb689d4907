/**
 * The OCR subnet's wire protocol: one synapse, `OcrSynapse`, the Python counterpart of
 *
 *   class OcrSynapse(bt.Synapse):
 *       image_png_b64: str = Field(frozen=True)
 *       width: int = Field(frozen=True)
 *       height: int = Field(frozen=True)
 *       task_id: str = Field(frozen=True)
 *       lines: Optional[List[OcrLine]] = None
 *       required_hash_fields: ClassVar[Tuple[str, ...]] = ('image_png_b64', 'width', 'height', 'task_id')
 *
 * The signed body hash covers the whole request (the image included), so a relay cannot swap the page; the
 * request fields are frozen, so an answer cannot overwrite them on the validator's side. `deserialize` gives
 * the `OcrResponse` (or null when the miner sent no lines), which is what `scoreOcrResponse` reads.
 */
import { defineSynapse } from '@taonet/subnet';
import { OcrRequestSchema, type OcrResponse, OcrResponseSchema } from '../ocrSynapse.js';

const REQUEST_FIELDS = ['image_png_b64', 'width', 'height', 'task_id'] as const;

export const OcrSynapse = defineSynapse({
  name: 'OcrSynapse',
  fields: {
    ...OcrRequestSchema.shape,
    /** The miner's answer. */
    lines: OcrResponseSchema.shape.lines.nullable().default(null),
  },
  requiredHashFields: REQUEST_FIELDS,
  frozenFields: REQUEST_FIELDS,
  deserialize: (synapse): OcrResponse | null => (synapse.lines === null ? null : { lines: synapse.lines }),
});

export type OcrSynapseDefinition = typeof OcrSynapse;
export type OcrSynapseFields = OcrSynapseDefinition['fields'];
export type OcrSynapseMessage = ReturnType<OcrSynapseDefinition['create']>;

/** The OCR subnet's version. */
export const OCR_SUBNET_VERSION = '1.0.0';

/** `spec_version` = 1000 * major + 10 * minor + patch, sent as the weights version key. */
export const OCR_SPEC_VERSION = ((): number => {
  const [major = 0, minor = 0, patch = 0] = OCR_SUBNET_VERSION.split('.').map(Number);
  return 1000 * major + 10 * minor + patch;
})();
