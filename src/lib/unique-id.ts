let next = 0;

/** An id unique within the build, for elements a component may render several times on one page. */
export const uniqueId = (prefix: string) => `${prefix}-${(next++).toString(36)}`;
