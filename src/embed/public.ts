/**
 * dist/civic-static.js: the embed forms without any element, for tools that
 * write embed code (the `civic-widgets embed` command, the WordPress block
 * editor). Pure functions; runs in Node and in the browser; defines no tags.
 */
export { staticEmbed, escapeHtml, type StaticOptions } from './static.js';
export { embedCode, FORMS, DEFAULTS, IFRAME_HEIGHT, type EmbedOptions, type Form } from './forms.js';
export { TAGS, ATTRIBUTES, SECTION_OF, dataLink, parseDataLink, parseEmbedQuery, safeHref, type EmbedSpec, type Tag } from './spec.js';
export { STRINGS as EMBED_STRINGS } from './strings.js';
export { validate } from '../shared/validate.js';
export { LANGS } from '../shared/i18n.js';
