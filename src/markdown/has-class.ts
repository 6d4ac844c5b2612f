import type { RootContent } from 'hast';

/** Whether a hast node is an element with this class (the plugins find each other's output by class). */
export const hasClass = (node: RootContent, name: string) => node.type === 'element' && Array.isArray(node.properties.className) && node.properties.className.includes(name);
