/**
 * A schema built on its first use, then kept. For the schemas of answers: only the OpenAPI
 * document reads them, so a function (which never validates its own answer) does not build
 * them at cold start. Likewise the tenant configuration's, which only a stored configuration needs.
 */
export function builtOnce<T>(build: () => T): () => T {
  let built: T | undefined;
  return () => (built ??= build());
}
