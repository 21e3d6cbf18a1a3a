import { ErrorAlert } from '../feedback';

/** The general message at the top of a form; renders nothing while there is none. */
export function FormAlert({ message }: { message: string | null }) {
  return message ? <ErrorAlert>{message}</ErrorAlert> : null;
}
