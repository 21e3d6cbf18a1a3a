import { createContext, useContext } from 'react';

/**
 * Where "your home page" is for whoever reads the page now: a role's home inside that role's
 * frame, the start page elsewhere. A message that has no way on but home (a record that is not
 * there) links to it.
 */
export const HomePathContext = createContext('/');

export function useHomePath(): string {
  return useContext(HomePathContext);
}
