import { useEffect, useState } from 'react';
import { Button, Flex, Loader, Modal, Typography } from '@strapi/design-system';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import { DiffView } from './DiffView';
import { errorMessage, historyPaths, type VersionDetail } from './history-api';

type State = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'ready'; detail: VersionDetail };

/** One version: who, when, what it changed (a diff against the previous version), and "Khôi phục bản này". */
export function VersionModal({ versionId, onClose }: { versionId: number; onClose: () => void }) {
  const { get, post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [restoring, setRestoring] = useState(false);

  useEffect(() => {
    let current = true;
    get<VersionDetail>(historyPaths.version(versionId)).then(
      ({ data }) => current && setState({ kind: 'ready', detail: data }),
      (error: unknown) => current && setState({ kind: 'error', message: errorMessage(error, 'Không tải được phiên bản này. Vui lòng thử lại.') }),
    );
    return () => {
      current = false;
    };
  }, [get, versionId]);

  async function restore() {
    setRestoring(true);
    try {
      await post(historyPaths.restore(versionId), {});
      toggleNotification({ type: 'success', message: `Đã khôi phục phiên bản #${versionId} thành bản nháp. Bản đang xuất bản giữ nguyên cho đến khi bạn xuất bản lại.` });
      // The edit view reads the document again: the form shows the restored draft.
      window.setTimeout(() => window.location.reload(), 1200);
    } catch (error) {
      setRestoring(false);
      toggleNotification({ type: 'danger', message: errorMessage(error, 'Không khôi phục được phiên bản này.') });
    }
  }

  const version = state.kind === 'ready' ? state.detail.version : null;
  return (
    <Modal.Root open onOpenChange={(open: boolean) => !open && onClose()}>
      <Modal.Content>
        <Modal.Header closeLabel="Đóng">
          <Modal.Title>
            Phiên bản #{versionId}
            {version ? ` — ${version.actionLabel}, ${version.atText}` : ''}
          </Modal.Title>
        </Modal.Header>
        <Modal.Body>
          {state.kind === 'loading' && <Loader small>Đang tải phiên bản…</Loader>}
          {state.kind === 'error' && <Typography textColor="danger600">{state.message}</Typography>}
          {state.kind === 'ready' && version && (
            <Flex direction="column" alignItems="stretch" gap={4}>
              <Typography>
                Người thực hiện: <strong>{version.actor.name}</strong>
                {version.actor.email ? ` (${version.actor.email})` : ''} — {version.actor.kindLabel}
              </Typography>
              <DiffView changes={state.detail.changes} hasPrevious={state.detail.previousId !== null} />
            </Flex>
          )}
        </Modal.Body>
        <Modal.Footer>
          <Modal.Close>
            <Button variant="tertiary">Đóng</Button>
          </Modal.Close>
          <Button onClick={restore} loading={restoring} disabled={state.kind !== 'ready' || version?.action === 'delete'}>
            Khôi phục bản này
          </Button>
        </Modal.Footer>
      </Modal.Content>
    </Modal.Root>
  );
}
