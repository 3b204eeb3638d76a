"""Six news items: five from the 2017–2018 cycle and one about this portal itself."""

import datetime as dt
from dataclasses import dataclass

from . import T
from .cities import ENERGY, GREEN, LOW_CARBON, RURAL, SMART


@dataclass(frozen=True)
class News:
    slug: str
    date: dt.date | None  # None: the day the command runs
    title: T
    intro: T
    paragraphs: tuple
    cities: tuple = ()
    themes: tuple = ()


NEWS = [
    News(
        "sixteen-pairs-of-cities-start-working-together",
        dt.date(2017, 2, 20),
        T(
            "Sixteen pairs of cities start working together",
            ko="16개 도시 쌍, 협력을 시작하다",
            vi="Mười sáu cặp thành phố bắt đầu hợp tác",
            id="Enam belas pasangan kota mulai bekerja sama",
        ),
        T(
            "The World Cities programme has matched sixteen EU cities with partner cities in Australia, South Korea, South Africa, Indonesia and Vietnam for its 2017–2018 cycle.",
            ko="World Cities 프로그램이 2017~2018년 주기를 위해 EU 도시 16곳을 호주, 한국, 남아프리카 공화국, 인도네시아, 베트남의 파트너 도시와 짝지었습니다.",
            vi="Chương trình World Cities đã ghép mười sáu thành phố EU với các thành phố đối tác ở Úc, Hàn Quốc, Nam Phi, Indonesia và Việt Nam cho chu kỳ 2017–2018.",
            id="Program World Cities telah memasangkan enam belas kota UE dengan kota-kota mitra di Australia, Korea Selatan, Afrika Selatan, Indonesia, dan Vietnam untuk siklus 2017–2018.",
        ),
        (
            T(
                "Each pair will exchange on themes it has chosen, such as smart city services, energy efficiency or low-carbon development.",
                ko="각 도시 쌍은 스마트 시티 서비스, 에너지 효율, 저탄소 발전 등 스스로 고른 주제에 관해 교류합니다.",
                vi="Mỗi cặp sẽ trao đổi về các chủ đề do mình lựa chọn, như dịch vụ thành phố thông minh, hiệu quả năng lượng hay phát triển các-bon thấp.",
                id="Setiap pasangan akan bertukar pengalaman tentang tema pilihannya, seperti layanan kota cerdas, efisiensi energi, atau pembangunan rendah karbon.",
            ),
            T(
                "The cycle follows one schedule: working meetings with field visits in the partner countries in spring 2017, follow-up meetings in the EU cities in the autumn, and closing meetings in early 2018.",
                ko="주기는 하나의 일정에 따라 진행됩니다. 2017년 봄에는 파트너 국가에서 실무 회의와 현장 방문을, 가을에는 EU 도시에서 후속 회의를, 2018년 초에는 종료 회의를 엽니다.",
                vi="Chu kỳ diễn ra theo cùng một lịch trình: họp làm việc và thăm thực địa tại các nước đối tác vào mùa xuân 2017, họp tiếp nối tại các thành phố EU vào mùa thu, và hội nghị tổng kết vào đầu năm 2018.",
                id="Siklus ini mengikuti satu jadwal: rapat kerja dengan kunjungan lapangan di negara mitra pada musim semi 2017, pertemuan lanjutan di kota-kota UE pada musim gugur, dan pertemuan penutupan pada awal 2018.",
            ),
            T(
                "Every city involves partners from government, research and business, so that what it learns can be put into practice.",
                ko="모든 도시는 배운 것을 실천으로 옮길 수 있도록 정부, 연구, 기업 분야의 파트너와 함께합니다.",
                vi="Mỗi thành phố đều có sự tham gia của các đối tác từ chính quyền, giới nghiên cứu và doanh nghiệp, để những gì học được có thể được đưa vào thực tế.",
                id="Setiap kota melibatkan mitra dari pemerintah, dunia riset, dan dunia usaha, agar apa yang dipelajari dapat diterapkan.",
            ),
        ),
        themes=(SMART, ENERGY, LOW_CARBON),
    ),
    News(
        "water-and-energy-on-the-agenda-in-south-africa",
        dt.date(2017, 3, 20),
        T(
            "Water and energy on the agenda in South Africa",
            ko="남아프리카 공화국에서 물과 에너지를 논의하다",
            vi="Nước và năng lượng trong chương trình nghị sự tại Nam Phi",
            id="Air dan energi menjadi agenda di Afrika Selatan",
        ),
        T(
            "During the working meeting in Cape Town, the South African and European cities compared how they manage water and energy.",
            ko="케이프타운 실무 회의에서 남아프리카 공화국과 유럽의 도시들은 물과 에너지를 관리하는 방식을 비교했습니다.",
            vi="Trong cuộc họp làm việc tại Cape Town, các thành phố Nam Phi và châu Âu đã so sánh cách quản lý nước và năng lượng.",
            id="Dalam rapat kerja di Cape Town, kota-kota Afrika Selatan dan Eropa membandingkan cara mereka mengelola air dan energi.",
        ),
        (
            T(
                "Cape Town shared its first measures against the drought, which was getting worse at the time.",
                ko="케이프타운은 당시 심해지고 있던 가뭄에 대응한 첫 조치들을 소개했습니다.",
                vi="Cape Town chia sẻ những biện pháp đầu tiên chống lại đợt hạn hán đang ngày càng trầm trọng vào thời điểm đó.",
                id="Cape Town membagikan langkah-langkah pertamanya menghadapi kekeringan yang saat itu makin parah.",
            ),
            T(
                "Field visits took the delegations to Durban, Ekurhuleni and Nelson Mandela Bay.",
                ko="대표단은 현장 방문으로 더반, 에쿠르훌레니, 넬슨 만델라 베이를 찾았습니다.",
                vi="Các chuyến thăm thực địa đưa các đoàn đại biểu đến Durban, Ekurhuleni và Nelson Mandela Bay.",
                id="Kunjungan lapangan membawa para delegasi ke Durban, Ekurhuleni, dan Nelson Mandela Bay.",
            ),
            T(
                "The pairs agreed on topics for the follow-up meetings in Europe.",
                ko="도시 쌍들은 유럽에서 열릴 후속 회의의 주제에 합의했습니다.",
                vi="Các cặp thành phố đã thống nhất các chủ đề cho những cuộc họp tiếp nối tại châu Âu.",
                id="Pasangan-pasangan kota menyepakati topik untuk pertemuan lanjutan di Eropa.",
            ),
        ),
        cities=("cape-town", "bilbao"),
        themes=(GREEN, ENERGY),
    ),
    News(
        "european-delegations-visit-south-korea",
        dt.date(2017, 4, 3),
        T(
            "European delegations visit South Korea",
            ko="유럽 대표단, 한국을 방문하다",
            vi="Các đoàn đại biểu châu Âu thăm Hàn Quốc",
            id="Delegasi Eropa mengunjungi Korea Selatan",
        ),
        T(
            "Delegations from Eindhoven, the Scottish Cities Alliance, Tampere and Barcelona spent a week with their Korean partner cities.",
            ko="에인트호번, 스코틀랜드 도시 연합, 탐페레, 바르셀로나의 대표단이 한국의 파트너 도시에서 일주일을 보냈습니다.",
            vi="Các đoàn đại biểu từ Eindhoven, Liên minh các thành phố Scotland, Tampere và Barcelona đã dành một tuần cùng các thành phố đối tác Hàn Quốc.",
            id="Delegasi dari Eindhoven, Aliansi Kota-Kota Skotlandia, Tampere, dan Barcelona menghabiskan satu minggu bersama kota-kota mitra mereka di Korea.",
        ),
        (
            T(
                "The week started with a joint working meeting in Seoul, followed by field visits in Songpa, Suwon, Gwangju and Busan.",
                ko="일주일의 일정은 서울에서 열린 합동 실무 회의로 시작해 송파구, 수원, 광주, 부산 현장 방문으로 이어졌습니다.",
                vi="Tuần làm việc bắt đầu bằng một cuộc họp chung tại Seoul, sau đó là các chuyến thăm thực địa tại Songpa, Suwon, Gwangju và Busan.",
                id="Minggu itu diawali dengan rapat kerja bersama di Seoul, lalu kunjungan lapangan di Songpa, Suwon, Gwangju, dan Busan.",
            ),
            T(
                "Each EU city sent five delegates from government, research and business.",
                ko="EU 도시마다 정부, 연구, 기업 분야에서 5명의 대표를 보냈습니다.",
                vi="Mỗi thành phố EU cử năm đại biểu từ chính quyền, giới nghiên cứu và doanh nghiệp.",
                id="Setiap kota UE mengirim lima delegasi dari pemerintah, dunia riset, dan dunia usaha.",
            ),
            T(
                "The pairs now write their first cooperation plans.",
                ko="이제 도시 쌍들은 첫 협력 계획을 작성합니다.",
                vi="Giờ đây các cặp thành phố bắt tay soạn thảo kế hoạch hợp tác đầu tiên.",
                id="Kini pasangan-pasangan kota menyusun rencana kerja sama pertama mereka.",
            ),
        ),
        cities=("seoul-songpa", "suwon", "gwangju", "busan"),
        themes=(SMART,),
    ),
    News(
        "partner-city-delegations-complete-their-visits-to-europe",
        dt.date(2017, 11, 27),
        T(
            "Partner city delegations complete their visits to Europe",
            ko="파트너 도시 대표단, 유럽 방문을 마치다",
            vi="Các đoàn đại biểu thành phố đối tác hoàn thành chuyến thăm châu Âu",
            id="Delegasi kota mitra menuntaskan kunjungan ke Eropa",
        ),
        T(
            "Between October and November 2017, delegations of four from each partner city visited their EU partners.",
            ko="2017년 10월부터 11월까지 각 파트너 도시에서 4명으로 구성된 대표단이 EU 파트너 도시를 방문했습니다.",
            vi="Từ tháng 10 đến tháng 11 năm 2017, mỗi thành phố đối tác đã cử đoàn bốn người sang thăm đối tác EU của mình.",
            id="Antara Oktober dan November 2017, delegasi beranggotakan empat orang dari setiap kota mitra mengunjungi mitra UE mereka.",
        ),
        (
            T(
                "The visits combined working sessions on the cooperation plans with field visits and meetings with local companies and universities.",
                ko="방문 일정에는 협력 계획에 관한 실무 세션과 함께 현장 방문, 현지 기업 및 대학과의 만남이 포함되었습니다.",
                vi="Các chuyến thăm kết hợp những phiên làm việc về kế hoạch hợp tác với thăm thực địa và gặp gỡ doanh nghiệp, trường đại học địa phương.",
                id="Kunjungan-kunjungan itu memadukan sesi kerja tentang rencana kerja sama dengan kunjungan lapangan serta pertemuan dengan perusahaan dan universitas setempat.",
            ),
            T(
                "Many pairs chose one small pilot action to prepare before the end of the cycle.",
                ko="많은 도시 쌍이 주기가 끝나기 전에 준비할 작은 시범 사업 하나를 골랐습니다.",
                vi="Nhiều cặp thành phố đã chọn một hoạt động thí điểm nhỏ để chuẩn bị trước khi chu kỳ kết thúc.",
                id="Banyak pasangan memilih satu aksi percontohan kecil untuk disiapkan sebelum siklus berakhir.",
            ),
            T(
                "The closing meetings will take place in the partner countries in early 2018.",
                ko="종료 회의는 2018년 초 파트너 국가에서 열립니다.",
                vi="Các hội nghị tổng kết sẽ diễn ra tại các nước đối tác vào đầu năm 2018.",
                id="Pertemuan penutupan akan berlangsung di negara-negara mitra pada awal 2018.",
            ),
        ),
        themes=(SMART, LOW_CARBON),
    ),
    News(
        "closing-meetings-end-the-2017-2018-cycle",
        dt.date(2018, 3, 26),
        T(
            "Closing meetings end the 2017–2018 cycle",
            ko="종료 회의로 2017~2018년 주기를 마무리하다",
            vi="Các hội nghị tổng kết khép lại chu kỳ 2017–2018",
            id="Pertemuan penutupan mengakhiri siklus 2017–2018",
        ),
        T(
            "With the last closing meeting in Ho Chi Minh City, the sixteen pairs of the 2017–2018 cycle have completed their programme.",
            ko="호찌민시에서 열린 마지막 종료 회의를 끝으로 2017~2018년 주기의 16개 도시 쌍이 프로그램을 마쳤습니다.",
            vi="Với hội nghị tổng kết cuối cùng tại Thành phố Hồ Chí Minh, mười sáu cặp thành phố của chu kỳ 2017–2018 đã hoàn thành chương trình.",
            id="Dengan pertemuan penutupan terakhir di Kota Ho Chi Minh, enam belas pasangan kota siklus 2017–2018 telah menuntaskan program mereka.",
        ),
        (
            T(
                "At each closing meeting, the pairs presented what they achieved and what they will keep doing together.",
                ko="각 종료 회의에서 도시 쌍들은 성과와 앞으로도 함께 이어 갈 일을 발표했습니다.",
                vi="Tại mỗi hội nghị tổng kết, các cặp thành phố đã trình bày những gì đạt được và những việc sẽ tiếp tục làm cùng nhau.",
                id="Pada setiap pertemuan penutupan, pasangan-pasangan kota memaparkan apa yang telah dicapai dan apa yang akan terus mereka kerjakan bersama.",
            ),
            T(
                "Their case studies are collected in the good practices section of this portal.",
                ko="이들의 사례는 이 포털의 우수 사례 코너에 모여 있습니다.",
                vi="Các nghiên cứu điển hình của họ được tập hợp trong mục Thực tiễn tốt của cổng thông tin này.",
                id="Studi kasus mereka dihimpun di bagian praktik baik portal ini.",
            ),
            T(
                "The programme thanks every city, university and company that took part.",
                ko="프로그램은 참여한 모든 도시, 대학, 기업에 감사드립니다.",
                vi="Chương trình xin cảm ơn tất cả các thành phố, trường đại học và doanh nghiệp đã tham gia.",
                id="Program ini berterima kasih kepada setiap kota, universitas, dan perusahaan yang telah berpartisipasi.",
            ),
        ),
        cities=("ho-chi-minh-city", "kosice"),
        themes=(SMART, RURAL),
    ),
    News(
        "a-portal-in-27-languages-with-demonstration-content",
        None,
        T(
            "A portal in 27 languages, with demonstration content",
            ko="27개 언어로 된 포털과 시연용 콘텐츠",
            vi="Cổng thông tin bằng 27 ngôn ngữ, với nội dung minh họa",
            id="Portal dalam 27 bahasa, dengan konten demonstrasi",
        ),
        T(
            "This portal shows the World Cities programme in the 24 official EU languages and in Korean, Vietnamese and Indonesian.",
            ko="이 포털은 World Cities 프로그램을 EU의 24개 공식 언어와 한국어, 베트남어, 인도네시아어로 소개합니다.",
            vi="Cổng thông tin này giới thiệu chương trình World Cities bằng 24 ngôn ngữ chính thức của EU cùng tiếng Hàn, tiếng Việt và tiếng Indonesia.",
            id="Portal ini menampilkan program World Cities dalam 24 bahasa resmi UE serta bahasa Korea, Vietnam, dan Indonesia.",
        ),
        (
            T(
                "The content you see was written for this demonstration from public facts about the 2017–2018 cycle; it is not an official record of the programme.",
                ko="지금 보시는 콘텐츠는 2017~2018년 주기에 관한 공개된 사실을 바탕으로 이 시연을 위해 작성한 것이며, 프로그램의 공식 기록이 아닙니다.",
                vi="Nội dung bạn đang xem được viết cho bản minh họa này dựa trên các thông tin công khai về chu kỳ 2017–2018; đây không phải là hồ sơ chính thức của chương trình.",
                id="Konten yang Anda lihat ditulis untuk demonstrasi ini berdasarkan fakta publik tentang siklus 2017–2018; konten ini bukan catatan resmi program.",
            ),
            T(
                "Pages are translated into Korean, Vietnamese and Indonesian; the other languages show the English text until a translator translates it.",
                ko="페이지는 한국어, 베트남어, 인도네시아어로 번역되어 있으며, 그 밖의 언어에서는 번역자가 번역할 때까지 영어 원문이 표시됩니다.",
                vi="Các trang đã được dịch sang tiếng Hàn, tiếng Việt và tiếng Indonesia; các ngôn ngữ khác hiển thị văn bản tiếng Anh cho đến khi được dịch.",
                id="Halaman-halaman diterjemahkan ke dalam bahasa Korea, Vietnam, dan Indonesia; bahasa lain menampilkan teks bahasa Inggris sampai seorang penerjemah menerjemahkannya.",
            ),
            T(
                "Editors and translators can change everything through the Wagtail admin.",
                ko="편집자와 번역자는 Wagtail 관리 화면에서 모든 내용을 바꿀 수 있습니다.",
                vi="Biên tập viên và biên dịch viên có thể thay đổi mọi nội dung qua trang quản trị Wagtail.",
                id="Editor dan penerjemah dapat mengubah semuanya melalui admin Wagtail.",
            ),
        ),
    ),
]
