import { useEffect, useState } from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import { STATISTICS_PATH, type VisitorStatistics } from './statistics';

export type StatisticsState = { kind: 'loading' } | { kind: 'error' } | { kind: 'ready'; statistics: VisitorStatistics };

/** The staff's figures, read from the CMS's own admin route with the signed-in staff member's session. */
export function useVisitorStatistics(): StatisticsState {
  const { get } = useFetchClient();
  const [state, setState] = useState<StatisticsState>({ kind: 'loading' });
  useEffect(() => {
    let current = true;
    get<VisitorStatistics>(STATISTICS_PATH).then(
      ({ data }) => current && setState({ kind: 'ready', statistics: data }),
      () => current && setState({ kind: 'error' }),
    );
    return () => {
      current = false;
    };
  }, [get]);
  return state;
}
