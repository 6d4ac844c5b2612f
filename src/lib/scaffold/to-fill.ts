/** Marks what an author must still write in a scaffolded file; the content check warns while any is left. */
export const toFill = '【要記入】';
