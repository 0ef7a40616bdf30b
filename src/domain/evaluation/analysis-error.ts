/**
 * A problem with an evaluation's input (the design, the treated list, the
 * data) that the caller can name: a code, the field it concerns (null when
 * none) and a message for the operator. The CLI exits 1 on it, the API
 * answers 400/422 with code and field.
 */
export class AnalysisError extends Error {
  constructor(
    readonly code: string,
    readonly field: string | null,
    message: string,
  ) {
    super(message);
    this.name = 'AnalysisError';
  }
}
