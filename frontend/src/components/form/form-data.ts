/** Reads a text field of a submitted form; a missing field reads as ''. */
export function textValue(form: HTMLFormElement | FormData, name: string): string {
  const value = (form instanceof FormData ? form : new FormData(form)).get(name);
  return typeof value === 'string' ? value : '';
}
