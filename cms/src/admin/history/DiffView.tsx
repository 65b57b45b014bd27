import { Box, Typography } from '@strapi/design-system';
import type { FieldChange } from './history-api';

const STYLES = {
  insert: { background: '#eafbe7', color: '#2f6846', textDecoration: 'underline' },
  delete: { background: '#fcecea', color: '#b72b1a', textDecoration: 'line-through' },
  equal: {},
} as const;

/** One changed field: its label, then its text with what was removed struck through in red and what was added underlined in green. */
function FieldDiff({ change }: { change: FieldChange }) {
  return (
    <Box paddingBottom={4}>
      <Typography variant="delta" tag="h3">
        {change.label}
      </Typography>
      <Box padding={3} marginTop={2} background="neutral100" hasRadius>
        <div style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word', fontSize: 14, lineHeight: 1.6 }} data-field={change.field}>
          {change.diff.length === 0 ? (
            <em>(trống)</em>
          ) : (
            change.diff.map((segment, index) =>
              segment.op === 'insert' ? (
                <ins key={index} style={STYLES.insert}>
                  {segment.text}
                </ins>
              ) : segment.op === 'delete' ? (
                <del key={index} style={STYLES.delete}>
                  {segment.text}
                </del>
              ) : (
                <span key={index}>{segment.text}</span>
              ),
            )
          )}
        </div>
      </Box>
    </Box>
  );
}

/** The fields a version changed against the previous one. */
export function DiffView({ changes, hasPrevious }: { changes: FieldChange[]; hasPrevious: boolean }) {
  if (changes.length === 0) {
    return <Typography>Không có trường nào thay đổi so với phiên bản trước.</Typography>;
  }
  return (
    <div lang="vi">
      <Box paddingBottom={4}>
        <Typography variant="pi" textColor="neutral600">
          {hasPrevious
            ? 'So với phiên bản trước: phần bị bỏ gạch ngang màu đỏ, phần thêm gạch chân màu xanh.'
            : 'Phiên bản đầu tiên: toàn bộ nội dung là mới.'}
        </Typography>
      </Box>
      {changes.map((change) => (
        <FieldDiff key={change.field} change={change} />
      ))}
    </div>
  );
}
