/**
 * Role titles in Swedish municipal administration. A role can be an owner by itself ("HR-chef får
 * i uppdrag"), and owners are resolved to people through participants' roles.
 * Titles are matched as whole words, in their bare, definite and plural forms, and as the head of
 * a compound ("verksamhetschef", "tf verksamhetschef VUX", "nämndsekreteraren").
 */
export const ROLE_HEADS = [
  'chef', 'direktör', 'sekreterare', 'ledare', 'koordinator', 'samordnare', 'controller', 'strateg', 'handläggare', 'utvecklare',
  'ordförande', 'kommunikatör', 'jurist', 'ekonom', 'konsult', 'specialist', 'utredare', 'assistent', 'administratör', 'ansvarig',
  'observatör', 'projektledare', 'representant', 'ombud', 'skyddsombud', 'rådgivare', 'planerare', 'sjuksköterska', 'förvaltningschef',
];

/** Role words that are whole titles on their own (not compounds of a head above). */
export const ROLE_WORDS = ['hr', 'vd', 'mas', 'mar', 'ec', 'vc', 'ac', 'fc', 'avdelningschef', 'enhetschef', 'verksamhetschef', 'sektionschef', 'arbetsgivaren', 'arbetsgivarrepresentant'];

/** Prefixes that qualify a role without changing it: "tf", "biträdande", "nuvarande". */
export const ROLE_QUALIFIERS = ['tf', 'tf.', 't.f.', 'biträdande', 'bitr', 'bitr.', 'nuvarande', 'ställföreträdande', 'vice', 'tillförordnad', 't/f'];

