/** Fills `{name}` placeholders in a template; an unknown name stays as written. Dictionary-free, so client code can use it. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? `{${key}}`);
}
