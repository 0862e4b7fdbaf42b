// The admin token guards reloads. It must be long and random enough that guessing it over HTTP is
// hopeless: 32 characters (e.g. `openssl rand -hex 16` or `-base64 24`), and not an obvious
// repetition; length alone would accept "aaaa…".
export const ADMIN_TOKEN_MIN_LENGTH = 32;
/** A random 32-character hex or base64 token has 12–16 distinct characters almost surely. */
const MIN_DISTINCT_CHARACTERS = 8;

export function adminTokenProblem(token: string): string | undefined {
  if (token.length < ADMIN_TOKEN_MIN_LENGTH)
    return `ADMIN_TOKEN must be at least ${ADMIN_TOKEN_MIN_LENGTH} characters (e.g. openssl rand -hex 16)`;
  if (/\s/.test(token)) return 'ADMIN_TOKEN must not contain whitespace';
  if (new Set(token).size < MIN_DISTINCT_CHARACTERS)
    return `ADMIN_TOKEN must be random: it has fewer than ${MIN_DISTINCT_CHARACTERS} distinct characters`;
  return undefined;
}
