import { forwardRef } from 'react';

/** The widget's icon: three bars (Strapi draws it beside the title, at its icons' size and colour). */
export const ChartIcon = forwardRef<SVGSVGElement, React.SVGProps<SVGSVGElement>>(function ChartIcon(props, ref) {
  return (
    <svg ref={ref} width="1em" height="1em" viewBox="0 0 24 24" fill="currentColor" aria-hidden="true" focusable="false" {...props}>
      <rect x="3" y="12" width="4" height="9" rx="1" />
      <rect x="10" y="6" width="4" height="15" rx="1" />
      <rect x="17" y="3" width="4" height="18" rx="1" />
    </svg>
  );
});
