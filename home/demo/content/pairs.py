"""The sixteen pairs of the 2017–2018 cycle, all completed.

A pair's title is built from its two cities' titles in each language; its pilot action is
written as what the partners proposed or studied, not as a measured result.
"""

from dataclasses import dataclass

from . import T
from .cities import ENERGY, GREEN, LOW_CARBON, RURAL, SMART


@dataclass(frozen=True)
class Pair:
    partner: str  # slug of the partner city
    eu: str  # slug of the EU city
    themes: tuple
    summary: T
    pilot_title: T
    pilot_description: T
    outcomes: T

    @property
    def slug(self):
        return f"{self.partner}-{self.eu}"


CYCLE = "2017-2018"

PAIRS = [
    Pair(
        "seoul-songpa",
        "eindhoven",
        (SMART, ENERGY),
        T(
            "Songpa and Eindhoven compared how a district and a technology city bring residents, researchers and companies into smart city projects.",
            ko="송파구와 에인트호번은 자치구와 기술 도시가 주민, 연구자, 기업을 스마트 시티 사업에 어떻게 참여시키는지 비교했습니다.",
            vi="Songpa và Eindhoven đã so sánh cách một quận và một thành phố công nghệ đưa người dân, nhà nghiên cứu và doanh nghiệp vào các dự án thành phố thông minh.",
            id="Songpa dan Eindhoven membandingkan cara sebuah distrik dan sebuah kota teknologi melibatkan warga, peneliti, dan perusahaan dalam proyek kota cerdas.",
        ),
        T(
            "Living lab for smart street lighting",
            ko="스마트 가로등 리빙랩",
            vi="Phòng thí nghiệm sống về chiếu sáng đường phố thông minh",
            id="Laboratorium hidup untuk penerangan jalan pintar",
        ),
        T(
            "The pair proposed that a street in Songpa test connected lighting, using Eindhoven's method for involving residents.",
            ko="두 도시는 에인트호번의 주민 참여 방식을 적용해 송파구의 한 거리에서 네트워크형 조명을 시험하자고 제안했습니다.",
            vi="Hai bên đề xuất thử nghiệm hệ thống chiếu sáng kết nối trên một tuyến phố ở Songpa, theo phương pháp thu hút người dân tham gia của Eindhoven.",
            id="Kedua mitra mengusulkan agar sebuah jalan di Songpa menguji penerangan terhubung dengan metode Eindhoven untuk melibatkan warga.",
        ),
        T(
            "A shared action plan for a living lab and contacts between the two cities' companies.",
            ko="리빙랩을 위한 공동 실행 계획과 두 도시 기업 간의 교류.",
            vi="Một kế hoạch hành động chung cho phòng thí nghiệm sống và kết nối giữa doanh nghiệp của hai thành phố.",
            id="Rencana aksi bersama untuk laboratorium hidup dan hubungan antarperusahaan kedua kota.",
        ),
    ),
    Pair(
        "suwon",
        "scottish-cities-alliance",
        (SMART, LOW_CARBON),
        T(
            "Suwon and the four Scottish cities looked at how cities that work together can plan shared data platforms and cut carbon.",
            ko="수원시와 스코틀랜드의 네 도시는 함께 일하는 도시들이 공동 데이터 플랫폼을 계획하고 탄소를 줄이는 방법을 살펴보았습니다.",
            vi="Suwon và bốn thành phố Scotland đã tìm hiểu cách các thành phố cùng hợp tác để lập kế hoạch nền tảng dữ liệu chung và giảm phát thải các-bon.",
            id="Suwon dan empat kota Skotlandia mempelajari cara kota-kota yang bekerja sama merencanakan platform data bersama dan mengurangi karbon.",
        ),
        T(
            "Shared open data standards",
            ko="공동 공공데이터 표준",
            vi="Tiêu chuẩn dữ liệu mở chung",
            id="Standar data terbuka bersama",
        ),
        T(
            "The partners proposed to publish a few data sets, such as parking and air quality, in the same format.",
            ko="파트너들은 주차, 대기 질 등 일부 데이터를 같은 형식으로 공개하자고 제안했습니다.",
            vi="Các đối tác đề xuất công bố một số bộ dữ liệu, như bãi đỗ xe và chất lượng không khí, theo cùng một định dạng.",
            id="Para mitra mengusulkan untuk menerbitkan beberapa set data, seperti parkir dan kualitas udara, dalam format yang sama.",
        ),
        T(
            "A comparison of data formats and a list of data sets both sides could publish.",
            ko="데이터 형식 비교표와 양측이 공개할 수 있는 데이터 목록.",
            vi="Một bản so sánh định dạng dữ liệu và danh sách các bộ dữ liệu mà hai bên có thể công bố.",
            id="Perbandingan format data dan daftar set data yang dapat diterbitkan kedua pihak.",
        ),
    ),
    Pair(
        "gwangju",
        "tampere",
        (SMART, ENERGY),
        T(
            "Gwangju and Tampere exchanged on smart city programmes run with universities and companies, and on energy-saving lighting.",
            ko="광주와 탐페레는 대학 및 기업과 함께 운영하는 스마트 시티 프로그램과 에너지 절약형 조명에 관해 교류했습니다.",
            vi="Gwangju và Tampere đã trao đổi về các chương trình thành phố thông minh triển khai cùng trường đại học và doanh nghiệp, và về chiếu sáng tiết kiệm năng lượng.",
            id="Gwangju dan Tampere bertukar pengalaman tentang program kota cerdas yang dijalankan bersama universitas dan perusahaan, serta penerangan hemat energi.",
        ),
        T(
            "Open data for city services",
            ko="도시 서비스를 위한 공공데이터 개방",
            vi="Dữ liệu mở cho dịch vụ đô thị",
            id="Data terbuka untuk layanan kota",
        ),
        T(
            "Gwangju proposed to follow Tampere's example and open a first set of city data to local developers.",
            ko="광주는 탐페레의 사례를 따라 첫 번째 도시 데이터 묶음을 지역 개발자들에게 개방하자고 제안했습니다.",
            vi="Gwangju đề xuất làm theo Tampere, mở bộ dữ liệu đô thị đầu tiên cho các nhà phát triển địa phương.",
            id="Gwangju mengusulkan untuk mengikuti contoh Tampere dan membuka kumpulan data kota pertama bagi pengembang lokal.",
        ),
        T(
            "An exchange of methods for smart city programmes and contacts between research groups.",
            ko="스마트 시티 프로그램 방법론의 교환과 연구 그룹 간의 교류.",
            vi="Trao đổi phương pháp xây dựng chương trình thành phố thông minh và kết nối giữa các nhóm nghiên cứu.",
            id="Pertukaran metode program kota cerdas dan hubungan antarkelompok riset.",
        ),
    ),
    Pair(
        "busan",
        "barcelona",
        (SMART, GREEN),
        T(
            "Busan and Barcelona compared how two port cities plan innovation districts and use urban data.",
            ko="부산과 바르셀로나는 두 항구 도시가 혁신 지구를 계획하고 도시 데이터를 활용하는 방식을 비교했습니다.",
            vi="Busan và Barcelona đã so sánh cách hai thành phố cảng quy hoạch các khu đổi mới sáng tạo và sử dụng dữ liệu đô thị.",
            id="Busan dan Barcelona membandingkan cara dua kota pelabuhan merencanakan distrik inovasi dan memanfaatkan data perkotaan.",
        ),
        T(
            "Lessons from 22@ for a new smart district",
            ko="새 스마트 지구를 위한 22@의 교훈",
            vi="Bài học từ 22@ cho một khu đô thị thông minh mới",
            id="Pelajaran dari 22@ untuk distrik cerdas baru",
        ),
        T(
            "Planners from both cities compared zoning rules, public space and the mix of homes and workplaces.",
            ko="두 도시의 계획가들이 용도지역 규정, 공공 공간, 주거와 일자리의 혼합을 비교했습니다.",
            vi="Các nhà quy hoạch của hai thành phố đã so sánh quy định phân khu, không gian công cộng và sự đan xen giữa nhà ở và nơi làm việc.",
            id="Perencana dari kedua kota membandingkan aturan zonasi, ruang publik, dan perpaduan hunian serta tempat kerja.",
        ),
        T(
            "A joint note on planning innovation districts and contacts between technology companies.",
            ko="혁신 지구 계획에 관한 공동 메모와 기술 기업 간의 교류.",
            vi="Một ghi chú chung về quy hoạch khu đổi mới sáng tạo và kết nối giữa các doanh nghiệp công nghệ.",
            id="Catatan bersama tentang perencanaan distrik inovasi dan hubungan antarperusahaan teknologi.",
        ),
    ),
    Pair(
        "adelaide",
        "manchester",
        (LOW_CARBON, SMART),
        T(
            "Adelaide and Manchester shared their plans for carbon-neutral cities and compared how universities and councils work on urban innovation.",
            ko="애들레이드와 맨체스터는 탄소중립 도시 계획을 공유하고, 대학과 시의회가 도시 혁신을 위해 일하는 방식을 비교했습니다.",
            vi="Adelaide và Manchester đã chia sẻ kế hoạch xây dựng thành phố trung hòa các-bon và so sánh cách các trường đại học và chính quyền thành phố cùng đổi mới đô thị.",
            id="Adelaide dan Manchester berbagi rencana menuju kota netral karbon dan membandingkan cara universitas dan dewan kota bekerja untuk inovasi perkotaan.",
        ),
        T(
            "Measuring a city's carbon footprint",
            ko="도시 탄소 발자국 측정",
            vi="Đo lường dấu chân các-bon của thành phố",
            id="Mengukur jejak karbon kota",
        ),
        T(
            "The cities compared how they count emissions so that their targets can be compared.",
            ko="두 도시는 목표를 서로 비교할 수 있도록 배출량 산정 방식을 비교했습니다.",
            vi="Hai thành phố so sánh cách tính lượng phát thải để có thể đối chiếu các mục tiêu của nhau.",
            id="Kedua kota membandingkan cara menghitung emisi agar target mereka dapat dibandingkan.",
        ),
        T(
            "A comparison of emission inventories and an exchange between the councils' climate teams.",
            ko="온실가스 배출 목록의 비교와 두 시의회 기후 담당 팀 간의 교류.",
            vi="Một bản so sánh kiểm kê phát thải và trao đổi giữa các nhóm phụ trách khí hậu của hai hội đồng thành phố.",
            id="Perbandingan inventaris emisi dan pertukaran antara tim iklim kedua dewan kota.",
        ),
    ),
    Pair(
        "canberra",
        "prague",
        (LOW_CARBON, ENERGY, SMART),
        T(
            "Canberra and Prague, two capitals, exchanged on renewable electricity, energy savings in public buildings and smart city planning.",
            ko="두 수도 캔버라와 프라하는 재생에너지 전력, 공공건물의 에너지 절감, 스마트 시티 계획에 관해 교류했습니다.",
            vi="Canberra và Praha, hai thủ đô, đã trao đổi về điện tái tạo, tiết kiệm năng lượng trong các tòa nhà công và quy hoạch thành phố thông minh.",
            id="Canberra dan Praha, dua ibu kota, bertukar pengalaman tentang listrik terbarukan, penghematan energi di gedung publik, dan perencanaan kota cerdas.",
        ),
        T(
            "Renewable power auctions",
            ko="재생에너지 역경매",
            vi="Đấu giá điện tái tạo",
            id="Lelang listrik terbarukan",
        ),
        T(
            "Canberra explained its reverse auctions for wind and solar power; Prague studied what would apply under European rules.",
            ko="캔버라는 풍력·태양광 전력의 역경매 방식을 설명했고, 프라하는 유럽 규정에서 적용할 수 있는 부분을 검토했습니다.",
            vi="Canberra giới thiệu cơ chế đấu giá ngược cho điện gió và điện mặt trời; Praha nghiên cứu những gì có thể áp dụng theo quy định của châu Âu.",
            id="Canberra menjelaskan lelang terbalik untuk listrik angin dan surya; Praha mempelajari apa yang dapat diterapkan menurut aturan Eropa.",
        ),
        T(
            "A study note on renewable electricity purchasing and a visit programme for energy experts.",
            ko="재생에너지 전력 구매에 관한 연구 메모와 에너지 전문가 방문 프로그램.",
            vi="Một ghi chú nghiên cứu về mua điện tái tạo và chương trình thăm quan cho các chuyên gia năng lượng.",
            id="Catatan kajian tentang pembelian listrik terbarukan dan program kunjungan bagi para ahli energi.",
        ),
    ),
    Pair(
        "hobart",
        "katowice",
        (LOW_CARBON, GREEN),
        T(
            "Hobart and Katowice looked at how cities move away from coal and heavy industry and protect clean air and nature.",
            ko="호바트와 카토비체는 도시가 석탄과 중공업에서 벗어나면서 깨끗한 공기와 자연을 지키는 방법을 살펴보았습니다.",
            vi="Hobart và Katowice đã tìm hiểu cách các thành phố chuyển đổi khỏi than đá và công nghiệp nặng, đồng thời bảo vệ không khí sạch và thiên nhiên.",
            id="Hobart dan Katowice mempelajari cara kota-kota beralih dari batu bara dan industri berat sambil menjaga udara bersih dan alam.",
        ),
        T(
            "Clean air for homes",
            ko="가정을 위한 깨끗한 공기",
            vi="Không khí sạch cho các hộ gia đình",
            id="Udara bersih untuk rumah tangga",
        ),
        T(
            "The partners compared programmes that help households replace old stoves and heaters.",
            ko="파트너들은 가정이 낡은 난로와 난방기를 교체하도록 돕는 사업을 비교했습니다.",
            vi="Các đối tác so sánh các chương trình hỗ trợ hộ gia đình thay thế bếp và lò sưởi cũ.",
            id="Para mitra membandingkan program yang membantu rumah tangga mengganti tungku dan pemanas lama.",
        ),
        T(
            "An exchange on air quality programmes and on the reuse of former industrial sites.",
            ko="대기 질 개선 사업과 옛 산업 부지 재활용에 관한 교류.",
            vi="Trao đổi về các chương trình cải thiện chất lượng không khí và tái sử dụng các khu công nghiệp cũ.",
            id="Pertukaran tentang program kualitas udara dan pemanfaatan kembali bekas kawasan industri.",
        ),
    ),
    Pair(
        "melbourne",
        "hamburg",
        (LOW_CARBON, SMART),
        T(
            "Melbourne and Hamburg compared how large port cities buy renewable power, plan waterfront districts and use digital tools.",
            ko="멜버른과 함부르크는 큰 항구 도시가 재생에너지 전력을 구매하고, 수변 지구를 계획하고, 디지털 도구를 활용하는 방식을 비교했습니다.",
            vi="Melbourne và Hamburg đã so sánh cách các thành phố cảng lớn mua điện tái tạo, quy hoạch khu bờ sông và sử dụng công cụ số.",
            id="Melbourne dan Hamburg membandingkan cara kota pelabuhan besar membeli listrik terbarukan, merencanakan kawasan tepi air, dan memanfaatkan perangkat digital.",
        ),
        T(
            "Buying renewable power together",
            ko="재생에너지 공동 구매",
            vi="Cùng nhau mua điện tái tạo",
            id="Membeli listrik terbarukan bersama",
        ),
        T(
            "Hamburg studied the Melbourne Renewable Energy Project, in which several buyers signed one contract for new wind power.",
            ko="함부르크는 여러 구매자가 새 풍력 전력에 대해 하나의 계약을 맺은 '멜버른 재생에너지 프로젝트'를 검토했습니다.",
            vi="Hamburg nghiên cứu Dự án Năng lượng Tái tạo Melbourne, trong đó nhiều bên mua cùng ký một hợp đồng mua điện gió mới.",
            id="Hamburg mempelajari Proyek Energi Terbarukan Melbourne, di mana beberapa pembeli menandatangani satu kontrak untuk tenaga angin baru.",
        ),
        T(
            "A comparison of group purchasing models and an exchange between the two cities' planners.",
            ko="공동 구매 모델 비교와 두 도시 계획가 간의 교류.",
            vi="Một bản so sánh các mô hình mua chung và trao đổi giữa các nhà quy hoạch của hai thành phố.",
            id="Perbandingan model pembelian bersama dan pertukaran antara perencana kedua kota.",
        ),
    ),
    Pair(
        "ethekwini-durban",
        "belfast",
        (GREEN, LOW_CARBON),
        T(
            "eThekwini and Belfast exchanged on climate planning, waterfront regeneration and involving communities in city projects.",
            ko="에테퀴니와 벨파스트는 기후 계획, 수변 재생, 도시 사업에 지역사회를 참여시키는 방법에 관해 교류했습니다.",
            vi="eThekwini và Belfast đã trao đổi về kế hoạch khí hậu, tái thiết khu bờ sông và cách đưa cộng đồng tham gia các dự án đô thị.",
            id="eThekwini dan Belfast bertukar pengalaman tentang perencanaan iklim, peremajaan kawasan tepi air, dan pelibatan masyarakat dalam proyek kota.",
        ),
        T(
            "Community climate plans",
            ko="지역사회 기후 계획",
            vi="Kế hoạch khí hậu cộng đồng",
            id="Rencana iklim masyarakat",
        ),
        T(
            "Belfast studied how eThekwini prepares climate plans with neighbourhoods, and eThekwini studied Belfast's regeneration partnerships.",
            ko="벨파스트는 에테퀴니가 주민과 함께 기후 계획을 세우는 방식을, 에테퀴니는 벨파스트의 도시 재생 협력 방식을 살펴보았습니다.",
            vi="Belfast tìm hiểu cách eThekwini cùng các khu dân cư lập kế hoạch khí hậu, còn eThekwini tìm hiểu các mô hình hợp tác tái thiết đô thị của Belfast.",
            id="Belfast mempelajari cara eThekwini menyusun rencana iklim bersama lingkungan warga, dan eThekwini mempelajari kemitraan peremajaan kota Belfast.",
        ),
        T(
            "Two short studies, one for each city, and contacts between their universities.",
            ko="각 도시를 위한 짧은 연구 보고서 두 편과 두 도시 대학 간의 교류.",
            vi="Hai nghiên cứu ngắn, mỗi thành phố một bản, và kết nối giữa các trường đại học của hai bên.",
            id="Dua kajian singkat, satu untuk setiap kota, dan hubungan antaruniversitas kedua kota.",
        ),
    ),
    Pair(
        "cape-town",
        "bilbao",
        (GREEN, ENERGY),
        T(
            "Cape Town and Bilbao compared water management, the regeneration of industrial areas and support for green economy businesses.",
            ko="케이프타운과 빌바오는 물 관리, 공업 지역 재생, 녹색 경제 기업 지원을 비교했습니다.",
            vi="Cape Town và Bilbao đã so sánh công tác quản lý nước, tái thiết các khu công nghiệp và hỗ trợ doanh nghiệp kinh tế xanh.",
            id="Cape Town dan Bilbao membandingkan pengelolaan air, peremajaan kawasan industri, dan dukungan bagi usaha ekonomi hijau.",
        ),
        T(
            "Saving water in public buildings",
            ko="공공건물의 물 절약",
            vi="Tiết kiệm nước trong các tòa nhà công",
            id="Menghemat air di gedung publik",
        ),
        T(
            "The partners proposed to share methods for measuring and cutting water use in municipal buildings.",
            ko="파트너들은 시 소유 건물의 물 사용량을 측정하고 줄이는 방법을 공유하자고 제안했습니다.",
            vi="Các đối tác đề xuất chia sẻ phương pháp đo lường và cắt giảm lượng nước sử dụng trong các tòa nhà của thành phố.",
            id="Para mitra mengusulkan berbagi metode untuk mengukur dan mengurangi pemakaian air di gedung-gedung milik kota.",
        ),
        T(
            "A good practice note on managing water demand in a drought.",
            ko="가뭄 시 물 수요 관리에 관한 우수 사례 메모.",
            vi="Một ghi chú thực tiễn tốt về quản lý nhu cầu nước trong hạn hán.",
            id="Catatan praktik baik tentang pengelolaan permintaan air saat kekeringan.",
        ),
    ),
    Pair(
        "ekurhuleni",
        "graz",
        (GREEN, ENERGY),
        T(
            "Ekurhuleni and Graz looked at green technology clusters, energy-efficient public buildings and planning for growth.",
            ko="에쿠르훌레니와 그라츠는 녹색 기술 클러스터, 에너지 효율이 높은 공공건물, 성장에 대비한 계획을 살펴보았습니다.",
            vi="Ekurhuleni và Graz đã tìm hiểu các cụm ngành công nghệ xanh, tòa nhà công tiết kiệm năng lượng và quy hoạch cho tăng trưởng.",
            id="Ekurhuleni dan Graz mempelajari klaster teknologi hijau, gedung publik hemat energi, dan perencanaan untuk pertumbuhan.",
        ),
        T(
            "Energy checks for municipal buildings",
            ko="시 소유 건물의 에너지 점검",
            vi="Kiểm tra năng lượng cho các tòa nhà của thành phố",
            id="Pemeriksaan energi untuk gedung milik kota",
        ),
        T(
            "Graz shared how it checks and renovates public buildings; Ekurhuleni proposed to test the method on a few of its own.",
            ko="그라츠는 공공건물을 점검하고 개보수하는 방법을 공유했고, 에쿠르훌레니는 이를 자체 건물 몇 곳에서 시험하자고 제안했습니다.",
            vi="Graz chia sẻ cách kiểm tra và cải tạo các tòa nhà công; Ekurhuleni đề xuất thử nghiệm phương pháp này ở một vài tòa nhà của mình.",
            id="Graz berbagi cara memeriksa dan merenovasi gedung publik; Ekurhuleni mengusulkan untuk menguji metode itu di beberapa gedungnya sendiri.",
        ),
        T(
            "A shared checklist for energy audits and contacts between green technology companies.",
            ko="에너지 진단을 위한 공동 점검표와 녹색 기술 기업 간의 교류.",
            vi="Một danh mục kiểm tra chung cho kiểm toán năng lượng và kết nối giữa các doanh nghiệp công nghệ xanh.",
            id="Daftar periksa bersama untuk audit energi dan hubungan antarperusahaan teknologi hijau.",
        ),
    ),
    Pair(
        "nelson-mandela-bay",
        "malaga",
        (ENERGY, GREEN),
        T(
            "Nelson Mandela Bay and Málaga compared technology parks, smart energy grids and links between ports and industry.",
            ko="넬슨 만델라 베이와 말라가는 기술 단지, 스마트 에너지망, 항만과 산업의 연계를 비교했습니다.",
            vi="Nelson Mandela Bay và Málaga đã so sánh các khu công nghệ, lưới năng lượng thông minh và mối liên kết giữa cảng biển với công nghiệp.",
            id="Nelson Mandela Bay dan Málaga membandingkan taman teknologi, jaringan energi pintar, dan keterkaitan antara pelabuhan dan industri.",
        ),
        T(
            "Smart meters in a pilot area",
            ko="시범 지역의 스마트 계량기",
            vi="Công tơ thông minh tại khu vực thí điểm",
            id="Meteran pintar di wilayah percontohan",
        ),
        T(
            "Málaga shared the lessons of its smart grid pilot; Nelson Mandela Bay studied a similar pilot in one neighbourhood.",
            ko="말라가는 스마트 그리드 시범 사업의 교훈을 공유했고, 넬슨 만델라 베이는 한 동네에서 비슷한 시범 사업을 검토했습니다.",
            vi="Málaga chia sẻ bài học từ dự án thí điểm lưới điện thông minh; Nelson Mandela Bay nghiên cứu một dự án thí điểm tương tự tại một khu dân cư.",
            id="Málaga berbagi pelajaran dari proyek percontohan jaringan listrik pintarnya; Nelson Mandela Bay mengkaji proyek percontohan serupa di satu lingkungan.",
        ),
        T(
            "A study of smart metering for one neighbourhood and contacts between the technology parks.",
            ko="한 동네를 위한 스마트 계량 연구와 두 기술 단지 간의 교류.",
            vi="Một nghiên cứu về đo đếm thông minh cho một khu dân cư và kết nối giữa hai khu công nghệ.",
            id="Kajian meteran pintar untuk satu lingkungan dan hubungan antara kedua taman teknologi.",
        ),
    ),
    Pair(
        "semarang",
        "zagreb",
        (SMART, ENERGY),
        T(
            "Semarang and Zagreb exchanged on digital public services, energy efficiency in public buildings and planning for climate risks.",
            ko="스마랑과 자그레브는 디지털 공공 서비스, 공공건물의 에너지 효율, 기후 위험에 대비한 계획에 관해 교류했습니다.",
            vi="Semarang và Zagreb đã trao đổi về dịch vụ công số, hiệu quả năng lượng trong các tòa nhà công và lập kế hoạch ứng phó rủi ro khí hậu.",
            id="Semarang dan Zagreb bertukar pengalaman tentang layanan publik digital, efisiensi energi di gedung publik, dan perencanaan menghadapi risiko iklim.",
        ),
        T(
            "A digital channel for residents' reports",
            ko="주민 신고를 위한 디지털 창구",
            vi="Kênh số tiếp nhận phản ánh của người dân",
            id="Kanal digital untuk laporan warga",
        ),
        T(
            "Zagreb studied how Semarang handles residents' reports online, from the first message to the answer.",
            ko="자그레브는 스마랑이 주민 신고를 첫 메시지부터 답변까지 온라인으로 처리하는 방식을 살펴보았습니다.",
            vi="Zagreb tìm hiểu cách Semarang xử lý phản ánh của người dân trực tuyến, từ tin nhắn đầu tiên đến câu trả lời.",
            id="Zagreb mempelajari cara Semarang menangani laporan warga secara daring, dari pesan pertama hingga jawaban.",
        ),
        T(
            "A description of both cities' service processes and a plan for an energy audit in Semarang.",
            ko="두 도시의 서비스 처리 과정에 관한 설명서와 스마랑의 에너지 진단 계획.",
            vi="Bản mô tả quy trình dịch vụ của hai thành phố và kế hoạch kiểm toán năng lượng tại Semarang.",
            id="Uraian proses layanan kedua kota dan rencana audit energi di Semarang.",
        ),
    ),
    Pair(
        "makassar",
        "seville",
        (GREEN, RURAL, SMART),
        T(
            "Makassar and Seville looked at how hot cities keep streets cool, use solar energy and work with the countryside around them.",
            ko="마카사르와 세비야는 더운 도시가 거리를 시원하게 유지하고, 태양 에너지를 활용하고, 주변 농촌과 협력하는 방법을 살펴보았습니다.",
            vi="Makassar và Sevilla đã tìm hiểu cách các thành phố nóng giữ cho đường phố mát mẻ, sử dụng năng lượng mặt trời và hợp tác với vùng nông thôn xung quanh.",
            id="Makassar dan Sevilla mempelajari cara kota-kota panas menjaga jalan tetap sejuk, memanfaatkan energi surya, dan bekerja sama dengan perdesaan di sekitarnya.",
        ),
        T(
            "Shade for a public street",
            ko="공공 거리의 그늘",
            vi="Bóng mát cho một tuyến phố công cộng",
            id="Naungan untuk jalan umum",
        ),
        T(
            "The partners proposed to test trees and shade structures on one street in Makassar, based on Seville's experience.",
            ko="파트너들은 세비야의 경험을 바탕으로 마카사르의 한 거리에서 가로수와 차양 시설을 시험하자고 제안했습니다.",
            vi="Các đối tác đề xuất thử nghiệm cây xanh và mái che trên một tuyến phố ở Makassar, dựa trên kinh nghiệm của Sevilla.",
            id="Para mitra mengusulkan untuk menguji pepohonan dan struktur peneduh di satu jalan di Makassar, berdasarkan pengalaman Sevilla.",
        ),
        T(
            "A short design guide for shaded streets and an exchange between the universities.",
            ko="그늘진 거리를 위한 짧은 설계 지침과 두 대학 간의 교류.",
            vi="Một hướng dẫn thiết kế ngắn cho đường phố có bóng mát và trao đổi giữa các trường đại học.",
            id="Panduan desain singkat untuk jalan yang teduh dan pertukaran antaruniversitas.",
        ),
    ),
    Pair(
        "hanoi",
        "milan",
        (RURAL, SMART),
        T(
            "Hanoi and Milan compared how a metropolitan area feeds itself, links city and countryside, and uses data to manage growth.",
            ko="하노이와 밀라노는 대도시권이 먹거리를 확보하고, 도시와 농촌을 연결하고, 데이터를 활용해 성장을 관리하는 방식을 비교했습니다.",
            vi="Hà Nội và Milano đã so sánh cách một vùng đô thị bảo đảm lương thực, gắn kết thành thị với nông thôn và sử dụng dữ liệu để quản lý tăng trưởng.",
            id="Hanoi dan Milan membandingkan cara wilayah metropolitan memenuhi kebutuhan pangannya, menghubungkan kota dan perdesaan, serta memakai data untuk mengelola pertumbuhan.",
        ),
        T(
            "Short food chains for the capital",
            ko="수도를 위한 짧은 먹거리 유통망",
            vi="Chuỗi cung ứng thực phẩm ngắn cho thủ đô",
            id="Rantai pangan pendek untuk ibu kota",
        ),
        T(
            "Hanoi studied Milan's food policy and proposed to link farms in its rural districts with city markets and schools.",
            ko="하노이는 밀라노의 먹거리 정책을 살펴보고, 농촌 지역의 농장을 시내 시장 및 학교와 연결하자고 제안했습니다.",
            vi="Hà Nội nghiên cứu chính sách lương thực của Milano và đề xuất kết nối các trang trại ở các huyện ngoại thành với chợ và trường học trong thành phố.",
            id="Hanoi mempelajari kebijakan pangan Milan dan mengusulkan untuk menghubungkan pertanian di distrik perdesaannya dengan pasar dan sekolah di kota.",
        ),
        T(
            "A joint note on urban food policy and contacts between the universities of both cities.",
            ko="도시 먹거리 정책에 관한 공동 메모와 두 도시 대학 간의 교류.",
            vi="Một ghi chú chung về chính sách lương thực đô thị và kết nối giữa các trường đại học của hai thành phố.",
            id="Catatan bersama tentang kebijakan pangan perkotaan dan hubungan antaruniversitas kedua kota.",
        ),
    ),
    Pair(
        "ho-chi-minh-city",
        "kosice",
        (SMART, ENERGY),
        T(
            "Ho Chi Minh City and Košice exchanged on smart city plans, ICT clusters and energy savings in public buildings.",
            ko="호찌민시와 코시체는 스마트 시티 계획, 정보통신 클러스터, 공공건물의 에너지 절약에 관해 교류했습니다.",
            vi="Thành phố Hồ Chí Minh và Košice đã trao đổi về kế hoạch thành phố thông minh, cụm ngành công nghệ thông tin và tiết kiệm năng lượng trong các tòa nhà công.",
            id="Kota Ho Chi Minh dan Košice bertukar pengalaman tentang rencana kota cerdas, klaster TIK, dan penghematan energi di gedung publik.",
        ),
        T(
            "Links between ICT clusters",
            ko="정보통신 클러스터 간 연계",
            vi="Kết nối giữa các cụm ngành công nghệ thông tin",
            id="Hubungan antarklaster TIK",
        ),
        T(
            "The partners proposed matchmaking days for software companies from both cities.",
            ko="파트너들은 두 도시의 소프트웨어 기업을 위한 매칭 행사를 제안했습니다.",
            vi="Các đối tác đề xuất tổ chức những ngày kết nối cho các công ty phần mềm của hai thành phố.",
            id="Para mitra mengusulkan hari temu bisnis bagi perusahaan perangkat lunak dari kedua kota.",
        ),
        T(
            "A list of companies interested in cooperation and an exchange on energy audits.",
            ko="협력에 관심 있는 기업 목록과 에너지 진단에 관한 교류.",
            vi="Danh sách các doanh nghiệp quan tâm hợp tác và trao đổi về kiểm toán năng lượng.",
            id="Daftar perusahaan yang tertarik bekerja sama dan pertukaran tentang audit energi.",
        ),
    ),
]
