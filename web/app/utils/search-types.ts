import type { SearchType } from '#shared/graphql/generated/graphql';

export const SEARCH_TYPE_LABELS: Record<SearchType, string> = {
  article: 'Tin bài',
  event: 'Sự kiện',
  association: 'Hội thành viên',
  honoredIntellectual: 'Trí thức tiêu biểu',
  page: 'Trang thông tin',
};
