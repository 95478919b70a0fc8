/** One thing wrong with the course content, in the author's terms. */
export interface Problem {
  /** Path of the file, relative to the project root. */
  file: string;
  /** The field within the file (`questions[2] (q3).choices`), or '' for the whole file. */
  field: string;
  /** What is wrong — what to do. */
  message: string;
}

/** One line per problem: `file › field: what is wrong — what to do`. */
export function formatProblem({ file, field, message }: Problem): string {
  return field ? `${file} › ${field}: ${message}` : `${file}: ${message}`;
}

/** The whole report the build prints, one indented line per problem. */
export function formatProblems(problems: readonly Problem[]): string {
  const noun = problems.length === 1 ? 'problem' : 'problems';
  return [`The course content has ${problems.length} ${noun}:`, ...problems.map((p) => `  ${formatProblem(p)}`)].join('\n');
}
