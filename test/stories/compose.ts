/**
 * Just enough of Storybook's CSF3 semantics to render a story outside Storybook: args of the
 * meta and the story merged, the story's or the meta's `render`, decorators innermost first.
 */
import type { TemplateResult } from 'lit';

type Args = Record<string, unknown>;
type StoryFn = (args: Args, context: StoryContext) => unknown;
type Decorator = (story: () => unknown, context: StoryContext) => unknown;

/** The subset of Storybook's story context that stories here read. */
export interface StoryContext {
  args: Args;
  id: string;
  name: string;
  parameters: Record<string, unknown>;
  globals: Record<string, unknown>;
}

interface Annotations {
  args?: Args;
  render?: StoryFn;
  decorators?: Decorator | Decorator[];
  parameters?: Record<string, unknown>;
  title?: string;
  name?: string;
}

/** One renderable story of a stories module. */
export interface ComposedStory {
  id: string;
  /** Builds the story's template. */
  render(): TemplateResult | unknown;
}

const asList = <T>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

/** Every exported story of a CSF module, ready to render. */
export function composeStories(module: Record<string, unknown>): ComposedStory[] {
  const meta = (module['default'] ?? {}) as Annotations;
  return Object.entries(module)
    .filter(([name]) => name !== 'default' && name !== '__namedExportsOrder')
    .map(([name, value]) => {
      const story = (typeof value === 'function' ? { render: value } : value) as Annotations;
      const id = `${meta.title ?? 'untitled'}/${story.name ?? name}`;
      const args = { ...meta.args, ...story.args };
      const render = story.render ?? meta.render;
      if (!render) throw new Error(`${id} has no render function (set one on the meta)`);
      const context: StoryContext = {
        args,
        id,
        name,
        parameters: { ...meta.parameters, ...story.parameters },
        globals: {},
      };
      const decorators = [...asList(story.decorators), ...asList(meta.decorators)];
      const composed = decorators.reduce<() => unknown>((inner, decorate) => () => decorate(inner, context), () => render(args, context));
      return { id, render: composed as () => TemplateResult };
    });
}
