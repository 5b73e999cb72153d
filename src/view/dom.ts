// Tiny DOM builder: elements with attributes, listeners and text children; never parses HTML.

type Child = Node | string | number | null | undefined | false;

export interface Props {
  class?: string;
  /** Attributes set with setAttribute (false / null / undefined are skipped, true is ""). */
  attrs?: Record<string, string | number | boolean | null | undefined>;
  /** Event listeners by event name. */
  on?: Record<string, (event: Event) => void>;
  /** Properties assigned directly (value, checked, …). */
  props?: Record<string, unknown>;
}

/** Creates an element; string children become text nodes, so file strings stay text. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (props.class) element.className = props.class;
  for (const [name, value] of Object.entries(props.attrs ?? {}))
    if (value !== false && value !== null && value !== undefined)
      element.setAttribute(name, value === true ? "" : String(value));
  for (const [name, value] of Object.entries(props.props ?? {}))
    (element as unknown as Record<string, unknown>)[name] = value;
  for (const [name, listener] of Object.entries(props.on ?? {}))
    element.addEventListener(name, listener);
  append(element, ...children);
  return element;
}

/** Appends children (strings as text nodes). */
export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === "object" ? child : document.createTextNode(String(child)));
  }
}

/** Replaces all children of `parent`. */
export function replaceChildren(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, ...children);
}

const SVG_NS = "http://www.w3.org/2000/svg";

/** Creates an SVG element with attributes. */
export function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number> = {},
  ...children: SVGElement[]
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, String(value));
  for (const child of children) element.appendChild(child);
  return element;
}
