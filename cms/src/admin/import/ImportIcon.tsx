import { forwardRef } from 'react';

/** The menu's icon for "Nhập bài": an arrow into a tray. */
export const ImportIcon = forwardRef<SVGSVGElement, React.SVGProps<SVGSVGElement>>(function ImportIcon(props, ref) {
  return (
    <svg ref={ref} width="1em" height="1em" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false" {...props}>
      <path d="M12 3v12" />
      <path d="m7 10 5 5 5-5" />
      <path d="M4 15v4a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-4" />
    </svg>
  );
});
