/**
 * The organisation that runs this server, as its accessibility statement names it (Act
 * 306/2019 §15-16): its name and where feedback on accessibility goes. Every field is
 * optional; the statement says what to do when one is missing.
 */
export type Operator = {
  /** "Ohjaamo Tampere" or "Tampereen kaupunki"; the statement's "this service is run by". */
  readonly name?: string;
  /** Where accessibility feedback is sent (a mailto: link on the statement). */
  readonly accessibilityEmail?: string;
  /** An https:// feedback form, offered beside or instead of the e-mail address. */
  readonly accessibilityFeedbackUrl?: string;
};

const MAX_NAME_LENGTH = 200;
// A plain address: no spaces, one @, a dot in the domain. Enough to refuse a typo at start.
const EMAIL_PATTERN = /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/;

/** OPERATOR_NAME, ACCESSIBILITY_EMAIL, ACCESSIBILITY_FEEDBACK_URL; a bad value stops the start. */
export function operatorFromEnv(env: NodeJS.ProcessEnv): Operator {
  const operator: { -readonly [K in keyof Operator]: Operator[K] } = {};
  const name = env.OPERATOR_NAME?.trim();
  if (name) {
    if (name.length > MAX_NAME_LENGTH || /\p{Cc}/u.test(name)) {
      throw new Error(`OPERATOR_NAME must be at most ${MAX_NAME_LENGTH} characters of plain text`);
    }
    operator.name = name;
  }
  const email = env.ACCESSIBILITY_EMAIL?.trim();
  if (email) {
    if (!EMAIL_PATTERN.test(email)) throw new Error('ACCESSIBILITY_EMAIL must be an e-mail address');
    operator.accessibilityEmail = email;
  }
  const url = env.ACCESSIBILITY_FEEDBACK_URL?.trim();
  if (url) operator.accessibilityFeedbackUrl = checkFormUrl(url);
  return operator;
}

function checkFormUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error('ACCESSIBILITY_FEEDBACK_URL is not a URL');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error('ACCESSIBILITY_FEEDBACK_URL must start with https://');
  }
  return url.href;
}
