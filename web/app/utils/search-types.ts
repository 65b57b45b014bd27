import type { SearchType } from '~/graphql/generated/graphql';

export const SEARCH_TYPE_LABELS: Record<SearchType, string> = {
  article: 'Tin bài',
  event: 'Sự kiện',
  association: 'Hội thành viên',
  honoredIntellectual: 'Trí thức tiêu biểu',
  page: 'Trang thông tin',
};

export const SEARCH_TYPE_PATHS: Record<SearchType, string> = {
  article: '/tin-tuc',
  event: '/su-kien',
  association: '/hoi-thanh-vien',
  honoredIntellectual: '/tri-thuc-tieu-bieu',
  // Static pages live at the root: /gioi-thieu, /so-do-to-chuc (pages/[slug].vue).
  page: '',
};
