export const ASSOCIATION_FIELD_LABELS: Record<string, string> = {
  health: 'Y tế, sức khỏe',
  agriculture_forestry: 'Nông nghiệp, lâm nghiệp',
  engineering_technology: 'Kỹ thuật, công nghệ',
  natural_sciences: 'Khoa học tự nhiên',
  social_sciences_humanities: 'Khoa học xã hội và nhân văn',
  education: 'Giáo dục',
  economics: 'Kinh tế',
  environment: 'Môi trường',
  culture_arts: 'Văn hóa, nghệ thuật',
  other: 'Lĩnh vực khác',
};

export const ASSOCIATION_STATUS_LABELS: Record<string, string> = {
  active: 'Đang hoạt động',
  merged: 'Đã hợp nhất',
  dissolved: 'Đã giải thể',
};
