import { useEffect, useState } from 'react';
import { Box, Button, Flex, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { Layouts, Page, useFetchClient } from '@strapi/strapi/admin';
import { Link } from 'react-router-dom';
import { errorMessage, historyPaths, type AuditEntry, type Pagination } from './history-api';

type State = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'ready'; entries: AuditEntry[]; pagination: Pagination };

const COLUMNS = ['Thời gian', 'Hành động', 'Loại nội dung', 'Nội dung', 'Người thực hiện'];

/** "Nhật ký hoạt động": every publication, unpublication and deletion, newest first; read-only for everyone. */
export default function AuditLogPage() {
  const { get } = useFetchClient();
  const [page, setPage] = useState(1);
  const [state, setState] = useState<State>({ kind: 'loading' });

  useEffect(() => {
    let current = true;
    get<{ entries: AuditEntry[]; pagination: Pagination }>(historyPaths.auditLog(page)).then(
      ({ data }) => current && setState({ kind: 'ready', entries: data.entries, pagination: data.pagination }),
      (error: unknown) => current && setState({ kind: 'error', message: errorMessage(error, 'Không tải được nhật ký hoạt động.') }),
    );
    return () => {
      current = false;
    };
  }, [get, page]);

  const pages = state.kind === 'ready' ? Math.max(1, Math.ceil(state.pagination.total / state.pagination.pageSize)) : 1;
  return (
    <Page.Main>
      <Page.Title>Nhật ký hoạt động</Page.Title>
      <Layouts.Header title="Nhật ký hoạt động" subtitle="Các lần xuất bản, gỡ xuất bản và xóa nội dung: ai, lúc nào, nội dung nào. Nhật ký chỉ được ghi thêm, không ai sửa hay xóa được." />
      <Layouts.Content>
        <div lang="vi">
          {state.kind === 'loading' && <Page.Loading />}
          {state.kind === 'error' && <Typography textColor="danger600">{state.message}</Typography>}
          {state.kind === 'ready' && state.entries.length === 0 && <Typography>Chưa có hoạt động nào được ghi lại.</Typography>}
          {state.kind === 'ready' && state.entries.length > 0 && (
            <>
              <Table colCount={COLUMNS.length} rowCount={state.entries.length + 1}>
                <Thead>
                  <Tr>
                    {COLUMNS.map((column) => (
                      <Th key={column}>
                        <Typography variant="sigma">{column}</Typography>
                      </Th>
                    ))}
                  </Tr>
                </Thead>
                <Tbody>
                  {state.entries.map((entry) => (
                    <Tr key={entry.id}>
                      <Td>
                        <time dateTime={entry.at}>{entry.atText}</time>
                      </Td>
                      <Td>{entry.actionLabel}</Td>
                      <Td>{entry.contentTypeLabel}</Td>
                      <Td>
                        {entry.editPath ? (
                          <Link to={entry.editPath} style={{ color: 'inherit', textDecoration: 'underline' }}>
                            {entry.title ?? entry.documentId}
                          </Link>
                        ) : (
                          <span>{entry.title ?? entry.documentId}</span>
                        )}
                      </Td>
                      <Td>
                        {entry.actor.name}
                        {entry.actor.email ? ` (${entry.actor.email})` : ''}
                      </Td>
                    </Tr>
                  ))}
                </Tbody>
              </Table>
              <Box paddingTop={4}>
                <Flex gap={2} alignItems="center">
                  <Button variant="tertiary" disabled={page <= 1} onClick={() => setPage(page - 1)}>
                    Trang trước
                  </Button>
                  <Typography>
                    Trang {state.pagination.page} / {pages} ({state.pagination.total} mục)
                  </Typography>
                  <Button variant="tertiary" disabled={page >= pages} onClick={() => setPage(page + 1)}>
                    Trang sau
                  </Button>
                </Flex>
              </Box>
            </>
          )}
        </div>
      </Layouts.Content>
    </Page.Main>
  );
}
