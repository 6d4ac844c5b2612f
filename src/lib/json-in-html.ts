/** JSON for a `<script type="application/json">` block: a `<` in a value cannot close the element (`</script>`). */
export const jsonInHtml = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');
