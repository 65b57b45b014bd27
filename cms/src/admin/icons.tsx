import { forwardRef, type ReactNode } from 'react';

type IconProps = React.SVGProps<SVGSVGElement>;

const LINE = { fill: 'none', stroke: 'currentColor', strokeWidth: 2, strokeLinecap: 'round', strokeLinejoin: 'round' } as const;
const SOLID = { fill: 'currentColor' } as const;

/** An icon of the app's admin pages and widgets, drawn at Strapi's icon size and colour (1em, currentColor). */
function adminIcon(name: string, paint: typeof LINE | typeof SOLID, paths: ReactNode) {
  const Icon = forwardRef<SVGSVGElement, IconProps>(function AdminIcon(props, ref) {
    return (
      <svg ref={ref} width="1em" height="1em" viewBox="0 0 24 24" {...paint} aria-hidden="true" focusable="false" {...props}>
        {paths}
      </svg>
    );
  });
  Icon.displayName = name;
  return Icon;
}

/** "Nhật ký hoạt động": a clock with an arrow turning back. */
export const HistoryIcon = adminIcon(
  'HistoryIcon',
  LINE,
  <>
    <path d="M3 12a9 9 0 1 0 3-6.7" />
    <polyline points="3 3 3 8 8 8" />
    <polyline points="12 7 12 12 15 14" />
  </>,
);

/** "Nhập bài": an arrow into a tray. */
export const ImportIcon = adminIcon(
  'ImportIcon',
  LINE,
  <>
    <path d="M12 3v12" />
    <path d="m7 10 5 5 5-5" />
    <path d="M4 15v4a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-4" />
  </>,
);

/** The visitor statistics widgets: three bars. */
export const ChartIcon = adminIcon(
  'ChartIcon',
  SOLID,
  <>
    <rect x="3" y="12" width="4" height="9" rx="1" />
    <rect x="10" y="6" width="4" height="15" rx="1" />
    <rect x="17" y="3" width="4" height="18" rx="1" />
  </>,
);
