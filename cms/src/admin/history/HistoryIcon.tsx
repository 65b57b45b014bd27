import { forwardRef } from 'react';

/** The audit log's menu icon: a clock with an arrow turning back (Strapi draws it at its icons' size and colour). */
export const HistoryIcon = forwardRef<SVGSVGElement, React.SVGProps<SVGSVGElement>>(function HistoryIcon(props, ref) {
  return (
    <svg ref={ref} width="1em" height="1em" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false" {...props}>
      <path d="M3 12a9 9 0 1 0 3-6.7" />
      <polyline points="3 3 3 8 8 8" />
      <polyline points="12 7 12 12 15 14" />
    </svg>
  );
});
