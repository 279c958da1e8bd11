/** The shared look: design tokens, the visually-hidden utility and inline icons. */
export { tokens, visuallyHidden } from './tokens.js';
export { icons, renderIcon, type IconName } from './icons.js';
