"""Translations of the two standard forms that ``home.forms_demo`` builds in English.

Keyed on the English text the forms engineer's helpers write (labels, help texts, intro and
thank-you paragraphs), so the loader can answer the forms' translation segments.
"""

from . import T

FORM_TEXTS = (
    T(
        "Contact the programme",
        ko="프로그램 문의",
        vi="Liên hệ với chương trình",
        id="Hubungi program",
    ),
    T(
        "Questions about the World Cities programme, its cities or its events? Write to the programme team: we answer within five working days.",
        ko="World Cities 프로그램, 참여 도시, 행사에 관해 궁금한 점이 있으신가요? 프로그램 팀에 글을 남겨 주시면 영업일 기준 5일 이내에 답변드립니다.",
        vi="Bạn có câu hỏi về chương trình World Cities, các thành phố hay sự kiện của chương trình? Hãy viết cho nhóm điều phối chương trình: chúng tôi sẽ trả lời trong vòng năm ngày làm việc.",
        id="Ada pertanyaan tentang program World Cities, kota-kotanya, atau acaranya? Tulislah kepada tim program: kami menjawab dalam lima hari kerja.",
    ),
    T(
        "Thank you for your message. The programme team will answer within five working days.",
        ko="메시지를 보내 주셔서 감사합니다. 프로그램 팀이 영업일 기준 5일 이내에 답변드리겠습니다.",
        vi="Cảm ơn bạn đã gửi tin nhắn. Nhóm điều phối chương trình sẽ trả lời trong vòng năm ngày làm việc.",
        id="Terima kasih atas pesan Anda. Tim program akan menjawab dalam lima hari kerja.",
    ),
    T("Your name", ko="이름", vi="Họ và tên", id="Nama Anda"),
    T("E-mail address", ko="이메일 주소", vi="Địa chỉ email", id="Alamat email"),
    T(
        "We only use it to answer you.",
        ko="답변을 드리는 데에만 사용합니다.",
        vi="Chúng tôi chỉ dùng địa chỉ này để trả lời bạn.",
        id="Kami hanya menggunakannya untuk menjawab Anda.",
    ),
    T("Organisation", ko="소속 기관", vi="Tổ chức", id="Organisasi"),
    T("Subject", ko="제목", vi="Chủ đề", id="Subjek"),
    T("Message", ko="메시지", vi="Nội dung", id="Pesan"),
    T(
        "Expression of interest: join the next cycle",
        ko="참여 의향서: 다음 주기에 참여하세요",
        vi="Bày tỏ quan tâm: tham gia chu kỳ tiếp theo",
        id="Pernyataan minat: bergabunglah dalam siklus berikutnya",
    ),
    T(
        "Cities in the European Union and in the partner countries can express their interest in the next cycle of city pairs. Tell us who you are, what your city wants to work on and how it would involve its government, research and business.",
        ko="유럽연합과 파트너 국가의 도시는 다음 도시 쌍 주기에 참여 의향을 밝힐 수 있습니다. 귀하가 누구인지, 귀하의 도시가 어떤 주제에 힘쓰고자 하는지, 정부·연구·기업 분야를 어떻게 참여시킬지 알려 주십시오.",
        vi="Các thành phố trong Liên minh châu Âu và ở các nước đối tác có thể bày tỏ mong muốn tham gia chu kỳ ghép cặp thành phố tiếp theo. Hãy cho chúng tôi biết bạn là ai, thành phố của bạn muốn hợp tác về những vấn đề gì và sẽ huy động chính quyền, giới nghiên cứu và doanh nghiệp tham gia như thế nào.",
        id="Kota-kota di Uni Eropa dan di negara mitra dapat menyatakan minat untuk siklus pasangan kota berikutnya. Beri tahu kami siapa Anda, apa yang ingin dikerjakan kota Anda, dan bagaimana kota Anda akan melibatkan pemerintah, dunia riset, dan dunia usaha.",
    ),
    T(
        "Thank you. Your city's expression of interest has reached the programme team, who will contact you about the next steps.",
        ko="감사합니다. 귀하 도시의 참여 의향서가 프로그램 팀에 전달되었으며, 다음 단계에 관해 연락드리겠습니다.",
        vi="Xin cảm ơn. Thư bày tỏ quan tâm của thành phố bạn đã được gửi tới nhóm điều phối chương trình; chúng tôi sẽ liên hệ với bạn về các bước tiếp theo.",
        id="Terima kasih. Pernyataan minat kota Anda telah diterima tim program, yang akan menghubungi Anda mengenai langkah selanjutnya.",
    ),
    T("City", ko="도시", vi="Thành phố", id="Kota"),
    T("Country", ko="국가", vi="Quốc gia", id="Negara"),
    T(
        "The city administration or agency that applies.",
        ko="신청하는 시 행정기관 또는 산하 기관.",
        vi="Cơ quan hành chính thành phố hoặc đơn vị nộp hồ sơ.",
        id="Pemerintah kota atau badan yang mengajukan.",
    ),
    T("Contact person", ko="담당자", vi="Người liên hệ", id="Narahubung"),
    T("Themes of interest", ko="관심 주제", vi="Các chủ đề quan tâm", id="Tema yang diminati"),
    T(
        "Choose every theme your city wants to work on.",
        ko="귀하의 도시가 다루고자 하는 주제를 모두 고르십시오.",
        vi="Chọn tất cả các chủ đề mà thành phố của bạn muốn hợp tác.",
        id="Pilih setiap tema yang ingin dikerjakan kota Anda.",
    ),
    T("Goals", ko="목표", vi="Mục tiêu", id="Tujuan"),
    T(
        "What should the cooperation achieve for your city?",
        ko="협력을 통해 귀하의 도시가 무엇을 이루기를 바라십니까?",
        vi="Sự hợp tác cần đạt được điều gì cho thành phố của bạn?",
        id="Apa yang ingin dicapai kota Anda melalui kerja sama ini?",
    ),
    T(
        "Government, research and business",
        ko="정부, 연구, 기업",
        vi="Chính quyền, nghiên cứu và doanh nghiệp",
        id="Pemerintah, riset, dan bisnis",
    ),
    T(
        "How would the city involve its government, research institutions and businesses?",
        ko="시가 정부, 연구 기관, 기업을 어떻게 참여시키겠습니까?",
        vi="Thành phố sẽ huy động chính quyền, các viện nghiên cứu và doanh nghiệp tham gia như thế nào?",
        id="Bagaimana kota akan melibatkan pemerintah, lembaga riset, dan dunia usahanya?",
    ),
)
