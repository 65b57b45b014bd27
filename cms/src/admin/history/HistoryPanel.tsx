import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { Box, Button, Flex, Loader, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { errorMessage, historyPaths, type Pagination, type VersionSummary } from './history-api';
import { VersionModal } from './VersionModal';

/** What the content manager gives an edit view side panel (@strapi/content-manager EditViewContext). */
type PanelProps = {
  model: string;
  collectionType: string;
  documentId?: string;
  document?: { documentId?: string; locale?: string | null; updatedAt?: string; publishedAt?: string | null };
  meta?: { availableStatus?: Array<{ publishedAt?: string | null; updatedAt?: string }> };
};

type State = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'ready'; versions: VersionSummary[]; total: number };

function VersionItem({ version, onOpen }: { version: VersionSummary; onOpen: () => void }) {
  const fields = version.changedFields.map((field) => field.label).join(', ');
  return (
    <li style={{ borderBottom: '1px solid #eaeaef', padding: '8px 0' }}>
      <button type="button" onClick={onOpen} style={{ all: 'unset', cursor: 'pointer', display: 'block', width: '100%' }} aria-label={`Xem phiên bản #${version.id}`}>
        <Typography variant="omega" fontWeight="bold" tag="span" display="block">
          {version.atText} · {version.actionLabel}
        </Typography>
        <Typography variant="pi" textColor="neutral600" tag="span" display="block">
          {version.actor.name}
        </Typography>
        {fields && (
          <Typography variant="pi" textColor="neutral600" tag="span" display="block">
            Thay đổi: {fields}
          </Typography>
        )}
      </button>
    </li>
  );
}

/** The versions of the document being edited, newest first; one opens in a modal with its diff. */
function HistoryList({ uid, documentId, locale, refreshKey }: { uid: string; documentId: string; locale: string | null; refreshKey: string }) {
  const { get } = useFetchClient();
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [open, setOpen] = useState<number | null>(null);
  const [reloads, setReloads] = useState(0);
  const reload = useCallback(() => setReloads((count) => count + 1), []);

  useEffect(() => {
    let current = true;
    get<{ versions: VersionSummary[]; pagination: Pagination }>(historyPaths.versions(uid, documentId, locale)).then(
      ({ data }) => current && setState({ kind: 'ready', versions: data.versions, total: data.pagination.total }),
      (error: unknown) => current && setState({ kind: 'error', message: errorMessage(error, 'Không tải được lịch sử phiên bản.') }),
    );
    return () => {
      current = false;
    };
  }, [get, uid, documentId, locale, refreshKey, reloads]);

  let body: ReactNode;
  if (state.kind === 'loading') body = <Loader small>Đang tải lịch sử…</Loader>;
  else if (state.kind === 'error') body = <Typography textColor="danger600">{state.message}</Typography>;
  else if (state.versions.length === 0) body = <Typography variant="pi">Chưa có phiên bản nào được lưu.</Typography>;
  else
    body = (
      <>
        <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {state.versions.map((version) => (
            <VersionItem key={version.id} version={version} onOpen={() => setOpen(version.id)} />
          ))}
        </ul>
        {state.total > state.versions.length && (
          <Typography variant="pi" textColor="neutral600">
            {state.versions.length} phiên bản gần nhất trong tổng số {state.total}.
          </Typography>
        )}
      </>
    );

  return (
    <Box width="100%" lang="vi">
      <Flex direction="column" alignItems="stretch" gap={2}>
        {body}
        <Button variant="tertiary" size="S" onClick={reload}>
          Làm mới
        </Button>
      </Flex>
      {open !== null && <VersionModal versionId={open} onClose={() => setOpen(null)} />}
    </Box>
  );
}

/**
 * "Lịch sử phiên bản": a side panel of the content manager's edit view (Strapi renders a panel
 * component as a component and reads the title and content it returns) for the app's own types,
 * once the document exists.
 */
export function HistoryPanel(props: PanelProps) {
  const documentId = props.documentId ?? props.document?.documentId;
  if (!props.model.startsWith('api::') || !documentId) return null;
  // A save changes the draft's updatedAt, a publish the published version's: the list is read again.
  const refreshKey = [props.document?.updatedAt, ...(props.meta?.availableStatus ?? []).map((status) => status.publishedAt ?? status.updatedAt)].join('|');
  return {
    title: 'Lịch sử phiên bản',
    content: <HistoryList uid={props.model} documentId={documentId} locale={props.document?.locale ?? null} refreshKey={refreshKey} />,
  };
}
