/**
 * What the site says about an error, in Vietnamese: the title and explanation of the error page
 * (app/error.vue) and the messages of the JSON answer other clients get (server/json-errors.ts).
 */
export type ErrorText = { title: string; explanation: string };

export function errorText(status: number): ErrorText {
  if (status === 404) {
    return { title: 'Không tìm thấy trang', explanation: 'Trang bạn tìm không tồn tại hoặc đã được gỡ bỏ. Vui lòng kiểm tra lại đường dẫn hoặc dùng ô tìm kiếm.' };
  }
  // A form that did not come from the site's own page (another site's, or one left open past its session).
  if (status === 403) {
    return { title: 'Yêu cầu bị từ chối', explanation: 'Biểu mẫu không được gửi từ trang của cổng thông tin hoặc đã hết hạn. Vui lòng mở lại trang, điền và gửi lại biểu mẫu.' };
  }
  // A request refused as asked (an odd address, a missing right): the visitor's to fix, not an outage.
  if (status >= 400 && status < 500) {
    return { title: 'Yêu cầu không hợp lệ', explanation: 'Đường dẫn này không hợp lệ. Vui lòng kiểm tra lại đường dẫn hoặc dùng ô tìm kiếm.' };
  }
  return { title: 'Hệ thống đang tạm gián đoạn', explanation: 'Cổng thông tin đang gặp sự cố khi tải dữ liệu. Vui lòng thử lại sau ít phút. Xin cảm ơn bạn đã kiên nhẫn.' };
}
