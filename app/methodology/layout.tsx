import type { ReactNode } from 'react';

/** MDX pages render bare elements; this gives them the article typography. */
export default function MethodologyLayout({ children }: { children: ReactNode }) {
  return <div className="prose">{children}</div>;
}
