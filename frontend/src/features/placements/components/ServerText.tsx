/**
 * A sentence Haven's server wrote (in English): marked as English for screen readers and isolated
 * left-to-right, so it reads correctly inside a Dari page.
 */
export function ServerText({ children }: { children: string }) {
  return (
    <bdi lang="en" dir="ltr">
      {children}
    </bdi>
  );
}
