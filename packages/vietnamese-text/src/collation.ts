/**
 * Vietnamese alphabetical order, ignoring case: Đ after D, base letters before tones
 * ("Hội Dược học", "Hội Điều dưỡng", "Hội Đông y", "Hội Y học").
 */
export const vietnameseCollator = new Intl.Collator('vi', { sensitivity: 'base' });
