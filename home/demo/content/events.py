"""The programme calendar of the 2017–2018 cycle, and three example events to come.

The schedule follows the programme's: working meetings with field visits in the partner
countries (March–May 2017, five delegates from each EU city), follow-up meetings in the EU
cities (October–November 2017, four delegates from each partner city) and closing meetings in
the partner countries (first quarter of 2018). Exact days are illustrative. Text repeated from
event to event is written once here as templates with the city or country name filled in.
"""

import datetime as dt
from dataclasses import dataclass

from . import T


@dataclass(frozen=True)
class Session:
    start: str  # "09:00"
    end: str
    title: T
    speakers: T | None = None


@dataclass(frozen=True)
class Event:
    slug: str
    kind: str  # working_meeting, follow_up_meeting, closing_meeting, conference, webinar, selection
    title: T
    intro: T
    host: str  # city slug
    timezone: str
    days: tuple  # ((date, (Session, ...)), ...)
    pairs: tuple = ()  # pair slugs
    delegations: tuple = ()  # ((city slug, delegates), ...)
    venue: T | None = None
    example: bool = False

    @property
    def start(self):
        return self.days[0][0], self.days[0][1][0].start

    @property
    def end(self):
        return self.days[-1][0], self.days[-1][1][-1].end


# Phrases --------------------------------------------------------------------------------------
WELCOME = T(
    "Welcome and introductions",
    ko="환영 인사와 소개",
    vi="Chào mừng và giới thiệu",
    id="Sambutan dan perkenalan",
)
PAIRS_PRESENT_GOALS = T(
    "Working meeting: each pair presents its goals",
    ko="실무 회의: 각 도시 쌍의 목표 발표",
    vi="Họp làm việc: từng cặp thành phố trình bày mục tiêu",
    id="Rapat kerja: setiap pasangan kota memaparkan tujuannya",
)
FIELD_VISIT = T(
    "Field visit in {city}",
    ko="{city} 현장 방문",
    vi="Thăm thực địa tại {city}",
    id="Kunjungan lapangan di {city}",
)
MEET_PARTNERS = T(
    "Meeting with government, research and business partners in {city}",
    ko="{city}의 정부·연구·기업 파트너와의 회의",
    vi="Gặp gỡ các đối tác chính quyền, nghiên cứu và doanh nghiệp tại {city}",
    id="Pertemuan dengan mitra pemerintah, riset, dan bisnis di {city}",
)
FIRST_IDEAS = T(
    "Wrap-up: first ideas for the cooperation plans",
    ko="마무리: 협력 계획을 위한 첫 아이디어",
    vi="Tổng kết: những ý tưởng đầu tiên cho kế hoạch hợp tác",
    id="Penutupan: gagasan awal untuk rencana kerja sama",
)
WELCOME_BY = T(
    "Welcome by the host city, {city}",
    ko="개최 도시 {city}의 환영 인사",
    vi="Lời chào mừng của thành phố chủ nhà {city}",
    id="Sambutan dari kota tuan rumah, {city}",
)
PLAN_SESSION = T(
    "Working session on the cooperation plan",
    ko="협력 계획 실무 세션",
    vi="Phiên làm việc về kế hoạch hợp tác",
    id="Sesi kerja tentang rencana kerja sama",
)
NEXT_STEPS = T(
    "Next steps and closing",
    ko="향후 계획과 폐회",
    vi="Các bước tiếp theo và bế mạc",
    id="Langkah selanjutnya dan penutupan",
)
RESULTS = T(
    "Each pair presents its results",
    ko="각 도시 쌍의 성과 발표",
    vi="Từng cặp thành phố trình bày kết quả",
    id="Setiap pasangan kota memaparkan hasilnya",
)
LESSONS = T(
    "Lessons learned and the next steps for the pairs",
    ko="교훈과 도시 쌍의 향후 계획",
    vi="Bài học kinh nghiệm và các bước tiếp theo của các cặp thành phố",
    id="Pelajaran dan langkah selanjutnya bagi pasangan kota",
)
CLOSING = T("Closing", ko="폐회", vi="Bế mạc", id="Penutupan")
PROGRAMME_TEAM = T(
    "Programme team", ko="프로그램 팀", vi="Nhóm điều phối chương trình", id="Tim program"
)
HOST_CITY = T("Host city", ko="개최 도시", vi="Thành phố chủ nhà", id="Kota tuan rumah")
ALL_PAIRS = T(
    "All pairs", ko="모든 도시 쌍", vi="Tất cả các cặp thành phố", id="Semua pasangan kota"
)
CITY_HALL = T("City hall", ko="시청", vi="Tòa thị chính", id="Balai kota")
ONLINE = T("Online", ko="온라인", vi="Trực tuyến", id="Daring")

WORKING_TITLE = T(
    "Working meeting and field visits: {country}",
    ko="실무 회의 및 현장 방문: {country}",
    vi="Họp làm việc và thăm thực địa: {country}",
    id="Rapat kerja dan kunjungan lapangan: {country}",
)
WORKING_INTRO = T(
    "Delegations of the EU cities visit their partner cities in {country}: a joint working meeting, then field visits in each city.",
    ko="EU 도시 대표단이 {country}의 파트너 도시를 방문합니다. 합동 실무 회의 후 각 도시를 현장 방문합니다.",
    vi="Đoàn đại biểu các thành phố EU đến thăm các thành phố đối tác tại {country}: một cuộc họp làm việc chung, sau đó là các chuyến thăm thực địa tại từng thành phố.",
    id="Delegasi kota-kota UE mengunjungi kota mitra mereka di {country}: rapat kerja bersama, lalu kunjungan lapangan di setiap kota.",
)
FOLLOW_UP_TITLE = T(
    "Follow-up meeting in {city}",
    ko="{city} 후속 회의",
    vi="Cuộc họp tiếp nối tại {city}",
    id="Pertemuan lanjutan di {city}",
)
FOLLOW_UP_INTRO = T(
    "The delegation of {partner} visits {city} to continue the work on the pair's cooperation plan.",
    ko="{partner} 대표단이 두 도시의 협력 계획을 이어 가기 위해 {city} 현지를 방문합니다.",
    vi="Đoàn đại biểu {partner} đến thăm {city} để tiếp tục xây dựng kế hoạch hợp tác của hai thành phố.",
    id="Delegasi {partner} mengunjungi {city} untuk melanjutkan penyusunan rencana kerja sama kedua kota.",
)
CLOSING_TITLE = T(
    "Closing meeting: {country}",
    ko="종료 회의: {country}",
    vi="Hội nghị tổng kết: {country}",
    id="Pertemuan penutupan: {country}",
)
CLOSING_INTRO = T(
    "The pairs of {country} present what they achieved and agree how to keep working together.",
    ko="{country}의 도시 쌍들이 성과를 발표하고 앞으로의 협력 방안에 합의합니다.",
    vi="Các cặp thành phố của {country} trình bày kết quả đạt được và thống nhất cách tiếp tục hợp tác.",
    id="Pasangan-pasangan kota dari {country} memaparkan hasil yang dicapai dan menyepakati cara untuk terus bekerja sama.",
)
EXAMPLE_NOTE = T(
    "This is an example event, created by the demonstration content so that the list of upcoming events is never empty. It is not a real event.",
    ko="이 행사는 예정 행사 목록이 비어 있지 않도록 시연용 콘텐츠가 만든 예시이며, 실제 행사가 아닙니다.",
    vi="Đây là sự kiện mẫu do nội dung minh họa tạo ra để danh sách sự kiện sắp diễn ra không bao giờ trống. Đây không phải là sự kiện có thật.",
    id="Ini adalah acara contoh yang dibuat oleh konten demonstrasi agar daftar acara mendatang tidak pernah kosong. Ini bukan acara sungguhan.",
)

# The schedule ---------------------------------------------------------------------------------
# Partner country -> (host city, time zone, working meeting start, closing meeting start, pairs)
COUNTRIES = {
    "ZA": (
        "cape-town",
        "Africa/Johannesburg",
        dt.date(2017, 3, 13),
        dt.date(2018, 3, 5),
        (
            "ethekwini-durban-belfast",
            "cape-town-bilbao",
            "ekurhuleni-graz",
            "nelson-mandela-bay-malaga",
        ),
    ),
    "KR": (
        "seoul-songpa",
        "Asia/Seoul",
        dt.date(2017, 3, 27),
        dt.date(2018, 2, 5),
        (
            "seoul-songpa-eindhoven",
            "suwon-scottish-cities-alliance",
            "gwangju-tampere",
            "busan-barcelona",
        ),
    ),
    "VN": (
        "hanoi",
        "Asia/Ho_Chi_Minh",
        dt.date(2017, 4, 17),
        dt.date(2018, 3, 19),
        ("hanoi-milan", "ho-chi-minh-city-kosice"),
    ),
    "ID": (
        "semarang",
        "Asia/Jakarta",
        dt.date(2017, 4, 24),
        dt.date(2018, 1, 22),
        ("semarang-zagreb", "makassar-seville"),
    ),
    "AU": (
        "melbourne",
        "Australia/Melbourne",
        dt.date(2017, 5, 8),
        dt.date(2018, 2, 19),
        ("adelaide-manchester", "canberra-prague", "hobart-katowice", "melbourne-hamburg"),
    ),
}
# Closing meetings move around the partner country: not always the working meeting's host.
CLOSING_HOSTS = {
    "ZA": "ethekwini-durban",
    "KR": "suwon",
    "VN": "ho-chi-minh-city",
    "ID": "makassar",
    "AU": "adelaide",
}
# Follow-up meetings in Europe, two days each, by pair.
FOLLOW_UP_DATES = {
    "seoul-songpa-eindhoven": dt.date(2017, 10, 2),
    "suwon-scottish-cities-alliance": dt.date(2017, 10, 5),
    "gwangju-tampere": dt.date(2017, 10, 9),
    "busan-barcelona": dt.date(2017, 10, 12),
    "adelaide-manchester": dt.date(2017, 10, 16),
    "canberra-prague": dt.date(2017, 10, 19),
    "hobart-katowice": dt.date(2017, 10, 23),
    "melbourne-hamburg": dt.date(2017, 10, 26),
    "ethekwini-durban-belfast": dt.date(2017, 10, 30),
    "cape-town-bilbao": dt.date(2017, 11, 2),
    "ekurhuleni-graz": dt.date(2017, 11, 6),
    "nelson-mandela-bay-malaga": dt.date(2017, 11, 9),
    "semarang-zagreb": dt.date(2017, 11, 13),
    "makassar-seville": dt.date(2017, 11, 16),
    "hanoi-milan": dt.date(2017, 11, 20),
    "ho-chi-minh-city-kosice": dt.date(2017, 11, 23),
}
EU_TIMEZONES = {
    "eindhoven": "Europe/Amsterdam", "scottish-cities-alliance": "Europe/London",
    "tampere": "Europe/Helsinki", "barcelona": "Europe/Madrid", "manchester": "Europe/London",
    "prague": "Europe/Prague", "katowice": "Europe/Warsaw", "hamburg": "Europe/Berlin",
    "belfast": "Europe/London", "bilbao": "Europe/Madrid", "graz": "Europe/Vienna",
    "malaga": "Europe/Madrid", "zagreb": "Europe/Zagreb", "seville": "Europe/Madrid",
    "milan": "Europe/Rome", "kosice": "Europe/Bratislava",
}  # fmt: skip
EU_DELEGATES = 5  # from each EU city to the partner country
PARTNER_DELEGATES = 4  # from each partner city to Europe

# Example events, days from the day the command runs.
EXAMPLES = (
    {
        "slug": "example-webinar-open-data-for-city-services",
        "kind": "webinar",
        "host": "tampere",
        "timezone": "Europe/Helsinki",
        "in_days": 21,
        "length": 1,
        "title": T(
            "Example: webinar on open data for city services",
            ko="예시: 도시 서비스를 위한 공공데이터 웨비나",
            vi="Ví dụ: hội thảo trực tuyến về dữ liệu mở cho dịch vụ đô thị",
            id="Contoh: webinar tentang data terbuka untuk layanan kota",
        ),
        "sessions": (
            ("10:00", "10:15", WELCOME),
            (
                "10:15",
                "11:15",
                T(
                    "How cities publish data that people use",
                    ko="사람들이 실제로 쓰는 데이터를 도시가 공개하는 방법",
                    vi="Cách các thành phố công bố dữ liệu mà người dân thực sự sử dụng",
                    id="Cara kota menerbitkan data yang benar-benar digunakan orang",
                ),
            ),
            (
                "11:15",
                "11:30",
                T("Questions and answers", ko="질의응답", vi="Hỏi và đáp", id="Tanya jawab"),
            ),
        ),
    },
    {
        "slug": "example-information-session-next-cycle",
        "kind": "selection",
        "host": "barcelona",
        "timezone": "Europe/Madrid",
        "in_days": 45,
        "length": 1,
        "title": T(
            "Example: information session for cities interested in the next cycle",
            ko="예시: 다음 주기에 관심 있는 도시를 위한 설명회",
            vi="Ví dụ: buổi giới thiệu cho các thành phố quan tâm đến chu kỳ tiếp theo",
            id="Contoh: sesi informasi bagi kota yang tertarik dengan siklus berikutnya",
        ),
        "sessions": (
            ("14:00", "14:20", WELCOME),
            (
                "14:20",
                "15:20",
                T(
                    "How cities are selected and paired",
                    ko="도시 선정과 짝짓기 방식",
                    vi="Cách lựa chọn và ghép cặp các thành phố",
                    id="Cara kota dipilih dan dipasangkan",
                ),
            ),
            (
                "15:20",
                "16:00",
                T("Questions and answers", ko="질의응답", vi="Hỏi và đáp", id="Tanya jawab"),
            ),
        ),
    },
    {
        "slug": "example-good-practice-conference",
        "kind": "conference",
        "host": "milan",
        "timezone": "Europe/Rome",
        "in_days": 75,
        "length": 2,
        "title": T(
            "Example: good practice conference of the city network",
            ko="예시: 도시 네트워크 우수 사례 콘퍼런스",
            vi="Ví dụ: hội nghị thực tiễn tốt của mạng lưới thành phố",
            id="Contoh: konferensi praktik baik jaringan kota",
        ),
        "sessions": (
            ("09:30", "10:00", WELCOME),
            (
                "10:00",
                "12:30",
                T(
                    "Good practices from the pairs",
                    ko="도시 쌍들의 우수 사례",
                    vi="Những thực tiễn tốt từ các cặp thành phố",
                    id="Praktik baik dari pasangan kota",
                ),
            ),
            (
                "14:00",
                "16:00",
                T(
                    "Workshops by theme",
                    ko="주제별 워크숍",
                    vi="Hội thảo chuyên đề theo chủ đề",
                    id="Lokakarya per tema",
                ),
            ),
        ),
    },
)
