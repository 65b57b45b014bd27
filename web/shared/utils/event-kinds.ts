/** Event kinds of the CMS (enumeration `kind`), as visitors read them. */
export const EVENT_KIND_LABELS: Record<string, string> = {
  executive_committee_meeting: 'Hội nghị Ban Chấp hành',
  workshop: 'Hội thảo, tọa đàm',
  conference: 'Hội nghị',
  contest: 'Hội thi, cuộc thi',
  training: 'Tập huấn',
  honoring_ceremony: 'Lễ tôn vinh',
  other: 'Sự kiện khác',
};
